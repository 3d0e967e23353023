package io.segmentation.testkit;

import io.segmentation.customer.Customer;

/**
 * Assertions on a {@link Customer}: segment membership and criteria, evaluated at the context a {@link Fixtures}
 * customer was built for, else as of {@link TestKit#DEFAULT_AS_OF} in UTC, unless told otherwise ({@code asOf},
 * {@code in}). Get one with {@link SegmentationAssertions#assertThat(Customer)}.
 *
 * <pre>{@code
 * assertThat(anna).isIn(youngRepeat).isNotIn(lapsed);
 * assertThat(anna).asOf(Instant.parse("2026-06-01T00:00:00Z")).isInAll(recentBuyers, newsletter);
 * assertThat(anna).satisfies(age().between(18, 25));
 * }</pre>
 *
 * <p>A failure names the customer by id and shows why:
 *
 * <pre>{@code
 * Expecting customer 'c-42'
 * to be in segment 'young-repeat': age BETWEEN 18 AND 25 AND purchases >= 3
 * as of 2026-01-01T00:00:00Z (UTC), but it is not:
 *   ✗ segment 'young-repeat'
 *     ✗ all of (1 of 2 hold)
 *       ✓ age 24 is between 18 and 25
 *       ✗ purchases 1 is not at least 3
 * }</pre>
 *
 * @since 0.1.0
 */
public class CustomerAssert extends AbstractSubjectAssert<CustomerAssert, Customer> {

    /**
     * Creates the assertion; prefer {@link SegmentationAssertions#assertThat(Customer)}. Public so that soft
     * assertions can proxy it.
     *
     * @param actual the customer, may be null
     */
    public CustomerAssert(Customer actual) {
        super(actual, CustomerAssert.class);
    }
}
