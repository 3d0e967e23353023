package io.segmentation.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.segmentation.Criterion;
import io.segmentation.EvaluationContext;
import io.segmentation.Segment;
import io.segmentation.TimePoint;
import io.segmentation.attribute.Attribute;
import io.segmentation.attribute.InstantAttribute;
import io.segmentation.plan.Plan;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The compiled matcher tests instant bounds as the interpreter does, where a look-back saturates at Instant.MIN. */
class CompiledInstantBoundsTest {

    record Visit(Instant seen) {}

    private static final InstantAttribute<Visit> SEEN = Attribute.instant("seen", Visit::seen);
    private static final EvaluationContext CONTEXT = EvaluationContext.asOf(Instant.parse("2026-06-01T00:00:00Z"));
    private static final Duration FOREVER = Duration.ofSeconds(Long.MAX_VALUE);

    private static boolean compiled(Criterion<Visit> criterion, Instant seen) {
        return SegmentMatcher.of(Segment.where(criterion)).matches(new Visit(seen), CONTEXT);
    }

    private static boolean interpreted(Criterion<Visit> criterion, Instant seen) {
        return Plan.of(criterion).test(new Visit(seen), CONTEXT);
    }

    @Test
    void after_a_saturated_look_back_excludes_instant_min() {
        Criterion<Visit> after = SEEN.after(TimePoint.ago(FOREVER));

        assertThat(interpreted(after, Instant.MIN)).isFalse();
        assertThat(compiled(after, Instant.MIN)).isFalse();
        assertThat(compiled(after, Instant.MIN.plusNanos(1))).isTrue();
    }

    @Test
    void within_a_saturated_look_back_includes_instant_min() {
        Criterion<Visit> within = SEEN.within(FOREVER);

        assertThat(interpreted(within, Instant.MIN)).isTrue();
        assertThat(compiled(within, Instant.MIN)).isTrue();
    }

    @Test
    void between_an_in_step_and_a_fixed_bound_checks_both() {
        Criterion<Visit> between = SEEN.between(
                TimePoint.ago(Duration.ofDays(30)), TimePoint.at(CONTEXT.asOf().minus(Duration.ofDays(10))));

        for (int days : new int[] {31, 30, 20, 10, 9}) {
            Instant seen = CONTEXT.asOf().minus(Duration.ofDays(days));
            assertThat(compiled(between, seen)).as("%s days ago", days).isEqualTo(interpreted(between, seen));
        }
        assertThat(compiled(between, CONTEXT.asOf().minus(Duration.ofDays(20)))).isTrue();
        assertThat(compiled(between, CONTEXT.asOf().minus(Duration.ofDays(9)))).isFalse();
    }
}
