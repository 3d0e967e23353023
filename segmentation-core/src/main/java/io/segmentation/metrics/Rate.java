package io.segmentation.metrics;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * An amount per unit, such as orders per customer or (weighted) events per customer: {@code numerator /
 * denominator}, undefined ({@link Double#NaN}) when the denominator is 0. Unlike a {@link Ratio} it is not a share
 * and can exceed 1.
 *
 * <pre>{@code
 * Rate frequency = Metrics.purchaseFrequency().calculate(index, vip);
 * frequency.numerator();     // 2350.0 orders
 * frequency.denominator();   // 1000 customers
 * frequency.value();         // 2.35 orders per customer
 * }</pre>
 *
 * @param numerator the amount, a finite number (a count or a weighted sum)
 * @param denominator how many it is shared by, at least 0
 * @since 0.1.0
 */
public record Rate(double numerator, long denominator) implements MetricValue {

    /**
     * Validates the parts.
     *
     * @throws IllegalArgumentException if {@code numerator} is not finite or {@code denominator} is negative
     */
    public Rate {
        checkArgument(Double.isFinite(numerator), "numerator must be finite but was %s", numerator);
        checkArgument(denominator >= 0, "denominator must be at least 0 but was %s", denominator);
    }

    /**
     * The rate, {@code numerator / denominator}.
     *
     * @return the rate, or {@link Double#NaN} when the denominator is 0
     */
    @Override
    public double value() {
        return denominator == 0 ? Double.NaN : numerator / denominator;
    }

    /**
     * Always {@link MetricUnit#RATE}.
     *
     * @return {@link MetricUnit#RATE}
     */
    @Override
    public MetricUnit unit() {
        return MetricUnit.RATE;
    }
}
