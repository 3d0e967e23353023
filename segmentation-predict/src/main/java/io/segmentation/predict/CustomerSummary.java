package io.segmentation.predict;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * What the purchase models need to know about one customer at the end of a calibration period: the number of repeat
 * purchases {@code x} ({@link #frequency()}), the time of the last purchase {@code t_x} ({@link #recency()}) and the
 * length of observation {@code T} ({@link #age()}), both measured from the first purchase, and optionally the mean
 * value of the repeat purchases ({@link #meanRepeatSpend()}) for the Gamma-Gamma spend model.
 *
 * <p>Times are in <em>periods</em>. {@link #of(int, double, double)} makes a summary in unit-less periods (whatever
 * the caller's data means); {@link #of(int, double, double, ChronoUnit)} states the unit, as
 * {@link CustomerSummarizer} always does. A model fitted on summaries in a unit knows it and converts
 * {@link java.time.Duration}s itself; models refuse summaries in another unit (or in none), so weeks and days cannot be
 * mixed up.
 *
 * <pre>{@code
 * CustomerSummary s = CustomerSummary.of(2, 30.43, 38.86, ChronoUnit.WEEKS);   // 2 repeat purchases, CDNOW row 1
 * CustomerSummary withSpend = CustomerSummary.of(2, 30.43, 38.86, 22.35, ChronoUnit.WEEKS);
 * }</pre>
 *
 * <p>Constraints, checked at once: {@code x >= 0}; {@code 0 <= t_x <= T}, all finite; {@code t_x = 0} when {@code x
 * = 0}; a mean repeat spend is finite and not negative, and {@code 0} when {@code x = 0} (there is nothing to average,
 * and 0 is the convention of the published data sets). Immutable, with value equality.
 *
 * @since 0.1.0
 */
public final class CustomerSummary {

    private final int frequency;
    private final double recency;
    private final double age;
    private final double meanRepeatSpend;
    private final ChronoUnit unit;

    private CustomerSummary(int frequency, double recency, double age, double meanRepeatSpend, ChronoUnit unit) {
        checkArgument(frequency >= 0, "frequency must not be negative but was %s", frequency);
        checkArgument(Double.isFinite(recency) && recency >= 0, "recency must be finite and >= 0 but was %s", recency);
        checkArgument(Double.isFinite(age) && age >= 0, "T must be finite and >= 0 but was %s", age);
        checkArgument(recency <= age, "recency %s must not exceed T %s", recency, age);
        checkArgument(
                frequency > 0 || recency == 0,
                "recency must be 0 when frequency is 0 (no repeat purchase) but was %s",
                recency);
        if (!Double.isNaN(meanRepeatSpend)) {
            checkArgument(
                    Double.isFinite(meanRepeatSpend) && meanRepeatSpend >= 0,
                    "meanRepeatSpend must be finite and >= 0 but was %s",
                    meanRepeatSpend);
            checkArgument(
                    frequency > 0 || meanRepeatSpend == 0,
                    "meanRepeatSpend must be 0 when frequency is 0 (no repeat purchase to average) but was %s",
                    meanRepeatSpend);
        }
        this.frequency = frequency;
        this.recency = recency;
        this.age = age;
        this.meanRepeatSpend = meanRepeatSpend;
        this.unit = unit;
    }

    /**
     * A summary in unit-less periods.
     *
     * @param frequency {@code x}, the number of repeat purchases, at least 0
     * @param recency {@code t_x}, the time from the first to the last purchase, 0 when {@code x = 0}
     * @param age {@code T}, the time from the first purchase to the end of the calibration period, at least
     *     {@code recency}
     * @return the summary
     * @throws IllegalArgumentException if a value is out of range or not finite
     */
    public static CustomerSummary of(int frequency, double recency, double age) {
        return new CustomerSummary(frequency, recency, age, Double.NaN, null);
    }

    /**
     * A summary with times in {@code unit}s.
     *
     * @param frequency {@code x}, the number of repeat purchases
     * @param recency {@code t_x} in {@code unit}s
     * @param age {@code T} in {@code unit}s
     * @param unit {@link ChronoUnit#DAYS}, {@link ChronoUnit#WEEKS} or {@link ChronoUnit#MONTHS}
     * @return the summary
     * @throws IllegalArgumentException if a value is out of range or the unit is not allowed
     */
    public static CustomerSummary of(int frequency, double recency, double age, ChronoUnit unit) {
        return new CustomerSummary(frequency, recency, age, Double.NaN, PeriodUnits.checkSummaryUnit(unit, "unit"));
    }

    /**
     * A summary in unit-less periods with the mean value of the repeat purchases.
     *
     * @param frequency {@code x}, the number of repeat purchases
     * @param recency {@code t_x}
     * @param age {@code T}
     * @param meanRepeatSpend the mean value of the {@code x} repeat purchases (the first purchase excluded), 0 when
     *     {@code x = 0}
     * @return the summary
     * @throws IllegalArgumentException if a value is out of range or not finite
     */
    public static CustomerSummary of(int frequency, double recency, double age, double meanRepeatSpend) {
        checkArgument(!Double.isNaN(meanRepeatSpend), "meanRepeatSpend must not be NaN");
        return new CustomerSummary(frequency, recency, age, meanRepeatSpend, null);
    }

    /**
     * A summary with times in {@code unit}s and the mean value of the repeat purchases.
     *
     * @param frequency {@code x}, the number of repeat purchases
     * @param recency {@code t_x} in {@code unit}s
     * @param age {@code T} in {@code unit}s
     * @param meanRepeatSpend the mean value of the repeat purchases, 0 when {@code x = 0}
     * @param unit {@link ChronoUnit#DAYS}, {@link ChronoUnit#WEEKS} or {@link ChronoUnit#MONTHS}
     * @return the summary
     * @throws IllegalArgumentException if a value is out of range or the unit is not allowed
     */
    public static CustomerSummary of(
            int frequency, double recency, double age, double meanRepeatSpend, ChronoUnit unit) {
        checkArgument(!Double.isNaN(meanRepeatSpend), "meanRepeatSpend must not be NaN");
        return new CustomerSummary(
                frequency, recency, age, meanRepeatSpend, PeriodUnits.checkSummaryUnit(unit, "unit"));
    }

    /**
     * {@code x}: the number of repeat purchases (purchase days after the first, for {@link CustomerSummarizer}).
     *
     * @return at least 0
     */
    public int frequency() {
        return frequency;
    }

    /**
     * {@code t_x}: the time from the first purchase to the last one, in periods; 0 when there was no repeat purchase.
     *
     * @return between 0 and {@link #age()}
     */
    public double recency() {
        return recency;
    }

    /**
     * {@code T}: the time from the first purchase to the end of the calibration period, in periods.
     *
     * @return at least {@link #recency()}
     */
    public double age() {
        return age;
    }

    /**
     * The mean value of the repeat purchases, if given; 0 when there was no repeat purchase.
     *
     * @return the mean repeat spend, or empty
     */
    public OptionalDouble meanRepeatSpend() {
        return Double.isNaN(meanRepeatSpend) ? OptionalDouble.empty() : OptionalDouble.of(meanRepeatSpend);
    }

    /**
     * The unit the times are in; empty for unit-less periods.
     *
     * @return the unit, or empty
     */
    public Optional<ChronoUnit> unit() {
        return Optional.ofNullable(unit);
    }

    /**
     * Whether this customer made at least one repeat purchase ({@code x > 0}).
     *
     * @return true for repeat buyers
     */
    public boolean isRepeatBuyer() {
        return frequency > 0;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CustomerSummary other
                && frequency == other.frequency
                && Double.compare(recency, other.recency) == 0
                && Double.compare(age, other.age) == 0
                && Double.compare(meanRepeatSpend, other.meanRepeatSpend) == 0
                && unit == other.unit;
    }

    @Override
    public int hashCode() {
        return Objects.hash(frequency, recency, age, meanRepeatSpend, unit);
    }

    /** For example {@code CustomerSummary[x=2, t_x=30.43, T=38.86, meanRepeatSpend=22.35, unit=Weeks]}. */
    @Override
    public String toString() {
        return "CustomerSummary[x=" + frequency + ", t_x=" + recency + ", T=" + age
                + (Double.isNaN(meanRepeatSpend) ? "" : ", meanRepeatSpend=" + meanRepeatSpend)
                + ", unit=" + (unit == null ? "periods" : unit) + "]";
    }
}
