package io.segmentation.predict;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import io.segmentation.Attributes;
import io.segmentation.EvaluationContext;
import io.segmentation.Segment;
import io.segmentation.attribute.NumberAttribute;
import io.segmentation.customer.Customer;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * RFM (recency, frequency, monetary) scores fitted to a population as of a date: quintile scores from 1 to 5 exposed
 * as attributes, and the standard {@link RfmSegment named RFM segments} as ready-made segments.
 *
 * <pre>{@code
 * EvaluationContext june = EvaluationContext.asOf(Instant.parse("2026-06-01T00:00:00Z"));
 * RfmModel model = RfmModel.fit(customers, june);
 *
 * Segment<Customer> recentBigSpenders =
 *     Segment.where(model.rfm().recency().atLeast(4)).and(model.rfm().monetary().is(5)).named("recent big spenders");
 * Assignment<Customer> bySegment =
 *     SegmentEngine.of(model.namedSegments()).assign(customers, june, AssignmentMode.EXCLUSIVE);
 * Optional<RfmScore> scores = model.scoreOf(customer);   // RfmScore[recency=5, frequency=3, monetary=4]
 * }</pre>
 *
 * <h2>How scores are fitted</h2>
 *
 * <p>The population is the customers with at least one order at or before {@code context.asOf()}; each has a
 * recency ({@link Attributes#daysSinceLastPurchase() days since the last purchase}), a frequency
 * ({@link Attributes#purchases() orders}) and a monetary value ({@link Attributes#totalSpent() total spent}).
 * Customers without orders are left out of the population and have no scores.
 *
 * <p>For each of the three, sort the population's {@code n} values ascending, {@code x(1) <= … <= x(n)}, and take
 * four breakpoints {@code c(k) = x(ceil(k·n/5))}, {@code k = 1..4}. Frequency and monetary score {@code 1 +} the
 * number of breakpoints strictly below the value, which is {@code 1 + floor(5 · b / n)} where {@code b} counts the
 * population values strictly below it: one plus the number of whole fifths of the population the customer beats.
 * Recency is reversed — fewer days is better: its breakpoints are the {@code ceil(k·n/5)}-th <em>largest</em> day
 * counts and a day count scores {@code 1 +} the number of breakpoints strictly above it, so the most recent buyers
 * score 5. For example, ten customers with 1, 2, …, 10 orders give frequency breakpoints 2, 4, 6, 8 and scores
 * 1, 1, 2, 2, 3, 3, 4, 4, 5, 5.
 *
 * <p>A score depends only on the value: equal values always share a score (a tie is never split between scores; it
 * takes the score of where it starts, so if 60% of customers ordered once, they all score frequency 1 and a second
 * order is worth 4), and the same population in any order gives the same breakpoints and scores. Scores of customers
 * outside the fitted population, or at another evaluation time, are computed against the same breakpoints (see
 * {@link RfmScoring}).
 *
 * <p>Immutable and thread-safe; the model keeps the breakpoints, not the customers.
 *
 * @since 0.1.0
 */
public final class RfmModel {

    private static final NumberAttribute<Customer> DAYS = Attributes.daysSinceLastPurchase();
    private static final NumberAttribute<Customer> ORDERS = Attributes.purchases();
    private static final NumberAttribute<Customer> SPENT = Attributes.totalSpent();

    private final EvaluationContext context;
    private final RfmScoring scoring;
    private final int scoredCount;
    private final int unscoredCount;

    private RfmModel(EvaluationContext context, RfmScoring scoring, int scoredCount, int unscoredCount) {
        this.context = context;
        this.scoring = scoring;
        this.scoredCount = scoredCount;
        this.unscoredCount = unscoredCount;
    }

    /**
     * Fits RFM breakpoints to a population as of an evaluation time.
     *
     * @param customers the population, none null; customers without orders up to {@code context.asOf()} are counted
     *     but not scored
     * @param context the evaluation time (and the zone in which days are counted)
     * @return the model
     * @throws IllegalArgumentException if no customer has an order at or before {@code context.asOf()}
     */
    public static RfmModel fit(Iterable<Customer> customers, EvaluationContext context) {
        checkNotNull(customers, "customers");
        checkNotNull(context, "context");
        double[] days = new double[64];
        double[] orders = new double[64];
        double[] spent = new double[64];
        int scored = 0;
        int unscored = 0;
        for (Customer c : customers) {
            checkNotNull(c, "customers contains null");
            if (c.purchaseCountUpTo(context.asOf()) == 0) {
                unscored++;
                continue;
            }
            if (scored == days.length) {
                days = Arrays.copyOf(days, scored * 2);
                orders = Arrays.copyOf(orders, scored * 2);
                spent = Arrays.copyOf(spent, scored * 2);
            }
            days[scored] = DAYS.readDouble(c, context);
            orders[scored] = ORDERS.readDouble(c, context);
            spent[scored] = SPENT.readDouble(c, context);
            scored++;
        }
        checkArgument(
                scored > 0,
                "customers: none of the %s customers has an order at or before %s, so there is nothing to score",
                unscored,
                context.asOf());
        RfmScoring scoring = new RfmScoring(
                RfmQuintiles.descending(Arrays.copyOf(days, scored)),
                RfmQuintiles.ascending(Arrays.copyOf(orders, scored)),
                RfmQuintiles.ascending(Arrays.copyOf(spent, scored)));
        return new RfmModel(context, scoring, scored, unscored);
    }

    /**
     * The evaluation time the model was fitted at.
     *
     * @return the context
     */
    public EvaluationContext context() {
        return context;
    }

    /**
     * The fitted scores: the attributes {@code rfm().recency()}, {@code rfm().frequency()}, {@code rfm().monetary()},
     * {@code rfm().fm()} and {@code rfm().code()}, the breakpoints and the named segments.
     *
     * @return the scoring
     */
    public RfmScoring rfm() {
        return scoring;
    }

    /**
     * The eleven named RFM segments over the fitted scores, in their stated order (see {@link RfmSegment}); every
     * scored customer is in exactly one. The same as {@code rfm().namedSegments()}.
     *
     * @return the segments, immutable
     */
    public List<Segment<Customer>> namedSegments() {
        return scoring.namedSegments();
    }

    /**
     * A customer's scores as of the fitted evaluation time; the customer need not be one of the fitted population.
     *
     * @param customer the customer
     * @return the scores, empty when the customer has no order at or before {@code context().asOf()}
     */
    public Optional<RfmScore> scoreOf(Customer customer) {
        return scoring.scoreOf(customer, context);
    }

    /**
     * How many customers of the population were scored: those with an order at or before the evaluation time.
     *
     * @return at least 1
     */
    public int scoredCount() {
        return scoredCount;
    }

    /**
     * How many customers of the population had no order at or before the evaluation time, and so no scores.
     *
     * @return 0 or more
     */
    public int unscoredCount() {
        return unscoredCount;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RfmModel other
                && context.equals(other.context)
                && scoring.equals(other.scoring)
                && scoredCount == other.scoredCount
                && unscoredCount == other.unscoredCount;
    }

    @Override
    public int hashCode() {
        return Objects.hash(context, scoring, scoredCount, unscoredCount);
    }

    @Override
    public String toString() {
        return "RfmModel[asOf=" + context.asOf() + ", scored=" + scoredCount + ", unscored=" + unscoredCount + ", "
                + scoring + "]";
    }
}
