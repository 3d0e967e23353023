package io.segmentation.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.segmentation.EvaluationContext;
import io.segmentation.Segment;
import io.segmentation.customer.Customer;
import io.segmentation.engine.Assignment;
import io.segmentation.engine.AssignmentMode;
import io.segmentation.engine.SegmentEngine;
import io.segmentation.examples.ExampleSegments.Example;
import io.segmentation.examples.data.SampleData;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The order of exclusive assignment in the examples: specific segments before broad ones. */
class ExampleSegmentsPriorityTest {

    private static final List<Customer> CUSTOMERS = SampleData.load();
    private static final EvaluationContext JUNE = EvaluationContext.asOf(Tour.AS_OF);

    private static Assignment<Customer> exclusive(List<Segment<Customer>> order) {
        return SegmentEngine.of(order).assign(CUSTOMERS, JUNE, AssignmentMode.EXCLUSIVE);
    }

    @Test
    void priority_holds_every_example_segment_once() {
        assertThat(ExampleSegments.PRIORITY)
                .doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(
                        ExampleSegments.ALL.stream().map(Example::segment).toList());
    }

    @Test
    void in_priority_order_near_berlin_and_dach_high_value_email_get_members() {
        Assignment<Customer> assignment = exclusive(ExampleSegments.PRIORITY);

        assertThat(assignment.members(ExampleSegments.NEAR_BERLIN)).isNotEmpty();
        assertThat(assignment.members(ExampleSegments.DACH_HIGH_VALUE_EMAIL)).isNotEmpty();
    }

    @Test
    void in_priority_order_every_example_segment_gets_members() {
        Assignment<Customer> assignment = exclusive(ExampleSegments.PRIORITY);

        for (Segment<Customer> segment : ExampleSegments.PRIORITY) {
            assertThat(assignment.members(segment))
                    .as(segment.name().orElseThrow())
                    .isNotEmpty();
        }
    }

    @Test
    void the_broad_dach_first_leaves_the_segments_inside_it_empty() {
        // Why the order matters: the tour's display order starts with the broad dach.
        Assignment<Customer> assignment =
                exclusive(ExampleSegments.ALL.stream().map(Example::segment).toList());

        assertThat(assignment.members(ExampleSegments.NEAR_BERLIN)).isEmpty();
        assertThat(assignment.members(ExampleSegments.DACH_HIGH_VALUE_EMAIL)).isEmpty();
    }
}
