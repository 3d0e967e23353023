package io.segmentation.testkit.internal.generators;

import static io.segmentation.testkit.internal.generators.Draw.between;
import static io.segmentation.testkit.internal.generators.Draw.chance;
import static io.segmentation.testkit.internal.generators.Draw.pick;

import io.segmentation.Criterion;
import io.segmentation.TimePoint;
import io.segmentation.attribute.InstantAttribute;
import io.segmentation.attribute.Window;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import org.quicktheories.core.RandomnessSource;

/** Points in time, windows and comparisons on instants, near the anchor of a {@link Vocabulary}. */
public final class TimeDraws {

    private TimeDraws() {}

    /** Any kind of time point: fixed instants and days near the anchor, now, today, look-backs and look-aheads. */
    public static TimePoint point(RandomnessSource in, Vocabulary v) {
        return switch (between(in, 0, 8)) {
            case 0 -> {
                Instant at = CustomerDraws.around(in, v.anchor());
                yield TimePoint.at(chance(in, 10) ? at.plusMillis(250) : at);
            }
            case 1 ->
                TimePoint.on(LocalDate.ofInstant(v.anchor(), ZoneOffset.UTC).minusDays(between(in, -1, 60)));
            case 2 -> TimePoint.now();
            case 3 -> TimePoint.today();
            case 4 -> TimePoint.ago(pick(in, v.durations()));
            case 5 -> TimePoint.ago(Period.ofMonths(between(in, 1, 24)));
            case 6 -> TimePoint.ago(Period.ofDays(between(in, 1, 60)));
            case 7 -> TimePoint.ahead(pick(in, v.durations()));
            default -> TimePoint.ago(Period.ofYears(between(in, 1, 2)));
        };
    }

    /** A positive duration the vocabulary allows. */
    public static Duration duration(RandomnessSource in, Vocabulary v) {
        return pick(in, v.durations());
    }

    /** Any kind of window: everything, the last duration, or from one instant to another (possibly empty). */
    public static Window window(RandomnessSource in, Vocabulary v) {
        return switch (between(in, 0, 2)) {
            case 0 -> Window.all();
            case 1 -> Window.last(duration(in, v));
            default -> {
                Instant from = CustomerDraws.around(in, v.anchor());
                yield Window.between(from, chance(in, 10) ? from : from.plus(pick(in, Pools.EDGES)));
            }
        };
    }

    /** A comparison with any instant operator, against fixed and relative points. */
    public static <T> Criterion<T> instantLeaf(RandomnessSource in, InstantAttribute<T> a, Vocabulary v) {
        return switch (between(in, 0, 9)) {
            case 0 -> a.before(point(in, v));
            case 1 -> a.after(point(in, v));
            case 2 -> {
                // Relative bounds may resolve out of order, and then nothing is between them; fixed ones may not.
                TimePoint start = point(in, v);
                TimePoint end = point(in, v);
                if (start instanceof TimePoint.Fixed s
                        && end instanceof TimePoint.Fixed e
                        && s.instant().isAfter(e.instant())) {
                    yield a.between(end, start);
                }
                yield a.between(start, end);
            }
            case 3 -> {
                Instant from = CustomerDraws.around(in, v.anchor());
                yield a.between(from, chance(in, 10) ? from : from.plus(pick(in, Pools.EDGES)));
            }
            case 4 -> a.within(duration(in, v));
            case 5 -> a.moreThan(duration(in, v)).ago();
            case 6 -> a.before(CustomerDraws.around(in, v.anchor()));
            case 7 -> a.after(CustomerDraws.around(in, v.anchor()));
            case 8 -> a.withinNext(duration(in, v));
            default -> a.within(duration(in, v));
        };
    }
}
