package io.segmentation.internal.evaluate;

import io.segmentation.EvaluationContext;
import io.segmentation.attribute.Attribute;
import io.segmentation.plan.InstantBounds;
import java.time.Duration;
import java.time.Instant;

/**
 * An instant condition's {@link InstantBounds}, tested without allocating: a bound that moves in step with the
 * evaluation time ({@code now}, {@code -30d}) is compared through the value's lag behind the evaluation time, and the
 * other bounds are resolved once per evaluation context.
 *
 * @param <T> the subject type
 */
final class InstantRange<T> extends Node<T> {

    /** The bounds resolved in one context. */
    private record Resolved(EvaluationContext context, InstantBounds.Resolved bounds) {}

    private final Attribute<T, ?> attribute;
    private final int slot;
    private final InstantBounds bounds;
    /** The lag of an in-step lower bound, or null to use the resolved one. */
    private final Duration lowerLag;

    private final boolean lowerInclusive;
    /** The lag of an in-step upper bound, or null to use the resolved one. */
    private final Duration upperLag;

    private final boolean upperInclusive;
    private volatile Resolved last;

    InstantRange(Attribute<T, ?> attribute, int slot, InstantBounds bounds, int cost) {
        super(cost);
        this.attribute = attribute;
        this.slot = slot;
        this.bounds = bounds;
        this.lowerLag = bounds.lower().flatMap(InstantBounds.Bound::lag).orElse(null);
        this.lowerInclusive = bounds.lower().map(InstantBounds.Bound::inclusive).orElse(true);
        this.upperLag = bounds.upper().flatMap(InstantBounds.Bound::lag).orElse(null);
        this.upperInclusive = bounds.upper().map(InstantBounds.Bound::inclusive).orElse(true);
    }

    @Override
    boolean test(T subject, EvaluationContext context, Frame frame) {
        Object value = frame.value(slot, attribute, subject, context);
        if (value == null) {
            return false;
        }
        Instant v = (Instant) value;
        if (v.equals(Instant.MIN)) {
            // asOf - lag saturates at Instant.MIN, where lag arithmetic and the resolved bound part.
            return resolved(context).contains(v);
        }
        if (lowerLag != null || upperLag != null) {
            // v >= asOf - d  <=>  asOf - v <= d, in exact seconds and nanoseconds: no instant is created.
            if (lowerLag != null) {
                int c = compareLag(context.asOf(), v, lowerLag);
                if (lowerInclusive ? c > 0 : c >= 0) {
                    return false;
                }
            }
            if (upperLag != null) {
                int c = compareLag(context.asOf(), v, upperLag);
                if (upperInclusive ? c < 0 : c <= 0) {
                    return false;
                }
            }
            if ((lowerLag != null || bounds.lower().isEmpty())
                    && (upperLag != null || bounds.upper().isEmpty())) {
                return true;
            }
        }
        return resolved(context).contains(v);
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

    private InstantBounds.Resolved resolved(EvaluationContext context) {
        Resolved r = last;
        if (r == null || r.context() != context) {
            r = new Resolved(context, bounds.resolve(context));
            last = r;
        }
        return r.bounds();
    }
}
