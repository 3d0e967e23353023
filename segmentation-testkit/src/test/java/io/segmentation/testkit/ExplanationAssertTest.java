package io.segmentation.testkit;

import static io.segmentation.testkit.AssertionSamples.ANNA;
import static io.segmentation.testkit.AssertionSamples.ANNA_NOT_YOUNG_REPEAT;
import static io.segmentation.testkit.AssertionSamples.YOUNG;
import static io.segmentation.testkit.AssertionSamples.YOUNG_REPEAT;
import static io.segmentation.testkit.AssertionSamples.indented;
import static io.segmentation.testkit.SegmentationAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.segmentation.Segment;
import io.segmentation.customer.Customer;
import io.segmentation.engine.Explanation;
import io.segmentation.engine.SegmentMatcher;
import org.junit.jupiter.api.Test;

class ExplanationAssertTest {

    private static final Explanation ANNA_YOUNG = explain(YOUNG);
    private static final Explanation ANNA_YOUNG_REPEAT = explain(YOUNG_REPEAT);

    private static Explanation explain(Segment<Customer> segment) {
        return SegmentMatcher.of(segment).explain(ANNA, TestKit.defaultContext());
    }

    @Test
    void is_matched_passes_for_a_match() {
        assertThat(ANNA_YOUNG).isMatched();
    }

    @Test
    void is_matched_fails_showing_the_tree_and_the_failures() {
        assertThatThrownBy(() -> assertThat(ANNA_YOUNG_REPEAT).isMatched())
                .isInstanceOf(AssertionError.class)
                .hasMessage("\nExpecting the explanation\n" + indented(ANNA_NOT_YOUNG_REPEAT)
                        + "\nto be a match, but it is not; it fails on\n  ✗ purchases 1 is not at least 3");
    }

    @Test
    void has_criterion_passes_for_the_linked_criterion() {
        assertThat(ANNA_YOUNG_REPEAT).hasCriterion(YOUNG_REPEAT.criterion());
    }

    @Test
    void has_criterion_fails_naming_both_criteria() {
        assertThatThrownBy(() -> assertThat(ANNA_YOUNG_REPEAT).hasCriterion(YOUNG.criterion()))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("to explain the criterion\n  " + YOUNG.criterion())
                .hasMessageContaining("but it explains\n  " + YOUNG_REPEAT.criterion());
    }

    @Test
    void has_criterion_rejects_null() {
        assertThatThrownBy(() -> assertThat(ANNA_YOUNG).hasCriterion(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("expected");
    }

    @Test
    void is_not_matched_passes_for_a_failed_match() {
        assertThat(ANNA_YOUNG_REPEAT).isNotMatched();
    }

    @Test
    void is_not_matched_fails_for_a_match() {
        assertThatThrownBy(() -> assertThat(ANNA_YOUNG).isNotMatched())
                .hasMessageContaining("✓ age 24 is between 18 and 25\nnot to be a match, but it is");
    }

    @Test
    void has_summary_passes_for_the_root_summary() {
        assertThat(ANNA_YOUNG_REPEAT).hasSummary("segment 'young-repeat'");
    }

    @Test
    void has_summary_fails_showing_the_actual_summary() {
        assertThatThrownBy(() -> assertThat(ANNA_YOUNG_REPEAT).hasSummary("segment 'young'"))
                .hasMessageContaining("to have the summary\n  segment 'young'\nbut it has\n  segment 'young-repeat'");
    }

    @Test
    void has_failure_containing_passes_for_part_of_a_failing_line() {
        assertThat(ANNA_YOUNG_REPEAT).hasFailureContaining("purchases 1");
    }

    @Test
    void has_failure_containing_ignores_lines_that_hold() {
        assertThatThrownBy(() -> assertThat(ANNA_YOUNG_REPEAT).hasFailureContaining("age 24"))
                .hasMessageContaining("to have a failure containing\n  age 24\nbut its failures are\n"
                        + "  ✗ purchases 1 is not at least 3");
    }

    @Test
    void has_failure_containing_fails_for_a_match() {
        assertThatThrownBy(() -> assertThat(ANNA_YOUNG).hasFailureContaining("age"))
                .hasMessageContaining("but it is a match and has no failures");
    }

    @Test
    void has_exactly_failures_passes_for_the_failing_lines() {
        assertThat(ANNA_YOUNG_REPEAT).hasExactlyFailures("purchases 1 is not at least 3");
    }

    @Test
    void has_exactly_failures_fails_listing_both() {
        assertThatThrownBy(() -> assertThat(ANNA_YOUNG_REPEAT)
                        .hasExactlyFailures("purchases 1 is not at least 3", "age 24 is not between 18 and 25"))
                .hasMessageContaining("to have exactly the failures\n  ✗ purchases 1 is not at least 3\n"
                        + "  ✗ age 24 is not between 18 and 25\nbut its failures are\n"
                        + "  ✗ purchases 1 is not at least 3");
    }

    @Test
    void has_exactly_failures_rejects_no_summaries() {
        assertThatThrownBy(() -> assertThat(ANNA_YOUNG_REPEAT).hasExactlyFailures())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("use isMatched()");
    }

    @Test
    void a_null_explanation_fails_as_assertj_does() {
        assertThatThrownBy(() -> assertThat((Explanation) null).isMatched())
                .hasMessageContaining("Expecting actual not to be null");
    }
}
