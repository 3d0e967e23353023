package io.segmentation.customer;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The setters of {@link Customer.Builder}, which javadoc documents as members of that class.
 *
 * <p>They live apart from {@link Customer} only to keep each file to one idea: this file says what a profile accepts,
 * {@code Customer.java} what it answers. The class is sealed to that one subclass, so {@link #self()} is safe.
 */
abstract sealed class AbstractCustomerBuilder permits Customer.Builder {

    final String id;
    LocalDate birthDate;
    LocalDate customerSince;
    String gender;
    BigDecimal income;
    String education;
    String occupation;
    String country;
    String region;
    String city;
    String postalCode;
    GeoPoint location;
    final Set<String> interests = new LinkedHashSet<>();
    final Set<String> values = new LinkedHashSet<>();
    final Set<String> lifestyle = new LinkedHashSet<>();
    int companySize;
    String industry;
    BigDecimal annualRevenue;
    final List<Order> orders = new ArrayList<>();
    final List<Event> events = new ArrayList<>();
    final Set<String> subscriptions = new LinkedHashSet<>();
    final Set<String> tags = new LinkedHashSet<>();
    final Map<String, Object> customAttributes = new LinkedHashMap<>();

    AbstractCustomerBuilder(String id) {
        this.id = id;
    }

    private Customer.Builder self() {
        return (Customer.Builder) this;
    }

    /**
     * Sets the date of birth, from which ages are computed as of a given date.
     *
     * @since 0.1.0
     */
    public final Customer.Builder birthDate(LocalDate birthDate) {
        this.birthDate = checkNotNull(birthDate, "birthDate");
        return self();
    }

    /**
     * Sets the date the customer signed up, from which sign-up anniversaries
     * ({@link io.segmentation.Attributes#nextAnniversary()}) and {@link io.segmentation.Attributes#customerSince()}
     * are computed.
     *
     * <p>A {@link LocalDate} rather than an {@link java.time.Instant}: CRM exports and sign-up forms record the day,
     * and an anniversary is a calendar date that must not move with the zone the segment is evaluated in. An instant
     * would fix the day only together with a zone, so two evaluations in different zones could disagree on whether
     * today is the anniversary. Convert a sign-up instant with {@code instant.atZone(shopZone).toLocalDate()}.
     *
     * @param customerSince the sign-up date
     * @return this builder
     * @throws NullPointerException if {@code customerSince} is null
     * @since 0.3.0
     */
    public final Customer.Builder customerSince(LocalDate customerSince) {
        this.customerSince = checkNotNull(customerSince, "customerSince");
        return self();
    }

    /**
     * Sets the gender, free text such as {@code "female"}, stored as given.
     *
     * @throws IllegalArgumentException if {@code gender} is blank
     * @since 0.1.0
     */
    public final Customer.Builder gender(String gender) {
        this.gender = Checks.nonBlank(gender, "gender");
        return self();
    }

    /**
     * Sets the yearly income, in a currency the application chooses.
     *
     * @throws IllegalArgumentException if {@code income} is negative
     * @since 0.1.0
     */
    public final Customer.Builder income(BigDecimal income) {
        this.income = Checks.nonNegative(income, "income");
        return self();
    }

    /**
     * Sets the highest level of education, free text such as {@code "bachelor"}, stored as given.
     *
     * @throws IllegalArgumentException if {@code education} is blank
     * @since 0.1.0
     */
    public final Customer.Builder education(String education) {
        this.education = Checks.nonBlank(education, "education");
        return self();
    }

    /**
     * Sets the occupation, free text, stored as given.
     *
     * @throws IllegalArgumentException if {@code occupation} is blank
     * @since 0.1.0
     */
    public final Customer.Builder occupation(String occupation) {
        this.occupation = Checks.nonBlank(occupation, "occupation");
        return self();
    }

    /**
     * Sets the country by its ISO 3166-1 alpha-2 code in any case, such as {@code "DE"} or {@code "de"}; stored in
     * upper case.
     *
     * @throws IllegalArgumentException if {@code country} is not one of {@link java.util.Locale#getISOCountries()},
     *     e.g. "country: 'XX' is not an ISO 3166-1 alpha-2 code"
     * @since 0.1.0
     */
    public final Customer.Builder country(String country) {
        this.country = Checks.countryCode(country);
        return self();
    }

    /**
     * Sets the region (state, province, county), free text, stored as given.
     *
     * @throws IllegalArgumentException if {@code region} is blank
     * @since 0.1.0
     */
    public final Customer.Builder region(String region) {
        this.region = Checks.nonBlank(region, "region");
        return self();
    }

    /**
     * Sets the city, free text, stored as given.
     *
     * @throws IllegalArgumentException if {@code city} is blank
     * @since 0.1.0
     */
    public final Customer.Builder city(String city) {
        this.city = Checks.nonBlank(city, "city");
        return self();
    }

    /**
     * Sets the postal code, stored as given.
     *
     * @throws IllegalArgumentException if {@code postalCode} is blank
     * @since 0.1.0
     */
    public final Customer.Builder postalCode(String postalCode) {
        this.postalCode = Checks.nonBlank(postalCode, "postalCode");
        return self();
    }

    /**
     * Sets the location in decimal degrees.
     *
     * @throws IllegalArgumentException if a coordinate is not finite or out of range (see {@link GeoPoint})
     * @since 0.1.0
     */
    public final Customer.Builder location(double latitude, double longitude) {
        return location(GeoPoint.of(latitude, longitude));
    }

    /**
     * Sets the location.
     *
     * @since 0.1.0
     */
    public final Customer.Builder location(GeoPoint location) {
        this.location = checkNotNull(location, "location");
        return self();
    }

    /**
     * Adds interests, such as {@code "running"}, to those already given.
     *
     * @throws IllegalArgumentException if an element is blank; then none is added
     * @since 0.1.0
     */
    public final Customer.Builder interests(String... interests) {
        return interests(Arrays.asList(checkNotNull(interests, "interests")));
    }

    /**
     * Adds interests to those already given, in iteration order.
     *
     * @throws IllegalArgumentException if an element is blank; then none is added
     * @since 0.1.0
     */
    public final Customer.Builder interests(Collection<String> interests) {
        this.interests.addAll(Checks.nonBlankElements(interests, "interests"));
        return self();
    }

    /**
     * Adds values (what the customer cares about, such as {@code "sustainability"}) to those already given.
     *
     * @throws IllegalArgumentException if an element is blank; then none is added
     * @since 0.1.0
     */
    public final Customer.Builder values(String... values) {
        return values(Arrays.asList(checkNotNull(values, "values")));
    }

    /**
     * Adds values to those already given, in iteration order.
     *
     * @throws IllegalArgumentException if an element is blank; then none is added
     * @since 0.1.0
     */
    public final Customer.Builder values(Collection<String> values) {
        this.values.addAll(Checks.nonBlankElements(values, "values"));
        return self();
    }

    /**
     * Adds lifestyle tags, such as {@code "urban"} or {@code "outdoor"}, to those already given.
     *
     * @throws IllegalArgumentException if an element is blank; then none is added
     * @since 0.1.0
     */
    public final Customer.Builder lifestyle(String... lifestyle) {
        return lifestyle(Arrays.asList(checkNotNull(lifestyle, "lifestyle")));
    }

    /**
     * Adds lifestyle tags to those already given, in iteration order.
     *
     * @throws IllegalArgumentException if an element is blank; then none is added
     * @since 0.1.0
     */
    public final Customer.Builder lifestyle(Collection<String> lifestyle) {
        this.lifestyle.addAll(Checks.nonBlankElements(lifestyle, "lifestyle"));
        return self();
    }

    /**
     * Sets the number of employees of the customer's company.
     *
     * @throws IllegalArgumentException if {@code companySize} is below 1
     * @since 0.1.0
     */
    public final Customer.Builder companySize(int companySize) {
        checkArgument(companySize >= 1, "companySize: %s must be at least 1", companySize);
        this.companySize = companySize;
        return self();
    }

    /**
     * Sets the industry of the customer's company, free text, stored as given.
     *
     * @throws IllegalArgumentException if {@code industry} is blank
     * @since 0.1.0
     */
    public final Customer.Builder industry(String industry) {
        this.industry = Checks.nonBlank(industry, "industry");
        return self();
    }

    /**
     * Sets the annual revenue of the customer's company.
     *
     * @throws IllegalArgumentException if {@code annualRevenue} is negative
     * @since 0.1.0
     */
    public final Customer.Builder annualRevenue(BigDecimal annualRevenue) {
        this.annualRevenue = Checks.nonNegative(annualRevenue, "annualRevenue");
        return self();
    }

    /**
     * Adds an order; orders may be given in any sequence, the customer keeps them sorted by instant.
     *
     * <p>Order ids must be unique within one customer, which {@link Customer.Builder#build()} checks.
     *
     * @since 0.1.0
     */
    public final Customer.Builder order(Order order) {
        orders.add(checkNotNull(order, "order"));
        return self();
    }

    /**
     * Adds orders; see {@link #order(Order)}.
     *
     * @throws NullPointerException if {@code orders} or one of its elements is null; then none is added
     * @since 0.1.0
     */
    public final Customer.Builder orders(Collection<Order> orders) {
        this.orders.addAll(ImmutableList.copyOf(checkNotNull(orders, "orders")));
        return self();
    }

    /**
     * Adds an event; events may be given in any sequence, the customer keeps them sorted by instant, then type, then
     * the sequence in which they were added.
     *
     * @since 0.1.0
     */
    public final Customer.Builder event(Event event) {
        events.add(checkNotNull(event, "event"));
        return self();
    }

    /**
     * Adds events; see {@link #event(Event)}.
     *
     * @throws NullPointerException if {@code events} or one of its elements is null; then none is added
     * @since 0.1.0
     */
    public final Customer.Builder events(Collection<Event> events) {
        this.events.addAll(ImmutableList.copyOf(checkNotNull(events, "events")));
        return self();
    }

    /**
     * Records consent to be contacted on {@code channels}, such as {@code "email"}, {@code "sms"} or {@code "push"},
     * in addition to those already given; stored in lower case.
     *
     * @throws IllegalArgumentException if a channel is blank; then none is added
     * @since 0.1.0
     */
    public final Customer.Builder subscribedTo(String... channels) {
        return subscribedTo(Arrays.asList(checkNotNull(channels, "channels")));
    }

    /**
     * Records consent to be contacted on {@code channels}; see {@link #subscribedTo(String...)}.
     *
     * @throws IllegalArgumentException if a channel is blank; then none is added
     * @since 0.1.0
     */
    public final Customer.Builder subscribedTo(Collection<String> channels) {
        for (String channel : Checks.nonBlankElements(channels, "channels")) {
            subscriptions.add(channel.toLowerCase(Locale.ROOT));
        }
        return self();
    }

    /**
     * Adds free-form tags, stored as given, to those already given.
     *
     * @throws IllegalArgumentException if a tag is blank; then none is added
     * @since 0.1.0
     */
    public final Customer.Builder tags(String... tags) {
        return tags(Arrays.asList(checkNotNull(tags, "tags")));
    }

    /**
     * Adds free-form tags to those already given, in iteration order.
     *
     * @throws IllegalArgumentException if a tag is blank; then none is added
     * @since 0.1.0
     */
    public final Customer.Builder tags(Collection<String> tags) {
        this.tags.addAll(Checks.nonBlankElements(tags, "tags"));
        return self();
    }

    /**
     * Sets the custom attribute {@code name} to a text, replacing any earlier value of that name.
     *
     * @throws IllegalArgumentException if {@code name} or {@code value} is blank
     * @since 0.1.0
     */
    public final Customer.Builder attribute(String name, String value) {
        checkNotNull(name, "name");
        checkNotNull(value, "value");
        String key = attributeName(name);
        return putAttribute(key, Checks.nonBlank(value, attributeField(key)));
    }

    /**
     * Sets the custom attribute {@code name} to a number, stored as a {@link Double}, replacing any earlier value.
     *
     * @throws IllegalArgumentException if {@code name} is blank or {@code value} is not finite
     * @since 0.1.0
     */
    public final Customer.Builder attribute(String name, double value) {
        checkNotNull(name, "name");
        String key = attributeName(name);
        return putAttribute(key, Checks.finite(value, attributeField(key)));
    }

    /**
     * Sets the custom attribute {@code name} to a flag, stored as a {@link Boolean}, replacing any earlier value.
     *
     * @throws IllegalArgumentException if {@code name} is blank
     * @since 0.1.0
     */
    public final Customer.Builder attribute(String name, boolean value) {
        checkNotNull(name, "name");
        return putAttribute(attributeName(name), value);
    }

    /**
     * Sets the custom attribute {@code name} to an instant, replacing any earlier value of that name.
     *
     * @throws IllegalArgumentException if {@code name} is blank
     * @since 0.1.0
     */
    public final Customer.Builder attribute(String name, Instant value) {
        checkNotNull(name, "name");
        checkNotNull(value, "value");
        return putAttribute(attributeName(name), value);
    }

    /**
     * Sets the custom attribute {@code name} to a date, replacing any earlier value of that name.
     *
     * @throws IllegalArgumentException if {@code name} is blank
     * @since 0.1.0
     */
    public final Customer.Builder attribute(String name, LocalDate value) {
        checkNotNull(name, "name");
        checkNotNull(value, "value");
        return putAttribute(attributeName(name), value);
    }

    /**
     * Sets the custom attribute {@code name} to an {@link ImmutableSet} copy of {@code value}, iteration order kept,
     * replacing any earlier value of that name.
     *
     * @throws NullPointerException if {@code name}, {@code value} or an element is null
     * @throws IllegalArgumentException if {@code name} or an element is blank
     * @since 0.1.0
     */
    public final Customer.Builder attribute(String name, Set<String> value) {
        checkNotNull(name, "name");
        checkNotNull(value, "value");
        String key = attributeName(name);
        return putAttribute(key, ImmutableSet.copyOf(Checks.nonBlankElements(value, attributeField(key))));
    }

    private Customer.Builder putAttribute(String name, Object value) {
        customAttributes.put(name, value);
        return self();
    }

    private static String attributeName(String name) {
        return Checks.nonBlank(name, "attribute name");
    }

    private static String attributeField(String name) {
        return "attribute '" + name + "'";
    }
}
