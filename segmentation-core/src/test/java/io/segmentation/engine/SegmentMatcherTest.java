package io.segmentation.engine;

import static io.segmentation.Attributes.country;
import static io.segmentation.Attributes.custom;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.NullPointerTester;
import io.segmentation.EvaluationContext;
import io.segmentation.Segment;
import io.segmentation.customer.Customer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SegmentMatcherTest {

    private static final EvaluationContext CONTEXT = EvaluationContext.asOf(Instant.parse("2026-06-01T00:00:00Z"));

    private static final Segment<Customer> GERMAN =
            Segment.where(country().is("DE")).named("german");

    private static Customer from(String id, String country) {
        return Customer.builder(id).country(country).build();
    }

    @Test
    void matches_a_member() {
        assertThat(SegmentMatcher.of(GERMAN).matches(from("c-1", "DE"), CONTEXT))
                .isTrue();
    }

    @Test
    void does_not_match_a_non_member() {
        assertThat(SegmentMatcher.of(GERMAN).matches(from("c-1", "FR"), CONTEXT))
                .isFalse();
    }

    @Test
    void matches_evaluates_with_the_given_context() {
        Segment<Customer> june =
                Segment.where(custom("june", (c, ctx) -> ctx.today().getMonthValue() == 6));
        Customer anyone = from("c-1", "DE");

        assertThat(SegmentMatcher.of(june).matches(anyone, CONTEXT)).isTrue();
        assertThat(SegmentMatcher.of(june).matches(anyone, CONTEXT.withAsOf(Instant.parse("2026-07-01T00:00:00Z"))))
                .isFalse();
    }

    @Test
    void filter_keeps_members_in_input_order() {
        Customer d1 = from("d-1", "DE");
        Customer f1 = from("f-1", "FR");
        Customer d2 = from("d-2", "DE");
        Customer d3 = from("d-3", "DE");

        assertThat(SegmentMatcher.of(GERMAN).filter(List.of(d3, f1, d1, d2), CONTEXT))
                .containsExactly(d3, d1, d2);
    }

    @Test
    void filter_of_no_subjects_is_empty() {
        assertThat(SegmentMatcher.of(GERMAN).filter(List.of(), CONTEXT)).isEmpty();
    }

    @Test
    void filter_returns_an_unmodifiable_list() {
        List<Customer> members = SegmentMatcher.of(GERMAN).filter(new ArrayList<>(List.of(from("d-1", "DE"))), CONTEXT);

        assertThatThrownBy(members::clear).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void filter_rejects_a_null_subject() {
        List<Customer> withNull = Arrays.asList(from("d-1", "DE"), null);

        assertThatThrownBy(() -> SegmentMatcher.of(GERMAN).filter(withNull, CONTEXT))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("null");
    }

    @Test
    void explain_agrees_with_matches() {
        SegmentMatcher<Customer> matcher = SegmentMatcher.of(GERMAN);

        assertThat(matcher.explain(from("c-1", "DE"), CONTEXT).matched()).isTrue();
        assertThat(matcher.explain(from("c-2", "FR"), CONTEXT).matched()).isFalse();
    }

    @Test
    void segment_is_the_segment_given() {
        assertThat(SegmentMatcher.of(GERMAN).segment()).isSameAs(GERMAN);
    }

    @Test
    void to_string_shows_the_segment() {
        assertThat(SegmentMatcher.of(GERMAN)).hasToString("SegmentMatcher[" + GERMAN + "]");
    }

    @Test
    void null_pointer_tester_on_static_and_instance_methods() {
        NullPointerTester tester = new NullPointerTester()
                .setDefault(Segment.class, GERMAN)
                .setDefault(EvaluationContext.class, CONTEXT)
                .setDefault(Object.class, from("c-1", "DE"));
        tester.testAllPublicStaticMethods(SegmentMatcher.class);
        tester.testAllPublicInstanceMethods(SegmentMatcher.of(GERMAN));
    }
}
