package io.segmentation.attribute;

import static io.segmentation.Attributes.not;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.NullPointerTester;
import io.segmentation.Criterion;
import io.segmentation.EvaluationContext;
import io.segmentation.Segment;
import io.segmentation.engine.SegmentMatcher;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class BooleanAttributeTest {

    private static final EvaluationContext CONTEXT = EvaluationContext.asOf(Instant.parse("2026-06-01T00:00:00Z"));

    private record Sample(Boolean flag) {}

    private static final BooleanAttribute<Sample> FLAG = Attribute.bool("flag", Sample::flag);

    private static boolean holds(Criterion<Sample> criterion, Boolean flag) {
        return SegmentMatcher.of(Segment.where(criterion)).matches(new Sample(flag), CONTEXT);
    }

    @Test
    void is_true_holds_for_true_only() {
        assertThat(holds(FLAG.isTrue(), true)).isTrue();
        assertThat(holds(FLAG.isTrue(), false)).isFalse();
    }

    @Test
    void is_false_holds_for_false_only() {
        assertThat(holds(FLAG.isFalse(), false)).isTrue();
        assertThat(holds(FLAG.isFalse(), true)).isFalse();
    }

    @Test
    void is_compares_with_the_given_value() {
        assertThat(holds(FLAG.is(true), true)).isTrue();
        assertThat(holds(FLAG.is(false), true)).isFalse();
    }

    @Test
    void is_true_equals_is_of_true() {
        assertThat(FLAG.isTrue()).isEqualTo(FLAG.is(true));
        assertThat(FLAG.isFalse()).isEqualTo(FLAG.is(false));
    }

    @Test
    void a_missing_value_is_neither_true_nor_false() {
        assertThat(holds(FLAG.isTrue(), null)).isFalse();
        assertThat(holds(FLAG.isFalse(), null)).isFalse();
    }

    @Test
    void not_is_true_holds_for_a_missing_value() {
        assertThat(holds(not(FLAG.isTrue()), null)).isTrue();
    }

    @Test
    void is_present_holds_for_a_value_and_is_missing_for_none() {
        assertThat(holds(FLAG.isPresent(), false)).isTrue();
        assertThat(holds(FLAG.isPresent(), null)).isFalse();
        assertThat(holds(FLAG.isMissing(), null)).isTrue();
        assertThat(holds(FLAG.isMissing(), true)).isFalse();
    }

    @Test
    void null_pointer_tester_finds_every_reference_parameter_checked() {
        NullPointerTester tester = new NullPointerTester()
                .setDefault(EvaluationContext.class, CONTEXT)
                .setDefault(Object.class, new Sample(true));
        NumberAttributeTest.ignoreReaders(tester, FLAG);
        tester.testAllPublicInstanceMethods(FLAG);
    }
}
