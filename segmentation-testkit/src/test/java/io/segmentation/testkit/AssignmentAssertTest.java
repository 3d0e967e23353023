package io.segmentation.testkit;

import static io.segmentation.testkit.AssertionSamples.ANNA;
import static io.segmentation.testkit.AssertionSamples.BOB;
import static io.segmentation.testkit.AssertionSamples.GERMANS;
import static io.segmentation.testkit.AssertionSamples.NOBODY;
import static io.segmentation.testkit.AssertionSamples.REPEAT;
import static io.segmentation.testkit.AssertionSamples.YOUNG;
import static io.segmentation.testkit.AssertionSamples.YOUNG_REPEAT;
import static io.segmentation.testkit.SegmentationAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.segmentation.customer.Customer;
import io.segmentation.engine.Assignment;
import io.segmentation.engine.AssignmentMode;
import io.segmentation.engine.SegmentEngine;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Engine order (priority): repeat, young, germans. Anna matches young and germans, Bob repeat, Nobody none; so
 * exclusively Anna goes to young (repeat does not match her), Bob to repeat, Nobody nowhere.
 */
class AssignmentAssertTest {

    private static final SegmentEngine<Customer> ENGINE = SegmentEngine.of(REPEAT, YOUNG, GERMANS);
    private static final List<Customer> CUSTOMERS = List.of(ANNA, BOB, NOBODY);

    private static final Assignment<Customer> EXCLUSIVE =
            ENGINE.assign(CUSTOMERS, TestKit.defaultContext(), AssignmentMode.EXCLUSIVE);
    private static final Assignment<Customer> OVERLAPPING =
            ENGINE.assign(CUSTOMERS, TestKit.defaultContext(), AssignmentMode.OVERLAPPING);

    private static final Customer STRANGER = Customer.builder("c-99").build();

    @Test
    void is_exclusive_passes_for_an_exclusive_assignment() {
        assertThat(EXCLUSIVE).isExclusive();
    }

    @Test
    void is_exclusive_fails_for_an_overlapping_assignment() {
        assertThatThrownBy(() -> assertThat(OVERLAPPING).isExclusive())
                .isInstanceOf(AssertionError.class)
                .hasMessage("\nExpecting " + OVERLAPPING + "\nto be EXCLUSIVE, but it is OVERLAPPING");
    }

    @Test
    void is_overlapping_passes_for_an_overlapping_assignment() {
        assertThat(OVERLAPPING).isOverlapping().hasMode(AssignmentMode.OVERLAPPING);
    }

    @Test
    void is_overlapping_fails_for_an_exclusive_assignment() {
        assertThatThrownBy(() -> assertThat(EXCLUSIVE).isOverlapping())
                .hasMessageContaining("to be OVERLAPPING, but it is EXCLUSIVE");
    }

    @Test
    void has_total_passes_for_the_number_of_subjects() {
        assertThat(EXCLUSIVE).hasTotal(3);
    }

    @Test
    void has_total_fails_with_the_actual_number() {
        assertThatThrownBy(() -> assertThat(EXCLUSIVE).hasTotal(4))
                .hasMessageContaining("to have assigned 4 subjects, but it assigned 3");
    }

    @Test
    void has_size_passes_for_a_segment_size() {
        // Overlapping: young holds Anna only, germans Anna only, repeat Bob only.
        assertThat(OVERLAPPING).hasSize(YOUNG, 1).hasSize(GERMANS, 1).hasSize(REPEAT, 1);
    }

    @Test
    void has_size_fails_listing_the_members() {
        assertThatThrownBy(() -> assertThat(EXCLUSIVE).hasSize(YOUNG, 2))
                .hasMessageContaining(
                        "to have 2 members in segment 'young': age BETWEEN 18 AND 25\n" + "but it has 1: 'c-42'");
    }

    @Test
    void has_unassigned_passes_for_the_count() {
        assertThat(EXCLUSIVE).hasUnassigned(1);
    }

    @Test
    void has_unassigned_fails_listing_the_unassigned() {
        assertThatThrownBy(() -> assertThat(EXCLUSIVE).hasUnassigned(0))
                .hasMessageContaining("to leave 0 subjects unassigned, but it left 1: 'c-0'");
    }

    @Test
    void assigns_passes_for_a_member() {
        assertThat(EXCLUSIVE).assigns(ANNA, YOUNG).assigns(BOB, REPEAT);
    }

    @Test
    void assigns_fails_saying_where_the_subject_went() {
        assertThatThrownBy(() -> assertThat(EXCLUSIVE).assigns(ANNA, GERMANS))
                .hasMessageContaining("to assign customer 'c-42' to segment 'germans': country = 'DE'\n"
                        + "but it assigned it to ['young']");
    }

    @Test
    void assigns_fails_for_an_unassigned_subject() {
        assertThatThrownBy(() -> assertThat(EXCLUSIVE).assigns(NOBODY, YOUNG))
                .hasMessageContaining("but it left it unassigned");
    }

    @Test
    void assigns_fails_for_a_subject_that_was_not_assigned_at_all() {
        assertThatThrownBy(() -> assertThat(EXCLUSIVE).assigns(STRANGER, YOUNG))
                .hasMessageContaining("but it is not one of the 3 subjects assigned");
    }

    @Test
    void does_not_assign_passes_for_a_non_member() {
        assertThat(EXCLUSIVE).doesNotAssign(ANNA, GERMANS);
    }

    @Test
    void does_not_assign_fails_for_a_member() {
        assertThatThrownBy(() -> assertThat(OVERLAPPING).doesNotAssign(ANNA, GERMANS))
                .hasMessageContaining("not to assign customer 'c-42' to segment 'germans': country = 'DE'\nbut it did");
    }

    @Test
    void has_segments_of_passes_for_the_exact_segments_in_any_order() {
        assertThat(OVERLAPPING).hasSegmentsOf(ANNA, GERMANS, YOUNG).hasSegmentsOf(BOB, List.of(REPEAT));
    }

    @Test
    void has_segments_of_fails_for_a_subset() {
        assertThatThrownBy(() -> assertThat(OVERLAPPING).hasSegmentsOf(ANNA, YOUNG))
                .hasMessageContaining("to assign customer 'c-42' to exactly the segments ['young']\n"
                        + "but it assigned it to ['young', 'germans']");
    }

    @Test
    void has_segments_of_rejects_no_segments() {
        assertThatThrownBy(() -> assertThat(OVERLAPPING).hasSegmentsOf(ANNA, List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("use leavesUnassigned");
    }

    @Test
    void leaves_unassigned_passes_for_an_unassigned_subject() {
        assertThat(EXCLUSIVE).leavesUnassigned(NOBODY);
    }

    @Test
    void leaves_unassigned_fails_for_an_assigned_subject() {
        assertThatThrownBy(() -> assertThat(EXCLUSIVE).leavesUnassigned(BOB))
                .hasMessageContaining("to leave customer 'c-7' unassigned\nbut it assigned it to ['repeat']");
    }

    @Test
    void leaves_unassigned_fails_for_a_subject_that_was_not_assigned_at_all() {
        assertThatThrownBy(() -> assertThat(EXCLUSIVE).leavesUnassigned(STRANGER))
                .hasMessageContaining("but it is not one of the 3 subjects assigned");
    }

    @Test
    void a_segment_outside_the_assignment_fails_naming_its_segments() {
        assertThatThrownBy(() -> assertThat(EXCLUSIVE).hasSize(YOUNG_REPEAT, 0))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("to have segment 'young-repeat': age BETWEEN 18 AND 25 AND purchases >= 3\n"
                        + "but its segments are ['repeat', 'young', 'germans']");
    }
}
