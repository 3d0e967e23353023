package io.segmentation.customer;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.MoreObjects;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import io.segmentation.internal.model.CustomerFields;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * An immutable customer profile: the subject that built-in segments are evaluated against.
 *
 * <p>A profile has an id and any of demographic, geographic, psychographic and firmographic attributes, orders and
 * events, consents, tags and typed custom attributes. An attribute that was not given is empty ({@link Optional},
 * {@link OptionalInt} or an empty collection), never null. Build one with {@link #builder(String)}; derive a changed
 * copy with {@link #toBuilder()}.
 *
 * <p>Orders are kept sorted by instant, then id; events by instant, then type, then the sequence in which they were
 * added. Time-window lookups ({@link #ordersBetween}, {@link #ordersUpTo} and their event counterparts) are therefore
 * binary searches returning views of the sorted lists, in O(log n).
 *
 * <p>{@link #purchases()} are the orders that count: cancelled and refunded orders (see {@link Order.Status}) stay in
 * {@link #orders()} but are left out of purchase counts, sums and averages. Sums are exact to the cent (to the smallest
 * unit any total is given in): {@link #exactTotalSpentBetween} is the exact decimal, {@link #totalSpentBetween} the
 * {@code double} nearest it. Amounts in different currencies are never added: such a sum throws {@link
 * MixedCurrencyException}.
 *
 * <p>Equality is structural over every attribute, amounts compared by value ({@code 59.9} equals {@code 59.90}).
 * Instances are immutable and safe to share between threads.
 *
 * @since 0.1.0
 */
public final class Customer extends CustomerHistory {

    private static final Comparator<Order> ORDER_SEQUENCE =
            Comparator.comparing(Order::instant).thenComparing(Order::id);
    private static final Comparator<Event> EVENT_SEQUENCE =
            Comparator.comparing(Event::instant).thenComparing(Event::type);

    static {
        CustomerFields.install(new CustomerFieldAccess());
    }

    private final String id;
    // Package-private (not private) where CustomerFieldAccess reads them for the engine's hot path.
    final LocalDate birthDate;
    final LocalDate customerSince;
    final String gender;
    final BigDecimal income;
    final String education;
    final String occupation;
    final String country;
    final String region;
    final String city;
    final String postalCode;
    final GeoPoint location;
    private final ImmutableSet<String> interests;
    private final ImmutableSet<String> values;
    private final ImmutableSet<String> lifestyle;
    // 0 means unknown: a company has at least one employee.
    final int companySize;
    final String industry;
    final BigDecimal annualRevenue;
    private final ImmutableSet<String> subscriptions;
    private final ImmutableSet<String> tags;
    private final ImmutableMap<String, Object> customAttributes;

    private Customer(Builder builder) {
        super(
                builder.id,
                ImmutableList.sortedCopyOf(ORDER_SEQUENCE, builder.orders),
                ImmutableList.sortedCopyOf(EVENT_SEQUENCE, builder.events));
        this.id = builder.id;
        this.birthDate = builder.birthDate;
        this.customerSince = builder.customerSince;
        this.gender = builder.gender;
        this.income = builder.income;
        this.education = builder.education;
        this.occupation = builder.occupation;
        this.country = builder.country;
        this.region = builder.region;
        this.city = builder.city;
        this.postalCode = builder.postalCode;
        this.location = builder.location;
        this.interests = ImmutableSet.copyOf(builder.interests);
        this.values = ImmutableSet.copyOf(builder.values);
        this.lifestyle = ImmutableSet.copyOf(builder.lifestyle);
        this.companySize = builder.companySize;
        this.industry = builder.industry;
        this.annualRevenue = builder.annualRevenue;
        this.subscriptions = ImmutableSet.copyOf(builder.subscriptions);
        this.tags = ImmutableSet.copyOf(builder.tags);
        this.customAttributes = ImmutableMap.copyOf(builder.customAttributes);
    }

    /**
     * Returns a builder for the customer {@code id}.
     *
     * @throws NullPointerException if {@code id} is null
     * @throws IllegalArgumentException if {@code id} is blank
     * @since 0.1.0
     */
    public static Builder builder(String id) {
        return new Builder(Checks.nonBlank(id, "id"));
    }

    /**
     * Returns a builder holding all of this customer's values, to derive a changed copy; {@code
     * c.toBuilder().build()} equals {@code c}.
     *
     * @since 0.1.0
     */
    public Builder toBuilder() {
        Builder builder = new Builder(id);
        builder.birthDate = birthDate;
        builder.customerSince = customerSince;
        builder.gender = gender;
        builder.income = income;
        builder.education = education;
        builder.occupation = occupation;
        builder.country = country;
        builder.region = region;
        builder.city = city;
        builder.postalCode = postalCode;
        builder.location = location;
        builder.interests.addAll(interests);
        builder.values.addAll(values);
        builder.lifestyle.addAll(lifestyle);
        builder.companySize = companySize;
        builder.industry = industry;
        builder.annualRevenue = annualRevenue;
        builder.orders.addAll(orders());
        builder.events.addAll(events());
        builder.subscriptions.addAll(subscriptions);
        builder.tags.addAll(tags);
        builder.customAttributes.putAll(customAttributes);
        return builder;
    }

    /**
     * Returns this customer as known at an instant — the same profile (it has no history) with only the orders and
     * events at or before {@code inclusive} — for replaying history: {@code tracker.update(c.asOf(t), t)}.
     *
     * @param inclusive the instant; orders and events exactly at it are kept
     * @return a customer with the same id and profile and the history up to {@code inclusive}
     * @since 0.1.0
     */
    public Customer asOf(Instant inclusive) {
        checkNotNull(inclusive, "inclusive");
        Builder builder = toBuilder();
        builder.orders.clear();
        builder.orders.addAll(ordersUpTo(inclusive));
        builder.events.clear();
        builder.events.addAll(eventsUpTo(inclusive));
        return builder.build();
    }

    /**
     * Returns the customer's identifier, never blank.
     *
     * @since 0.1.0
     */
    public String id() {
        return id;
    }

    /**
     * Returns the date of birth, or empty if unknown.
     *
     * @since 0.1.0
     */
    public Optional<LocalDate> birthDate() {
        return Optional.ofNullable(birthDate);
    }

    /**
     * Returns the calendar date the customer signed up (became a customer), or empty if unknown. A date, like
     * {@link #birthDate()}, because what marketers count from it are calendar days and anniversaries, which fall on
     * the same date wherever the evaluation happens; see
     * {@link Customer.Builder#customerSince(LocalDate)}.
     *
     * @return the sign-up date, or empty
     * @since 0.3.0
     */
    public Optional<LocalDate> customerSince() {
        return Optional.ofNullable(customerSince);
    }

    /**
     * Returns the gender as given, or empty if unknown.
     *
     * @since 0.1.0
     */
    public Optional<String> gender() {
        return Optional.ofNullable(gender);
    }

    /**
     * Returns the yearly income, at least zero, or empty if unknown.
     *
     * @since 0.1.0
     */
    public Optional<BigDecimal> income() {
        return Optional.ofNullable(income);
    }

    /**
     * Returns the highest level of education as given, or empty if unknown.
     *
     * @since 0.1.0
     */
    public Optional<String> education() {
        return Optional.ofNullable(education);
    }

    /**
     * Returns the occupation as given, or empty if unknown.
     *
     * @since 0.1.0
     */
    public Optional<String> occupation() {
        return Optional.ofNullable(occupation);
    }

    /**
     * Returns the country as an upper-case ISO 3166-1 alpha-2 code such as {@code "DE"}, or empty if unknown.
     *
     * @since 0.1.0
     */
    public Optional<String> country() {
        return Optional.ofNullable(country);
    }

    /**
     * Returns the region as given, or empty if unknown.
     *
     * @since 0.1.0
     */
    public Optional<String> region() {
        return Optional.ofNullable(region);
    }

    /**
     * Returns the city as given, or empty if unknown.
     *
     * @since 0.1.0
     */
    public Optional<String> city() {
        return Optional.ofNullable(city);
    }

    /**
     * Returns the postal code as given, or empty if unknown.
     *
     * @since 0.1.0
     */
    public Optional<String> postalCode() {
        return Optional.ofNullable(postalCode);
    }

    /**
     * Returns the location, or empty if unknown.
     *
     * @since 0.1.0
     */
    public Optional<GeoPoint> location() {
        return Optional.ofNullable(location);
    }

    /**
     * Returns the interests in the order first given; empty if none.
     *
     * @since 0.1.0
     */
    public ImmutableSet<String> interests() {
        return interests;
    }

    /**
     * Returns the values (what the customer cares about) in the order first given; empty if none.
     *
     * @since 0.1.0
     */
    public ImmutableSet<String> values() {
        return values;
    }

    /**
     * Returns the lifestyle tags in the order first given; empty if none.
     *
     * @since 0.1.0
     */
    public ImmutableSet<String> lifestyle() {
        return lifestyle;
    }

    /**
     * Returns the number of employees of the customer's company, at least 1, or empty if unknown.
     *
     * @since 0.1.0
     */
    public OptionalInt companySize() {
        return companySize == 0 ? OptionalInt.empty() : OptionalInt.of(companySize);
    }

    /**
     * Returns the industry of the customer's company as given, or empty if unknown.
     *
     * @since 0.1.0
     */
    public Optional<String> industry() {
        return Optional.ofNullable(industry);
    }

    /**
     * Returns the annual revenue of the customer's company, at least zero, or empty if unknown.
     *
     * @since 0.1.0
     */
    public Optional<BigDecimal> annualRevenue() {
        return Optional.ofNullable(annualRevenue);
    }

    /**
     * Returns the channels the customer consented to be contacted on, in lower case, such as {@code "email"}; empty if
     * none.
     *
     * @since 0.1.0
     */
    public ImmutableSet<String> subscriptions() {
        return subscriptions;
    }

    /**
     * Returns whether the customer consented to be contacted on {@code channel}, compared ignoring case.
     *
     * @since 0.1.0
     */
    public boolean isSubscribedTo(String channel) {
        checkNotNull(channel, "channel");
        return subscriptions.contains(channel.toLowerCase(Locale.ROOT));
    }

    /**
     * Returns the free-form tags in the order first given; empty if none.
     *
     * @since 0.1.0
     */
    public ImmutableSet<String> tags() {
        return tags;
    }

    /**
     * Returns the custom attributes by name, in the order first given.
     *
     * <p>Each value is a {@link String}, a finite {@link Double}, a {@link Boolean}, an {@link Instant}, a {@link
     * LocalDate} or an {@link ImmutableSet} of {@link String}, as set by the builder's {@code attribute} methods.
     *
     * @since 0.1.0
     */
    public ImmutableMap<String, Object> customAttributes() {
        return customAttributes;
    }

    /**
     * Returns the value of the custom attribute {@code name} (see {@link #customAttributes()}), or empty if unset.
     *
     * @since 0.1.0
     */
    public Optional<Object> customAttribute(String name) {
        checkNotNull(name, "name");
        return Optional.ofNullable(customAttributes.get(name));
    }

    /**
     * Returns whether {@code other} is a customer with equal values in every attribute, amounts compared by value.
     *
     * @since 0.1.0
     */
    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof Customer)) {
            return false;
        }
        Customer that = (Customer) other;
        return id.equals(that.id)
                && Objects.equals(birthDate, that.birthDate)
                && Objects.equals(customerSince, that.customerSince)
                && Objects.equals(gender, that.gender)
                && Checks.sameAmount(income, that.income)
                && Objects.equals(education, that.education)
                && Objects.equals(occupation, that.occupation)
                && Objects.equals(country, that.country)
                && Objects.equals(region, that.region)
                && Objects.equals(city, that.city)
                && Objects.equals(postalCode, that.postalCode)
                && Objects.equals(location, that.location)
                && interests.equals(that.interests)
                && values.equals(that.values)
                && lifestyle.equals(that.lifestyle)
                && companySize == that.companySize
                && Objects.equals(industry, that.industry)
                && Checks.sameAmount(annualRevenue, that.annualRevenue)
                && orders().equals(that.orders())
                && events().equals(that.events())
                && subscriptions.equals(that.subscriptions)
                && tags.equals(that.tags)
                && customAttributes.equals(that.customAttributes);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @since 0.1.0
     */
    @Override
    public int hashCode() {
        return Objects.hash(
                id,
                birthDate,
                customerSince,
                gender,
                Checks.amountHash(income),
                education,
                occupation,
                country,
                region,
                city,
                postalCode,
                location,
                interests,
                values,
                lifestyle,
                companySize,
                industry,
                Checks.amountHash(annualRevenue),
                orders(),
                events(),
                subscriptions,
                tags,
                customAttributes);
    }

    /**
     * Returns a short description such as {@code Customer{id=c-42, country=DE, orders=1, events=1}}; an unknown
     * country is left out.
     *
     * @since 0.1.0
     */
    @Override
    public String toString() {
        return MoreObjects.toStringHelper(this)
                .omitNullValues()
                .add("id", id)
                .add("country", country)
                .add("orders", orders().size())
                .add("events", events().size())
                .toString();
    }

    /**
     * Collects a customer's attributes and builds the immutable {@link Customer}; obtain one with {@link
     * Customer#builder(String)} or {@link Customer#toBuilder()}.
     *
     * <p>Every method rejects null with a {@link NullPointerException} naming the parameter and checks its arguments
     * at once, throwing {@link IllegalArgumentException} with a message that names the field and the value, such as
     * "country: 'XX' is not an ISO 3166-1 alpha-2 code". Text must not be blank. A single-valued setter called twice
     * keeps the later value; set-valued ones ({@code interests}, {@code tags}, ...) add to what was given, and orders
     * and events accumulate; a custom attribute set twice keeps the later value. Builders are not thread-safe.
     *
     * @since 0.1.0
     */
    public static final class Builder extends AbstractCustomerBuilder {

        private Builder(String id) {
            super(id);
        }

        /**
         * Returns the customer, with orders and events sorted.
         *
         * @throws IllegalArgumentException if two orders share an id, e.g. "orders: duplicate order id 'o-1'"
         * @since 0.1.0
         */
        public Customer build() {
            return new Customer(this);
        }
    }
}
