package io.segmentation;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.segmentation.attribute.BooleanAttribute;
import io.segmentation.attribute.CustomAttribute;
import io.segmentation.attribute.EventProperty;
import io.segmentation.attribute.EventQuery;
import io.segmentation.attribute.InstantAttribute;
import io.segmentation.attribute.NumberAttribute;
import io.segmentation.attribute.SetAttribute;
import io.segmentation.attribute.TextAttribute;
import io.segmentation.attribute.WindowedBooleanAttribute;
import io.segmentation.attribute.WindowedNumberAttribute;
import io.segmentation.customer.Customer;
import io.segmentation.internal.model.CustomerFields;
import io.segmentation.internal.vocabulary.BuiltIn;
import io.segmentation.internal.vocabulary.CustomerAttributes;
import io.segmentation.internal.vocabulary.Definition;
import io.segmentation.internal.vocabulary.Readers;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * The vocabulary of segments, for static import: the built-in attributes of a {@link Customer} and the combinators
 * {@link #allOf}, {@link #anyOf}, {@link #not} and {@link #inSegment}.
 *
 * <pre>{@code
 * import static io.segmentation.Attributes.*;
 *
 * Segment<Customer> youngRepeat = Segment.where(age().between(18, 25)).and(purchases().atLeast(3));
 * Segment<Customer> shoeBrowsersDach = Segment
 *     .where(event("page_view").where(property("path").startsWith("/shoes")).count().inLast(Duration.ofDays(30)).atLeast(1))
 *     .and(country().in("DE", "AT", "CH"));
 * }</pre>
 *
 * <p>Every attribute reads the profile as of the evaluation time of the context it is evaluated in; behavioural
 * aggregates count only orders and events at or before it. Missing values fail every comparison; see
 * {@link Criterion} for the full semantics.
 *
 * @since 0.1.0
 */
public final class Attributes {

    private static final NumberAttribute<Customer> AGE = CustomerAttributes.age();
    private static final InstantAttribute<Customer> NEXT_BIRTHDAY = CustomerAttributes.fromDate(BuiltIn.NEXT_BIRTHDAY);
    private static final InstantAttribute<Customer> CUSTOMER_SINCE =
            CustomerAttributes.fromDate(BuiltIn.CUSTOMER_SINCE);
    private static final InstantAttribute<Customer> NEXT_ANNIVERSARY =
            CustomerAttributes.fromDate(BuiltIn.NEXT_ANNIVERSARY);
    private static final NumberAttribute<Customer> DAYS_UNTIL_BIRTHDAY =
            CustomerAttributes.daysUntil(BuiltIn.DAYS_UNTIL_BIRTHDAY);
    private static final NumberAttribute<Customer> DAYS_UNTIL_ANNIVERSARY =
            CustomerAttributes.daysUntil(BuiltIn.DAYS_UNTIL_ANNIVERSARY);
    private static final TextAttribute<Customer> GENDER =
            CustomerAttributes.text(BuiltIn.GENDER, CustomerFields.Text.GENDER);
    private static final NumberAttribute<Customer> INCOME = CustomerAttributes.number(
            BuiltIn.INCOME, (c, ctx) -> CustomerFields.get().income(c));
    private static final TextAttribute<Customer> EDUCATION =
            CustomerAttributes.text(BuiltIn.EDUCATION, CustomerFields.Text.EDUCATION);
    private static final TextAttribute<Customer> OCCUPATION =
            CustomerAttributes.text(BuiltIn.OCCUPATION, CustomerFields.Text.OCCUPATION);
    private static final TextAttribute<Customer> COUNTRY =
            CustomerAttributes.countryCode(BuiltIn.COUNTRY, CustomerFields.Text.COUNTRY);
    private static final TextAttribute<Customer> REGION =
            CustomerAttributes.text(BuiltIn.REGION, CustomerFields.Text.REGION);
    private static final TextAttribute<Customer> CITY = CustomerAttributes.text(BuiltIn.CITY, CustomerFields.Text.CITY);
    private static final TextAttribute<Customer> POSTAL_CODE =
            CustomerAttributes.text(BuiltIn.POSTAL_CODE, CustomerFields.Text.POSTAL_CODE);
    private static final SetAttribute<Customer> INTERESTS =
            CustomerAttributes.set(BuiltIn.INTERESTS, Customer::interests);
    private static final SetAttribute<Customer> VALUES = CustomerAttributes.set(BuiltIn.VALUES, Customer::values);
    private static final SetAttribute<Customer> LIFESTYLE =
            CustomerAttributes.set(BuiltIn.LIFESTYLE, Customer::lifestyle);
    private static final NumberAttribute<Customer> COMPANY_SIZE = CustomerAttributes.companySize();
    private static final TextAttribute<Customer> INDUSTRY =
            CustomerAttributes.text(BuiltIn.INDUSTRY, CustomerFields.Text.INDUSTRY);
    private static final NumberAttribute<Customer> ANNUAL_REVENUE = CustomerAttributes.number(
            BuiltIn.ANNUAL_REVENUE, (c, ctx) -> CustomerFields.get().annualRevenue(c));
    private static final WindowedNumberAttribute<Customer> PURCHASES = CustomerAttributes.purchases();
    private static final WindowedNumberAttribute<Customer> TOTAL_SPENT = CustomerAttributes.totalSpent();
    private static final WindowedNumberAttribute<Customer> AVERAGE_ORDER_VALUE = CustomerAttributes.averageOrderValue();
    private static final InstantAttribute<Customer> FIRST_PURCHASE = CustomerAttributes.purchaseInstant(false);
    private static final InstantAttribute<Customer> LAST_PURCHASE = CustomerAttributes.purchaseInstant(true);
    private static final NumberAttribute<Customer> DAYS_SINCE_LAST_PURCHASE =
            CustomerAttributes.daysSinceLastPurchase();
    private static final SetAttribute<Customer> CHANNELS = CustomerAttributes.channels();
    private static final SetAttribute<Customer> TAGS = CustomerAttributes.set(BuiltIn.TAGS, Customer::tags);

    private Attributes() {}

    /**
     * Age in whole years at the evaluation date (in the context's zone), by {@link java.time.Period#between}: someone
     * born on 29 February turns a year older on 1 March in common years. Missing without a birth date, or when the
     * birth date is after the evaluation date.
     *
     * @return the attribute
     */
    public static NumberAttribute<Customer> age() {
        return AGE;
    }

    /**
     * Gender, as recorded (free text).
     *
     * @return the attribute
     */
    public static TextAttribute<Customer> gender() {
        return GENDER;
    }

    /**
     * Yearly income.
     *
     * @return the attribute
     */
    public static NumberAttribute<Customer> income() {
        return INCOME;
    }

    /**
     * Education, as recorded.
     *
     * @return the attribute
     */
    public static TextAttribute<Customer> education() {
        return EDUCATION;
    }

    /**
     * Occupation, as recorded.
     *
     * @return the attribute
     */
    public static TextAttribute<Customer> occupation() {
        return OCCUPATION;
    }

    /**
     * Country, as an upper-case ISO 3166-1 alpha-2 code ({@code "DE"}). Operands of {@code is}, {@code in},
     * {@code startsWith}, {@code endsWith} and {@code contains} are upper-cased as the customer builder stores codes, so
     * {@code country().in("de")} equals {@code country().in("DE")} (since 0.2.0; before, it matched nobody).
     *
     * @return the attribute
     */
    public static TextAttribute<Customer> country() {
        return COUNTRY;
    }

    /**
     * Region (state, province…).
     *
     * @return the attribute
     */
    public static TextAttribute<Customer> region() {
        return REGION;
    }

    /**
     * City.
     *
     * @return the attribute
     */
    public static TextAttribute<Customer> city() {
        return CITY;
    }

    /**
     * Postal code.
     *
     * @return the attribute
     */
    public static TextAttribute<Customer> postalCode() {
        return POSTAL_CODE;
    }

    /**
     * Great-circle distance in kilometres from the customer's location to a point (haversine, mean Earth radius
     * 6371.0088 km); missing without a location. {@code distanceKm(52.52, 13.405).atMost(50)} is "within 50 km of
     * Berlin".
     *
     * @param latitude the point's latitude, -90 to 90
     * @param longitude the point's longitude, -180 to 180
     * @return the attribute
     */
    public static NumberAttribute<Customer> distanceKm(double latitude, double longitude) {
        checkArgument(
                latitude >= -90 && latitude <= 90, "distanceKm: latitude must be in [-90, 90] but was %s", latitude);
        checkArgument(
                longitude >= -180 && longitude <= 180,
                "distanceKm: longitude must be in [-180, 180] but was %s",
                longitude);
        return CustomerAttributes.distanceKm(latitude, longitude);
    }

    /**
     * Interests.
     *
     * @return the attribute, never missing (possibly empty)
     */
    public static SetAttribute<Customer> interests() {
        return INTERESTS;
    }

    /**
     * Values the customer holds.
     *
     * @return the attribute, never missing (possibly empty)
     */
    public static SetAttribute<Customer> values() {
        return VALUES;
    }

    /**
     * Lifestyle tags.
     *
     * @return the attribute, never missing (possibly empty)
     */
    public static SetAttribute<Customer> lifestyle() {
        return LIFESTYLE;
    }

    /**
     * Employees of the customer's company.
     *
     * @return the attribute
     */
    public static NumberAttribute<Customer> companySize() {
        return COMPANY_SIZE;
    }

    /**
     * Industry of the customer's company.
     *
     * @return the attribute
     */
    public static TextAttribute<Customer> industry() {
        return INDUSTRY;
    }

    /**
     * Annual revenue of the customer's company.
     *
     * @return the attribute
     */
    public static NumberAttribute<Customer> annualRevenue() {
        return ANNUAL_REVENUE;
    }

    /**
     * Number of purchases (at or before the evaluation time; restrict with {@code inLast}/{@code during}); cancelled
     * and refunded orders are not purchases (see {@link io.segmentation.customer.Order.Status}).
     *
     * @return the attribute, never missing
     */
    public static WindowedNumberAttribute<Customer> purchases() {
        return PURCHASES;
    }

    /**
     * Sum of the purchases' totals, exact to the cent: the {@code double} nearest the exact decimal sum, so {@code
     * totalSpent().atLeast(1_000)} is met by purchases of 1000.00 on every path. Cancelled and refunded orders are left
     * out. Currencies are never converted: a sum over purchases in two currencies throws {@link
     * io.segmentation.customer.MixedCurrencyException} wherever it is read (matcher, explanation, index, tracker).
     *
     * @return the attribute, never missing (0 without purchases)
     */
    public static WindowedNumberAttribute<Customer> totalSpent() {
        return TOTAL_SPENT;
    }

    /**
     * Total spent divided by the number of purchases: the {@code double} nearest the exact mean. Cancelled and
     * refunded orders are left out; mixed currencies throw {@link io.segmentation.customer.MixedCurrencyException}.
     *
     * @return the attribute, missing without purchases in the window
     */
    public static WindowedNumberAttribute<Customer> averageOrderValue() {
        return AVERAGE_ORDER_VALUE;
    }

    /**
     * The start, in the context's zone, of the next day that is the customer's birthday, today included until the day
     * ends: a marketer's "birthday in the next 7 days" is
     * {@code nextBirthday().between(TimePoint.today(), TimePoint.ahead(Duration.ofDays(7)))} (text:
     * {@code next_birthday BETWEEN today AND +7d}), which a customer enters at the start of the day 7 × 24 hours before
     * their birthday and leaves at the local midnight that ends it.
     *
     * <p>The rule: the birthday in a year is the birth date's month and day; someone born on 29 February has their
     * birthday on 1 March in years without one, the day {@link #age()} goes up. The birth date itself is not a
     * birthday, and a birth date after the evaluation date has its first birthday a year after it. Across a DST change
     * the value is still the start of the local day ({@link java.time.LocalDate#atStartOfDay(java.time.ZoneId)}).
     *
     * <pre>{@code
     * // born 1990-03-14, evaluated on 2027-03-14 at 15:00 Europe/Berlin -> 2027-03-14T00:00+01:00 (today)
     * // evaluated on 2027-03-15 at 00:00 Europe/Berlin                   -> 2028-03-14T00:00+01:00
     * }</pre>
     *
     * @return the attribute, missing without a birth date
     * @since 0.3.0
     */
    public static InstantAttribute<Customer> nextBirthday() {
        return NEXT_BIRTHDAY;
    }

    /**
     * The start, in the context's zone, of the day the customer signed up
     * ({@link Customer.Builder#customerSince(java.time.LocalDate)}): "customers for more than a year" is
     * {@code customerSince().before(TimePoint.ago(Period.ofYears(1)))} (text: {@code customer_since < -1y}).
     *
     * @return the attribute, missing without a sign-up date
     * @since 0.3.0
     */
    public static InstantAttribute<Customer> customerSince() {
        return CUSTOMER_SINCE;
    }

    /**
     * The start, in the context's zone, of the next anniversary of the sign-up date, today included until the day
     * ends, by the same rule as {@link #nextBirthday()}: the sign-up day itself is not an anniversary (the first is a
     * year later), and 29 February falls on 1 March in years without one. "Signed up a year ago this week, or
     * any number of years" is {@code nextAnniversary().between(TimePoint.today(), TimePoint.ahead(Duration.ofDays(7)))}
     * (text: {@code next_anniversary BETWEEN today AND +7d}).
     *
     * @return the attribute, missing without a sign-up date
     * @since 0.3.0
     */
    public static InstantAttribute<Customer> nextAnniversary() {
        return NEXT_ANNIVERSARY;
    }

    /**
     * Whole calendar days, in the context's zone, from today to the customer's next birthday: 0 on the birthday, 1 the
     * day before, by the rule of {@link #nextBirthday()} (29 February falls on 1 March in years without one). The
     * value changes exactly at local midnights, so "birthday in the next 7 days" as
     * {@code daysUntilBirthday().atMost(7)} (text: {@code days_until_birthday <= 7}) is entered and left at local
     * midnights, also in a week with a DST change (unlike {@code next_birthday BETWEEN today AND +7d}, whose
     * {@code +7d} is 168 hours).
     *
     * <pre>{@code
     * // born 1990-03-14: on 2027-03-14 -> 0; on 2027-03-13 -> 1; on 2027-03-15 -> 365
     * // born 2000-02-29: on 2027-02-28 -> 1 (1 March 2027)
     * }</pre>
     *
     * @return the attribute, missing without a birth date
     * @since 0.3.0
     */
    public static NumberAttribute<Customer> daysUntilBirthday() {
        return DAYS_UNTIL_BIRTHDAY;
    }

    /**
     * Whole calendar days, in the context's zone, from today to the next anniversary of the sign-up date, by the rule
     * of {@link #nextAnniversary()} and {@link #daysUntilBirthday()}: "sign-up anniversary within a week" is
     * {@code daysUntilAnniversary().atMost(7)} (text: {@code days_until_anniversary <= 7}).
     *
     * @return the attribute, missing without a sign-up date
     * @since 0.3.0
     */
    public static NumberAttribute<Customer> daysUntilAnniversary() {
        return DAYS_UNTIL_ANNIVERSARY;
    }

    /**
     * Instant of the first purchase (not cancelled, not refunded) at or before the evaluation time.
     *
     * @return the attribute, missing without purchases
     */
    public static InstantAttribute<Customer> firstPurchase() {
        return FIRST_PURCHASE;
    }

    /**
     * Instant of the last purchase (not cancelled, not refunded) at or before the evaluation time.
     *
     * @return the attribute, missing without purchases
     */
    public static InstantAttribute<Customer> lastPurchase() {
        return LAST_PURCHASE;
    }

    /**
     * Calendar days, in the context's zone, from the last purchase's date to the evaluation date (0 on the same day).
     *
     * @return the attribute, missing without purchases
     */
    public static NumberAttribute<Customer> daysSinceLastPurchase() {
        return DAYS_SINCE_LAST_PURCHASE;
    }

    /**
     * Whether a purchase (not a cancelled or refunded order) has a line item of this product.
     *
     * @param productId the product id
     * @return the attribute, never missing
     */
    public static WindowedBooleanAttribute<Customer> purchasedProduct(String productId) {
        checkNotNull(productId, "productId");
        checkArgument(!productId.isBlank(), "purchasedProduct: product id must not be blank");
        return CustomerAttributes.purchased(
                BuiltIn.PURCHASED_PRODUCT, productId, i -> i.productId().equals(productId));
    }

    /**
     * Whether a purchase (not a cancelled or refunded order) has a line item in this category.
     *
     * @param category the category
     * @return the attribute, never missing
     */
    public static WindowedBooleanAttribute<Customer> purchasedCategory(String category) {
        checkNotNull(category, "category");
        checkArgument(!category.isBlank(), "purchasedCategory: category must not be blank");
        return CustomerAttributes.purchased(
                BuiltIn.PURCHASED_CATEGORY, category, i -> i.category().equals(category));
    }

    /**
     * Distinct sales channels of the purchases ({@code "web"}, {@code "app"}, {@code "store"}…).
     *
     * @return the attribute, never missing (possibly empty)
     */
    public static SetAttribute<Customer> channels() {
        return CHANNELS;
    }

    /**
     * The events of one type, to count or filter.
     *
     * @param type the event type, e.g. {@code "page_view"}
     * @return the query
     */
    public static EventQuery event(String type) {
        return EventQuery.of(type);
    }

    /**
     * A property of an event, for {@link EventQuery#where}.
     *
     * @param name the property name, e.g. {@code "path"}
     * @return the attribute, as text; see {@link EventProperty#number()}
     */
    public static EventProperty property(String name) {
        return EventProperty.named(name);
    }

    /**
     * Tags.
     *
     * @return the attribute, never missing (possibly empty)
     */
    public static SetAttribute<Customer> tags() {
        return TAGS;
    }

    /**
     * Whether the customer is subscribed to a channel ({@code "email"}, {@code "sms"}, {@code "push"}…); case is
     * ignored.
     *
     * @param channel the channel
     * @return the attribute, never missing
     */
    public static BooleanAttribute<Customer> subscribedTo(String channel) {
        checkNotNull(channel, "channel");
        checkArgument(!channel.isBlank(), "subscribedTo: channel must not be blank");
        String normalised = channel.toLowerCase(Locale.ROOT);
        return Readers.bool(
                Definition.builtIn(BuiltIn.SUBSCRIBED_TO),
                ImmutableList.of(normalised),
                (c, ctx) -> c.isSubscribedTo(normalised));
    }

    /**
     * A custom attribute of the customer, read as one type: {@code attribute("loyalty_tier").text().is("gold")}.
     *
     * @param name the custom attribute's name
     * @return the typed-view factory
     */
    public static CustomAttribute attribute(String name) {
        return CustomAttribute.named(name);
    }

    /**
     * True when every criterion is; a single criterion is returned as is.
     *
     * @param criteria at least one criterion
     * @param <T> the subject type
     * @return the conjunction
     */
    @SafeVarargs
    public static <T> Criterion<T> allOf(Criterion<T>... criteria) {
        checkNotNull(criteria, "criteria");
        return allOf(Arrays.asList(criteria));
    }

    /**
     * True when every criterion is; a single criterion is returned as is.
     *
     * @param criteria at least one criterion
     * @param <T> the subject type
     * @return the conjunction
     */
    public static <T> Criterion<T> allOf(Iterable<? extends Criterion<T>> criteria) {
        ImmutableList<Criterion<T>> list = operands("allOf", criteria);
        return list.size() == 1 ? list.get(0) : new Criterion.And<>(list);
    }

    /**
     * True when at least one criterion is; a single criterion is returned as is.
     *
     * @param criteria at least one criterion
     * @param <T> the subject type
     * @return the disjunction
     */
    @SafeVarargs
    public static <T> Criterion<T> anyOf(Criterion<T>... criteria) {
        checkNotNull(criteria, "criteria");
        return anyOf(Arrays.asList(criteria));
    }

    /**
     * True when at least one criterion is; a single criterion is returned as is.
     *
     * @param criteria at least one criterion
     * @param <T> the subject type
     * @return the disjunction
     */
    public static <T> Criterion<T> anyOf(Iterable<? extends Criterion<T>> criteria) {
        ImmutableList<Criterion<T>> list = operands("anyOf", criteria);
        return list.size() == 1 ? list.get(0) : new Criterion.Or<>(list);
    }

    /**
     * The exact complement of a criterion: true when it is false, including on missing values.
     *
     * @param criterion the criterion
     * @param <T> the subject type
     * @return the negation
     */
    public static <T> Criterion<T> not(Criterion<T> criterion) {
        return new Criterion.Not<>(checkNotNull(criterion, "criterion"));
    }

    /**
     * True when the subject is in another, named segment.
     *
     * @param segment a named segment
     * @param <T> the subject type
     * @return the reference
     * @throws IllegalArgumentException if the segment has no name
     */
    public static <T> Criterion<T> inSegment(Segment<T> segment) {
        return new Criterion.InSegment<>(checkNotNull(segment, "segment"));
    }

    /**
     * A named, opaque predicate for what the criterion tree cannot express. It evaluates and explains (by name) but
     * has no text form; prefer a custom {@link io.segmentation.attribute.Attribute}.
     *
     * @param name the name shown in explanations
     * @param predicate the test, thread-safe
     * @param <T> the subject type
     * @return the criterion
     */
    public static <T> Criterion<T> custom(String name, CustomPredicate<? super T> predicate) {
        return new Criterion.Custom<>(name, predicate);
    }

    /**
     * A named predicate that needs no evaluation context.
     *
     * @param name the name shown in explanations
     * @param predicate the test, thread-safe
     * @param <T> the subject type
     * @return the criterion
     */
    public static <T> Criterion<T> satisfies(String name, Predicate<? super T> predicate) {
        checkNotNull(predicate, "predicate");
        return custom(name, (subject, context) -> predicate.test(subject));
    }

    private static <T> ImmutableList<Criterion<T>> operands(String call, Iterable<? extends Criterion<T>> criteria) {
        checkNotNull(criteria, "criteria");
        ImmutableList.Builder<Criterion<T>> list = ImmutableList.builder();
        for (Criterion<T> c : criteria) {
            list.add(checkNotNull(c, "%s: a criterion is null", call));
        }
        ImmutableList<Criterion<T>> result = list.build();
        checkArgument(!result.isEmpty(), "%s needs at least one criterion", call);
        return result;
    }
}
