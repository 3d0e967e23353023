package io.segmentation.plan;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.segmentation.EvaluationContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * The normal form of a number condition: a union of disjoint intervals over the doubles, each bound open or closed.
 * The values are every double but NaN (a missing number), infinities included; {@code -0.0} and {@code 0.0} are the
 * same value, as they are for {@code ==}.
 *
 * <p>The intervals are kept sorted and disjoint, with a double between any two; intervals that overlap or are adjacent
 * over the doubles are merged, and intervals that contain no double are dropped. Bounds stay as written
 * ({@code greaterThan(5)} is {@code (5.0, +Infinity]}, not {@code [nextUp(5.0), +Infinity]}), so that renderers can
 * write them back as they were meant; {@link Interval#lowestIncluded()} and {@link Interval#highestIncluded()} give
 * the closed form over doubles. Two unions are {@link #equals equal} when they contain the same doubles, however
 * their bounds are written.
 *
 * <pre>{@code
 * atLeast(18)          [18.0, +Infinity]
 * lessThan(18)         [-Infinity, 18.0)
 * between(18, 25)      [18.0, 25.0]
 * in(3, 1, 2)          [1.0, 1.0], [2.0, 2.0], [3.0, 3.0]     (points)
 * not between(18, 25)  [-Infinity, 18.0), (25.0, +Infinity]  (complement())
 * }</pre>
 *
 * @since 0.3.0
 */
public final class NumberIntervals implements NormalForm<Double> {

    private static final NumberIntervals NONE = new NumberIntervals(ImmutableList.of());
    private static final NumberIntervals ALL = new NumberIntervals(ImmutableList.of(Interval.all()));

    private final ImmutableList<Interval> intervals;
    private final double[] lowers;
    /** {@link #endpoints()}, computed on first use (an immutable list, so a racy first publication is safe). */
    private ImmutableList<Double> endpoints;

    private NumberIntervals(ImmutableList<Interval> intervals) {
        this.intervals = intervals;
        this.lowers = new double[intervals.size()];
        for (int i = 0; i < lowers.length; i++) {
            lowers[i] = intervals.get(i).lowestIncluded();
        }
    }

    /**
     * The union of some intervals: sorted, with overlapping and touching ones merged.
     *
     * @param intervals the intervals, possibly none
     * @return their union
     * @throws NullPointerException if {@code intervals} or one of them is null
     * @since 0.3.0
     */
    public static NumberIntervals of(Collection<Interval> intervals) {
        checkNotNull(intervals, "intervals");
        List<Interval> sorted = new ArrayList<>(intervals.size());
        for (Interval i : intervals) {
            sorted.add(checkNotNull(i, "interval"));
        }
        sorted.sort(Comparator.comparingDouble(Interval::lowestIncluded));
        ImmutableList.Builder<Interval> merged = ImmutableList.builder();
        Interval current = null;
        for (Interval next : sorted) {
            if (current == null) {
                current = next;
            } else if (next.lowestIncluded() <= Math.nextUp(current.highestIncluded())) {
                // Overlapping, or adjacent over the doubles: one interval.
                if (next.highestIncluded() > current.highestIncluded()) {
                    current = new Interval(current.lower(), current.lowerClosed(), next.upper(), next.upperClosed());
                }
            } else {
                merged.add(current);
                current = next;
            }
        }
        if (current != null) {
            merged.add(current);
        }
        ImmutableList<Interval> result = merged.build();
        if (result.isEmpty()) {
            return NONE;
        }
        return new NumberIntervals(result);
    }

    /**
     * The union of some intervals.
     *
     * @param intervals the intervals, possibly none
     * @return their union
     * @throws NullPointerException if an interval is null
     * @since 0.3.0
     */
    public static NumberIntervals of(Interval... intervals) {
        checkNotNull(intervals, "intervals");
        return of(Arrays.asList(intervals));
    }

    /**
     * The set of some numbers, as points.
     *
     * @param points the numbers, finite or infinite, not NaN
     * @return the points
     * @throws IllegalArgumentException if a number is NaN
     * @since 0.3.0
     */
    public static NumberIntervals points(Collection<Double> points) {
        checkNotNull(points, "points");
        List<Interval> intervals = new ArrayList<>(points.size());
        for (Double p : points) {
            intervals.add(Interval.point(checkNotNull(p, "point")));
        }
        return of(intervals);
    }

    /**
     * Every number.
     *
     * @return {@code [-Infinity, +Infinity]}
     * @since 0.3.0
     */
    public static NumberIntervals all() {
        return ALL;
    }

    /**
     * No number.
     *
     * @return the empty union
     * @since 0.3.0
     */
    public static NumberIntervals none() {
        return NONE;
    }

    /**
     * The intervals, sorted, disjoint and each containing at least one double.
     *
     * @return the intervals; empty when no number is contained
     * @since 0.3.0
     */
    public ImmutableList<Interval> intervals() {
        return intervals;
    }

    /**
     * Whether no number is contained.
     *
     * @return true for the empty union
     * @since 0.3.0
     */
    public boolean isEmpty() {
        return intervals.isEmpty();
    }

    /**
     * Whether every number (but NaN) is contained.
     *
     * @return true for {@code [-Infinity, +Infinity]}
     * @since 0.3.0
     */
    public boolean isAll() {
        return equals(ALL);
    }

    /**
     * Whether the union is a non-empty set of single numbers, as {@code in(1, 2, 3)} is.
     *
     * @return true when every interval is a point
     * @since 0.3.0
     */
    public boolean isPoints() {
        if (intervals.isEmpty()) {
            return false;
        }
        for (Interval i : intervals) {
            if (!i.isPoint()) {
                return false;
            }
        }
        return true;
    }

    /**
     * The finite numbers that bound the intervals, ascending and distinct: the only numbers at which the answer of
     * {@link #contains(double)} can change as the value moves.
     *
     * @return the finite bounds
     * @since 0.3.0
     */
    public ImmutableList<Double> endpoints() {
        ImmutableList<Double> known = endpoints;
        if (known == null) {
            known = computeEndpoints();
            endpoints = known;
        }
        return known;
    }

    private ImmutableList<Double> computeEndpoints() {
        TreeSet<Double> bounds = new TreeSet<>();
        for (Interval i : intervals) {
            if (Double.isFinite(i.lower())) {
                bounds.add(i.lower());
            }
            if (Double.isFinite(i.upper())) {
                bounds.add(i.upper());
            }
        }
        return ImmutableList.copyOf(bounds);
    }

    /**
     * Whether a number is in one of the intervals; NaN never is.
     *
     * @param value the number
     * @return whether it is contained
     * @since 0.3.0
     */
    public boolean contains(double value) {
        // The last interval whose least double is at or below the value is the only one that can hold it.
        int low = 0;
        int high = lowers.length - 1;
        int found = -1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            if (lowers[mid] <= value) {
                found = mid;
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        return found >= 0 && intervals.get(found).contains(value);
    }

    /**
     * Same as {@link #contains(double)}.
     *
     * @param value a present number
     * @param context not read: number intervals do not depend on the evaluation time
     * @return whether it is contained
     */
    @Override
    public boolean test(Double value, EvaluationContext context) {
        checkNotNull(value, "value");
        checkNotNull(context, "context");
        return contains(value.doubleValue());
    }

    /**
     * The numbers (but NaN) not in this union: {@code complement().contains(v) == !contains(v)} for every non-NaN
     * double {@code v}.
     *
     * @return the complement
     * @since 0.3.0
     */
    public NumberIntervals complement() {
        List<Interval> gaps = new ArrayList<>(intervals.size() + 1);
        double from = Double.NEGATIVE_INFINITY;
        boolean fromClosed = true;
        for (Interval i : intervals) {
            Interval.ifNonEmpty(from, fromClosed, i.lower(), !i.lowerClosed(), gaps);
            from = i.upper();
            fromClosed = !i.upperClosed();
        }
        Interval.ifNonEmpty(from, fromClosed, Double.POSITIVE_INFINITY, true, gaps);
        return of(gaps);
    }

    /**
     * The numbers in both this union and another.
     *
     * @param other the other union
     * @return the intersection
     * @since 0.3.0
     */
    public NumberIntervals intersect(NumberIntervals other) {
        checkNotNull(other, "other");
        List<Interval> both = new ArrayList<>();
        for (Interval a : intervals) {
            for (Interval b : other.intervals) {
                double lower = Math.max(a.lower(), b.lower());
                boolean lowerClosed =
                        (a.lower() != lower || a.lowerClosed()) && (b.lower() != lower || b.lowerClosed());
                double upper = Math.min(a.upper(), b.upper());
                boolean upperClosed =
                        (a.upper() != upper || a.upperClosed()) && (b.upper() != upper || b.upperClosed());
                Interval.ifNonEmpty(lower, lowerClosed, upper, upperClosed, both);
            }
        }
        return of(both);
    }

    /**
     * The numbers in this union or another.
     *
     * @param other the other union
     * @return the union
     * @since 0.3.0
     */
    public NumberIntervals union(NumberIntervals other) {
        checkNotNull(other, "other");
        List<Interval> either = new ArrayList<>(intervals);
        either.addAll(other.intervals);
        return of(either);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return checkNotNull(visitor, "visitor").visitNumbers(this);
    }

    /** Equal when both contain the same doubles: {@code (5.0, 6.0]} equals {@code [nextUp(5.0), 6.0]}. */
    @Override
    public boolean equals(Object o) {
        if (o == this) {
            return true;
        }
        if (!(o instanceof NumberIntervals other) || other.intervals.size() != intervals.size()) {
            return false;
        }
        for (int i = 0; i < intervals.size(); i++) {
            Interval a = intervals.get(i);
            Interval b = other.intervals.get(i);
            if (a.lowestIncluded() != b.lowestIncluded() || a.highestIncluded() != b.highestIncluded()) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        int hash = 1;
        for (Interval i : intervals) {
            hash = 31 * hash + Double.hashCode(i.lowestIncluded());
            hash = 31 * hash + Double.hashCode(i.highestIncluded());
        }
        return hash;
    }

    /** The intervals, e.g. {@code [18.0, 25.0], (30.0, +Infinity]}; {@code {}} when empty. */
    @Override
    public String toString() {
        if (intervals.isEmpty()) {
            return "{}";
        }
        StringBuilder s = new StringBuilder();
        for (Interval i : intervals) {
            if (s.length() > 0) {
                s.append(", ");
            }
            s.append(i);
        }
        return s.toString();
    }

    /**
     * One interval of numbers, containing at least one double: {@code lower <(=) value <(=) upper}. An infinite bound
     * is a value like any other: {@code [5.0, +Infinity]} contains {@code +Infinity}, {@code [5.0, +Infinity)} does
     * not. {@code -0.0} is stored as {@code 0.0}.
     *
     * @param lower the lower bound, not NaN
     * @param lowerClosed whether {@code lower} itself is contained
     * @param upper the upper bound, not NaN, not below {@code lower}
     * @param upperClosed whether {@code upper} itself is contained
     * @since 0.3.0
     */
    public record Interval(double lower, boolean lowerClosed, double upper, boolean upperClosed) {

        /**
         * Validates the bounds.
         *
         * @throws IllegalArgumentException if a bound is NaN or the interval contains no double
         */
        public Interval {
            checkArgument(!Double.isNaN(lower) && !Double.isNaN(upper), "interval bounds must not be NaN");
            lower = lower + 0.0;
            upper = upper + 0.0;
            checkArgument(
                    nonEmpty(lower, lowerClosed, upper, upperClosed),
                    "interval %s contains no number",
                    text(lower, lowerClosed, upper, upperClosed));
        }

        /**
         * Every number: {@code [-Infinity, +Infinity]}.
         *
         * @return the interval
         * @since 0.3.0
         */
        public static Interval all() {
            return new Interval(Double.NEGATIVE_INFINITY, true, Double.POSITIVE_INFINITY, true);
        }

        /**
         * {@code [lower, upper]}, as {@code between} tests.
         *
         * @param lower the inclusive lower bound
         * @param upper the inclusive upper bound, not below {@code lower}
         * @return the interval
         * @since 0.3.0
         */
        public static Interval closed(double lower, double upper) {
            return new Interval(lower, true, upper, true);
        }

        /**
         * {@code [bound, +Infinity]}, as {@code atLeast} tests.
         *
         * @param bound the inclusive lower bound
         * @return the interval
         * @since 0.3.0
         */
        public static Interval atLeast(double bound) {
            return new Interval(bound, true, Double.POSITIVE_INFINITY, true);
        }

        /**
         * {@code (bound, +Infinity]}, as {@code greaterThan} tests.
         *
         * @param bound the exclusive lower bound, below {@code +Infinity}
         * @return the interval
         * @since 0.3.0
         */
        public static Interval greaterThan(double bound) {
            return new Interval(bound, false, Double.POSITIVE_INFINITY, true);
        }

        /**
         * {@code [-Infinity, bound]}, as {@code atMost} tests.
         *
         * @param bound the inclusive upper bound
         * @return the interval
         * @since 0.3.0
         */
        public static Interval atMost(double bound) {
            return new Interval(Double.NEGATIVE_INFINITY, true, bound, true);
        }

        /**
         * {@code [-Infinity, bound)}, as {@code lessThan} tests.
         *
         * @param bound the exclusive upper bound, above {@code -Infinity}
         * @return the interval
         * @since 0.3.0
         */
        public static Interval lessThan(double bound) {
            return new Interval(Double.NEGATIVE_INFINITY, true, bound, false);
        }

        /**
         * {@code [value, value]}, as {@code is} tests.
         *
         * @param value the number
         * @return the interval
         * @since 0.3.0
         */
        public static Interval point(double value) {
            return new Interval(value, true, value, true);
        }

        /**
         * Whether a number is in this interval; NaN never is.
         *
         * @param value the number
         * @return whether it is contained
         * @since 0.3.0
         */
        public boolean contains(double value) {
            return (lowerClosed ? value >= lower : value > lower) && (upperClosed ? value <= upper : value < upper);
        }

        /**
         * Whether the interval holds one number.
         *
         * @return true for {@code [v, v]}
         * @since 0.3.0
         */
        public boolean isPoint() {
            return lower == upper;
        }

        /**
         * Whether the interval has a lower bound to test: false for {@code [-Infinity, …}, which every number is at
         * or above.
         *
         * @return whether values below some number are left out
         * @since 0.3.0
         */
        public boolean hasLowerBound() {
            return !(lower == Double.NEGATIVE_INFINITY && lowerClosed);
        }

        /**
         * Whether the interval has an upper bound to test: false for {@code …, +Infinity]}.
         *
         * @return whether values above some number are left out
         * @since 0.3.0
         */
        public boolean hasUpperBound() {
            return !(upper == Double.POSITIVE_INFINITY && upperClosed);
        }

        /**
         * The least double in the interval: {@code lower} when closed, else {@code Math.nextUp(lower)}. With
         * {@link #highestIncluded()} it gives the closed form that is exact over doubles ({@code x > b} exactly when
         * {@code x >= nextUp(b)}).
         *
         * @return the least contained double
         * @since 0.3.0
         */
        public double lowestIncluded() {
            return lowerClosed ? lower : Math.nextUp(lower) + 0.0; // nextUp(-MIN_VALUE) is -0.0
        }

        /**
         * The greatest double in the interval: {@code upper} when closed, else {@code Math.nextDown(upper)}.
         *
         * @return the greatest contained double
         * @since 0.3.0
         */
        public double highestIncluded() {
            return upperClosed ? upper : Math.nextDown(upper) + 0.0;
        }

        /** The interval in the usual notation, e.g. {@code [18.0, 25.0)} or {@code (-Infinity, 0.0]}. */
        @Override
        public String toString() {
            return text(lower, lowerClosed, upper, upperClosed);
        }

        static void ifNonEmpty(
                double lower, boolean lowerClosed, double upper, boolean upperClosed, List<Interval> to) {
            if (nonEmpty(lower, lowerClosed, upper, upperClosed)) {
                to.add(new Interval(lower, lowerClosed, upper, upperClosed));
            }
        }

        private static boolean nonEmpty(double lower, boolean lowerClosed, double upper, boolean upperClosed) {
            if ((!lowerClosed && lower == Double.POSITIVE_INFINITY)
                    || (!upperClosed && upper == Double.NEGATIVE_INFINITY)) {
                return false;
            }
            double lowest = lowerClosed ? lower : Math.nextUp(lower);
            double highest = upperClosed ? upper : Math.nextDown(upper);
            // -0.0 and 0.0 are one value: nextDown(0.0) is below it, so the comparison stays exact.
            return lowest <= highest;
        }

        private static String text(double lower, boolean lowerClosed, double upper, boolean upperClosed) {
            return (lowerClosed ? "[" : "(") + bound(lower) + ", " + bound(upper) + (upperClosed ? "]" : ")");
        }

        private static String bound(double value) {
            return value == Double.POSITIVE_INFINITY ? "+Infinity" : Double.toString(value);
        }
    }
}
