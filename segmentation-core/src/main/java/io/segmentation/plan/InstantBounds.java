package io.segmentation.plan;

import static com.google.common.base.Preconditions.checkNotNull;

import io.segmentation.EvaluationContext;
import io.segmentation.TimePoint;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The normal form of an instant condition: one interval of instants between an optional lower and an optional upper
 * {@link Bound}, each a {@link TimePoint} that is included or not. Every instant condition is such an interval:
 *
 * <pre>{@code
 * before(p)        (unbounded, p)
 * after(p)         (p, unbounded)
 * between(p, q)    [p, q]
 * within(30 days)  [-30d, now]
 * }</pre>
 *
 * <p>Bounds may be relative to the evaluation time ({@code now}, {@code -30d}, {@code today}, {@code -3m}); each says
 * how it moves as the evaluation time passes ({@link Motion}). Resolve the bounds against an
 * {@link EvaluationContext} with {@link #resolve}. Relative bounds that resolve out of order contain nothing.
 *
 * @since 0.3.0
 */
public final class InstantBounds implements NormalForm<Instant> {

    private final Bound lower;
    private final Bound upper;

    private InstantBounds(Bound lower, Bound upper) {
        this.lower = lower;
        this.upper = upper;
    }

    /**
     * The instants between two optional bounds.
     *
     * @param lower the lower bound, or empty for no lower bound
     * @param upper the upper bound, or empty for no upper bound
     * @return the bounds
     * @throws NullPointerException if an argument is null
     * @since 0.3.0
     */
    public static InstantBounds of(Optional<Bound> lower, Optional<Bound> upper) {
        checkNotNull(lower, "lower");
        checkNotNull(upper, "upper");
        return new InstantBounds(lower.orElse(null), upper.orElse(null));
    }

    /**
     * The instants strictly before a point: {@code value < point}.
     *
     * @param point the exclusive upper bound
     * @return the bounds
     * @since 0.3.0
     */
    public static InstantBounds before(TimePoint point) {
        return new InstantBounds(null, new Bound(point, false));
    }

    /**
     * The instants strictly after a point: {@code value > point}.
     *
     * @param point the exclusive lower bound
     * @return the bounds
     * @since 0.3.0
     */
    public static InstantBounds after(TimePoint point) {
        return new InstantBounds(new Bound(point, false), null);
    }

    /**
     * The instants from one point to another, both included: {@code from <= value <= to}.
     *
     * @param from the inclusive lower bound
     * @param to the inclusive upper bound
     * @return the bounds
     * @since 0.3.0
     */
    public static InstantBounds closed(TimePoint from, TimePoint to) {
        return new InstantBounds(new Bound(from, true), new Bound(to, true));
    }

    /**
     * The lower bound.
     *
     * @return the lower bound, or empty when every instant up to the upper bound is contained
     * @since 0.3.0
     */
    public Optional<Bound> lower() {
        return Optional.ofNullable(lower);
    }

    /**
     * The upper bound.
     *
     * @return the upper bound, or empty when every instant from the lower bound on is contained
     * @since 0.3.0
     */
    public Optional<Bound> upper() {
        return Optional.ofNullable(upper);
    }

    /**
     * Whether a bound moves with the evaluation time, so that the answer for one value can change as time passes.
     *
     * @return true when a bound is not {@link Motion#FIXED}
     * @since 0.3.0
     */
    public boolean isRelative() {
        return (lower != null && lower.motion() != Motion.FIXED) || (upper != null && upper.motion() != Motion.FIXED);
    }

    /**
     * The bounds as instants in one context.
     *
     * @param context the evaluation context
     * @return the resolved bounds
     * @since 0.3.0
     */
    public Resolved resolve(EvaluationContext context) {
        checkNotNull(context, "context");
        return new Resolved(
                lower == null ? Instant.MIN : lower.point().resolve(context),
                lower == null || lower.inclusive(),
                upper == null ? Instant.MAX : upper.point().resolve(context),
                upper == null || upper.inclusive());
    }

    /**
     * Whether an instant is between the bounds in a context.
     *
     * @param value the instant
     * @param context the evaluation context
     * @return whether it is contained
     * @since 0.3.0
     */
    public boolean contains(Instant value, EvaluationContext context) {
        checkNotNull(value, "value");
        checkNotNull(context, "context");
        if (lower != null) {
            int c = value.compareTo(lower.point().resolve(context));
            if (c < 0 || (c == 0 && !lower.inclusive())) {
                return false;
            }
        }
        if (upper != null) {
            int c = value.compareTo(upper.point().resolve(context));
            return c < 0 || (c == 0 && upper.inclusive());
        }
        return true;
    }

    /**
     * Same as {@link #contains(Instant, EvaluationContext)}.
     *
     * @param value a present instant
     * @param context the evaluation context
     * @return whether it is contained
     */
    @Override
    public boolean test(Instant value, EvaluationContext context) {
        return contains(value, context);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return checkNotNull(visitor, "visitor").visitInstants(this);
    }

    @Override
    public boolean equals(Object o) {
        return o == this
                || o instanceof InstantBounds other
                        && Objects.equals(lower, other.lower)
                        && Objects.equals(upper, other.upper);
    }

    @Override
    public int hashCode() {
        return Objects.hash(lower, upper);
    }

    /** The interval, e.g. {@code [-30d, now]} or {@code (unbounded, 2026-01-01)}. */
    @Override
    public String toString() {
        return (lower == null || lower.inclusive() ? "[" : "(")
                + (lower == null ? "unbounded" : lower.point())
                + ", "
                + (upper == null ? "unbounded" : upper.point())
                + (upper == null || upper.inclusive() ? "]" : ")");
    }

    /**
     * How a time point moves as the evaluation time passes. No point moves against the evaluation time, except that
     * calendar points follow the local date of the context's zone, which an offset transition can shift.
     *
     * @since 0.3.0
     */
    public enum Motion {
        /** Never moves: a fixed instant ({@link TimePoint#at}) or the start of a given date ({@link TimePoint#on}). */
        FIXED,
        /**
         * Moves in step with the evaluation time, at a constant {@link Bound#lag() lag} behind it:
         * {@link TimePoint#now()} (lag 0), {@link TimePoint#ago(Duration)} (lag {@code d}) and
         * {@link TimePoint#ahead(Duration)} (lag {@code -d}, ahead of it).
         */
        IN_STEP,
        /**
         * Moves forward with the calendar of the context's zone, in jumps or in step: {@link TimePoint#today()} (at
         * each local midnight) and {@link TimePoint#ago(java.time.Period)} of months or years.
         */
        CALENDAR
    }

    /**
     * One bound of an instant interval.
     *
     * @param point the time point, fixed or relative
     * @param inclusive whether the point itself is contained
     * @since 0.3.0
     */
    public record Bound(TimePoint point, boolean inclusive) {

        /** Validates the point. */
        public Bound {
            checkNotNull(point, "point");
        }

        /**
         * How the point moves as the evaluation time passes.
         *
         * @return the motion
         * @since 0.3.0
         */
        public Motion motion() {
            if (point instanceof TimePoint.Now
                    || point instanceof TimePoint.DurationAgo
                    || point instanceof TimePoint.DurationAhead) {
                return Motion.IN_STEP;
            }
            if (point instanceof TimePoint.Today || point instanceof TimePoint.PeriodAgo) {
                return Motion.CALENDAR;
            }
            if (point instanceof TimePoint.Fixed || point instanceof TimePoint.StartOfDay) {
                return Motion.FIXED;
            }
            // A new kind of point must say how it moves: never treat it as fixed by default.
            throw new IllegalStateException("no motion defined for the time point " + point);
        }

        /**
         * How far the point lags behind the evaluation time, for a point that moves {@link Motion#IN_STEP}.
         *
         * @return the lag ({@link Duration#ZERO} for {@code now}, negative for a point ahead), or empty for other
         *     points
         * @since 0.3.0
         */
        public Optional<Duration> lag() {
            if (point instanceof TimePoint.Now) {
                return Optional.of(Duration.ZERO);
            }
            if (point instanceof TimePoint.DurationAgo ago) {
                return Optional.of(ago.duration());
            }
            if (point instanceof TimePoint.DurationAhead ahead) {
                return Optional.of(ahead.duration().negated());
            }
            return Optional.empty();
        }
    }

    /**
     * The bounds of an interval of instants resolved in one context; a side without a bound is {@link Instant#MIN}
     * or {@link Instant#MAX}, included.
     *
     * @param lower the lower bound
     * @param lowerInclusive whether {@code lower} is contained
     * @param upper the upper bound
     * @param upperInclusive whether {@code upper} is contained
     * @since 0.3.0
     */
    public record Resolved(Instant lower, boolean lowerInclusive, Instant upper, boolean upperInclusive) {

        /** Validates the bounds. */
        public Resolved {
            checkNotNull(lower, "lower");
            checkNotNull(upper, "upper");
        }

        /**
         * Whether an instant is between the bounds.
         *
         * @param value the instant
         * @return whether it is contained
         * @since 0.3.0
         */
        public boolean contains(Instant value) {
            int c = value.compareTo(lower);
            if (c < 0 || (c == 0 && !lowerInclusive)) {
                return false;
            }
            c = value.compareTo(upper);
            return c < 0 || (c == 0 && upperInclusive);
        }

        /**
         * The least instant the lower bound admits, or empty when it admits none (an excluded {@link Instant#MAX}).
         *
         * @return {@code lower}, or the next nanosecond when it is excluded
         * @since 0.3.0
         */
        public Optional<Instant> lowestIncluded() {
            if (lowerInclusive) {
                return Optional.of(lower);
            }
            return lower.equals(Instant.MAX) ? Optional.empty() : Optional.of(lower.plusNanos(1));
        }

        /**
         * The greatest instant the upper bound admits, or empty when it admits none (an excluded
         * {@link Instant#MIN}).
         *
         * @return {@code upper}, or the previous nanosecond when it is excluded
         * @since 0.3.0
         */
        public Optional<Instant> highestIncluded() {
            if (upperInclusive) {
                return Optional.of(upper);
            }
            return upper.equals(Instant.MIN) ? Optional.empty() : Optional.of(upper.minusNanos(1));
        }
    }
}
