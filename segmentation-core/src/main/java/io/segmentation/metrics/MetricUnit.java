package io.segmentation.metrics;

/**
 * What a {@link MetricValue}'s number measures, which decides how reports format it and how lift is computed.
 *
 * @since 0.1.0
 */
public enum MetricUnit {
    /** A number of customers, orders or events: formatted without decimals ({@code 1,234}). */
    COUNT,
    /** An amount of money in the orders' currency: two decimals ({@code 12,345.67}). */
    MONEY,
    /** A share between 0 and 1: formatted as a percentage ({@code 12.3%}). */
    FRACTION,
    /** A rate or average such as orders per customer: two decimals ({@code 2.35}). */
    RATE,
    /**
     * A score that can be negative, such as NPS (-100 to 100): formatted with a sign ({@code +12.0}); lift against a
     * baseline is the difference in points, not a ratio.
     */
    SCORE
}
