package io.segmentation.testkit;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import io.segmentation.Criterion;
import io.segmentation.EvaluationContext;
import io.segmentation.Segment;
import io.segmentation.customer.Customer;
import io.segmentation.engine.SegmentMatcher;
import io.segmentation.testkit.internal.fixtures.Boundaries;
import io.segmentation.testkit.internal.fixtures.FixtureSolver;
import io.segmentation.testkit.internal.fixtures.MadeFor;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Customers built to order from a segment: one inside it, one outside it, and the boundary cases that decide it.
 *
 * <pre>{@code
 * Segment<Customer> vip = Segment.where(totalSpent().inLast(Duration.ofDays(365)).atLeast(1_000))
 *         .and(country().in("DE", "AT"))
 *         .named("vip");
 * Customer inside = Fixtures.customerIn(vip);
 * Customer outside = Fixtures.customerNotIn(vip);
 * for (BoundaryCase c : Fixtures.boundaryCases(vip)) {
 *     assertThat(SegmentMatcher.of(vip).matches(c.customer(), TestKit.defaultContext()))
 *             .as(c.description())
 *             .isEqualTo(c.expectedIn());
 * }
 * }</pre>
 *
 * <p>The static methods build for {@link TestKit#defaultContext()} with {@link TestKit#DEFAULT_SEED}; for another
 * evaluation time or seed, start from {@link #asOf(Instant)}, {@link #asOf(EvaluationContext)} or {@link #seed(long)}:
 * {@code Fixtures.asOf(june).seed(7).customerIn(vip)}. The same request always gives equal customers.
 *
 * <p><b>Time flows from fixture to assertion.</b> Every customer a factory returns (boundary cases included)
 * remembers the context it was built for, and {@link SegmentationAssertions#assertThat(Customer) assertThat(customer)}
 * judges it at that context unless the assertion says {@code .asOf(...)} or {@code .in(...)}:
 *
 * <pre>{@code
 * Customer c = Fixtures.asOf(june).customerIn(recentBuyers);
 * assertThat(c).isIn(recentBuyers);                    // judged as of june, not as of TestKit.DEFAULT_AS_OF
 * assertThat(c).asOf(december).isNotIn(recentBuyers); // an explicit time always wins
 * }</pre>
 *
 * <p>The memory is the customer object itself: a copy ({@code c.toBuilder().build()}) or a customer deserialised
 * from a file is judged at {@link TestKit#defaultContext()} like any other. Code that evaluates a fixture directly
 * (a {@link SegmentMatcher}, an index) must pass the factory's {@link Factory#context()} itself.
 *
 * <p>Every segment the vocabulary of {@link io.segmentation.Attributes} can express is solved: numbers, texts
 * (including regular expressions, by sampling), sets, booleans, instants, presence, {@code and}/{@code or}/{@code
 * not}, segment references, custom attributes, locations, and orders and events in windows (counts, totals and
 * averages over the same orders solved together). Every customer returned has been checked by the engine's
 * {@link SegmentMatcher}. When no customer can be built, an {@link UnsatisfiableSegmentException} says why: a
 * contradiction ({@code age < 18 AND age > 65}, naming the attribute and the conditions), an opaque custom
 * predicate or user-defined attribute that a bounded random search did not satisfy, or a search that gave up.
 *
 * @since 0.1.0
 */
public final class Fixtures {

    private static final Factory DEFAULTS = new Factory(TestKit.defaultContext(), TestKit.DEFAULT_SEED);

    private static final long IN = 1;
    private static final long NOT_IN = 2;
    private static final long BOUNDARY = 3;

    private Fixtures() {}

    /**
     * The factory with the test kit's defaults: {@link TestKit#defaultContext()} and {@link TestKit#DEFAULT_SEED}.
     *
     * @return the default factory
     */
    public static Factory defaults() {
        return DEFAULTS;
    }

    /**
     * A factory building for an evaluation time, in UTC, with the default seed.
     *
     * @param asOf the evaluation time the customers are built for
     * @return the factory
     */
    public static Factory asOf(Instant asOf) {
        return DEFAULTS.asOf(asOf);
    }

    /**
     * A factory building for an evaluation context (time and zone), with the default seed.
     *
     * @param context the context the customers are built for
     * @return the factory
     */
    public static Factory asOf(EvaluationContext context) {
        return DEFAULTS.asOf(context);
    }

    /**
     * A factory with another seed, for the default context.
     *
     * @param seed the seed; equal seeds give equal customers
     * @return the factory
     */
    public static Factory seed(long seed) {
        return DEFAULTS.seed(seed);
    }

    /**
     * A customer in the segment as of {@link TestKit#defaultContext()}; see {@link Factory#customerIn(Segment)}.
     *
     * @param segment the segment
     * @return a member of the segment
     * @throws UnsatisfiableSegmentException if no customer can be built
     */
    public static Customer customerIn(Segment<Customer> segment) {
        return DEFAULTS.customerIn(segment);
    }

    /**
     * A customer satisfying the criterion as of {@link TestKit#defaultContext()}.
     *
     * @param criterion the criterion
     * @return a customer satisfying it
     * @throws UnsatisfiableSegmentException if no customer can be built
     */
    public static Customer customerIn(Criterion<Customer> criterion) {
        return DEFAULTS.customerIn(criterion);
    }

    /**
     * A customer outside the segment as of {@link TestKit#defaultContext()}; see {@link Factory#customerNotIn(Segment)}.
     *
     * @param segment the segment
     * @return a customer who is not a member
     * @throws UnsatisfiableSegmentException if every customer is in the segment, or none outside it can be built
     */
    public static Customer customerNotIn(Segment<Customer> segment) {
        return DEFAULTS.customerNotIn(segment);
    }

    /**
     * A customer failing the criterion as of {@link TestKit#defaultContext()}.
     *
     * @param criterion the criterion
     * @return a customer failing it
     * @throws UnsatisfiableSegmentException if every customer satisfies it, or none failing it can be built
     */
    public static Customer customerNotIn(Criterion<Customer> criterion) {
        return DEFAULTS.customerNotIn(criterion);
    }

    /**
     * {@code count} distinct customers in the segment as of {@link TestKit#defaultContext()}; see
     * {@link Factory#customersIn(Segment, int)}.
     *
     * @param segment the segment
     * @param count how many, at least 0
     * @return the customers, an immutable list
     * @throws UnsatisfiableSegmentException if no customer can be built
     */
    public static List<Customer> customersIn(Segment<Customer> segment, int count) {
        return DEFAULTS.customersIn(segment, count);
    }

    /**
     * The boundary cases of the segment as of {@link TestKit#defaultContext()}; see
     * {@link Factory#boundaryCases(Segment)}.
     *
     * @param segment the segment
     * @return the cases, an immutable list, possibly empty
     */
    public static List<BoundaryCase> boundaryCases(Segment<Customer> segment) {
        return DEFAULTS.boundaryCases(segment);
    }

    /**
     * Builds customers for one evaluation context and seed. Immutable and thread-safe; {@link #asOf} and
     * {@link #seed} return changed copies. Two factories are equal when their context and seed are, and equal
     * factories build equal customers for equal segments.
     *
     * @since 0.1.0
     */
    public static final class Factory {

        private final EvaluationContext context;
        private final long seed;

        private Factory(EvaluationContext context, long seed) {
            this.context = context;
            this.seed = seed;
        }

        /**
         * The evaluation context customers are built for.
         *
         * @return the context
         */
        public EvaluationContext context() {
            return context;
        }

        /**
         * The seed every choice derives from.
         *
         * @return the seed
         */
        public long seed() {
            return seed;
        }

        /**
         * This factory for another evaluation time, in this factory's zone.
         *
         * @param asOf the evaluation time
         * @return the changed factory
         */
        public Factory asOf(Instant asOf) {
            checkNotNull(asOf, "asOf");
            return new Factory(EvaluationContext.asOf(asOf, context.zone()), seed);
        }

        /**
         * This factory for another evaluation context.
         *
         * @param context the context
         * @return the changed factory
         */
        public Factory asOf(EvaluationContext context) {
            return new Factory(checkNotNull(context, "context"), seed);
        }

        /**
         * This factory with another seed.
         *
         * @param seed the seed
         * @return the changed factory
         */
        public Factory seed(long seed) {
            return new Factory(context, seed);
        }

        /**
         * A customer in the segment: one whose values satisfy the segment's criterion as of this factory's context,
         * plausible where the segment leaves the choice open (ages 18 to 90, real countries and cities, whole-euro
         * amounts), checked by the engine before it is returned.
         *
         * @param segment the segment
         * @return a member of the segment
         * @throws UnsatisfiableSegmentException if no customer can be built: the segment contradicts itself, an
         *     opaque condition was not satisfied by random search, or the search gave up
         */
        public Customer customerIn(Segment<Customer> segment) {
            checkNotNull(segment, "segment");
            return build(segment, true, 0);
        }

        /**
         * A customer satisfying the criterion.
         *
         * @param criterion the criterion
         * @return a customer satisfying it
         * @throws UnsatisfiableSegmentException if no customer can be built
         */
        public Customer customerIn(Criterion<Customer> criterion) {
            return customerIn(Segment.where(checkNotNull(criterion, "criterion")));
        }

        /**
         * A customer outside the segment: one whose values fail the segment's criterion (a missing value fails every
         * comparison, so leaving a value out is one way), checked by the engine before it is returned.
         *
         * @param segment the segment
         * @return a customer who is not a member
         * @throws UnsatisfiableSegmentException if every customer is in the segment (a tautology such as
         *     {@code age IS PRESENT OR age IS MISSING}), or none outside it can be built
         */
        public Customer customerNotIn(Segment<Customer> segment) {
            checkNotNull(segment, "segment");
            return build(segment, false, 0);
        }

        /**
         * A customer failing the criterion.
         *
         * @param criterion the criterion
         * @return a customer failing it
         * @throws UnsatisfiableSegmentException if every customer satisfies it, or none failing it can be built
         */
        public Customer customerNotIn(Criterion<Customer> criterion) {
            return customerNotIn(Segment.where(checkNotNull(criterion, "criterion")));
        }

        /**
         * {@code count} distinct customers in the segment, each built from its own seed derived from this factory's;
         * the first is {@link #customerIn(Segment)}.
         *
         * @param segment the segment
         * @param count how many, at least 0
         * @return the customers, an immutable list
         * @throws IllegalArgumentException if {@code count} is negative
         * @throws UnsatisfiableSegmentException if no customer can be built
         */
        public List<Customer> customersIn(Segment<Customer> segment, int count) {
            checkNotNull(segment, "segment");
            checkArgument(count >= 0, "customersIn: count must be at least 0 but was %s", count);
            List<Customer> out = new ArrayList<>();
            for (int index = 0; out.size() < count; index++) {
                checkState(
                        index < 10 * count + 100,
                        "customersIn: found only %s distinct customers in %s",
                        out.size(),
                        segment);
                Customer c = build(segment, true, index);
                if (!out.contains(c)) {
                    out.add(c);
                }
            }
            return ImmutableList.copyOf(out);
        }

        /**
         * The boundary cases of the segment: for each bound of each number or time comparison in it (through
         * {@code not} and segment references), a customer exactly on the bound, one just inside and one just
         * outside, the rest of the segment arranged so that this bound alone decides membership, and whether the
         * engine puts the customer in the segment. Steps are 1 for whole numbers (ages: the birthday is today or
         * tomorrow, one day from the change of age), 0.01 for money, the adjacent double for other numbers, one
         * second for instants.
         *
         * <p>Distances cannot be placed exactly: they are probed just inside and just outside only, within 0.01 km
         * of the bound. Not probed: {@code in(...)} lists, bounds inside event filters, comparisons on opaque
         * attributes; values the attribute cannot take (a negative age, an order after the evaluation time for the
         * upper end of {@code lastPurchase().within(...)}); and bounds the rest of the segment cannot be arranged
         * around (for example when another condition fixes the same attribute).
         *
         * @param segment the segment
         * @return the cases, an immutable list in the order of the comparisons, possibly empty
         */
        public List<BoundaryCase> boundaryCases(Segment<Customer> segment) {
            checkNotNull(segment, "segment");
            List<BoundaryCase> cases = Boundaries.of(segment, context, FixtureSolver.mix(seed, BOUNDARY))
                    .cases();
            cases.forEach(c -> MadeFor.remember(c.customer(), context));
            return cases;
        }

        private Customer build(Segment<Customer> segment, boolean in, int index) {
            SegmentMatcher<Customer> matcher = SegmentMatcher.of(segment);
            String what = (in ? "in " : "outside ")
                    + segment.name().map(n -> "segment '" + n + "'").orElseGet(() -> "segment " + segment);
            Customer built = FixtureSolver.find(
                    segment.criterion(),
                    in,
                    c -> matcher.matches(c, context) == in,
                    what,
                    context,
                    FixtureSolver.mix(seed, in ? IN : NOT_IN, index));
            return MadeFor.remember(built, context);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Factory other && context.equals(other.context) && seed == other.seed;
        }

        @Override
        public int hashCode() {
            return Objects.hash(context, seed);
        }

        @Override
        public String toString() {
            return "Fixtures.Factory[context=" + context + ", seed=" + seed + "]";
        }
    }
}
