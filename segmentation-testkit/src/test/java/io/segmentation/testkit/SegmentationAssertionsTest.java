package io.segmentation.testkit;

import static io.segmentation.testkit.AssertionSamples.ANNA;
import static io.segmentation.testkit.AssertionSamples.YOUNG;
import static io.segmentation.testkit.SegmentationAssertions.assertThat;
import static io.segmentation.testkit.SegmentationAssertions.assertThatSubject;
import static org.assertj.core.api.Assertions.assertThat;

import io.segmentation.customer.Customer;
import io.segmentation.engine.AssignmentMode;
import io.segmentation.engine.Explanation;
import io.segmentation.engine.SegmentEngine;
import io.segmentation.engine.SegmentMatcher;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Both {@code assertThat}s are statically imported here, as users will: the specific overloads must win. */
class SegmentationAssertionsTest {

    @Test
    void a_customer_gets_a_customer_assert_beside_assertj() {
        assertThat(assertThat(ANNA)).isInstanceOf(CustomerAssert.class);
    }

    @Test
    void a_segment_gets_a_segment_assert_beside_assertj() {
        assertThat(assertThat(YOUNG)).isInstanceOf(SegmentAssert.class);
    }

    @Test
    void an_explanation_gets_an_explanation_assert_beside_assertj() {
        Explanation why = SegmentMatcher.of(YOUNG).explain(ANNA, TestKit.defaultContext());

        assertThat(assertThat(why)).isInstanceOf(ExplanationAssert.class);
    }

    @Test
    void an_assignment_gets_an_assignment_assert_beside_assertj() {
        SegmentEngine<Customer> engine = SegmentEngine.of(YOUNG);

        assertThat(assertThat(engine.assign(List.of(ANNA), TestKit.defaultContext(), AssignmentMode.EXCLUSIVE)))
                .isInstanceOf(AssignmentAssert.class);
    }

    @Test
    void any_subject_gets_a_subject_assert() {
        assertThat(assertThatSubject(LoyaltyAccount.empty("a-1"))).isInstanceOf(SubjectAssert.class);
    }

    @Test
    void other_types_still_get_assertj_assertions() {
        assertThat("c-42").startsWith("c-");
        assertThat(List.of(ANNA)).containsExactly(ANNA);
    }
}
