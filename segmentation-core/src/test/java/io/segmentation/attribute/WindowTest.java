package io.segmentation.attribute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.segmentation.EvaluationContext;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class WindowTest {

    private static final Instant AS_OF = Instant.parse("2026-06-01T00:00:00Z");
    private static final EvaluationContext CONTEXT = EvaluationContext.asOf(AS_OF);
    private static final Duration DAYS_30 = Duration.ofDays(30);

    @Test
    void all_starts_at_the_beginning_of_time_and_ends_just_after_as_of() {
        assertThat(Window.all().start(CONTEXT)).isEqualTo(Instant.MIN);
        assertThat(Window.all().end(CONTEXT)).isEqualTo(AS_OF.plusNanos(1));
    }

    @Test
    void last_starts_the_duration_before_as_of_inclusive() {
        assertThat(Window.last(DAYS_30).start(CONTEXT)).isEqualTo(AS_OF.minus(DAYS_30));
    }

    @Test
    void last_ends_just_after_as_of_so_that_as_of_is_included() {
        assertThat(Window.last(DAYS_30).end(CONTEXT)).isEqualTo(AS_OF.plusNanos(1));
    }

    @Test
    void last_saturates_at_the_beginning_of_time_for_very_long_look_backs() {
        assertThat(Window.last(Duration.ofSeconds(Long.MAX_VALUE)).start(CONTEXT))
                .isEqualTo(Instant.MIN);
    }

    @Test
    void between_before_as_of_is_the_half_open_range_given() {
        Instant from = AS_OF.minus(DAYS_30);
        Instant to = AS_OF.minusSeconds(1);

        assertThat(Window.between(from, to).start(CONTEXT)).isEqualTo(from);
        assertThat(Window.between(from, to).end(CONTEXT)).isEqualTo(to);
    }

    @Test
    void between_is_cut_off_just_after_as_of() {
        Window w = Window.between(AS_OF.minus(DAYS_30), AS_OF.plus(DAYS_30));

        assertThat(w.end(CONTEXT)).isEqualTo(AS_OF.plusNanos(1));
    }

    @Test
    void between_entirely_after_as_of_is_empty() {
        Window w = Window.between(AS_OF.plus(DAYS_30), AS_OF.plus(Duration.ofDays(60)));

        assertThat(w.start(CONTEXT)).isEqualTo(w.end(CONTEXT));
    }

    @Test
    void last_rejects_a_zero_duration() {
        assertThatThrownBy(() -> Window.last(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("positive");
    }

    @Test
    void last_rejects_a_negative_duration() {
        assertThatThrownBy(() -> Window.last(Duration.ofDays(-30))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void between_rejects_a_start_after_the_end_naming_both() {
        Instant from = AS_OF;
        Instant to = AS_OF.minusSeconds(1);

        assertThatThrownBy(() -> Window.between(from, to))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(from.toString())
                .hasMessageContaining(to.toString());
    }

    @Test
    void between_accepts_equal_bounds_as_an_empty_window() {
        Window w = Window.between(AS_OF.minusSeconds(5), AS_OF.minusSeconds(5));

        assertThat(w.start(CONTEXT)).isEqualTo(w.end(CONTEXT));
    }

    @Test
    void windows_are_equal_by_value() {
        new EqualsTester()
                .addEqualityGroup(Window.all(), Window.all())
                .addEqualityGroup(Window.last(DAYS_30), Window.last(Duration.ofHours(720)))
                .addEqualityGroup(Window.last(Duration.ofDays(7)))
                .addEqualityGroup(Window.between(Instant.EPOCH, AS_OF), Window.between(Instant.EPOCH, AS_OF))
                .addEqualityGroup(Window.between(Instant.EPOCH, AS_OF.minusSeconds(1)))
                .testEquals();
    }

    @Test
    void null_pointer_tester_on_the_factories_and_records() {
        NullPointerTester tester = new NullPointerTester()
                .setDefault(Duration.class, DAYS_30)
                .setDefault(EvaluationContext.class, CONTEXT);
        tester.testAllPublicStaticMethods(Window.class);
        tester.testAllPublicConstructors(Window.Last.class);
        tester.testAllPublicConstructors(Window.Between.class);
        tester.testAllPublicInstanceMethods(Window.last(DAYS_30));
        tester.testAllPublicInstanceMethods(Window.between(Instant.EPOCH, AS_OF));
    }
}
