package io.segmentation.examples;

import static io.segmentation.testkit.SegmentationAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.segmentation.EvaluationContext;
import io.segmentation.Segment;
import io.segmentation.customer.Customer;
import io.segmentation.engine.SegmentEngine;
import io.segmentation.examples.ExampleSegments.Example;
import io.segmentation.testkit.BoundaryCase;
import io.segmentation.testkit.Fixtures;
import io.segmentation.testkit.SoftSegmentationAssertions;
import io.segmentation.testkit.UnsatisfiableSegmentException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The test kit as a user's test suite would use it: the example segments as fixtures — a customer in each segment, a
 * customer just outside, and the customers on every bound — checked with the test kit's assertions.
 */
class ExampleSegmentsFixturesTest {

    static Stream<Example> examples() {
        return ExampleSegments.ALL.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void fixtures_land_inside_and_outside_every_example_segment(Example example) {
        Segment<Customer> segment = example.segment();

        assertThat(Fixtures.customerIn(segment)).isIn(segment);
        assertThat(Fixtures.customerNotIn(segment)).isNotIn(segment);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void boundary_cases_say_what_the_engine_does(Example example) {
        SoftSegmentationAssertions softly = new SoftSegmentationAssertions();
        for (BoundaryCase boundary : Fixtures.boundaryCases(example.segment())) {
            if (boundary.expectedIn()) {
                softly.assertThat(boundary.customer()).isIn(example.segment());
            } else {
                softly.assertThat(boundary.customer()).isNotIn(example.segment());
            }
        }
        softly.assertAll();
    }

    @Test
    void active_spenders_have_a_bound_on_both_sides_of_two_orders_in_90_days() {
        List<String> descriptions = new ArrayList<>();
        Fixtures.boundaryCases(ExampleSegments.ACTIVE_SPENDERS).forEach(c -> descriptions.add(c.description()));

        assertThat(descriptions)
                .anySatisfy(d -> assertThat(d).contains("purchases").contains("= 2"));
        assertThat(descriptions).anySatisfy(d -> assertThat(d).contains("= 1"));
    }

    @Test
    void a_campaign_that_excludes_its_own_audience_is_reported_unsatisfiable() {
        Segment<Customer> broken = Segment.where(io.segmentation.Attributes.inSegment(ExampleSegments.DACH))
                .and(io.segmentation.Attributes.not(io.segmentation.Attributes.inSegment(ExampleSegments.DACH)))
                .named("dach-but-not-dach");

        assertThatThrownBy(() -> Fixtures.customerIn(broken)).isInstanceOf(UnsatisfiableSegmentException.class);
    }

    @Test
    void the_combined_segment_fixture_is_assigned_to_it_by_the_engine() {
        Customer customer = Fixtures.asOf(Tour.AS_OF).seed(7).customerIn(ExampleSegments.DACH_HIGH_VALUE_EMAIL);
        List<Segment<Customer>> segments = new ArrayList<>();
        ExampleSegments.ALL.forEach(e -> segments.add(e.segment()));

        assertThat(SegmentEngine.of(segments).segmentsOf(customer, EvaluationContext.asOf(Tour.AS_OF)))
                .contains(ExampleSegments.DACH, ExampleSegments.DACH_HIGH_VALUE_EMAIL);
    }
}
