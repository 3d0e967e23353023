package io.segmentation.internal.schedule;

import com.google.common.collect.ImmutableList;
import io.segmentation.EvaluationContext;
import io.segmentation.TimePoint;
import io.segmentation.plan.InstantBounds;
import java.time.Instant;

/**
 * The relative time points an instant condition compares its value with, each with the direction of the test, and
 * where such a test flips for a given value.
 *
 * <p>Every instant condition's normal form ({@link InstantBounds}) is a conjunction of a lower and an upper bound, each
 * a test "point > value" or "point >= value" or the complement of one (which flips at the same instants):
 *
 * <ul>
 *   <li>an inclusive lower bound {@code p <= v} is the complement of {@code p > v} ("exceeds");
 *   <li>an exclusive lower bound {@code p < v} is the complement of {@code p >= v};
 *   <li>an inclusive upper bound {@code v <= q} is {@code q >= v};
 *   <li>an exclusive upper bound {@code v < q} is {@code q > v} ("exceeds").
 * </ul>
 *
 * Every relative point moves forward (or stays) as the evaluation time does, so each test flips at most once while
 * the point moves in step: {@code now}, {@code -d} and {@code +d} move {@link InstantBounds.Motion#IN_STEP},
 * {@code p(t) = t - lag} with {@code lag} 0, {@code d} and {@code -d},
 * flipping at {@code v + lag + 1ns} for "exceeds" and {@code v + lag} for "reaches" ({@link Candidates#linearFlip}):
 * {@code within(30d)} holds for {@code t} in {@code [v, v + 30d]}, so it flips at {@code v} and at
 * {@code v + 30d + 1ns}; {@code before(-90d)} holds once {@code t - 90d > v}, from {@code v + 90d + 1ns}.
 * {@link InstantBounds.Motion#FIXED} points and dates ({@code on(date)}, resolved in the tracker's one zone) never move
 * and are left out. {@code today} and {@code -Nm} move with the {@link InstantBounds.Motion#CALENDAR calendar}
 * ({@link CalendarPoints}).
 */
final class TimeEdges {

    private TimeEdges() {}

    /**
     * A relative point and the direction of the test against it.
     *
     * @param bound the bound, never fixed
     * @param exceeds true for "point > value", false for "point >= value"
     */
    record Edge(InstantBounds.Bound bound, boolean exceeds) {}

    /** The edges of an instant condition's bounds that move with the evaluation time; empty when none does. */
    static ImmutableList<Edge> of(InstantBounds bounds) {
        ImmutableList.Builder<Edge> edges = ImmutableList.builder();
        bounds.lower().ifPresent(b -> add(new Edge(b, b.inclusive()), edges));
        bounds.upper().ifPresent(b -> add(new Edge(b, !b.inclusive()), edges));
        return edges.build();
    }

    private static void add(Edge edge, ImmutableList.Builder<Edge> edges) {
        if (edge.bound().motion() != InstantBounds.Motion.FIXED) {
            edges.add(edge);
        }
    }

    /** Offers where the test of one edge flips for the value {@code v}, from the context's evaluation time on. */
    static void offer(Edge edge, Instant v, EvaluationContext context, Candidates out) {
        InstantBounds.Bound bound = edge.bound();
        switch (bound.motion()) {
            case IN_STEP ->
                // asOf - d saturates at Instant.MIN, where no value is below it: the test is still monotone.
                out.offer(Candidates.linearFlip(v, bound.lag().orElseThrow(), edge.exceeds()));
            case CALENDAR -> {
                if (bound.point() instanceof TimePoint.PeriodAgo ago) {
                    CalendarPoints.periodAgo(ago, v, edge.exceeds(), context, out);
                } else {
                    CalendarPoints.today(v, edge.exceeds(), context, out);
                }
            }
            case FIXED -> {}
        }
    }
}
