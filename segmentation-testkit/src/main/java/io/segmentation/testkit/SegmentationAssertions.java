package io.segmentation.testkit;

import io.segmentation.Segment;
import io.segmentation.customer.Customer;
import io.segmentation.engine.Assignment;
import io.segmentation.engine.Explanation;
import io.segmentation.metrics.SegmentReport;

/**
 * The entry point of the test kit's AssertJ assertions, for static import beside AssertJ's own {@code Assertions}:
 * every {@code assertThat} here takes a specific type, so the two never clash.
 *
 * <pre>{@code
 * import static io.segmentation.testkit.SegmentationAssertions.assertThat;
 * import static org.assertj.core.api.Assertions.assertThat;
 *
 * assertThat(anna).isIn(youngRepeat).isNotIn(lapsed);           // as of anna's fixture time, else DEFAULT_AS_OF
 * assertThat(anna).asOf(june).isInAll(recentBuyers, newsletter);
 * assertThat(youngRepeat).hasName("young-repeat").roundTripsThroughText();
 * assertThat(matcher.explain(anna, june)).hasFailureContaining("purchases 1 is not at least 3");
 * assertThat(engine.assign(customers, june, EXCLUSIVE)).assigns(anna, vip);
 * assertThatSubject(account).isIn(gold);                         // your own subject type
 * }</pre>
 *
 * <p>A failed membership assertion shows the explanation tree, so the report says why:
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
 * <p>To collect several failures before reporting them, use {@link SoftSegmentationAssertions} or
 * {@link AutoCloseableSoftSegmentationAssertions}.
 *
 * @since 0.1.0
 */
public final class SegmentationAssertions {

    private SegmentationAssertions() {}

    /**
     * Assertions on a customer: segment membership and criteria.
     *
     * @param actual the customer
     * @return the assertion
     */
    public static CustomerAssert assertThat(Customer actual) {
        return new CustomerAssert(actual);
    }

    /**
     * Assertions on a subject of your own type, read by your own attributes. Named apart from {@code assertThat} so
     * that it does not compete with AssertJ's {@code assertThat(Object)}.
     *
     * @param actual the subject
     * @param <T> the subject type
     * @return the assertion
     */
    public static <T> SubjectAssert<T> assertThatSubject(T actual) {
        return new SubjectAssert<>(actual);
    }

    /**
     * Assertions on a segment: name, description, text form and members.
     *
     * @param actual the segment
     * @param <T> the subject type
     * @return the assertion
     */
    public static <T> SegmentAssert<T> assertThat(Segment<T> actual) {
        return new SegmentAssert<>(actual);
    }

    /**
     * Assertions on an explanation tree.
     *
     * @param actual the explanation
     * @return the assertion
     */
    public static ExplanationAssert assertThat(Explanation actual) {
        return new ExplanationAssert(actual);
    }

    /**
     * Assertions on the result of {@link io.segmentation.engine.SegmentEngine#assign}.
     *
     * @param actual the assignment
     * @param <T> the subject type
     * @return the assertion
     */
    public static <T> AssignmentAssert<T> assertThat(Assignment<T> actual) {
        return new AssignmentAssert<>(actual);
    }

    /**
     * Assertions on a segment report: sizes, figures, lifts and suppression; failures show the whole report.
     *
     * @param actual the report
     * @param <T> the subject type
     * @return the assertion
     */
    public static <T> ReportAssert<T> assertThat(SegmentReport<T> actual) {
        return new ReportAssert<>(actual);
    }
}
