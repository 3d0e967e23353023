package io.segmentation.predict;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A discount rate together with the unit of time it applies to: 1% per month is not 1% per week. Rates convert
 * between units by compounding, {@code d' = (1 + d)^(Δ) - 1} with {@code Δ} the length of the new unit in old units:
 * 10% a year is {@code 1.1^(1/12) - 1 = 0.797%} a month, 1% a month is {@code 1.01^(7/30.436875) - 1 = 0.229%} a week.
 * Lengths are those of {@link ChronoUnit#getDuration()} (a month is 30.436875 days, a year 365.2425).
 *
 * <pre>{@code
 * DiscountRate monthly = DiscountRate.perMonth(0.01);
 * DiscountRate weekly = monthly.in(ChronoUnit.WEEKS);       // 0.00229 per week, the same rate
 * ClvHorizon horizon = ClvHorizon.of(12, ChronoUnit.MONTHS).discountedAt(DiscountRate.perYear(0.10));
 * }</pre>
 *
 * <p>Immutable; equal when rate and unit are equal (so {@code perYear(0.1)} does not equal its monthly equivalent).
 *
 * @since 0.1.0
 */
public final class DiscountRate {

    private final double rate;
    private final ChronoUnit unit;

    private DiscountRate(double rate, ChronoUnit unit) {
        checkArgument(Double.isFinite(rate) && rate >= 0, "discount rate must be finite and >= 0 but was %s", rate);
        this.rate = rate;
        this.unit = PeriodUnits.checkRateUnit(unit, "unit");
    }

    /**
     * A rate per {@code unit}.
     *
     * @param rate the rate, e.g. {@code 0.01} for 1%, finite and {@code >= 0}
     * @param unit days, weeks, months or years
     * @return the rate
     * @throws IllegalArgumentException if the rate is negative or not finite, or the unit is not allowed
     */
    public static DiscountRate of(double rate, ChronoUnit unit) {
        checkNotNull(unit, "unit");
        return new DiscountRate(rate, unit);
    }

    /**
     * A rate per day.
     *
     * @param rate the rate, finite and {@code >= 0}
     * @return the rate
     */
    public static DiscountRate perDay(double rate) {
        return new DiscountRate(rate, ChronoUnit.DAYS);
    }

    /**
     * A rate per week.
     *
     * @param rate the rate, finite and {@code >= 0}
     * @return the rate
     */
    public static DiscountRate perWeek(double rate) {
        return new DiscountRate(rate, ChronoUnit.WEEKS);
    }

    /**
     * A rate per month (30.436875 days).
     *
     * @param rate the rate, finite and {@code >= 0}
     * @return the rate
     */
    public static DiscountRate perMonth(double rate) {
        return new DiscountRate(rate, ChronoUnit.MONTHS);
    }

    /**
     * A rate per year (365.2425 days).
     *
     * @param rate the rate, finite and {@code >= 0}
     * @return the rate
     */
    public static DiscountRate perYear(double rate) {
        return new DiscountRate(rate, ChronoUnit.YEARS);
    }

    /**
     * The rate per {@link #unit()}.
     *
     * @return the rate, e.g. {@code 0.01} for 1%
     */
    public double rate() {
        return rate;
    }

    /**
     * The unit of time the rate applies to.
     *
     * @return days, weeks, months or years
     */
    public ChronoUnit unit() {
        return unit;
    }

    /**
     * The same rate per another unit, compounded: {@code (1 + rate)^(length(unit) / length(this.unit)) - 1}.
     *
     * @param unit days, weeks, months or years
     * @return the equivalent rate
     */
    public DiscountRate in(ChronoUnit unit) {
        PeriodUnits.checkRateUnit(unit, "unit");
        if (unit == this.unit) {
            return this;
        }
        return new DiscountRate(Math.expm1(Math.log1p(rate) * PeriodUnits.ratio(unit, this.unit)), unit);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DiscountRate other && Double.compare(rate, other.rate) == 0 && unit == other.unit;
    }

    @Override
    public int hashCode() {
        return Objects.hash(rate, unit);
    }

    /** For example {@code 0.01 per Months}. */
    @Override
    public String toString() {
        return rate + " per " + unit;
    }
}
