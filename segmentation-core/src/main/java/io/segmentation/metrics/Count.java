package io.segmentation.metrics;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * A number of customers, orders or events: a segment's size, its orders to date.
 *
 * <pre>{@code
 * Count size = Metrics.size().calculate(index, vip);   // size.count() == 412
 * }</pre>
 *
 * @param count how many, at least 0
 * @since 0.1.0
 */
public record Count(long count) implements MetricValue {

    /**
     * Validates the count.
     *
     * @throws IllegalArgumentException if {@code count} is negative
     */
    public Count {
        checkArgument(count >= 0, "count must be at least 0 but was %s", count);
    }

    /**
     * The count as a {@code double}, always defined.
     *
     * @return {@link #count()}
     */
    @Override
    public double value() {
        return count;
    }

    /**
     * Always {@link MetricUnit#COUNT}.
     *
     * @return {@link MetricUnit#COUNT}
     */
    @Override
    public MetricUnit unit() {
        return MetricUnit.COUNT;
    }

    /**
     * Always {@code true}: a count grows with the segment.
     *
     * @return {@code true}
     */
    @Override
    public boolean isTotal() {
        return true;
    }
}
