package io.segmentation;

import static io.segmentation.Attributes.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.segmentation.customer.Customer;
import io.segmentation.engine.MembershipTracker;
import io.segmentation.engine.SegmentEngine;
import io.segmentation.engine.SegmentMatcher;
import io.segmentation.index.PopulationIndex;
import io.segmentation.text.SegmentQuery;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Criteria are at most {@link Criterion#MAX_DEPTH} deep, and every path is safe up to that depth. */
class CriterionDepthTest {

    private static final EvaluationContext CONTEXT = EvaluationContext.asOf(Instant.parse("2026-01-01T00:00:00Z"));
    private static final Customer CUSTOMER =
            Customer.builder("c1").tags(List.of("x3")).build();

    /** A tree of the given depth alternating or, not and and, so that nothing flattens. */
    static Criterion<Customer> deep(int depth) {
        Criterion<Customer> c = age().atLeast(18);
        for (int level = 2; level <= depth; level++) {
            switch (level % 3) {
                case 0:
                    c = allOf(c, tags().contains("x" + level));
                    break;
                case 1:
                    c = anyOf(c, age().atMost(level));
                    break;
                default:
                    c = not(c);
            }
        }
        return c;
    }

    @Test
    void a_tree_at_the_depth_limit_can_be_built() {
        assertThat(deep(Criterion.MAX_DEPTH)).isNotNull();
    }

    @Test
    void not_one_level_over_the_limit_names_the_depth_and_the_limit() {
        Criterion<Customer> atLimit = not(deep(Criterion.MAX_DEPTH - 1));
        assertThatThrownBy(() -> not(atLimit))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not would nest criteria 1001 levels deep")
                .hasMessageContaining("limit of 1000");
    }

    @Test
    void building_ten_times_deeper_than_the_limit_fails_cleanly_at_the_limit() {
        assertThatThrownBy(() -> deep(10 * Criterion.MAX_DEPTH))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1001 levels deep");
    }

    @Test
    void and_and_or_count_their_deepest_operand() {
        Criterion<Customer> atLimit = not(deep(Criterion.MAX_DEPTH - 1));
        assertThatThrownBy(() -> allOf(atLimit, age().atLeast(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("and would nest");
        assertThatThrownBy(() -> anyOf(age().atLeast(1), atLimit))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("or would nest");
    }

    @Test
    void references_count_the_referenced_segment_s_depth() {
        Segment<Customer> base = Segment.where(deep(Criterion.MAX_DEPTH)).named("base");
        assertThatThrownBy(() -> inSegment(base))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("inSegment('base') would nest criteria 1001 levels deep");
    }

    @Test
    void a_chain_of_references_ten_times_the_limit_fails_cleanly() {
        assertThatThrownBy(() -> {
                    Segment<Customer> s = Segment.where(age().atLeast(18)).named("s0");
                    for (int i = 1; i < 10 * Criterion.MAX_DEPTH; i++) {
                        s = Segment.where(inSegment(s)).named("s" + i);
                    }
                })
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("over the limit of 1000");
    }

    @Test
    void every_path_handles_a_tree_at_the_depth_limit() {
        Criterion<Customer> criterion = deep(Criterion.MAX_DEPTH);
        Segment<Customer> segment = Segment.where(criterion).named("deep");
        Segment<Customer> twin = Segment.where(deep(Criterion.MAX_DEPTH)).named("deep");
        assertThat(segment.hashCode()).isEqualTo(twin.hashCode());
        assertThat(segment).isEqualTo(twin);
        boolean interpreted = SegmentMatcher.of(segment).matches(CUSTOMER, CONTEXT);
        assertThat(SegmentMatcher.of(segment).explain(CUSTOMER, CONTEXT).matched())
                .isEqualTo(interpreted);
        assertThat(SegmentEngine.of(List.of(segment))
                        .segmentsOf(CUSTOMER, CONTEXT)
                        .contains(segment))
                .isEqualTo(interpreted);
        assertThat(PopulationIndex.build(List.of(CUSTOMER), CONTEXT).count(segment))
                .isEqualTo(interpreted ? 1 : 0);
        MembershipTracker.over(SegmentEngine.of(List.of(segment))).update(CUSTOMER, CONTEXT.asOf());
        String text = SegmentQuery.toText(criterion);
        assertThat(segment.toString()).isEqualTo(text);
    }
}
