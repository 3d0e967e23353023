package io.segmentation;

import static io.segmentation.Attributes.city;
import static io.segmentation.Attributes.country;
import static org.assertj.core.api.Assertions.assertThat;

import io.segmentation.customer.Customer;
import io.segmentation.engine.SegmentMatcher;
import io.segmentation.index.PopulationIndex;
import io.segmentation.text.SegmentQuery;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Country codes in a query compare as the customer builder stores them: in upper case. */
class CountryCodeOperandsTest {

    private static final EvaluationContext JUNE = EvaluationContext.asOf(Instant.parse("2026-06-01T00:00:00Z"));
    private static final Customer BERLINER =
            Customer.builder("c-1").country("de").city("Berlin").build();

    @Test
    void lower_case_codes_in_a_query_match_what_the_builder_stored() {
        Segment<Customer> segment = SegmentQuery.parse("country IN ('de', 'at')");

        assertThat(SegmentMatcher.of(segment).matches(BERLINER, JUNE)).isTrue();
        assertThat(PopulationIndex.build(List.of(BERLINER), JUNE).count(segment))
                .isEqualTo(1);
    }

    @Test
    void lower_case_operands_are_stored_upper_case_so_both_spellings_are_one_segment() {
        assertThat(country().is("de")).isEqualTo(country().is("DE"));
        assertThat(country().in("de", "At")).isEqualTo(country().in("DE", "AT"));
        assertThat(country().startsWith("d")).isEqualTo(country().startsWith("D"));
        assertThat(SegmentQuery.parse("country = 'de'")).isEqualTo(SegmentQuery.parse("country = 'DE'"));
    }

    @Test
    void the_canonical_text_shows_the_stored_form() {
        assertThat(SegmentQuery.toText(Segment.where(country().in("de", "fr")))).isEqualTo("country IN ('DE', 'FR')");
    }

    @Test
    void other_text_attributes_take_operands_as_written() {
        assertThat(city().is("berlin")).isNotEqualTo(city().is("Berlin"));
        assertThat(SegmentMatcher.of(Segment.where(city().is("berlin"))).matches(BERLINER, JUNE))
                .isFalse();
    }

    @Test
    void regular_expressions_and_ignoring_case_operators_keep_their_operand() {
        assertThat(country().matches("d.")).isNotEqualTo(country().matches("D."));
        assertThat(SegmentMatcher.of(Segment.where(country().isIgnoringCase("de")))
                        .matches(BERLINER, JUNE))
                .isTrue();
    }
}
