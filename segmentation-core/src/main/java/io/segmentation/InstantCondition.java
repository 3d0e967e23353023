package io.segmentation;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import io.segmentation.engine.EvaluationContext;
import io.segmentation.internal.Instants;
import java.time.Duration;
import java.time.Instant;

/**
 * Conditions on points in time. Absolute conditions compare with fixed instants; relative ones ({@link Within},
 * {@link MoreThanAgo}) compare with the evaluation time of the {@link EvaluationContext}, never with the wall clock.
 *
 * @since 0.1.0
 */
public sealed interface InstantCondition extends Condition<Instant> {

    @Override
    default Class<Instant> valueType() {
        return Instant.class;
    }

    /**
     * {@code value < instant} (strictly before).
     *
     * @param instant the exclusive upper bound
     */
    record Before(Instant instant) implements InstantCondition {
        /** Validates the operand. */
        public Before {
            checkNotNull(instant, "instant");
        }

        @Override
        public boolean test(Instant value, EvaluationContext context) {
            return value.isBefore(instant);
        }

        @Override
        public <R> R accept(ConditionVisitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /**
     * {@code value > instant} (strictly after).
     *
     * @param instant the exclusive lower bound
     */
    record After(Instant instant) implements InstantCondition {
        /** Validates the operand. */
        public After {
            checkNotNull(instant, "instant");
        }

        @Override
        public boolean test(Instant value, EvaluationContext context) {
            return value.isAfter(instant);
        }

        @Override
        public <R> R accept(ConditionVisitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /**
     * {@code from <= value <= to} (closed at both ends).
     *
     * @param from the inclusive start
     * @param to the inclusive end, not before {@code from}
     */
    record Between(Instant from, Instant to) implements InstantCondition {
        /** Validates the operands. */
        public Between {
            checkNotNull(from, "from");
            checkNotNull(to, "to");
            checkArgument(!from.isAfter(to), "start %s is after end %s", from, to);
        }

        @Override
        public boolean test(Instant value, EvaluationContext context) {
            return !value.isBefore(from) && !value.isAfter(to);
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
        public boolean test(Instant value, EvaluationContext context) {
            Instant asOf = context.asOf();
            return !value.isAfter(asOf) && !value.isBefore(Instants.minusSaturated(asOf, duration));
        }

        @Override
        public <R> R accept(ConditionVisitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /**
     * {@code value < asOf - duration}: more than {@code duration} before the evaluation time.
     *
     * @param duration the positive look-back
     */
    record MoreThanAgo(Duration duration) implements InstantCondition {
        /** Validates the operand. */
        public MoreThanAgo {
            positive(duration);
        }

        @Override
        public boolean test(Instant value, EvaluationContext context) {
            return value.isBefore(Instants.minusSaturated(context.asOf(), duration));
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
