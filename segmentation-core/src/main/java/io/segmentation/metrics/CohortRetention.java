package io.segmentation.metrics;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * Retention by the cohort formula {@code (E - N) / S}, from period-based customer counts: {@code S} customers at the
 * start of a period, {@code E} at its end, {@code N} of them new during it. Customers who lapsed before the start and
 * came back count in {@code E - N}, so the figure can exceed 1.
 *
 * <pre>{@code
 * CohortRetention.rate(1_000, 950, 150);             // (950 - 150) / 1000 = 0.8
 * new CohortRetention(0, 10, 10).isDefined();        // false: nobody at the start
 * }</pre>
 *
 * <p>{@link Metrics#cohortRetention(java.time.Duration)} computes the counts for a segment's members.
 *
 * @param customersAtStart {@code S}, customers at the start of the period, at least 0
 * @param customersAtEnd {@code E}, customers at its end, at least 0
 * @param newCustomers {@code N}, customers acquired during the period, between 0 and {@code E}
 * @since 0.1.0
 */
public record CohortRetention(long customersAtStart, long customersAtEnd, long newCustomers) implements MetricValue {

    /**
     * Validates the counts; {@code S} may be 0, making the figure undefined.
     *
     * @throws IllegalArgumentException if a count is negative or {@code newCustomers} exceeds {@code customersAtEnd}
     */
    public CohortRetention {
        checkArgument(customersAtStart >= 0, "customersAtStart must be at least 0 but was %s", customersAtStart);
        checkArgument(customersAtEnd >= 0, "customersAtEnd must be at least 0 but was %s", customersAtEnd);
        checkArgument(newCustomers >= 0, "newCustomers must be at least 0 but was %s", newCustomers);
        checkArgument(
                newCustomers <= customersAtEnd,
                "newCustomers %s must not exceed customersAtEnd %s",
                newCustomers,
                customersAtEnd);
    }

    /**
     * The cohort retention rate {@code (E - N) / S} of the given counts.
     *
     * @param customersAtStart {@code S}, at least 1
     * @param customersAtEnd {@code E}, at least 0
     * @param newCustomers {@code N}, between 0 and {@code E}
     * @return the rate, at least 0
     * @throws IllegalArgumentException if {@code S} is below 1, {@code E} or {@code N} is negative, or {@code N}
     *     exceeds {@code E}
     */
    public static double rate(long customersAtStart, long customersAtEnd, long newCustomers) {
        checkArgument(customersAtStart > 0, "customersAtStart must be at least 1 but was %s", customersAtStart);
        return new CohortRetention(customersAtStart, customersAtEnd, newCustomers).value();
    }

    /**
     * The retention rate, {@code (customersAtEnd - newCustomers) / customersAtStart}.
     *
     * @return the rate, at least 0, or {@link Double#NaN} when {@code customersAtStart} is 0
     */
    @Override
    public double value() {
        return customersAtStart == 0 ? Double.NaN : (double) (customersAtEnd - newCustomers) / customersAtStart;
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
}
