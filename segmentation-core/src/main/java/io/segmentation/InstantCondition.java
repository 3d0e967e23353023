package io.segmentation;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import io.segmentation.plan.InstantBounds;
import java.time.Duration;
import java.time.Instant;

/**
 * Conditions on points in time. Conditions compare with {@link TimePoint}s, fixed or relative; relative ones
 * ({@link Within}, {@code TimePoint.ago(...)}) are measured from the evaluation time of the {@link EvaluationContext}, never with the wall clock.
 *
 * @since 0.1.0
 */
public sealed interface InstantCondition extends Condition<Instant> {

    @Override
    default Class<Instant> valueType() {
        return Instant.class;
    }

    /**
     * The instants this condition accepts, as an interval between time points: {@code before(p)} is
     * {@code (unbounded, p)}, {@code within(30 days)} is {@code [-30d, now]}. {@code bounds().contains(v, context)}
     * equals {@code test(v, context)}.
     *
     * @return the bounds
     * @since 0.3.0
     */
    InstantBounds bounds();

    /**
     * Same as {@link #bounds()}.
     *
     * @return the bounds
     * @since 0.3.0
     */
    @Override
    default InstantBounds normalForm() {
        return bounds();
    }

    @Override
    default boolean test(Instant value, EvaluationContext context) {
        return bounds().contains(value, context);
    }

    /**
     * {@code value < point} (strictly before).
     *
     * @param point the exclusive bound, fixed or relative to the evaluation time
     */
    record Before(TimePoint point) implements InstantCondition {
        /** Validates the operand. */
        public Before {
            checkNotNull(point, "point");
        }

        @Override
        public InstantBounds bounds() {
            return InstantBounds.before(point);
        }

        @Override
        public <R> R accept(ConditionVisitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /**
     * {@code value > point} (strictly after).
     *
     * @param point the exclusive bound, fixed or relative to the evaluation time
     */
    record After(TimePoint point) implements InstantCondition {
        /** Validates the operand. */
        public After {
            checkNotNull(point, "point");
        }

        @Override
        public InstantBounds bounds() {
            return InstantBounds.after(point);
        }

        @Override
        public <R> R accept(ConditionVisitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /**
     * {@code from <= value <= to} (closed at both ends). Fixed bounds are checked when built; relative bounds that
     * resolve out of order match nothing.
     *
     * @param from the inclusive start
     * @param to the inclusive end
     */
    record Between(TimePoint from, TimePoint to) implements InstantCondition {
        /** Validates the operands. */
        public Between {
            checkNotNull(from, "from");
            checkNotNull(to, "to");
            if (from instanceof TimePoint.Fixed f && to instanceof TimePoint.Fixed t) {
                checkArgument(!f.instant().isAfter(t.instant()), "start %s is after end %s", from, to);
            }
        }

        @Override
        public InstantBounds bounds() {
            return InstantBounds.closed(from, to);
        }

        @Override
        public <R> R accept(ConditionVisitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /**
     * {@code asOf - duration <= value <= asOf}: within the last {@code duration} before the evaluation time. A value
     * after the evaluation time is not within it.
     *
     * @param duration the positive look-back
     */
    record Within(Duration duration) implements InstantCondition {
        /** Validates the operand. */
        public Within {
            positive(duration);
        }

        @Override
        public InstantBounds bounds() {
            return InstantBounds.closed(TimePoint.ago(duration), TimePoint.now());
        }

        @Override
        public <R> R accept(ConditionVisitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    private static void positive(Duration duration) {
        checkNotNull(duration, "duration");
        checkArgument(!duration.isNegative() && !duration.isZero(), "duration must be positive but was %s", duration);
    }
}
