package io.segmentation.testkit.internal.assertions;

import static io.segmentation.Attributes.age;
import static io.segmentation.Attributes.satisfies;
import static org.assertj.core.api.Assertions.assertThat;

import io.segmentation.EvaluationContext;
import io.segmentation.Segment;
import io.segmentation.customer.Customer;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DescribeTest {

    @Test
    void a_customer_is_named_by_id() {
        assertThat(Describe.subject(Customer.builder("c-1").build())).isEqualTo("customer 'c-1'");
    }

    @Test
    void another_subject_is_named_by_to_string() {
        assertThat(Describe.subject(List.of(1))).isEqualTo("subject [1]");
    }

    @Test
    void an_unnamed_segment_shows_its_text() {
        assertThat(Describe.segment(Segment.where(age().atLeast(18)))).isEqualTo("segment: age >= 18");
    }

    @Test
    void a_custom_predicate_is_described_by_name() {
        assertThat(Describe.criterion(satisfies("vip", (Customer c) -> true))).isEqualTo("custom 'vip'");
    }

    @Test
    void a_utc_context_says_utc() {
        assertThat(Describe.context(EvaluationContext.asOf(Instant.EPOCH)))
                .isEqualTo("as of 1970-01-01T00:00:00Z (UTC)");
    }

    @Test
    void another_zone_is_named_by_id() {
        assertThat(Describe.context(EvaluationContext.asOf(Instant.EPOCH, ZoneId.of("Europe/Berlin"))))
                .isEqualTo("as of 1970-01-01T00:00:00Z (Europe/Berlin)");
    }

    @Test
    void no_subjects_read_none() {
        assertThat(Describe.subjects(List.of())).isEqualTo("(none)");
    }

    @Test
    void ten_subjects_are_all_listed() {
        assertThat(Describe.subjects(IntStream.range(0, 10).boxed().toList()))
                .isEqualTo("0, 1, 2, 3, 4, 5, 6, 7, 8, 9");
    }

    @Test
    void past_ten_subjects_the_rest_are_counted() {
        // 12 subjects: 0..9 listed, 10 and 11 counted.
        assertThat(Describe.subjects(IntStream.range(0, 12).boxed().toList()))
                .isEqualTo("0, 1, 2, 3, 4, 5, 6, 7, 8, 9 and 2 more");
    }

    @Test
    void customers_are_listed_by_id() {
        assertThat(Describe.subjects(List.of(
                        Customer.builder("c-1").build(), Customer.builder("c-2").build())))
                .isEqualTo("'c-1', 'c-2'");
    }

    @Test
    void indent_indents_every_line() {
        assertThat(Describe.indent("a\n  b")).isEqualTo("  a\n    b");
    }
}
