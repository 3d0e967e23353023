package io.segmentation.predict;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * How far ahead a predicted CLV looks and how future money is discounted: a number of periods of a unit, and a
 * discount rate per such period. The two are typed together so that the rate always applies to the horizon's periods.
 *
 * <pre>{@code
 * ClvHorizon.of(12, ChronoUnit.MONTHS).discountRatePerPeriod(0.01)        // 12 months at 1% a month
 * ClvHorizon.of(52, ChronoUnit.WEEKS).discountedAt(DiscountRate.perYear(0.10))   // converted: 0.183% a week
 * ClvHorizon.ofPeriods(39)                                                // 39 of the model's own periods, undiscounted
 * }</pre>
 *
 * <p>The CLV over a horizon of {@code n} periods with rate {@code d} per period sums, for {@code k = 1..n}, the
 * expected purchases in period {@code k} discounted by {@code (1 + d)^-k}; see
 * {@link Predictions#predictedClv(CustomerSummary, ClvHorizon, double)}. Immutable, with value equality.
 *
 * @since 0.1.0
 */
public final class ClvHorizon {

    /** The most periods a horizon may have. */
    public static final int MAX_PERIODS = 100_000;

    private final int periods;
    private final ChronoUnit unit;
    private final double ratePerPeriod;

    private ClvHorizon(int periods, ChronoUnit unit, double ratePerPeriod) {
        checkArgument(
                periods >= 1 && periods <= MAX_PERIODS,
                "periods must be between 1 and %s but was %s",
                MAX_PERIODS,
                periods);
        checkArgument(
                Double.isFinite(ratePerPeriod) && ratePerPeriod >= 0,
                "discount rate per period must be finite and >= 0 but was %s",
                ratePerPeriod);
        this.periods = periods;
        this.unit = unit;
        this.ratePerPeriod = ratePerPeriod;
    }

    /**
     * {@code periods} periods of {@code unit}, undiscounted until a rate is set.
     *
     * @param periods the number of periods, 1 to {@link #MAX_PERIODS}
     * @param unit days, weeks, months (30.436875 days) or years (365.2425 days)
     * @return the horizon
     * @throws IllegalArgumentException if the count is out of range or the unit not allowed
     */
    public static ClvHorizon of(int periods, ChronoUnit unit) {
        return new ClvHorizon(periods, PeriodUnits.checkRateUnit(unit, "unit"), 0);
    }

    /**
     * {@code periods} of the purchase model's own (possibly unit-less) periods, undiscounted until a rate is set.
     *
     * @param periods the number of periods, 1 to {@link #MAX_PERIODS}
     * @return the horizon
     */
    public static ClvHorizon ofPeriods(int periods) {
        return new ClvHorizon(periods, null, 0);
    }

    /**
     * This horizon discounted at {@code rate} per one of its periods.
     *
     * @param rate the rate per period, e.g. {@code 0.01} for 1%, finite and {@code >= 0}
     * @return the new horizon
     */
    public ClvHorizon discountRatePerPeriod(double rate) {
        return new ClvHorizon(periods, unit, rate);
    }

    /**
     * This horizon discounted at {@code rate}, converted to the horizon's unit by compounding
     * ({@link DiscountRate#in(ChronoUnit)}).
     *
     * @param rate the rate, in any unit
     * @return the new horizon
     * @throws IllegalArgumentException if this horizon counts the model's unit-less periods, which a rate with a unit
     *     cannot be converted to
     */
    public ClvHorizon discountedAt(DiscountRate rate) {
        checkNotNull(rate, "rate");
        checkArgument(
                unit != null,
                "discountedAt(%s): a horizon of unit-less periods cannot convert a rate per %s; use"
                        + " discountRatePerPeriod or a horizon with a unit",
                rate,
                rate.unit());
        return new ClvHorizon(periods, unit, rate.in(unit).rate());
    }

    /**
     * The number of periods.
     *
     * @return at least 1
     */
    public int periods() {
        return periods;
    }

    /**
     * The unit of the periods; empty when they are the purchase model's own periods.
     *
     * @return the unit, or empty
     */
    public Optional<ChronoUnit> unit() {
        return Optional.ofNullable(unit);
    }

    /**
     * The discount rate per period.
     *
     * @return the rate, 0 when undiscounted
     */
    public double ratePerPeriod() {
        return ratePerPeriod;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ClvHorizon other
                && periods == other.periods
                && unit == other.unit
                && Double.compare(ratePerPeriod, other.ratePerPeriod) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(periods, unit, ratePerPeriod);
    }

    /** For example {@code 12 Months at 0.01 per period}. */
    @Override
    public String toString() {
        return periods + " " + (unit == null ? "periods" : unit.toString()) + " at " + ratePerPeriod + " per period";
    }
}
