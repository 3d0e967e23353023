package io.segmentation.internal.evaluate;

import io.segmentation.EvaluationContext;
import io.segmentation.InstantCondition;
import io.segmentation.TimePoint;
import io.segmentation.attribute.Attribute;
import io.segmentation.internal.base.Instants;
import java.time.Duration;
import java.time.Instant;

/**
 * An instant condition as a range whose bounds are resolved once per evaluation context (relative points such as
 * {@code -30d} or {@code today} depend on it), so that steady-state tests allocate nothing.
 *
 * @param <T> the subject type
 */
final class InstantRange<T> extends Node<T> {

    /** Bounds for one context; a null bound is open. */
    private record Bounds(
            EvaluationContext context, Instant low, boolean lowInclusive, Instant high, boolean highInclusive) {}

    private final Attribute<T, ?> attribute;
    private final int slot;
    private final InstantCondition condition;
    private volatile Bounds last;

    InstantRange(Attribute<T, ?> attribute, int slot, InstantCondition condition, int cost) {
        super(cost);
        this.attribute = attribute;
        this.slot = slot;
        this.condition = condition;
    }

    @Override
    boolean test(T subject, EvaluationContext context, Frame frame) {
        Object value = frame.value(slot, attribute, subject, context);
        if (value == null) {
            return false;
        }
        Instant v = (Instant) value;
        if (condition instanceof InstantCondition.Within within) {
            // asOf - d <= v <= asOf, as lags behind asOf: no instant is created, whatever the context.
            int lag = compareLag(context.asOf(), v, within.duration());
            return lag <= 0 && !v.isAfter(context.asOf());
        }
        if (condition instanceof InstantCondition.Before before
                && before.point() instanceof TimePoint.DurationAgo ago) {
            // v < asOf - d  <=>  asOf - v > d
            return compareLag(context.asOf(), v, ago.duration()) > 0;
        }
        if (condition instanceof InstantCondition.After after && after.point() instanceof TimePoint.DurationAgo ago) {
            // v > asOf - d  <=>  asOf - v < d
            return compareLag(context.asOf(), v, ago.duration()) < 0;
        }
        Bounds b = bounds(context);
        if (b.low() != null) {
            int c = v.compareTo(b.low());
            if (c < 0 || (c == 0 && !b.lowInclusive())) {
                return false;
            }
        }
        if (b.high() != null) {
            int c = v.compareTo(b.high());
            return c < 0 || (c == 0 && b.highInclusive());
        }
        return true;
    }

    /** The sign of {@code (asOf - v) - d}, in exact seconds and nanoseconds. */
    private static int compareLag(Instant asOf, Instant v, Duration d) {
        long seconds = asOf.getEpochSecond() - v.getEpochSecond();
        int nanos = asOf.getNano() - v.getNano();
        if (nanos < 0) {
            seconds--;
            nanos += 1_000_000_000;
        }
        int c = Long.compare(seconds, d.getSeconds());
        return c != 0 ? c : Integer.compare(nanos, d.getNano());
    }

    private Bounds bounds(EvaluationContext context) {
        Bounds b = last;
        if (b == null || b.context() != context) {
            b = resolve(context);
            last = b;
        }
        return b;
    }

    private Bounds resolve(EvaluationContext context) {
        if (condition instanceof InstantCondition.Before before) {
            return new Bounds(context, null, false, before.point().resolve(context), false);
        }
        if (condition instanceof InstantCondition.After after) {
            return new Bounds(context, after.point().resolve(context), false, null, false);
        }
        if (condition instanceof InstantCondition.Between between) {
            return new Bounds(
                    context, between.from().resolve(context), true, between.to().resolve(context), true);
        }
        InstantCondition.Within within = (InstantCondition.Within) condition;
        return new Bounds(
                context, Instants.minusSaturated(context.asOf(), within.duration()), true, context.asOf(), true);
    }
}
