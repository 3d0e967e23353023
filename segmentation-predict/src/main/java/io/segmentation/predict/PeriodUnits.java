package io.segmentation.predict;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Duration;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Set;

/**
 * The lengths of the units periods are counted in, and conversions of durations into periods. Lengths are those of
 * {@link ChronoUnit#getDuration()}: a day is 86,400 s, a week 7 days, a month 2,629,746 s (30.436875 days, an average
 * Gregorian month) and a year 31,556,952 s (365.2425 days).
 */
final class PeriodUnits {

    /** The units summaries and models may be in. */
    static final Set<ChronoUnit> SUMMARY_UNITS = EnumSet.of(ChronoUnit.DAYS, ChronoUnit.WEEKS, ChronoUnit.MONTHS);

    /** The units horizons and discount rates may be in. */
    static final Set<ChronoUnit> RATE_UNITS =
            EnumSet.of(ChronoUnit.DAYS, ChronoUnit.WEEKS, ChronoUnit.MONTHS, ChronoUnit.YEARS);

    private PeriodUnits() {}

    /**
     * Checks that {@code unit} is one summaries may be counted in.
     *
     * @param unit the unit
     * @param what the argument's name, for messages
     * @return the unit
     */
    static ChronoUnit checkSummaryUnit(ChronoUnit unit, String what) {
        checkNotNull(unit, what);
        checkArgument(SUMMARY_UNITS.contains(unit), "%s must be one of %s but was %s", what, SUMMARY_UNITS, unit);
        return unit;
    }

    /**
     * Checks that {@code unit} is one horizons and rates may be given in.
     *
     * @param unit the unit
     * @param what the argument's name, for messages
     * @return the unit
     */
    static ChronoUnit checkRateUnit(ChronoUnit unit, String what) {
        checkNotNull(unit, what);
        checkArgument(RATE_UNITS.contains(unit), "%s must be one of %s but was %s", what, RATE_UNITS, unit);
        return unit;
    }

    /**
     * The length of a unit in seconds.
     *
     * @param unit the unit
     * @return its length
     */
    static double seconds(ChronoUnit unit) {
        return unit.getDuration().getSeconds();
    }

    /**
     * How many {@code unit}s one {@code of} is: {@code length(of) / length(unit)}.
     *
     * @param of the unit measured
     * @param unit the unit measured in
     * @return the ratio, e.g. 7 for a week in days
     */
    static double ratio(ChronoUnit of, ChronoUnit unit) {
        return seconds(of) / seconds(unit);
    }

    /**
     * A duration in periods of {@code unit}.
     *
     * @param duration a duration, not negative
     * @param unit the period unit
     * @return the number of periods
     */
    static double periods(Duration duration, ChronoUnit unit) {
        checkNotNull(duration, "duration");
        checkArgument(!duration.isNegative(), "duration must not be negative but was %s", duration);
        return (duration.getSeconds() + duration.getNano() / 1e9) / seconds(unit);
    }

    /**
     * A calendar period in periods of {@code unit}, its years, months and days each of their average length.
     *
     * @param period a period, no part negative
     * @param unit the period unit
     * @return the number of periods
     */
    static double periods(Period period, ChronoUnit unit) {
        checkNotNull(period, "period");
        checkArgument(
                period.getYears() >= 0 && period.getMonths() >= 0 && period.getDays() >= 0,
                "period must not have a negative part but was %s",
                period);
        double seconds = period.getYears() * seconds(ChronoUnit.YEARS)
                + period.getMonths() * seconds(ChronoUnit.MONTHS)
                + period.getDays() * seconds(ChronoUnit.DAYS);
        return seconds / seconds(unit);
    }
}
