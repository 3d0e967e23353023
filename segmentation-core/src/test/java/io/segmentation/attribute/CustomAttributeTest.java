package io.segmentation.attribute;

import static io.segmentation.Attributes.attribute;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.segmentation.EvaluationContext;
import io.segmentation.Segment;
import io.segmentation.customer.Customer;
import io.segmentation.engine.SegmentMatcher;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CustomAttributeTest {

    private static final Instant AS_OF = Instant.parse("2026-06-01T00:00:00Z");
    private static final EvaluationContext CONTEXT = EvaluationContext.asOf(AS_OF);
    private static final Instant SIGNED_UP = Instant.parse("2026-05-20T09:30:00Z");

    private static final Customer CUSTOMER = Customer.builder("c-1")
            .attribute("tier", "gold")
            .attribute("points", 1200)
            .attribute("vip", true)
            .attribute("signed_up", SIGNED_UP)
            .attribute("renewal", LocalDate.of(2026, 6, 15))
            .attribute("badges", Set.of("early", "reviewer"))
            .build();

    @Test
    void text_reads_a_text_value() {
        assertThat(attribute("tier").text().valueOf(CUSTOMER, CONTEXT)).contains("gold");
    }

    @Test
    void number_reads_a_number_value() {
        assertThat(attribute("points").number().valueOf(CUSTOMER, CONTEXT)).contains(1200.0);
    }

    @Test
    void bool_reads_a_boolean_value() {
        assertThat(attribute("vip").bool().valueOf(CUSTOMER, CONTEXT)).contains(true);
    }

    @Test
    void instant_reads_an_instant_value() {
        assertThat(attribute("signed_up").instant().valueOf(CUSTOMER, CONTEXT)).contains(SIGNED_UP);
    }

    @Test
    void set_reads_a_set_value() {
        assertThat(attribute("badges").set().valueOf(CUSTOMER, CONTEXT)).contains(Set.of("early", "reviewer"));
    }

    @Test
    void instant_reads_a_date_as_the_start_of_its_day_in_utc_by_default() {
        assertThat(attribute("renewal").instant().valueOf(CUSTOMER, CONTEXT))
                .contains(Instant.parse("2026-06-15T00:00:00Z"));
    }

    @Test
    void instant_reads_a_date_as_the_start_of_its_day_in_the_context_zone() {
        EvaluationContext berlin = EvaluationContext.asOf(AS_OF, ZoneId.of("Europe/Berlin"));

        assertThat(attribute("renewal").instant().valueOf(CUSTOMER, berlin))
                .contains(Instant.parse("2026-06-14T22:00:00Z"));
    }

    @Test
    void a_text_value_read_as_a_number_is_missing() {
        assertThat(attribute("tier").number().valueOf(CUSTOMER, CONTEXT)).isEmpty();
    }

    @Test
    void a_number_value_read_as_text_is_missing() {
        assertThat(attribute("points").text().valueOf(CUSTOMER, CONTEXT)).isEmpty();
    }

    @Test
    void a_text_value_read_as_a_boolean_is_missing() {
        assertThat(attribute("tier").bool().valueOf(CUSTOMER, CONTEXT)).isEmpty();
    }

    @Test
    void a_boolean_value_read_as_an_instant_is_missing() {
        assertThat(attribute("vip").instant().valueOf(CUSTOMER, CONTEXT)).isEmpty();
    }

    @Test
    void a_text_value_read_as_a_set_is_missing() {
        assertThat(attribute("tier").set().valueOf(CUSTOMER, CONTEXT)).isEmpty();
    }

    @Test
    void an_unset_attribute_is_missing() {
        assertThat(attribute("nickname").text().valueOf(CUSTOMER, CONTEXT)).isEmpty();
    }

    @Test
    void a_wrong_type_value_fails_comparisons_and_is_missing() {
        Segment<Customer> numeric = Segment.where(attribute("tier").number().isMissing());

        assertThat(SegmentMatcher.of(numeric).matches(CUSTOMER, CONTEXT)).isTrue();
    }

    @Test
    void a_date_value_supports_within() {
        Customer recent = Customer.builder("c-2")
                .attribute("signed_up", LocalDate.of(2026, 5, 25))
                .build();
        Segment<Customer> newcomers =
                Segment.where(attribute("signed_up").instant().within(Duration.ofDays(14)));

        assertThat(SegmentMatcher.of(newcomers).matches(recent, CONTEXT)).isTrue();
    }

    @Test
    void views_of_the_same_name_and_type_are_equal() {
        assertThat(attribute("tier").text()).isEqualTo(attribute("tier").text());
        assertThat(attribute("tier").text()).isNotEqualTo(attribute("rank").text());
    }

    @Test
    void views_of_different_types_are_different_attributes() {
        assertThat(attribute("points").number())
                .isNotEqualTo(attribute("points").text());
    }

    @Test
    void a_blank_name_is_rejected() {
        assertThatThrownBy(() -> attribute(" "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("custom attribute name");
    }

    @Test
    void a_null_name_is_rejected() {
        assertThatThrownBy(() -> attribute(null)).isInstanceOf(NullPointerException.class);
    }
}
