package io.segmentation.metrics;

/**
 * A metric's result as one number with a unit — what a {@link SegmentReport} can put in a cell, compare against the
 * population and chart. The built-in calculators' results implement it; a user's own result type can too, or be mapped
 * to one with {@link MetricCalculator#map}.
 *
 * @since 0.1.0
 */
public interface MetricValue {

    /**
     * The figure, or {@link Double#NaN} when it is undefined (the average order value of customers without orders, a
     * rate over nobody).
     *
     * @return the figure or {@code NaN}
     */
    double value();

    /**
     * What the figure measures.
     *
     * @return the unit
     */
    MetricUnit unit();

    /**
     * Whether the figure is defined.
     *
     * @return {@code false} when {@link #value()} is {@code NaN}
     */
    default boolean isDefined() {
        return !Double.isNaN(value());
    }

    /**
     * Whether the figure is a total over the members — revenue, a number of orders — which grows with the segment,
     * rather than an average, a share or a score. A {@link SegmentReport} shows no lift for totals: a segment's total
     * divided by the population's is only its share of it.
     *
     * @return {@code false} unless the implementation says it is a total
     */
    default boolean isTotal() {
        return false;
    }
}
