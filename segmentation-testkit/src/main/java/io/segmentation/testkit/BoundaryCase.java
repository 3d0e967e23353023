package io.segmentation.testkit;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import io.segmentation.Criterion;
import io.segmentation.customer.Customer;
import java.time.Instant;

/**
 * A customer exactly on, just inside or just outside one bound of one comparison of a segment, with the rest of the
 * segment arranged so that this bound alone decides membership: the test people forget to write. Made by
 * {@link Fixtures#boundaryCases}.
 *
 * <pre>{@code
 * for (BoundaryCase c : Fixtures.boundaryCases(vip)) {
 *     assertThat(SegmentMatcher.of(vip).matches(c.customer(), TestKit.defaultContext()))
 *             .as(c.description())
 *             .isEqualTo(c.expectedIn());
 * }
 * }</pre>
 *
 * @param description what the case probes, e.g. {@code total_spent(last 365d) = 1000.00 (on the bound; atLeast(1000)
 *     is inclusive)}
 * @param comparison the comparison whose bound is probed
 * @param bound the bound as resolved in the evaluation context: a {@link Double} for number comparisons, an
 *     {@link Instant} for time comparisons
 * @param value the customer's value of the comparison's attribute, of the same type as {@code bound}
 * @param position where the value lies relative to the bound
 * @param customer the customer
 * @param expectedIn whether the customer is in the segment, as the engine decides; it agrees with the position
 *     (on an inclusive bound or just inside: the comparison holds; on an exclusive bound or just outside: it fails),
 *     reversed when the comparison stands under a negation
 * @since 0.1.0
 */
public record BoundaryCase(
        String description,
        Criterion.Comparison<Customer, ?> comparison,
        Object bound,
        Object value,
        Position position,
        Customer customer,
        boolean expectedIn) {

    /**
     * Where a value lies relative to a bound. For an {@code is(v)} comparison the values next to {@code v} on either
     * side are both {@link #JUST_OUTSIDE}.
     *
     * @since 0.1.0
     */
    public enum Position {
        /** Exactly on the bound: inside for {@code between}, {@code atLeast}, {@code atMost}, {@code is}, outside for
         * {@code greaterThan}, {@code lessThan}, {@code before}, {@code after}. */
        ON,
        /**
         * One step inside the bound: 1 for whole numbers, 0.01 for money, the adjacent double for other numbers, one
         * second for instants; for distances, anywhere less than 0.01 km inside.
         */
        JUST_INSIDE,
        /** One step outside the bound. */
        JUST_OUTSIDE
    }

    /** Validates the components. */
    public BoundaryCase {
        checkNotNull(description, "description");
        checkNotNull(comparison, "comparison");
        checkNotNull(bound, "bound");
        checkNotNull(value, "value");
        checkNotNull(position, "position");
        checkNotNull(customer, "customer");
        checkArgument(
                (bound instanceof Double && value instanceof Double)
                        || (bound instanceof Instant && value instanceof Instant),
                "bound %s and value %s must both be numbers or both be instants",
                bound,
                value);
    }
}
