package io.segmentation.internal.schedule;

import com.google.common.collect.ImmutableList;
import io.segmentation.BooleanCondition;
import io.segmentation.Condition;
import io.segmentation.ConditionVisitor;
import io.segmentation.EvaluationContext;
import io.segmentation.InstantCondition;
import io.segmentation.NumberCondition;
import io.segmentation.SetCondition;
import io.segmentation.TextCondition;
import io.segmentation.TimePoint;
import java.time.Duration;
import java.time.Instant;

/**
 * The relative time points an instant condition compares its value with, each with the direction of the test, and
 * where such a test flips for a given value.
 *
 * <p>Every instant condition is a conjunction of tests "point > value" or "point >= value" (or their complements,
 * which flip at the same instants):
 *
 * <ul>
 *   <li>{@code before(p)}: {@code v < p}, i.e. {@code p > v};
 *   <li>{@code after(p)}: {@code v > p}, the complement of {@code p >= v};
 *   <li>{@code between(p, q)}: {@code p <= v}, the complement of {@code p > v}, and {@code v <= q}, i.e.
 *       {@code q >= v};
 *   <li>{@code within(d)}: {@code asOf - d <= v} (complement of {@code -d > v}) and {@code v <= asOf}
 *       ({@code now >= v}).
 * </ul>
 *
 * Every relative point moves forward (or stays) as the evaluation time does, so each test flips at most once while
 * the point moves in step: {@code now} and {@code -d} are {@code p(t) = t - lag} with {@code lag} 0 and {@code d},
 * flipping at {@code v + lag + 1ns} for "exceeds" and {@code v + lag} for "reaches" ({@link Candidates#linearFlip}):
 * {@code within(30d)} holds for {@code t} in {@code [v, v + 30d]}, so it flips at {@code v} and at
 * {@code v + 30d + 1ns}; {@code before(-90d)} holds once {@code t - 90d > v}, from {@code v + 90d + 1ns}. Fixed
 * points and dates ({@code on(date)}, resolved in the tracker's one zone) never move and are left out. {@code today}
 * and {@code -Nm} are calendar points ({@link CalendarPoints}).
 */
final class TimeEdges implements ConditionVisitor<ImmutableList<TimeEdges.Edge>> {

    private static final TimeEdges INSTANCE = new TimeEdges();

    private TimeEdges() {}

    /**
     * A relative point and the direction of the test against it.
     *
     * @param point the point, never fixed
     * @param exceeds true for "point > value", false for "point >= value"
     */
    record Edge(TimePoint point, boolean exceeds) {}

    /** The edges of a condition whose answer can change with the evaluation time; empty for every other condition. */
    static ImmutableList<Edge> of(Condition<?> condition) {
        return condition.accept(INSTANCE);
    }

    /** Offers where the test of one edge flips for the value {@code v}, from the context's evaluation time on. */
    static void offer(Edge edge, Instant v, EvaluationContext context, Candidates out) {
        TimePoint point = edge.point();
        if (point instanceof TimePoint.Now) {
            out.offer(Candidates.linearFlip(v, Duration.ZERO, edge.exceeds()));
        } else if (point instanceof TimePoint.DurationAgo ago) {
            // asOf - d saturates at Instant.MIN, where no value is below it: the test is still monotone.
            out.offer(Candidates.linearFlip(v, ago.duration(), edge.exceeds()));
        } else if (point instanceof TimePoint.Today) {
            CalendarPoints.today(v, edge.exceeds(), context, out);
        } else if (point instanceof TimePoint.PeriodAgo ago) {
            CalendarPoints.periodAgo(ago, v, edge.exceeds(), context, out);
        } else {
            throw new IllegalStateException("not a relative time point: " + point);
        }
    }

    private static ImmutableList<Edge> edges(Edge... edges) {
        ImmutableList.Builder<Edge> relative = ImmutableList.builder();
        for (Edge e : edges) {
            if (!(e.point() instanceof TimePoint.Fixed) && !(e.point() instanceof TimePoint.StartOfDay)) {
                relative.add(e);
            }
        }
        return relative.build();
    }

    @Override
    public ImmutableList<Edge> visit(InstantCondition.Before c) {
        return edges(new Edge(c.point(), true));
    }

    @Override
    public ImmutableList<Edge> visit(InstantCondition.After c) {
        return edges(new Edge(c.point(), false));
    }

    @Override
    public ImmutableList<Edge> visit(InstantCondition.Between c) {
        return edges(new Edge(c.from(), true), new Edge(c.to(), false));
    }

    @Override
    public ImmutableList<Edge> visit(InstantCondition.Within c) {
        return edges(new Edge(TimePoint.ago(c.duration()), true), new Edge(TimePoint.now(), false));
    }

    @Override
    public ImmutableList<Edge> visit(NumberCondition.Between c) {
        return ImmutableList.of();
    }

    @Override
    public ImmutableList<Edge> visit(NumberCondition.AtLeast c) {
        return ImmutableList.of();
    }

    @Override
    public ImmutableList<Edge> visit(NumberCondition.AtMost c) {
        return ImmutableList.of();
    }

    @Override
    public ImmutableList<Edge> visit(NumberCondition.GreaterThan c) {
        return ImmutableList.of();
    }

    @Override
    public ImmutableList<Edge> visit(NumberCondition.LessThan c) {
        return ImmutableList.of();
    }

    @Override
    public ImmutableList<Edge> visit(NumberCondition.Is c) {
        return ImmutableList.of();
    }

    @Override
    public ImmutableList<Edge> visit(NumberCondition.In c) {
        return ImmutableList.of();
    }

    @Override
    public ImmutableList<Edge> visit(TextCondition.Is c) {
        return ImmutableList.of();
    }

    @Override
    public ImmutableList<Edge> visit(TextCondition.In c) {
        return ImmutableList.of();
    }

    @Override
    public ImmutableList<Edge> visit(TextCondition.StartsWith c) {
        return ImmutableList.of();
    }

    @Override
    public ImmutableList<Edge> visit(TextCondition.EndsWith c) {
        return ImmutableList.of();
    }

    @Override
    public ImmutableList<Edge> visit(TextCondition.Contains c) {
        return ImmutableList.of();
    }

    @Override
    public ImmutableList<Edge> visit(TextCondition.Matches c) {
        return ImmutableList.of();
    }

    @Override
    public ImmutableList<Edge> visit(BooleanCondition.Is c) {
        return ImmutableList.of();
    }

    @Override
    public ImmutableList<Edge> visit(SetCondition.Contains c) {
        return ImmutableList.of();
    }

    @Override
    public ImmutableList<Edge> visit(SetCondition.ContainsAny c) {
        return ImmutableList.of();
    }

    @Override
    public ImmutableList<Edge> visit(SetCondition.ContainsAll c) {
        return ImmutableList.of();
    }

    @Override
    public ImmutableList<Edge> visit(SetCondition.IsEmpty c) {
        return ImmutableList.of();
    }
}
