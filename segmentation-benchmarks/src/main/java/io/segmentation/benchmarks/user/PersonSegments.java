package io.segmentation.benchmarks.user;

import static io.segmentation.Attributes.anyOf;
import static io.segmentation.Attributes.not;
import static io.segmentation.benchmarks.user.PersonAttributes.AGE;
import static io.segmentation.benchmarks.user.PersonAttributes.COUNTRY;
import static io.segmentation.benchmarks.user.PersonAttributes.DAYS_SINCE_LAST_PURCHASE;
import static io.segmentation.benchmarks.user.PersonAttributes.INTERESTS;
import static io.segmentation.benchmarks.user.PersonAttributes.NEWSLETTER;
import static io.segmentation.benchmarks.user.PersonAttributes.PURCHASES;
import static io.segmentation.benchmarks.user.PersonAttributes.SPEND;

import io.segmentation.Segment;
import java.util.ArrayList;
import java.util.List;

/** The benchmarked segments over {@link Person}, written with the library's DSL as a user would. */
public final class PersonSegments {

    private PersonSegments() {}

    /**
     * The one-segment benchmarks' segment: {@code age 18-25 AND purchases >= 3 AND country IN (DE, FR, NL) AND spend >
     * 500}.
     *
     * @return the segment
     */
    public static Segment<Person> youngValuable() {
        return Segment.where(AGE.between(18, 25))
                .and(PURCHASES.atLeast(3))
                .and(COUNTRY.in("DE", "FR", "NL"))
                .and(SPEND.greaterThan(500))
                .named("young-valuable");
    }

    /**
     * The segment a rule describes.
     *
     * @param rule the rule
     * @return the segment, named {@code s} followed by the rule's position
     */
    public static Segment<Person> of(SegmentRule rule) {
        Segment<Person> segment = switch (rule.kind()) {
            case AGE_AND_COUNTRY ->
                Segment.where(AGE.between(rule.ageLow(), rule.ageHigh())).and(COUNTRY.is(rule.country()));
            case PURCHASES_AND_INTEREST ->
                Segment.where(PURCHASES.atLeast(rule.minPurchases())).and(INTERESTS.contains(rule.interest()));
            case SPEND_AND_TWO_COUNTRIES ->
                Segment.where(SPEND.greaterThan(rule.spendAbove()))
                        .and(COUNTRY.in(rule.country(), rule.otherCountry()));
            case INTEREST_OR_YOUNG ->
                Segment.where(anyOf(INTERESTS.contains(rule.interest()), AGE.lessThan(rule.youngerThan())));
            case RECENT_AND_NEWSLETTER ->
                Segment.where(DAYS_SINCE_LAST_PURCHASE.atMost(rule.maxDays()))
                        .and(rule.newsletter() ? NEWSLETTER.isTrue() : not(NEWSLETTER.isTrue()));
        };
        return segment.named("s" + rule.position());
    }

    /**
     * The 200 segments of {@link SegmentRule#twoHundred()}, in position order.
     *
     * @return the segments
     */
    public static List<Segment<Person>> many() {
        List<Segment<Person>> segments = new ArrayList<>(SegmentRule.COUNT);
        for (SegmentRule rule : SegmentRule.twoHundred()) {
            segments.add(of(rule));
        }
        return segments;
    }
}
