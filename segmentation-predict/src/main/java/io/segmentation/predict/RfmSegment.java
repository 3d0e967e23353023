package io.segmentation.predict;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import io.segmentation.Criterion;
import io.segmentation.Segment;
import io.segmentation.attribute.NumberAttribute;
import io.segmentation.customer.Customer;

/**
 * The standard named RFM segments, in their stated order, with their rules over the recency score {@code R} and the
 * average {@code FM} of the frequency and monetary scores (so FM is one of 1, 1.5, 2, …, 5):
 *
 * <table>
 *   <caption>Named RFM segments (ranges inclusive)</caption>
 *   <tr><th>#</th><th>segment</th><th>R</th><th>FM</th><th>who</th></tr>
 *   <tr><td>1</td><td>Champions</td><td>4–5</td><td>4–5</td><td>bought recently, buy often, spend the most</td></tr>
 *   <tr><td>2</td><td>Loyal Customers</td><td>4–5</td><td>3–3.5</td><td>recent, spend good money often</td></tr>
 *   <tr><td>3</td><td>Potential Loyalist</td><td>4–5</td><td>2–2.5</td><td>recent, bought more than once or spent a
 *       fair amount</td></tr>
 *   <tr><td>4</td><td>New Customers</td><td>5</td><td>1–1.5</td><td>bought most recently, but little so far</td></tr>
 *   <tr><td>5</td><td>Promising</td><td>4</td><td>1–1.5</td><td>recent shoppers who have not spent much yet</td></tr>
 *   <tr><td>6</td><td>Need Attention</td><td>3</td><td>2–5</td><td>good frequency and spend, but not bought very
 *       recently</td></tr>
 *   <tr><td>7</td><td>About To Sleep</td><td>3</td><td>1–1.5</td><td>middling recency, low frequency and
 *       spend</td></tr>
 *   <tr><td>8</td><td>At Risk</td><td>1–2</td><td>3–3.5</td><td>bought often and spent well, but long ago</td></tr>
 *   <tr><td>9</td><td>Can't Lose Them</td><td>1–2</td><td>4–5</td><td>were among the best, have not come back for a
 *       long time</td></tr>
 *   <tr><td>10</td><td>Hibernating</td><td>2</td><td>1–2.5</td><td>last order long ago, few orders, low
 *       spend</td></tr>
 *   <tr><td>11</td><td>Lost</td><td>1</td><td>1–2.5</td><td>lowest recency, low frequency and spend</td></tr>
 * </table>
 *
 * <p>The rules tile the whole R × FM grid without overlapping: every scored customer is in exactly one segment. The
 * first matching rule in the stated order wins — which, the rules being disjoint, is also the only one — so
 * {@link io.segmentation.engine.AssignmentMode#EXCLUSIVE exclusive} and
 * {@link io.segmentation.engine.AssignmentMode#OVERLAPPING overlapping} assignment agree, and each segment can be
 * counted, matched and explained on its own. Customers without orders have no scores and are in none.
 *
 * <p>{@link RfmScoring#namedSegments()} builds these as {@link Segment}s over a scoring's attributes, e.g.
 * Champions is {@code Segment.where(rfm.recency().between(4, 5)).and(rfm.fm().between(4, 5)).named("Champions")}.
 *
 * @since 0.1.0
 */
public enum RfmSegment {
    /** R 4–5, FM 4–5: bought recently, buy often and spend the most. */
    CHAMPIONS("Champions", 4, 5, 4, 5, "bought recently, buy often and spend the most"),
    /** R 4–5, FM 3–3.5: recent customers who spend good money often. */
    LOYAL_CUSTOMERS("Loyal Customers", 4, 5, 3, 3.5, "recent customers who spend good money often"),
    /** R 4–5, FM 2–2.5: recent customers who bought more than once or spent a fair amount. */
    POTENTIAL_LOYALIST(
            "Potential Loyalist", 4, 5, 2, 2.5, "recent customers who bought more than once or spent a fair amount"),
    /** R 5, FM 1–1.5: bought most recently, but little so far. */
    NEW_CUSTOMERS("New Customers", 5, 5, 1, 1.5, "bought most recently, but little so far"),
    /** R 4, FM 1–1.5: recent shoppers who have not spent much yet. */
    PROMISING("Promising", 4, 4, 1, 1.5, "recent shoppers who have not spent much yet"),
    /** R 3, FM 2–5: good frequency and spend, but have not bought very recently. */
    NEED_ATTENTION("Need Attention", 3, 3, 2, 5, "good frequency and spend, but have not bought very recently"),
    /** R 3, FM 1–1.5: middling recency, low frequency and spend; will be lost if not reactivated. */
    ABOUT_TO_SLEEP("About To Sleep", 3, 3, 1, 1.5, "middling recency, low frequency and spend"),
    /** R 1–2, FM 3–3.5: bought often and spent well, but a long time ago. */
    AT_RISK("At Risk", 1, 2, 3, 3.5, "bought often and spent well, but a long time ago"),
    /** R 1–2, FM 4–5: were among the best customers, but have not come back for a long time. */
    CANT_LOSE_THEM("Can't Lose Them", 1, 2, 4, 5, "were among the best customers, but have not come back for long"),
    /** R 2, FM 1–2.5: last order long ago, few orders, low spend. */
    HIBERNATING("Hibernating", 2, 2, 1, 2.5, "last order long ago, few orders, low spend"),
    /** R 1, FM 1–2.5: the lowest recency, low frequency and spend. */
    LOST("Lost", 1, 1, 1, 2.5, "the lowest recency, low frequency and spend");

    private final String label;
    private final int minRecency;
    private final int maxRecency;
    private final double minFm;
    private final double maxFm;
    private final String who;

    RfmSegment(String label, int minRecency, int maxRecency, double minFm, double maxFm, String who) {
        this.label = label;
        this.minRecency = minRecency;
        this.maxRecency = maxRecency;
        this.minFm = minFm;
        this.maxFm = maxFm;
        this.who = who;
    }

    /**
     * The segment's usual name, e.g. {@code "Can't Lose Them"}; the name of its {@link Segment}.
     *
     * @return the label
     */
    public String label() {
        return label;
    }

    /**
     * The rule and who it describes, e.g. {@code "R 4-5, FM 4-5: bought recently, buy often and spend the most"};
     * the description of its {@link Segment}.
     *
     * @return the description
     */
    public String description() {
        return "R " + range(minRecency, maxRecency) + ", FM " + range(minFm, maxFm) + ": " + who;
    }

    /**
     * The lowest recency score of the segment's rule.
     *
     * @return 1 to 5
     */
    public int minRecency() {
        return minRecency;
    }

    /**
     * The highest recency score of the segment's rule.
     *
     * @return 1 to 5
     */
    public int maxRecency() {
        return maxRecency;
    }

    /**
     * The lowest average of frequency and monetary scores of the segment's rule.
     *
     * @return 1 to 5
     */
    public double minFm() {
        return minFm;
    }

    /**
     * The highest average of frequency and monetary scores of the segment's rule.
     *
     * @return 1 to 5
     */
    public double maxFm() {
        return maxFm;
    }

    /**
     * Whether scores fall under this segment's rule (both ranges inclusive).
     *
     * @param recency the recency score
     * @param fm the average of the frequency and monetary scores
     * @return the answer
     */
    public boolean contains(int recency, double fm) {
        return recency >= minRecency && recency <= maxRecency && fm >= minFm && fm <= maxFm;
    }

    /**
     * The segment whose rule scores fall under: the first in the stated order (and, the rules being disjoint, the
     * only one).
     *
     * @param recency the recency score, 1 to 5
     * @param fm the average of the frequency and monetary scores, 1 to 5
     * @return the segment
     * @throws IllegalArgumentException if a score is outside 1 to 5
     */
    public static RfmSegment of(int recency, double fm) {
        checkArgument(recency >= 1 && recency <= 5, "recency score must be between 1 and 5 but was %s", recency);
        checkArgument(fm >= 1 && fm <= 5, "fm score must be between 1 and 5 but was %s", fm);
        for (RfmSegment segment : values()) {
            if (segment.contains(recency, fm)) {
                return segment;
            }
        }
        // Unreachable for scores of an RfmScore (whole numbers, FM in halves); other FM values fall between rules.
        throw new IllegalArgumentException("fm score must be a multiple of 0.5 but was " + fm);
    }

    /** This segment's rule over a scoring's attributes. */
    Segment<Customer> over(NumberAttribute<Customer> recency, NumberAttribute<Customer> fm) {
        checkNotNull(recency, "recency");
        checkNotNull(fm, "fm");
        Criterion<Customer> r =
                minRecency == maxRecency ? recency.is(minRecency) : recency.between(minRecency, maxRecency);
        return Segment.where(r).and(fm.between(minFm, maxFm)).named(label).describedAs(description());
    }

    private static String range(double min, double max) {
        return min == max ? number(min) : number(min) + "-" + number(max);
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Integer.toString((int) value) : Double.toString(value);
    }
}
