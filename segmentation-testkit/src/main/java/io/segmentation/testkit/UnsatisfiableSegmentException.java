package io.segmentation.testkit;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * Thrown by {@link Fixtures} when no customer can be built for a request, saying why: the segment contradicts itself
 * ({@link Reason#CONTRADICTION}, e.g. {@code age < 18 AND age > 65}, or a tautology asked for a customer outside it),
 * a custom predicate or user-defined attribute decides and random search found no customer
 * ({@link Reason#OPAQUE}), or the bounded search gave up ({@link Reason#SEARCH_LIMIT}).
 *
 * <pre>{@code
 * UnsatisfiableSegmentException e = catchThrowableOfType(
 *         () -> Fixtures.customerIn(Segment.where(age().lessThan(18).and(age().greaterThan(65)))),
 *         UnsatisfiableSegmentException.class);
 * e.reason();    // CONTRADICTION
 * e.details();   // ["age: age < 18 and age > 65 cannot all hold (no value fits)"]
 * }</pre>
 *
 * @since 0.1.0
 */
public final class UnsatisfiableSegmentException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Why no customer was built.
     *
     * @since 0.1.0
     */
    public enum Reason {
        /** Proved: no customer can satisfy the request; {@link #details()} names the conflicting conditions. */
        CONTRADICTION,
        /**
         * A custom predicate or a user-defined attribute (whose reading function the fixtures cannot see into)
         * decides, and a bounded random search found no customer; {@link #details()} names them.
         */
        OPAQUE,
        /**
         * The bounded search found no customer, although one may exist; {@link #details()} says what could not be
         * built.
         */
        SEARCH_LIMIT
    }

    private final Reason reason;
    private final ImmutableList<String> details;

    /**
     * Creates the exception.
     *
     * @param reason why no customer was built
     * @param message the full message
     * @param details the conflicts, opaque conditions or failures, one per entry
     */
    public UnsatisfiableSegmentException(Reason reason, String message, List<String> details) {
        super(checkNotNull(message, "message"));
        this.reason = checkNotNull(reason, "reason");
        this.details = ImmutableList.copyOf(checkNotNull(details, "details"));
    }

    /**
     * Why no customer was built.
     *
     * @return the reason
     */
    public Reason reason() {
        return reason;
    }

    /**
     * The conflicting conditions ({@link Reason#CONTRADICTION}), the opaque conditions ({@link Reason#OPAQUE}) or
     * what could not be built ({@link Reason#SEARCH_LIMIT}), one entry each.
     *
     * @return the details, immutable
     */
    public List<String> details() {
        return details;
    }
}
