package io.segmentation.attribute;

import static io.segmentation.Attributes.age;
import static io.segmentation.Attributes.not;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.NullPointerTester;
import io.segmentation.Criterion;
import io.segmentation.EvaluationContext;
import io.segmentation.Segment;
import io.segmentation.engine.SegmentMatcher;
import java.lang.reflect.Method;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.junit.jupiter.api.Test;

class NumberAttributeTest {

    private static final EvaluationContext CONTEXT = EvaluationContext.asOf(Instant.parse("2026-06-01T00:00:00Z"));

    private record Sample(Double score) {}

    private static final NumberAttribute<Sample> SCORE = Attribute.number("score", Sample::score);

    private static boolean holds(Criterion<Sample> criterion, Double score) {
        return SegmentMatcher.of(Segment.where(criterion)).matches(new Sample(score), CONTEXT);
    }

    @Test
    void between_is_closed_at_both_ends() {
        Criterion<Sample> c = SCORE.between(18, 25);

        assertThat(holds(c, 18.0)).isTrue();
        assertThat(holds(c, 25.0)).isTrue();
        assertThat(holds(c, 21.5)).isTrue();
    }

    @Test
    void between_excludes_values_outside_the_bounds() {
        Criterion<Sample> c = SCORE.between(18, 25);

        assertThat(holds(c, Math.nextDown(18.0))).isFalse();
        assertThat(holds(c, Math.nextUp(25.0))).isFalse();
    }

    @Test
    void between_accepts_equal_bounds() {
        assertThat(holds(SCORE.between(3, 3), 3.0)).isTrue();
    }

    @Test
    void at_least_is_inclusive() {
        assertThat(holds(SCORE.atLeast(3), 3.0)).isTrue();
        assertThat(holds(SCORE.atLeast(3), 2.999)).isFalse();
    }

    @Test
    void at_most_is_inclusive() {
        assertThat(holds(SCORE.atMost(3), 3.0)).isTrue();
        assertThat(holds(SCORE.atMost(3), 3.001)).isFalse();
    }

    @Test
    void greater_than_is_exclusive() {
        assertThat(holds(SCORE.greaterThan(3), 3.0)).isFalse();
        assertThat(holds(SCORE.greaterThan(3), Math.nextUp(3.0))).isTrue();
    }

    @Test
    void less_than_is_exclusive() {
        assertThat(holds(SCORE.lessThan(3), 3.0)).isFalse();
        assertThat(holds(SCORE.lessThan(3), Math.nextDown(3.0))).isTrue();
    }

    @Test
    void is_matches_the_exact_value_only() {
        assertThat(holds(SCORE.is(3), 3.0)).isTrue();
        assertThat(holds(SCORE.is(3), 3.0000001)).isFalse();
    }

    @Test
    void is_treats_negative_zero_as_zero() {
        assertThat(holds(SCORE.is(-0.0), 0.0)).isTrue();
        assertThat(SCORE.is(-0.0)).isEqualTo(SCORE.is(0.0));
    }

    @Test
    void in_matches_any_listed_value() {
        Criterion<Sample> c = SCORE.in(10, 50, 250);

        assertThat(holds(c, 10.0)).isTrue();
        assertThat(holds(c, 250.0)).isTrue();
        assertThat(holds(c, 11.0)).isFalse();
    }

    @Test
    void in_treats_negative_zero_as_zero() {
        assertThat(holds(SCORE.in(-0.0), 0.0)).isTrue();
        assertThat(holds(SCORE.in(0.0), -0.0)).isTrue();
    }

    @Test
    void in_of_a_collection_equals_in_of_varargs() {
        assertThat(SCORE.in(List.of(10, 50L, 250.0))).isEqualTo(SCORE.in(10, 50, 250));
    }

    @Test
    void every_comparison_on_a_missing_value_is_false() {
        List<Criterion<Sample>> comparisons = List.of(
                SCORE.between(-1e9, 1e9),
                SCORE.atLeast(-1e9),
                SCORE.atMost(1e9),
                SCORE.greaterThan(-1e9),
                SCORE.lessThan(1e9),
                SCORE.is(0),
                SCORE.in(0, 1));

        assertThat(comparisons).allSatisfy(c -> assertThat(holds(c, null)).isFalse());
    }

    @Test
    void not_of_a_comparison_on_a_missing_value_is_true() {
        assertThat(holds(not(SCORE.atLeast(18)), null)).isTrue();
        assertThat(holds(not(SCORE.lessThan(18)), null)).isTrue();
    }

    @Test
    void is_present_holds_for_a_value_and_is_missing_for_none() {
        assertThat(holds(SCORE.isPresent(), 0.0)).isTrue();
        assertThat(holds(SCORE.isPresent(), null)).isFalse();
        assertThat(holds(SCORE.isMissing(), null)).isTrue();
        assertThat(holds(SCORE.isMissing(), 0.0)).isFalse();
    }

    @Test
    void a_nan_read_is_missing() {
        NumberAttribute<Sample> nan = Attribute.number("nan", s -> Double.NaN);

        assertThat(SegmentMatcher.of(Segment.where(nan.isMissing())).matches(new Sample(1.0), CONTEXT))
                .isTrue();
        assertThat(nan.valueOf(new Sample(1.0), CONTEXT)).isEmpty();
    }

    @Test
    void read_double_returns_nan_when_missing() {
        assertThat(SCORE.readDouble(new Sample(null), CONTEXT)).isNaN();
        assertThat(SCORE.readDouble(new Sample(2.5), CONTEXT)).isEqualTo(2.5);
    }

    @Test
    void between_rejects_reversed_bounds_naming_attribute() {
        assertThatThrownBy(() -> age().between(25, 18))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("between(25, 18)")
                .hasMessageContaining("25")
                .hasMessageContaining("18")
                .hasMessageContaining("'age'");
    }

    @Test
    void between_rejects_reversed_bounds_with_the_documented_message() {
        assertThatThrownBy(() -> age().between(25, 18))
                .hasMessage("between(25, 18): lower bound 25 exceeds upper bound 18 for attribute 'age'");
    }

    @Test
    void between_rejects_nan_bound() {
        assertThatThrownBy(() -> age().between(Double.NaN, 18))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("NaN")
                .hasMessageContaining("'age'");
    }

    @Test
    void at_least_rejects_nan() {
        assertThatThrownBy(() -> age().atLeast(Double.NaN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("atLeast(NaN)")
                .hasMessageContaining("finite")
                .hasMessageContaining("'age'");
    }

    @Test
    void at_most_rejects_positive_infinity() {
        assertThatThrownBy(() -> age().atMost(Double.POSITIVE_INFINITY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Infinity")
                .hasMessageContaining("'age'");
    }

    @Test
    void greater_than_rejects_negative_infinity() {
        assertThatThrownBy(() -> age().greaterThan(Double.NEGATIVE_INFINITY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-Infinity")
                .hasMessageContaining("'age'");
    }

    @Test
    void less_than_rejects_nan() {
        assertThatThrownBy(() -> age().lessThan(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void is_rejects_infinity() {
        assertThatThrownBy(() -> age().is(Double.POSITIVE_INFINITY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is(Infinity)");
    }

    @Test
    void in_rejects_a_non_finite_value() {
        assertThatThrownBy(() -> age().in(18, Double.NaN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("in(18, NaN)")
                .hasMessageContaining("'age'");
    }

    @Test
    void in_rejects_no_values_naming_attribute() {
        assertThatThrownBy(() -> age().in())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("in()")
                .hasMessageContaining("empty")
                .hasMessageContaining("'age'");
    }

    @Test
    void in_rejects_an_empty_collection() {
        assertThatThrownBy(() -> age().in(List.<Integer>of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'age'");
    }

    @Test
    void in_rejects_a_null_element_of_a_collection() {
        Collection<Integer> withNull = Arrays.asList(1, null);

        assertThatThrownBy(() -> age().in(withNull))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("'age'");
    }

    @Test
    void in_rejects_a_null_array() {
        assertThatThrownBy(() -> age().in((double[]) null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void attribute_number_rejects_a_name_that_is_not_an_identifier() {
        assertThatThrownBy(() -> Attribute.number("total spent", Sample::score))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'total spent'")
                .hasMessageContaining("identifier");
    }

    @Test
    void null_pointer_tester_finds_every_reference_parameter_checked() {
        NullPointerTester tester = new NullPointerTester()
                .setDefault(EvaluationContext.class, CONTEXT)
                .setDefault(Object.class, new Sample(1.0));
        ignoreReaders(tester, SCORE);
        tester.testAllPublicInstanceMethods(SCORE);
    }

    // read and readDouble are the engine's unchecked hot path; valueOf is their null-checked front.
    static void ignoreReaders(NullPointerTester tester, Attribute<?, ?> attribute) {
        for (Class<?> c = attribute.getClass(); c != null; c = c.getSuperclass()) {
            for (Method m : c.getDeclaredMethods()) {
                if (m.getName().equals("read") || m.getName().equals("readDouble")) {
                    tester.ignore(m);
                }
            }
        }
    }
}
