package io.segmentation.metrics;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;

/**
 * The return on a marketing spend: {@code (attributedRevenue * margin - spend) / spend}. A value of {@code 0.5} means
 * the campaign earned back its spend and half as much again; {@code -1} means it earned nothing. Amounts are exact; the
 * value is divided to 16 significant digits. Equality compares amounts by value ({@code 10.0} equals {@code 10.00}).
 *
 * <pre>{@code
 * Roi roi = new Roi(new BigDecimal("10000"), new BigDecimal("0.3"), new BigDecimal("2000"));
 * roi.grossProfit();   // 3000.0 = 10000 * 0.3
 * roi.netReturn();     // 1000.0 = 3000.0 - 2000
 * roi.value();         // 0.5    = 1000 / 2000
 * }</pre>
 *
 * @param attributedRevenue the revenue credited to the campaign, at least 0
 * @param margin the share of revenue that is profit, in {@code [0, 1]}
 * @param spend what the campaign cost, greater than 0
 * @since 0.1.0
 */
public record Roi(BigDecimal attributedRevenue, BigDecimal margin, BigDecimal spend) implements MetricValue {

    /**
     * Validates the amounts.
     *
     * @throws NullPointerException if an amount is null
     * @throws IllegalArgumentException if {@code attributedRevenue} is negative, {@code margin} is outside {@code [0,
     *     1]} or {@code spend} is not positive
     */
    public Roi {
        checkNotNull(attributedRevenue, "attributedRevenue");
        checkNotNull(margin, "margin");
        checkNotNull(spend, "spend");
        checkArgument(
                attributedRevenue.signum() >= 0,
                "attributedRevenue must be at least 0 but was %s",
                attributedRevenue.toPlainString());
        checkArgument(
                margin.signum() >= 0 && margin.compareTo(BigDecimal.ONE) <= 0,
                "margin must be between 0 and 1 but was %s",
                margin.toPlainString());
        checkArgument(spend.signum() > 0, "spend must be greater than 0 but was %s", spend.toPlainString());
    }

    /**
     * The profit on the attributed revenue, {@code attributedRevenue * margin}, exact.
     *
     * @return the gross profit
     */
    public BigDecimal grossProfit() {
        return attributedRevenue.multiply(margin);
    }

    /**
     * The profit left after the spend, {@code attributedRevenue * margin - spend}, exact; negative for a loss.
     *
     * @return the net return
     */
    public BigDecimal netReturn() {
        return grossProfit().subtract(spend);
    }

    /**
     * The return on investment, {@code netReturn / spend}.
     *
     * @return a value of at least -1, always defined
     */
    @Override
    public double value() {
        return netReturn().divide(spend, MathContext.DECIMAL64).doubleValue();
    }

    /**
     * Always {@link MetricUnit#FRACTION}: reports show ROI as a percentage, which can be negative or above 100%.
     *
     * @return {@link MetricUnit#FRACTION}
     */
    @Override
    public MetricUnit unit() {
        return MetricUnit.FRACTION;
    }

    /**
     * Whether {@code other} is an ROI with the same amounts, compared by value.
     *
     * @param other the object to compare with
     * @return whether they are equal
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof Roi that
                && attributedRevenue.compareTo(that.attributedRevenue) == 0
                && margin.compareTo(that.margin) == 0
                && spend.compareTo(that.spend) == 0;
    }

    /**
     * A hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(
                attributedRevenue.stripTrailingZeros(), margin.stripTrailingZeros(), spend.stripTrailingZeros());
    }
}
