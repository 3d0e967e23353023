package io.segmentation;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import io.segmentation.internal.base.Instants;
import io.segmentation.internal.describe.Format;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;

/**
 * A point in time that instant conditions compare with: fixed ({@link #at(Instant)}, {@link #on(LocalDate)}) or
 * relative to the evaluation time ({@link #now()}, {@link #today()}, {@link #ago(Duration)}, {@link #ago(Period)},
 * {@link #ahead(Duration)}).
 * Relative points are resolved against the {@link EvaluationContext}, never the wall clock; calendar points (dates,
 * today, months) use the context's zone.
 *
 * <pre>{@code
 * lastPurchase().before(TimePoint.ago(Period.ofMonths(3)))     // text: last_purchase < -3m
 * firstPurchase().after(TimePoint.on(LocalDate.of(2026, 1, 31))) // text: first_purchase > 2026-01-31
 * nextBirthday().between(TimePoint.today(), TimePoint.ahead(Duration.ofDays(7))) // next_birthday BETWEEN today AND +7d
 * }</pre>
 *
 * @since 0.1.0
 */
public sealed interface TimePoint {

    /**
     * A fixed instant.
     *
     * @param instant the instant
     * @return the point
     */
    static TimePoint at(Instant instant) {
        return new Fixed(instant);
    }

    /**
     * The start of a calendar day in the context's zone.
     *
     * @param date the day
     * @return the point
     */
    static TimePoint on(LocalDate date) {
        return new StartOfDay(date);
    }

    /**
     * The evaluation time itself.
     *
     * @return the point
     */
    static TimePoint now() {
        return Now.INSTANCE;
    }

    /**
     * The start of the evaluation date in the context's zone.
     *
     * @return the point
     */
    static TimePoint today() {
        return Today.INSTANCE;
    }

    /**
     * The evaluation time minus a positive duration.
     *
     * @param duration a positive duration
     * @return the point
     */
    static TimePoint ago(Duration duration) {
        return new DurationAgo(duration);
    }

    /**
     * The evaluation time plus a positive duration ({@code +7d} in text): the far end of a window into the future, as
     * in {@link io.segmentation.attribute.InstantAttribute#withinNext(Duration)}. Days are 24-hour days, as in
     * {@link #ago(Duration)}; past the supported range the point is {@link Instant#MAX}.
     *
     * @param duration a positive duration
     * @return the point
     * @throws IllegalArgumentException if the duration is not positive
     * @since 0.3.0
     */
    static TimePoint ahead(Duration duration) {
        return new DurationAhead(duration);
    }

    /**
     * The evaluation time minus a positive calendar period, in the context's zone ({@code -3m} in text). Periods of
     * months and years are calendar arithmetic; a period of days only is the same as {@link #ago(Duration)} of that
     * many 24-hour days; a period mixing both is rejected.
     *
     * @param period a positive period of months and years, or of days
     * @return the point
     * @throws IllegalArgumentException if the period is not positive or mixes days with months or years
     */
    static TimePoint ago(Period period) {
        checkNotNull(period, "period");
        if (period.getYears() == 0 && period.getMonths() == 0) {
            checkArgument(period.getDays() > 0, "look-back must be a positive period but was %s", period);
            return new DurationAgo(Duration.ofDays(period.getDays()));
        }
        return new PeriodAgo(period);
    }

    /**
     * The instant this point stands for in a context.
     *
     * @param context the evaluation context
     * @return the instant
     */
    Instant resolve(EvaluationContext context);

    /**
     * A fixed instant.
     *
     * @param instant the instant
     */
    record Fixed(Instant instant) implements TimePoint {
        /** Validates the instant. */
        public Fixed {
            checkNotNull(instant, "instant");
        }

        @Override
        public Instant resolve(EvaluationContext context) {
            return instant;
        }

        @Override
        public String toString() {
            return instant.toString();
        }
    }

    /**
     * The start of a day in the context's zone.
     *
     * @param date the day
     */
    record StartOfDay(LocalDate date) implements TimePoint {
        /** Validates the date. */
        public StartOfDay {
            checkNotNull(date, "date");
        }

        @Override
        public Instant resolve(EvaluationContext context) {
            return date.atStartOfDay(context.zone()).toInstant();
        }

        @Override
        public String toString() {
            return date.toString();
        }
    }

    /** The evaluation time. */
    enum Now implements TimePoint {
        /** The only instance. */
        INSTANCE;

        @Override
        public Instant resolve(EvaluationContext context) {
            return context.asOf();
        }

        @Override
        public String toString() {
            return "now";
        }
    }

    /** The start of the evaluation date. */
    enum Today implements TimePoint {
        /** The only instance. */
        INSTANCE;

        @Override
        public Instant resolve(EvaluationContext context) {
            return context.today().atStartOfDay(context.zone()).toInstant();
        }

        @Override
        public String toString() {
            return "today";
        }
    }

    /**
     * The evaluation time minus a duration.
     *
     * @param duration the positive look-back
     */
    record DurationAgo(Duration duration) implements TimePoint {
        /** Validates the duration. */
        public DurationAgo {
            checkNotNull(duration, "duration");
            checkArgument(
                    !duration.isNegative() && !duration.isZero(),
                    "look-back must be a positive duration but was %s",
                    duration);
        }

        @Override
        public Instant resolve(EvaluationContext context) {
            return Instants.minusSaturated(context.asOf(), duration);
        }

        @Override
        public String toString() {
            return "-" + Format.duration(duration);
        }
    }

    /**
     * The evaluation time plus a duration.
     *
     * @param duration the positive look-ahead
     * @since 0.3.0
     */
    record DurationAhead(Duration duration) implements TimePoint {
        /** Validates the duration. */
        public DurationAhead {
            checkNotNull(duration, "duration");
            checkArgument(
                    !duration.isNegative() && !duration.isZero(),
                    "look-ahead must be a positive duration but was %s",
                    duration);
        }

        @Override
        public Instant resolve(EvaluationContext context) {
            return Instants.plusSaturated(context.asOf(), duration);
        }

        @Override
        public String toString() {
            return "+" + Format.duration(duration);
        }
    }

    /**
     * The evaluation time minus a calendar period, in the context's zone.
     *
     * @param period the positive look-back
     */
    record PeriodAgo(Period period) implements TimePoint {
        /** Validates the period and normalises it to months. */
        public PeriodAgo {
            checkNotNull(period, "period");
            checkArgument(
                    period.getDays() == 0 && period.toTotalMonths() > 0,
                    "look-back must be a positive number of months or years without days but was %s",
                    period);
            period = Period.ofMonths(Math.toIntExact(period.toTotalMonths()));
        }

        @Override
        public Instant resolve(EvaluationContext context) {
            try {
                return context.asOf().atZone(context.zone()).minus(period).toInstant();
            } catch (DateTimeException | ArithmeticException e) {
                return Instant.MIN;
            }
        }

        @Override
        public String toString() {
            return "-" + Format.period(period);
        }
    }
}
