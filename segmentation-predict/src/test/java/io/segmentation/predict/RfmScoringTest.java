package io.segmentation.predict;

import static io.segmentation.predict.RfmFixtures.CONTEXT;
import static io.segmentation.predict.RfmFixtures.customer;
import static io.segmentation.predict.RfmFixtures.withFrequencies;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.segmentation.Segment;
import io.segmentation.attribute.AttributeRegistry;
import io.segmentation.customer.Customer;
import io.segmentation.engine.SegmentMatcher;
import io.segmentation.text.SegmentParser;
import io.segmentation.text.SegmentQuery;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class RfmScoringTest {

    private static final RfmScoring SCORING = RfmScoring.of(
            List.of(90.0, 45.0, 20.0, 7.0), List.of(1.0, 2.0, 3.0, 5.0), List.of(40.0, 95.5, 180.0, 400.0));

    @Test
    void of_restores_a_fitted_scoring_from_its_breakpoints() {
        RfmScoring fitted =
                RfmModel.fit(withFrequencies(1, 2, 3, 4, 5, 6, 7), CONTEXT).rfm();

        RfmScoring restored =
                RfmScoring.of(fitted.recencyBreakpoints(), fitted.frequencyBreakpoints(), fitted.monetaryBreakpoints());

        assertThat(restored).isEqualTo(fitted).hasSameHashCodeAs(fitted);
        assertThat(restored.recency()).isEqualTo(fitted.recency());
        assertThat(restored.namedSegments()).isEqualTo(fitted.namedSegments());
    }

    @Test
    void scores_are_computed_against_the_given_breakpoints() {
        // last order 10 days ago: strictly below 90, 45, 20 but not 7 -> R 4; 3 orders exceed 1 and 2 -> F 3;
        // 95.5 exceeds 40 only -> M 2
        Customer c = customer("c", 10, 3, 95.5);

        assertThat(SCORING.scoreOf(c, CONTEXT)).contains(new RfmScore(4, 3, 2));
    }

    @Test
    void attributes_carry_their_names_and_breakpoints() {
        assertThat(SCORING.recency().name()).isEqualTo("rfm_recency");
        assertThat(SCORING.recency().parameters()).containsExactly(90.0, 45.0, 20.0, 7.0);
        assertThat(SCORING.frequency().name()).isEqualTo("rfm_frequency");
        assertThat(SCORING.monetary().name()).isEqualTo("rfm_monetary");
        assertThat(SCORING.fm().name()).isEqualTo("rfm_fm");
        assertThat(SCORING.fm().parameters()).containsExactly(1.0, 2.0, 3.0, 5.0, 40.0, 95.5, 180.0, 400.0);
        assertThat(SCORING.code().name()).isEqualTo("rfm_code");
        assertThat(SCORING.code().parameters()).hasSize(12);
    }

    @Test
    void fm_is_the_average_of_frequency_and_monetary_scores() {
        // F 3 (3 orders), M 2 (95.5) -> 2.5
        assertThat(SCORING.fm().valueOf(customer("c", 10, 3, 95.5), CONTEXT)).contains(2.5);
    }

    @Test
    void code_joins_the_three_scores() {
        // R 4, F 3, M 2 -> 432
        assertThat(SCORING.code().valueOf(customer("c", 10, 3, 95.5), CONTEXT)).contains(432.0);
    }

    @Test
    void negative_zero_breakpoints_equal_zero_breakpoints() {
        RfmScoring negative =
                RfmScoring.of(List.of(3.0, 2.0, 1.0, -0.0), List.of(1.0, 1.0, 1.0, 1.0), List.of(-0.0, 0.0, 0.0, 0.0));
        RfmScoring positive =
                RfmScoring.of(List.of(3.0, 2.0, 1.0, 0.0), List.of(1.0, 1.0, 1.0, 1.0), List.of(0.0, 0.0, 0.0, 0.0));

        assertThat(negative).isEqualTo(positive);
        assertThat(negative.monetary()).isEqualTo(positive.monetary());
    }

    @Test
    void of_rejects_the_wrong_number_of_breakpoints() {
        assertThatThrownBy(() ->
                        RfmScoring.of(List.of(3.0, 2.0, 1.0), List.of(1.0, 2.0, 3.0, 4.0), List.of(1.0, 2.0, 3.0, 4.0)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("recencyBreakpoints must hold 4 values but were [3.0, 2.0, 1.0]");
    }

    @Test
    void of_rejects_increasing_recency_breakpoints() {
        assertThatThrownBy(() -> RfmScoring.of(
                        List.of(1.0, 2.0, 3.0, 4.0), List.of(1.0, 2.0, 3.0, 4.0), List.of(1.0, 2.0, 3.0, 4.0)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("recencyBreakpoints must be non-increasing but were [1.0, 2.0, 3.0, 4.0]");
    }

    @Test
    void of_rejects_decreasing_monetary_breakpoints() {
        assertThatThrownBy(() -> RfmScoring.of(
                        List.of(4.0, 3.0, 2.0, 1.0), List.of(1.0, 2.0, 3.0, 4.0), List.of(1.0, 2.0, 5.0, 4.0)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("monetaryBreakpoints must be non-decreasing but were [1.0, 2.0, 5.0, 4.0]");
    }

    @Test
    void of_rejects_non_finite_breakpoints() {
        assertThatThrownBy(() -> RfmScoring.of(
                        List.of(4.0, 3.0, 2.0, 1.0),
                        List.of(1.0, 2.0, 3.0, Double.POSITIVE_INFINITY),
                        List.of(1.0, 2.0, 3.0, 4.0)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("frequencyBreakpoints must be finite but were [1.0, 2.0, 3.0, Infinity]");
    }

    @Test
    void of_rejects_null_breakpoints() {
        assertThatThrownBy(() -> RfmScoring.of(
                        List.of(4.0, 3.0, 2.0, 1.0), Arrays.asList(1.0, null, 3.0, 4.0), List.of(1.0, 2.0, 3.0, 4.0)))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("frequencyBreakpoints[1]");
        assertThatThrownBy(() -> RfmScoring.of(null, List.of(1.0, 2.0, 3.0, 4.0), List.of(1.0, 2.0, 3.0, 4.0)))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("recencyBreakpoints");
    }

    @Test
    void breakpoint_lists_are_immutable() {
        List<Double> breakpoints = SCORING.monetaryBreakpoints();

        assertThatThrownBy(() -> breakpoints.set(0, 1.0)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void segment_returns_the_named_segment_of_the_list() {
        assertThat(SCORING.segment(RfmSegment.AT_RISK))
                .isSameAs(SCORING.namedSegments().get(7));
        assertThat(SCORING.segment(RfmSegment.AT_RISK).name()).contains("At Risk");
    }

    @Test
    void named_segments_print_as_query_text() {
        assertThat(SCORING.segment(RfmSegment.CHAMPIONS).toString())
                .isEqualTo("rfm_recency(90, 45, 20, 7) BETWEEN 4 AND 5"
                        + " AND rfm_fm(1, 2, 3, 5, 40, 95.5, 180, 400) BETWEEN 4 AND 5");
        assertThat(SCORING.segment(RfmSegment.NEW_CUSTOMERS).toString())
                .isEqualTo(
                        "rfm_recency(90, 45, 20, 7) = 5 AND rfm_fm(1, 2, 3, 5, 40, 95.5, 180, 400) BETWEEN 1 AND 1.5");
    }

    @Test
    void named_segments_parse_back_with_a_registry_that_knows_the_rfm_attributes() {
        SegmentParser<Customer> parser = SegmentQuery.parser(RfmScoring.addTo(AttributeRegistry.builtIn()));

        for (Segment<Customer> s : SCORING.namedSegments()) {
            assertThat(parser.parse(s.toString()).criterion()).isEqualTo(s.criterion());
        }
    }

    @Test
    void every_rfm_attribute_parses_back() {
        SegmentParser<Customer> parser = SegmentQuery.parser(RfmScoring.addTo(AttributeRegistry.builtIn()));
        List<Segment<Customer>> segments = List.of(
                Segment.where(SCORING.frequency().atLeast(4)),
                Segment.where(SCORING.monetary().is(5)),
                Segment.where(SCORING.code().in(555, 554)));

        for (Segment<Customer> s : segments) {
            assertThat(parser.parse(s.toString())).isEqualTo(s);
        }
    }

    @Test
    void the_registry_rejects_disordered_breakpoints() {
        SegmentParser<Customer> parser = SegmentQuery.parser(RfmScoring.addTo(AttributeRegistry.builtIn()));

        assertThatThrownBy(() -> parser.parse("rfm_recency(1, 2, 3, 4) >= 4"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(
                        "rfm_recency recency breakpoints must be non-increasing but were [1.0, 2.0, 3.0, 4.0]");
    }

    @Test
    void the_registry_rejects_the_wrong_number_of_breakpoints() {
        SegmentParser<Customer> parser = SegmentQuery.parser(RfmScoring.addTo(AttributeRegistry.builtIn()));

        assertThatThrownBy(() -> parser.parse("rfm_fm(1, 2, 3, 4) >= 4"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'rfm_fm' takes 8 positional arguments but got 4");
    }

    @Test
    void add_to_rejects_a_registry_that_already_has_the_names() {
        AttributeRegistry<Customer> once = RfmScoring.addTo(AttributeRegistry.builtIn());

        assertThatThrownBy(() -> RfmScoring.addTo(once))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("attribute 'rfm_recency' is already registered");
    }

    @Test
    void to_string_lists_the_breakpoints() {
        assertThat(SCORING.toString())
                .isEqualTo("RfmScoring[recency [90.0, 45.0, 20.0, 7.0], frequency [1.0, 2.0, 3.0, 5.0],"
                        + " monetary [40.0, 95.5, 180.0, 400.0]]");
    }

    @Test
    void explanations_show_the_scores_against_the_rule() {
        // R 4 (10 days), FM 2.5 (F 3, M 2): not a Champion because FM 2.5 is not between 4 and 5
        Customer c = customer("c", 10, 3, 95.5);

        String explained = SegmentMatcher.of(SCORING.segment(RfmSegment.CHAMPIONS))
                .explain(c, CONTEXT)
                .toString();

        assertThat(explained).contains("rfm_recency(90, 45, 20, 7)", "rfm_fm(1, 2, 3, 5, 40, 95.5, 180, 400)", "2.5");
    }
}
