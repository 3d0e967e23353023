package io.segmentation.testkit;

import io.segmentation.Segment;
import io.segmentation.customer.Customer;
import io.segmentation.engine.Assignment;
import io.segmentation.engine.Explanation;
import io.segmentation.metrics.SegmentReport;
import org.assertj.core.api.SoftAssertionsProvider;

/**
 * The test kit's assertions in soft form: each failure is collected instead of thrown, and all of them are reported
 * together by {@link #assertAll()}. Implemented by {@link SoftSegmentationAssertions} and
 * {@link AutoCloseableSoftSegmentationAssertions}; implement it yourself to mix the test kit's soft assertions with
 * AssertJ's standard ones in one object:
 *
 * <pre>{@code
 * public class MySoftAssertions extends SoftAssertions implements SegmentationSoftAssertionsProvider {}
 *
 * MySoftAssertions softly = new MySoftAssertions();
 * softly.assertThat(anna).isIn(youngRepeat);      // the test kit's
 * softly.assertThat(anna.id()).startsWith("c-");  // AssertJ's
 * softly.assertAll();
 * }</pre>
 *
 * @since 0.1.0
 */
public interface SegmentationSoftAssertionsProvider extends SoftAssertionsProvider {

    /**
     * Soft assertions on a customer.
     *
     * @param actual the customer
     * @return the assertion, collecting its failures
     */
    default CustomerAssert assertThat(Customer actual) {
        return proxy(CustomerAssert.class, Customer.class, actual);
    }

    /**
     * Soft assertions on a subject of your own type.
     *
     * @param actual the subject
     * @param <T> the subject type
     * @return the assertion, collecting its failures
     */
    @SuppressWarnings("unchecked") // the proxy is a SubjectAssert of the actual's type
    default <T> SubjectAssert<T> assertThatSubject(T actual) {
        return proxy(SubjectAssert.class, Object.class, actual);
    }

    /**
     * Soft assertions on a segment.
     *
     * @param actual the segment
     * @param <T> the subject type
     * @return the assertion, collecting its failures
     */
    @SuppressWarnings("unchecked") // the proxy is a SegmentAssert of the segment's subject type
    default <T> SegmentAssert<T> assertThat(Segment<T> actual) {
        return proxy(SegmentAssert.class, Segment.class, actual);
    }

    /**
     * Soft assertions on an explanation.
     *
     * @param actual the explanation
     * @return the assertion, collecting its failures
     */
    default ExplanationAssert assertThat(Explanation actual) {
        return proxy(ExplanationAssert.class, Explanation.class, actual);
    }

    /**
     * Soft assertions on an assignment.
     *
     * @param actual the assignment
     * @param <T> the subject type
     * @return the assertion, collecting its failures
     */
    @SuppressWarnings("unchecked") // the proxy is an AssignmentAssert of the assignment's subject type
    default <T> AssignmentAssert<T> assertThat(Assignment<T> actual) {
        return proxy(AssignmentAssert.class, Assignment.class, actual);
    }

    /**
     * Soft assertions on a segment report.
     *
     * @param actual the report
     * @param <T> the subject type
     * @return the assertion, collecting its failures
     */
    @SuppressWarnings("unchecked") // the proxy is a ReportAssert of the report's subject type
    default <T> ReportAssert<T> assertThat(SegmentReport<T> actual) {
        return proxy(ReportAssert.class, SegmentReport.class, actual);
    }
}
