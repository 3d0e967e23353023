package io.segmentation;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import com.google.common.primitives.Doubles;
import io.segmentation.internal.describe.Format;
import io.segmentation.plan.NumberIntervals;
import io.segmentation.plan.NumberIntervals.Interval;
import java.util.Collection;

/**
 * Conditions on numbers. Bounds follow Guava's {@code Range} naming: {@code between} is closed at both ends,
 * {@code atLeast}/{@code atMost} are inclusive, {@code greaterThan}/{@code lessThan} are exclusive. Operands are
 * finite; {@code -0.0} is stored as {@code 0.0} so that equal conditions are equal records.
 *
 * @since 0.1.0
 */
public sealed interface NumberCondition extends Condition<Double> {

    /**
     * Tests a present value without boxing.
     *
     * @param value the value
     * @return whether it satisfies the condition
     */
    boolean test(double value);

    @Override
    default boolean test(Double value, EvaluationContext context) {
        return test(value.doubleValue());
    }

    @Override
    default Class<Double> valueType() {
        return Double.class;
    }

    /**
     * The numbers this condition accepts, as a union of intervals: {@code between(18, 25)} is {@code [18.0, 25.0]},
     * {@code greaterThan(5)} is {@code (5.0, +Infinity]}, {@code in(1, 2)} is two points. {@code intervals().contains(v)}
     * equals {@code test(v)} for every double.
     *
     * @return the intervals
     * @since 0.3.0
     */
    NumberIntervals intervals();

    /**
     * Same as {@link #intervals()}.
     *
     * @return the intervals
     * @since 0.3.0
     */
    @Override
    default NumberIntervals normalForm() {
        return intervals();
    }

    /**
     * {@code lower <= value <= upper}.
     *
     * @param lower the inclusive lower bound
     * @param upper the inclusive upper bound, not below {@code lower}
     */
    record Between(double lower, double upper) implements NumberCondition {
        /** Validates the bounds. */
        public Between {
            lower = finite(lower, "lower bound");
            upper = finite(upper, "upper bound");
            checkArgument(
                    lower <= upper,
                    "lower bound %s exceeds upper bound %s",
                    Format.number(lower),
                    Format.number(upper));
        }

        @Override
        public boolean test(double value) {
            return interval().contains(value);
        }

        @Override
        public NumberIntervals intervals() {
            return NumberIntervals.of(interval());
        }

        private Interval interval() {
            return Interval.closed(lower, upper);
        }

        @Override
        public <R> R accept(ConditionVisitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /**
     * {@code value >= bound}.
     *
     * @param bound the inclusive lower bound
     */
    record AtLeast(double bound) implements NumberCondition {
        /** Validates the bound. */
        public AtLeast {
            bound = finite(bound, "bound");
        }

        @Override
        public boolean test(double value) {
            return interval().contains(value);
        }

        @Override
        public NumberIntervals intervals() {
            return NumberIntervals.of(interval());
        }

        private Interval interval() {
            return Interval.atLeast(bound);
        }

        @Override
        public <R> R accept(ConditionVisitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /**
     * {@code value <= bound}.
     *
     * @param bound the inclusive upper bound
     */
    record AtMost(double bound) implements NumberCondition {
        /** Validates the bound. */
        public AtMost {
            bound = finite(bound, "bound");
        }

        @Override
        public boolean test(double value) {
            return interval().contains(value);
        }

        @Override
        public NumberIntervals intervals() {
            return NumberIntervals.of(interval());
        }

        private Interval interval() {
            return Interval.atMost(bound);
        }

        @Override
        public <R> R accept(ConditionVisitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /**
     * {@code value > bound}.
     *
     * @param bound the exclusive lower bound
     */
    record GreaterThan(double bound) implements NumberCondition {
        /** Validates the bound. */
        public GreaterThan {
            bound = finite(bound, "bound");
        }

        @Override
        public boolean test(double value) {
            return interval().contains(value);
        }

        @Override
        public NumberIntervals intervals() {
            return NumberIntervals.of(interval());
        }

        private Interval interval() {
            return Interval.greaterThan(bound);
        }

        @Override
        public <R> R accept(ConditionVisitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /**
     * {@code value < bound}.
     *
     * @param bound the exclusive upper bound
     */
    record LessThan(double bound) implements NumberCondition {
        /** Validates the bound. */
        public LessThan {
            bound = finite(bound, "bound");
        }

        @Override
        public boolean test(double value) {
            return interval().contains(value);
        }

        @Override
        public NumberIntervals intervals() {
            return NumberIntervals.of(interval());
        }

        private Interval interval() {
            return Interval.lessThan(bound);
        }

        @Override
        public <R> R accept(ConditionVisitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /**
     * {@code value == expected}.
     *
     * @param expected the expected value
     */
    record Is(double expected) implements NumberCondition {
        /** Validates the value. */
        public Is {
            expected = finite(expected, "value");
        }

        @Override
        public boolean test(double value) {
            return interval().contains(value);
        }

        @Override
        public NumberIntervals intervals() {
            return NumberIntervals.of(interval());
        }

        private Interval interval() {
            return Interval.point(expected);
        }

        @Override
        public <R> R accept(ConditionVisitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /**
     * The value equals one of a non-empty set of numbers.
     *
     * @param values the accepted values, in the order given
     */
    record In(ImmutableSet<Double> values) implements NumberCondition {
        /** Validates and copies the values. */
        public In {
            checkNotNull(values, "values");
            checkArgument(!values.isEmpty(), "the list of values is empty");
            ImmutableSet.Builder<Double> copy = ImmutableSet.builder();
            for (Double v : values) {
                copy.add(finite(checkNotNull(v, "value"), "value"));
            }
            values = copy.build();
        }

        /**
         * The condition for the given values.
         *
         * @param values the accepted values, at least one, finite
         * @return the condition
         */
        public static In of(Collection<? extends Number> values) {
            checkNotNull(values, "values");
            ImmutableSet.Builder<Double> copy = ImmutableSet.builder();
            for (Number v : values) {
                copy.add(checkNotNull(v, "value").doubleValue());
            }
            return new In(copy.build());
        }

        /**
         * The condition for the given values.
         *
         * @param values the accepted values, at least one, finite
         * @return the condition
         */
        public static In of(double... values) {
            checkNotNull(values, "values");
            return of(Doubles.asList(values));
        }

        @Override
        public NumberIntervals intervals() {
            return NumberIntervals.points(values);
        }

        @Override
        public boolean test(double value) {
            return values.contains(value == 0.0 ? 0.0 : value);
        }

        @Override
        public <R> R accept(ConditionVisitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    private static double finite(double value, String what) {
        checkArgument(Double.isFinite(value), "%s must be a finite number but was %s", what, value);
        return value == 0.0 ? 0.0 : value;
    }
}
