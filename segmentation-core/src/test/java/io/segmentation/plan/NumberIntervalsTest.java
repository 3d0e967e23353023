package io.segmentation.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import io.segmentation.NumberCondition;
import io.segmentation.plan.NumberIntervals.Interval;
import java.util.List;
import org.junit.jupiter.api.Test;

class NumberIntervalsTest {

    @Test
    void operators_keep_their_bounds_as_written() {
        assertThat(new NumberCondition.Between(18, 25).intervals()).hasToString("[18.0, 25.0]");
        assertThat(new NumberCondition.GreaterThan(5).intervals()).hasToString("(5.0, +Infinity]");
        assertThat(new NumberCondition.LessThan(5).intervals()).hasToString("[-Infinity, 5.0)");
        assertThat(NumberCondition.In.of(3, 1, 2).intervals()).hasToString("[1.0, 1.0], [2.0, 2.0], [3.0, 3.0]");
    }

    @Test
    void in_is_a_set_of_points() {
        NumberIntervals points = NumberCondition.In.of(3, 1, 2).intervals();

        assertThat(points.isPoints()).isTrue();
        assertThat(new NumberCondition.Between(1, 3).intervals().isPoints()).isFalse();
    }

    @Test
    void complement_of_between_is_below_or_above() {
        assertThat(new NumberCondition.Between(18, 25).intervals().complement())
                .hasToString("[-Infinity, 18.0), (25.0, +Infinity]");
    }

    @Test
    void complement_of_everything_is_nothing() {
        assertThat(NumberIntervals.all().complement()).isEqualTo(NumberIntervals.none());
        assertThat(NumberIntervals.none().complement().isAll()).isTrue();
    }

    @Test
    void negative_zero_is_zero() {
        NumberIntervals zero = new NumberCondition.Is(-0.0).intervals();

        assertThat(zero.contains(0.0)).isTrue();
        assertThat(zero.contains(-0.0)).isTrue();
        assertThat(zero.intervals().get(0).lower()).isEqualTo(0.0);
        assertThat(new NumberCondition.GreaterThan(0).intervals().contains(-0.0))
                .isFalse();
    }

    @Test
    void infinities_are_values_like_any_other() {
        NumberIntervals atLeast = new NumberCondition.AtLeast(5).intervals();

        assertThat(atLeast.contains(Double.POSITIVE_INFINITY)).isTrue();
        assertThat(atLeast.contains(Double.NEGATIVE_INFINITY)).isFalse();
        assertThat(atLeast.intervals().get(0).hasUpperBound()).isFalse();
        assertThat(atLeast.intervals().get(0).hasLowerBound()).isTrue();
    }

    @Test
    void nan_is_never_contained() {
        assertThat(NumberIntervals.all().contains(Double.NaN)).isFalse();
        assertThat(NumberIntervals.all().complement().contains(Double.NaN)).isFalse();
    }

    @Test
    void overlapping_and_adjacent_intervals_merge() {
        NumberIntervals merged = NumberIntervals.of(
                Interval.closed(1, 3), Interval.closed(2, 5), new Interval(5, false, 6, true), Interval.point(8));

        assertThat(merged).hasToString("[1.0, 6.0], [8.0, 8.0]");
        assertThat(NumberIntervals.of(Interval.point(0), Interval.atLeast(Double.MIN_VALUE)))
                .hasToString("[0.0, +Infinity]");
    }

    @Test
    void the_closed_form_is_exact_over_doubles() {
        Interval above = Interval.greaterThan(5);

        assertThat(above.lowestIncluded()).isEqualTo(Math.nextUp(5.0));
        assertThat(Interval.lessThan(5).highestIncluded()).isEqualTo(Math.nextDown(5.0));
    }

    @Test
    void endpoints_are_the_finite_bounds() {
        assertThat(new NumberCondition.Between(18, 25).intervals().complement().endpoints())
                .containsExactly(18.0, 25.0);
    }

    @Test
    void an_interval_without_a_double_is_refused() {
        assertThatThrownBy(() -> new Interval(1, false, 1, true))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("interval (1.0, 1.0] contains no number");
        assertThatThrownBy(() -> new Interval(1, false, Math.nextUp(1.0), false))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Interval.closed(2, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Interval.point(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void unions_are_equal_when_they_hold_the_same_doubles() {
        new EqualsTester()
                .addEqualityGroup(
                        NumberIntervals.of(Interval.greaterThan(5)),
                        NumberIntervals.of(Interval.atLeast(Math.nextUp(5.0))),
                        new NumberCondition.GreaterThan(5).intervals())
                .addEqualityGroup(NumberIntervals.of(Interval.atLeast(5)))
                .addEqualityGroup(
                        NumberIntervals.points(List.of(1.0, 2.0)),
                        NumberCondition.In.of(2, 1).intervals())
                .addEqualityGroup(NumberIntervals.none(), NumberIntervals.of())
                .testEquals();
    }
}
