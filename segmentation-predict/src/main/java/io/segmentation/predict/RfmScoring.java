package io.segmentation.predict;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import com.google.common.primitives.Doubles;
import io.segmentation.Attributes;
import io.segmentation.EvaluationContext;
import io.segmentation.Segment;
import io.segmentation.attribute.AttributeArguments;
import io.segmentation.attribute.AttributeRegistry;
import io.segmentation.attribute.NumberAttribute;
import io.segmentation.customer.Customer;
import io.segmentation.predict.RfmScoreAttribute.Kind;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * RFM scores as attributes: the breakpoints of a {@link RfmModel fitted} population, and the attributes, scores and
 * named segments they define. Obtained from {@link RfmModel#rfm()}, or restored from stored breakpoints with
 * {@link #of}.
 *
 * <pre>{@code
 * RfmScoring rfm = RfmModel.fit(customers, context).rfm();
 * Segment<Customer> best = Segment.where(rfm.recency().is(5)).and(rfm.monetary().atLeast(4)).named("best");
 * Segment<Customer> champions = rfm.segment(RfmSegment.CHAMPIONS);
 * SegmentEngine<Customer> engine = SegmentEngine.of(rfm.namedSegments());
 * }</pre>
 *
 * <h2>What is scored</h2>
 *
 * <p>As of an evaluation time, a customer with at least one order at or before it has
 *
 * <ul>
 *   <li>a recency of {@link Attributes#daysSinceLastPurchase() days since the last purchase} (calendar days in the
 *       context's zone),
 *   <li>a frequency of {@link Attributes#purchases() orders},
 *   <li>a monetary value of {@link Attributes#totalSpent() total spent} (order totals as {@code double}, currencies not
 *       converted).
 * </ul>
 *
 * <p>Each becomes a score from 1 to 5 against four breakpoints: frequency and monetary score {@code 1 +} the number of
 * their breakpoints strictly below the value; recency, reversed so that recent is good, scores {@code 1 +} the number
 * of its breakpoints strictly above the day count. {@link RfmModel#fit} explains how breakpoints come from a
 * population. A customer without orders up to the evaluation time has no scores: every attribute here is missing for
 * them, so they are in none of the named segments and are found with {@code rfm.recency().isMissing()}.
 *
 * <p>The attributes read the customer as of the evaluation context they are given, against the stored breakpoints:
 * with the model's context they give exactly the fitted scores; later, recency scores fall as time passes; a
 * customer who was not in the fitted population is scored against the same breakpoints.
 *
 * <h2>Identity and text</h2>
 *
 * <p>The attributes are named {@code rfm_recency}, {@code rfm_frequency}, {@code rfm_monetary}, {@code rfm_fm} and
 * {@code rfm_code}, with their breakpoints as parameters. Scorings with the same breakpoints score identically and
 * have equal attributes; different breakpoints give different attributes. Segments over them print as query text,
 * e.g. {@code rfm_recency(90, 45, 20, 7) BETWEEN 4 AND 5 AND rfm_fm(1, 2, 3, 5, 40, 95, 180, 400) BETWEEN 4 AND 5},
 * and parse back with a registry from {@link #addTo}.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class RfmScoring {

    private final double[] recency;
    private final double[] frequency;
    private final double[] monetary;
    private final RfmScoreAttribute recencyAttribute;
    private final RfmScoreAttribute frequencyAttribute;
    private final RfmScoreAttribute monetaryAttribute;
    private final RfmScoreAttribute fmAttribute;
    private final RfmScoreAttribute codeAttribute;
    private final ImmutableList<Segment<Customer>> namedSegments;
    private final ImmutableMap<RfmSegment, Segment<Customer>> bySegment;

    /** A scoring over breakpoints already checked; the arrays are owned by the new scoring. */
    RfmScoring(double[] recency, double[] frequency, double[] monetary) {
        this.recency = recency;
        this.frequency = frequency;
        this.monetary = monetary;
        this.recencyAttribute = RfmScoreAttribute.of(Kind.RECENCY, recency, frequency, monetary);
        this.frequencyAttribute = RfmScoreAttribute.of(Kind.FREQUENCY, recency, frequency, monetary);
        this.monetaryAttribute = RfmScoreAttribute.of(Kind.MONETARY, recency, frequency, monetary);
        this.fmAttribute = RfmScoreAttribute.of(Kind.FM, recency, frequency, monetary);
        this.codeAttribute = RfmScoreAttribute.of(Kind.CODE, recency, frequency, monetary);
        Map<RfmSegment, Segment<Customer>> segments = new EnumMap<>(RfmSegment.class);
        for (RfmSegment s : RfmSegment.values()) {
            segments.put(s, s.over(recencyAttribute, fmAttribute));
        }
        this.bySegment = Maps.immutableEnumMap(segments);
        this.namedSegments = bySegment.values().asList();
    }

    /**
     * A scoring restored from breakpoints, such as those of {@link #recencyBreakpoints()} stored after a fit. The
     * result equals the scoring they came from.
     *
     * @param recencyBreakpoints four finite day counts, non-increasing
     * @param frequencyBreakpoints four finite order counts, non-decreasing
     * @param monetaryBreakpoints four finite amounts, non-decreasing
     * @return the scoring
     * @throws IllegalArgumentException if a list does not hold four finite values in order
     */
    public static RfmScoring of(
            List<Double> recencyBreakpoints, List<Double> frequencyBreakpoints, List<Double> monetaryBreakpoints) {
        return new RfmScoring(
                checked("recencyBreakpoints", recencyBreakpoints, true),
                checked("frequencyBreakpoints", frequencyBreakpoints, false),
                checked("monetaryBreakpoints", monetaryBreakpoints, false));
    }

    /**
     * The recency score, 1 to 5, where 5 means the most recent purchases; missing without orders.
     *
     * @return the attribute {@code rfm_recency}
     */
    public NumberAttribute<Customer> recency() {
        return recencyAttribute;
    }

    /**
     * The frequency score, 1 to 5, where 5 means the most orders; missing without orders.
     *
     * @return the attribute {@code rfm_frequency}
     */
    public NumberAttribute<Customer> frequency() {
        return frequencyAttribute;
    }

    /**
     * The monetary score, 1 to 5, where 5 means the most spent; missing without orders.
     *
     * @return the attribute {@code rfm_monetary}
     */
    public NumberAttribute<Customer> monetary() {
        return monetaryAttribute;
    }

    /**
     * The average of the frequency and monetary scores — 1, 1.5, 2, …, 5 — on which the {@link RfmSegment named
     * segments} are defined; missing without orders.
     *
     * @return the attribute {@code rfm_fm}
     */
    public NumberAttribute<Customer> fm() {
        return fmAttribute;
    }

    /**
     * The three scores as one number, {@code 100·R + 10·F + M} (111 to 555), e.g. {@code rfm.code().is(555)};
     * missing without orders.
     *
     * @return the attribute {@code rfm_code}
     */
    public NumberAttribute<Customer> code() {
        return codeAttribute;
    }

    /**
     * The recency breakpoints in days, non-increasing: a day count scores 1 plus the number of them it is strictly
     * below.
     *
     * @return four day counts
     */
    public List<Double> recencyBreakpoints() {
        return ImmutableList.copyOf(Doubles.asList(recency));
    }

    /**
     * The frequency breakpoints in orders, non-decreasing: an order count scores 1 plus the number of them it
     * strictly exceeds.
     *
     * @return four order counts
     */
    public List<Double> frequencyBreakpoints() {
        return ImmutableList.copyOf(Doubles.asList(frequency));
    }

    /**
     * The monetary breakpoints, non-decreasing: a total spent scores 1 plus the number of them it strictly exceeds.
     *
     * @return four amounts
     */
    public List<Double> monetaryBreakpoints() {
        return ImmutableList.copyOf(Doubles.asList(monetary));
    }

    /**
     * A customer's scores as of an evaluation time.
     *
     * @param customer the customer
     * @param context the evaluation time
     * @return the scores, empty when the customer has no order at or before {@code context.asOf()}
     */
    public Optional<RfmScore> scoreOf(Customer customer, EvaluationContext context) {
        checkNotNull(customer, "customer");
        checkNotNull(context, "context");
        if (customer.purchaseCountUpTo(context.asOf()) == 0) {
            return Optional.empty();
        }
        return Optional.of(new RfmScore(
                (int) recencyAttribute.readDouble(customer, context),
                (int) frequencyAttribute.readDouble(customer, context),
                (int) monetaryAttribute.readDouble(customer, context)));
    }

    /**
     * The eleven named RFM segments over these scores, in the order of {@link RfmSegment}, each named by its
     * {@link RfmSegment#label()} and described by its rule. Every scored customer is in exactly one; customers
     * without orders are in none.
     *
     * <pre>{@code
     * Assignment<Customer> a = SegmentEngine.of(rfm.namedSegments()).assign(customers, context, AssignmentMode.EXCLUSIVE);
     * }</pre>
     *
     * @return the segments, immutable
     */
    public List<Segment<Customer>> namedSegments() {
        return namedSegments;
    }

    /**
     * One named RFM segment over these scores.
     *
     * @param segment which
     * @return the segment, one of {@link #namedSegments()}
     */
    public Segment<Customer> segment(RfmSegment segment) {
        return bySegment.get(checkNotNull(segment, "segment"));
    }

    /**
     * A registry with the RFM attributes added under their names, so that segments over any scoring's attributes
     * parse back from text: {@code rfm_recency(r1, r2, r3, r4)}, {@code rfm_frequency(f1, …, f4)},
     * {@code rfm_monetary(m1, …, m4)}, {@code rfm_fm(f1, …, f4, m1, …, m4)} and
     * {@code rfm_code(r1, …, r4, f1, …, f4, m1, …, m4)}.
     *
     * <pre>{@code
     * SegmentParser<Customer> parser = SegmentQuery.parser(RfmScoring.addTo(AttributeRegistry.builtIn()));
     * Segment<Customer> champions = parser.parse(rfm.segment(RfmSegment.CHAMPIONS).toString());
     * }</pre>
     *
     * @param registry the registry to extend
     * @return a new registry
     * @throws IllegalArgumentException if one of the names is already registered
     */
    public static AttributeRegistry<Customer> addTo(AttributeRegistry<Customer> registry) {
        checkNotNull(registry, "registry");
        return registry.with(Kind.RECENCY.attributeName, a -> factory(Kind.RECENCY, a))
                .with(Kind.FREQUENCY.attributeName, a -> factory(Kind.FREQUENCY, a))
                .with(Kind.MONETARY.attributeName, a -> factory(Kind.MONETARY, a))
                .with(Kind.FM.attributeName, a -> factory(Kind.FM, a))
                .with(Kind.CODE.attributeName, a -> factory(Kind.CODE, a));
    }

    private static RfmScoreAttribute factory(Kind kind, AttributeArguments arguments) {
        int b = RfmQuintiles.BREAKPOINTS;
        boolean withRecency = kind == Kind.RECENCY || kind == Kind.CODE;
        boolean withFrequency = kind != Kind.RECENCY && kind != Kind.MONETARY;
        boolean withMonetary = kind != Kind.RECENCY && kind != Kind.FREQUENCY;
        int count = b * ((withRecency ? 1 : 0) + (withFrequency ? 1 : 0) + (withMonetary ? 1 : 0));
        arguments.expect(count, false, false, false);
        int next = 0;
        double[] recency = null;
        double[] frequency = null;
        double[] monetary = null;
        if (withRecency) {
            recency = checked(kind.attributeName + " recency breakpoints", numbers(arguments, next), true);
            next += b;
        }
        if (withFrequency) {
            frequency = checked(kind.attributeName + " frequency breakpoints", numbers(arguments, next), false);
            next += b;
        }
        if (withMonetary) {
            monetary = checked(kind.attributeName + " monetary breakpoints", numbers(arguments, next), false);
        }
        return RfmScoreAttribute.of(kind, recency, frequency, monetary);
    }

    private static List<Double> numbers(AttributeArguments arguments, int from) {
        Double[] values = new Double[RfmQuintiles.BREAKPOINTS];
        for (int i = 0; i < values.length; i++) {
            values[i] = arguments.number(from + i, "breakpoint " + (from + i + 1));
        }
        return Arrays.asList(values);
    }

    private static double[] checked(String what, List<Double> breakpoints, boolean descending) {
        checkNotNull(breakpoints, what);
        checkArgument(
                breakpoints.size() == RfmQuintiles.BREAKPOINTS,
                "%s must hold %s values but were %s",
                what,
                RfmQuintiles.BREAKPOINTS,
                breakpoints);
        double[] values = new double[RfmQuintiles.BREAKPOINTS];
        for (int i = 0; i < values.length; i++) {
            Double v = checkNotNull(breakpoints.get(i), "%s[%s]", what, i);
            checkArgument(Double.isFinite(v), "%s must be finite but were %s", what, breakpoints);
            values[i] = v + 0.0; // -0.0 becomes 0.0: breakpoints are attribute parameters, compared with equals
            checkArgument(
                    i == 0 || (descending ? values[i] <= values[i - 1] : values[i] >= values[i - 1]),
                    "%s must be %s but were %s",
                    what,
                    descending ? "non-increasing" : "non-decreasing",
                    breakpoints);
        }
        return values;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RfmScoring other
                && Arrays.equals(recency, other.recency)
                && Arrays.equals(frequency, other.frequency)
                && Arrays.equals(monetary, other.monetary);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.hashCode(recency) + Arrays.hashCode(frequency)) + Arrays.hashCode(monetary);
    }

    @Override
    public String toString() {
        return "RfmScoring[recency " + recencyBreakpoints() + ", frequency " + frequencyBreakpoints() + ", monetary "
                + monetaryBreakpoints() + "]";
    }
}
