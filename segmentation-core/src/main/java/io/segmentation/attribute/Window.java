package io.segmentation.attribute;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import io.segmentation.EvaluationContext;
import io.segmentation.internal.base.Instants;
import io.segmentation.internal.describe.Format;
import java.time.Duration;
import java.time.Instant;

/**
 * The stretch of time a behavioural aggregate looks at. Whatever the window, only orders and events at or before
 * the evaluation time count: the engine never looks into the future of its {@link EvaluationContext}.
 *
 * <ul>
 *   <li>{@link #all()}: everything up to the evaluation time (the default);
 *   <li>{@link #last(Duration)}: {@code asOf - duration <= t <= asOf};
 *   <li>{@link #between(Instant, Instant)}: {@code from <= t < to}, and {@code t <= asOf}.
 * </ul>
 *
 * @since 0.1.0
 */
public sealed interface Window {

    /**
     * Everything up to the evaluation time.
     *
     * @return the unbounded window
     */
    static Window all() {
        return All.INSTANCE;
    }

    /**
     * The last {@code duration} up to the evaluation time, both ends inclusive.
     *
     * @param duration a positive duration
     * @return the window
     */
    static Window last(Duration duration) {
        return new Last(duration);
    }

    /**
     * From {@code from} (inclusive) to {@code to} (exclusive), cut off at the evaluation time.
     *
     * @param from the inclusive start
     * @param to the exclusive end, not before {@code from}
     * @return the window
     */
    static Window between(Instant from, Instant to) {
        return new Between(from, to);
    }

    /**
     * The first instant inside the window, for a context.
     *
     * @param context the evaluation context
     * @return the inclusive start
     */
    Instant start(EvaluationContext context);

    /**
     * The first instant after the window, for a context; never after {@code asOf + 1ns}.
     *
     * @param context the evaluation context
     * @return the exclusive end, not before {@link #start}
     */
    Instant end(EvaluationContext context);

    /** Everything up to the evaluation time. */
    enum All implements Window {
        /** The only instance. */
        INSTANCE;

        @Override
        public Instant start(EvaluationContext context) {
            return Instant.MIN;
        }

        @Override
        public Instant end(EvaluationContext context) {
            return context.asOf().plusNanos(1);
        }

        @Override
        public String toString() {
            return "all";
        }
    }

    /**
     * The last {@code duration} up to the evaluation time, both ends inclusive.
     *
     * @param duration the positive look-back
     */
    record Last(Duration duration) implements Window {
        /** Validates the duration. */
        public Last {
            checkNotNull(duration, "duration");
            checkArgument(
                    !duration.isNegative() && !duration.isZero(),
                    "window must be a positive duration but was %s",
                    Format.duration(duration));
        }

        @Override
        public Instant start(EvaluationContext context) {
            return Instants.minusSaturated(context.asOf(), duration);
        }

        @Override
        public Instant end(EvaluationContext context) {
            return context.asOf().plusNanos(1);
        }

        @Override
        public String toString() {
            return "last " + Format.duration(duration);
        }
    }

    /**
     * From {@code from} (inclusive) to {@code to} (exclusive), cut off at the evaluation time.
     *
     * @param from the inclusive start
     * @param to the exclusive end
     */
    record Between(Instant from, Instant to) implements Window {
        /** Validates the bounds. */
        public Between {
            checkNotNull(from, "from");
            checkNotNull(to, "to");
            checkArgument(!from.isAfter(to), "window start %s is after its end %s", from, to);
        }

        @Override
        public Instant start(EvaluationContext context) {
            Instant end = end(context);
            return from.isAfter(end) ? end : from;
        }

        @Override
        public Instant end(EvaluationContext context) {
            Instant cutOff = context.asOf().plusNanos(1);
            return to.isAfter(cutOff) ? cutOff : to;
        }

        @Override
        public String toString() {
            return "from " + from + " to " + to;
        }
    }
}
