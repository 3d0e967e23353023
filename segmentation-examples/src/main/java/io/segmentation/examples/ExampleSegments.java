package io.segmentation.examples;

import static io.segmentation.Attributes.*;

import io.segmentation.Segment;
import io.segmentation.customer.Customer;
import java.time.Duration;
import java.util.List;

/**
 * One segment of each kind, written with the DSL of {@link io.segmentation.Attributes}: what the tour measures and
 * explains on the sample data.
 *
 * @since 0.1.0
 */
public final class ExampleSegments {

    /** Women aged 25 to 34 (both included). */
    public static final Segment<Customer> WOMEN_25_34 =
            Segment.where(gender().is("female")).and(age().between(25, 34)).named("women-25-34");

    /** Customers in Germany, Austria or Switzerland. */
    public static final Segment<Customer> DACH =
            Segment.where(country().in("DE", "AT", "CH")).named("dach");

    /** Customers living within 50 km of Berlin's centre. */
    public static final Segment<Customer> NEAR_BERLIN =
            Segment.where(distanceKm(52.520, 13.405).atMost(50)).named("near-berlin");

    /** Runners and yogis who care about sustainability. */
    public static final Segment<Customer> MINDFUL_MOVERS = Segment.where(
                    interests().containsAny("running", "yoga"))
            .and(values().contains("sustainability"))
            .named("mindful-movers");

    /** At least two orders in the last 90 days, and more than 200 spent in the last 365 days. */
    public static final Segment<Customer> ACTIVE_SPENDERS = Segment.where(
                    purchases().inLast(Duration.ofDays(90)).atLeast(2))
            .and(totalSpent().inLast(Duration.ofDays(365)).greaterThan(200))
            .named("active-spenders");

    /** Bought before, but not in the last 180 days. */
    public static final Segment<Customer> LAPSED =
            Segment.where(lastPurchase().moreThan(Duration.ofDays(180)).ago()).named("lapsed");

    /** Looked at a shoe page in the last 30 days. */
    public static final Segment<Customer> SHOE_BROWSERS = Segment.where(event("page_view")
                    .where(property("path").startsWith("/shoes"))
                    .count()
                    .inLast(Duration.ofDays(30))
                    .atLeast(1))
            .named("shoe-browsers");

    /** Retailers and manufacturers with at least 50 employees. */
    public static final Segment<Customer> MIDSIZE_RETAIL_MANUFACTURING = Segment.where(
                    companySize().atLeast(50))
            .and(industry().in("retail", "manufacturing"))
            .named("b2b-retail-manufacturing");

    /**
     * DACH customers of high value — active spenders, or silver and gold members of the loyalty programme — who can
     * be emailed; built on two other segments.
     */
    public static final Segment<Customer> DACH_HIGH_VALUE_EMAIL = Segment.where(inSegment(DACH))
            .and(anyOf(
                    inSegment(ACTIVE_SPENDERS), attribute("loyalty_tier").text().in("silver", "gold")))
            .and(subscribedTo("email").isTrue())
            .named("dach-high-value-email");

    /** A segment and the kind of segmentation it illustrates. */
    public record Example(String kind, Segment<Customer> segment) {}

    /**
     * Every example, in the order the tour shows them (by kind); the last one combines others. For exclusive
     * assignment use {@link #PRIORITY}.
     */
    public static final List<Example> ALL = List.of(
            new Example("demographic", WOMEN_25_34),
            new Example("geographic", DACH),
            new Example("geographic", NEAR_BERLIN),
            new Example("psychographic", MINDFUL_MOVERS),
            new Example("behavioural", ACTIVE_SPENDERS),
            new Example("behavioural", LAPSED),
            new Example("behavioural", SHOE_BROWSERS),
            new Example("firmographic", MIDSIZE_RETAIL_MANUFACTURING),
            new Example("combined", DACH_HIGH_VALUE_EMAIL));

    /**
     * The segments in priority order for exclusive assignment, where each customer goes to the first segment that
     * matches (for campaigns that must reach nobody twice): specific before broad. Order matters because a broad
     * segment placed early takes everybody it shares with the segments after it: with {@code dach} first, as in
     * {@link #ALL}, {@code near-berlin} and {@code dach-high-value-email} — both inside {@code dach} — get no members at
     * all. So the combined, targeted segment comes first, then the narrow geographic, firmographic and behavioural
     * ones, and the broad {@code lapsed} and {@code dach} last.
     *
     * @since 0.2.0
     */
    public static final List<Segment<Customer>> PRIORITY = List.of(
            DACH_HIGH_VALUE_EMAIL,
            NEAR_BERLIN,
            MIDSIZE_RETAIL_MANUFACTURING,
            ACTIVE_SPENDERS,
            SHOE_BROWSERS,
            MINDFUL_MOVERS,
            WOMEN_25_34,
            LAPSED,
            DACH);

    private ExampleSegments() {}
}
