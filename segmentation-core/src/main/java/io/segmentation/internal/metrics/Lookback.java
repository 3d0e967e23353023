package io.segmentation.internal.metrics;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import io.segmentation.EvaluationContext;
import io.segmentation.internal.base.Instants;
import io.segmentation.internal.describe.Format;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZonedDateTime;

/**
 * The length of a period counted back from the evaluation time: a {@link Duration} (exact seconds) or a {@link
 * Period} (calendar years, months and days in the context's zone). Immutable.
 */
public abstract class Lookback {

    private Lookback() {}

    /**
     * A look-back of exact length.
     *
     * @param duration a positive duration
     * @param argument the argument's name, for the message
     * @return the look-back
     * @throws IllegalArgumentException if {@code duration} is not positive
     */
    public static Lookback of(Duration duration, String argument) {
        checkNotNull(duration, argument);
        checkArgument(
                !duration.isNegative() && !duration.isZero(),
                "%s must be a positive duration but was %s",
                argument,
                Format.duration(duration));
        return new Lookback() {
            @Override
            Instant back(EvaluationContext context, int times) {
                try {
                    return Instants.minusSaturated(context.asOf(), duration.multipliedBy(times));
                } catch (ArithmeticException e) {
                    return Instant.MIN;
                }
            }

            @Override
            public String toString() {
                return Format.duration(duration);
            }
        };
    }

    /**
     * A look-back of calendar length, counted in the evaluation context's zone.
     *
     * @param period a positive period without negative parts
     * @param argument the argument's name, for the message
     * @return the look-back
     * @throws IllegalArgumentException if {@code period} is zero or has a negative part
     */
    public static Lookback of(Period period, String argument) {
        checkNotNull(period, argument);
        checkArgument(
                !period.isNegative() && !period.isZero(),
                "%s must be a positive period without negative parts but was %s",
                argument,
                period);
        return new Lookback() {
            @Override
            Instant back(EvaluationContext context, int times) {
                try {
                    ZonedDateTime back = context.asOf().atZone(context.zone());
                    for (int i = 0; i < times; i++) {
                        back = back.minus(period);
                    }
                    return back.toInstant();
                } catch (DateTimeException | ArithmeticException e) {
                    return Instant.MIN;
                }
            }

            // The heading shows the period as given: its days part, not a total span.
            @SuppressWarnings("JavaPeriodGetDays")
            @Override
            public String toString() {
                if (period.getDays() == 0) {
                    return Format.period(period);
                }
                return period.toTotalMonths() == 0 ? period.getDays() + "d" : period.toString();
            }
        };
    }

    /**
     * {@code asOf - length - length - ...} ({@code times} steps back, each from the previous one's end: a calendar
     * period back from March 31 is February 28, and back again January 28), or {@link Instant#MIN} when that is before
     * the supported range.
     *
     * @param context the evaluation time and zone
     * @param times how many lengths to go back, at least 0
     */
    abstract Instant back(EvaluationContext context, int times);

    /** The length as it appears in column headings: {@code 90d}, {@code 3m}. */
    @Override
    public abstract String toString();
}
