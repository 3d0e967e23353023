package io.segmentation.metrics;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * A share: how many of a group have a property, such as "412 of 1,000 customers active last quarter came back". The
 * figure is {@code numerator / denominator}, between 0 and 1, and undefined ({@link Double#NaN}) when the group is
 * empty.
 *
 * <pre>{@code
 * Ratio retention = Metrics.retention(Duration.ofDays(90)).calculate(index, vip);
 * retention.numerator();     // 412 retained
 * retention.denominator();   // 1000 active in the earlier period
 * retention.value();         // 0.412
 * }</pre>
 *
 * @param numerator how many have the property, between 0 and {@code denominator}
 * @param denominator the size of the group, at least 0
 * @since 0.1.0
 */
public record Ratio(long numerator, long denominator) implements MetricValue {

    /**
     * Validates the counts.
     *
     * @throws IllegalArgumentException if {@code denominator} is negative, or {@code numerator} is negative or greater
     *     than {@code denominator}
     */
    public Ratio {
        checkArgument(denominator >= 0, "denominator must be at least 0 but was %s", denominator);
        checkArgument(
                numerator >= 0 && numerator <= denominator,
                "numerator must be between 0 and the denominator %s but was %s",
                denominator,
                numerator);
    }

    /**
     * The share, {@code numerator / denominator}.
     *
     * @return a value in {@code [0, 1]}, or {@link Double#NaN} when the denominator is 0
     */
    @Override
    public double value() {
        return denominator == 0 ? Double.NaN : (double) numerator / denominator;
    }

    /**
     * Always {@link MetricUnit#FRACTION}.
     *
     * @return {@link MetricUnit#FRACTION}
     */
    @Override
    public MetricUnit unit() {
        return MetricUnit.FRACTION;
    }

    /**
     * The share of the same group without the property, {@code (denominator - numerator) / denominator}: churn is the
     * complement of retention.
     *
     * @return the complementary ratio, over the same denominator
     */
    public Ratio complement() {
        return new Ratio(denominator - numerator, denominator);
    }
}
