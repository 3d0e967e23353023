package io.segmentation.attribute;

import static io.segmentation.Attributes.lastPurchase;
import static io.segmentation.Attributes.not;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.NullPointerTester;
import io.segmentation.Criterion;
import io.segmentation.EvaluationContext;
import io.segmentation.Segment;
import io.segmentation.TimePoint;
import io.segmentation.engine.SegmentMatcher;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class InstantAttributeTest {

    private static final Instant AS_OF = Instant.parse("2026-06-01T00:00:00Z");
    private static final EvaluationContext CONTEXT = EvaluationContext.asOf(AS_OF);
    private static final Duration DAYS_30 = Duration.ofDays(30);
    private static final Instant T = Instant.parse("2026-05-10T12:00:00Z");

    private record Sample(Instant at) {}

    private static final InstantAttribute<Sample> AT = Attribute.instant("at", Sample::at);

    private static boolean holds(Criterion<Sample> criterion, Instant at) {
        return holds(criterion, at, CONTEXT);
    }

    private static boolean holds(Criterion<Sample> criterion, Instant at, EvaluationContext context) {
        return SegmentMatcher.of(Segment.where(criterion)).matches(new Sample(at), context);
    }

    @Test
    void before_is_strict() {
        assertThat(holds(AT.before(T), T)).isFalse();
        assertThat(holds(AT.before(T), T.minusNanos(1))).isTrue();
        assertThat(holds(AT.before(T), T.plusNanos(1))).isFalse();
    }

    @Test
    void after_is_strict() {
        assertThat(holds(AT.after(T), T)).isFalse();
        assertThat(holds(AT.after(T), T.plusNanos(1))).isTrue();
        assertThat(holds(AT.after(T), T.minusNanos(1))).isFalse();
    }

    @Test
    void between_is_closed_at_both_ends() {
        Instant to = T.plusSeconds(60);
        Criterion<Sample> c = AT.between(T, to);

        assertThat(holds(c, T)).isTrue();
        assertThat(holds(c, to)).isTrue();
        assertThat(holds(c, T.plusSeconds(30))).isTrue();
    }

    @Test
    void between_excludes_instants_outside_the_bounds() {
        Instant to = T.plusSeconds(60);
        Criterion<Sample> c = AT.between(T, to);

        assertThat(holds(c, T.minusNanos(1))).isFalse();
        assertThat(holds(c, to.plusNanos(1))).isFalse();
    }

    @Test
    void between_accepts_equal_bounds() {
        assertThat(holds(AT.between(T, T), T)).isTrue();
    }

    @Test
    void between_rejects_reversed_bounds_naming_attribute_and_instants() {
        Instant earlier = T.minusSeconds(1);

        assertThatThrownBy(() -> lastPurchase().between(T, earlier))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(T.toString())
                .hasMessageContaining(earlier.toString())
                .hasMessageContaining("'last_purchase'");
    }

    @Test
    void within_includes_the_instant_exactly_the_duration_before_as_of() {
        assertThat(holds(AT.within(DAYS_30), AS_OF.minus(DAYS_30))).isTrue();
    }

    @Test
    void within_includes_as_of_itself() {
        assertThat(holds(AT.within(DAYS_30), AS_OF)).isTrue();
    }

    @Test
    void within_excludes_one_nanosecond_before_the_look_back() {
        assertThat(holds(AT.within(DAYS_30), AS_OF.minus(DAYS_30).minusNanos(1)))
                .isFalse();
    }

    @Test
    void within_is_false_after_as_of() {
        assertThat(holds(AT.within(DAYS_30), AS_OF.plusNanos(1))).isFalse();
    }

    @Test
    void within_is_measured_from_the_context_not_the_wall_clock() {
        EvaluationContext past = EvaluationContext.asOf(Instant.parse("2001-01-31T00:00:00Z"));

        assertThat(holds(AT.within(DAYS_30), Instant.parse("2001-01-15T00:00:00Z"), past))
                .isTrue();
    }

    @Test
    void more_than_ago_is_strict() {
        Criterion<Sample> c = AT.moreThan(DAYS_30).ago();

        assertThat(holds(c, AS_OF.minus(DAYS_30))).isFalse();
        assertThat(holds(c, AS_OF.minus(DAYS_30).minusNanos(1))).isTrue();
        assertThat(holds(c, AS_OF)).isFalse();
    }

    @Test
    void more_than_ago_equals_before_a_time_point_that_long_ago() {
        assertThat(AT.moreThan(DAYS_30).ago()).isEqualTo(AT.before(TimePoint.ago(DAYS_30)));
    }

    @Test
    void before_today_uses_the_start_of_the_day_in_the_context_zone() {
        Instant lateEvening = Instant.parse("2026-05-31T23:00:00Z");
        Instant noon = Instant.parse("2026-06-01T10:00:00Z");

        assertThat(holds(AT.before(TimePoint.today()), lateEvening, EvaluationContext.asOf(noon)))
                .isTrue();
        assertThat(holds(
                        AT.before(TimePoint.today()),
                        lateEvening,
                        EvaluationContext.asOf(noon, ZoneId.of("Europe/Berlin"))))
                .isFalse();
    }

    @Test
    void every_comparison_on_a_missing_value_is_false() {
        List<Criterion<Sample>> comparisons = List.of(
                AT.before(Instant.MAX),
                AT.after(Instant.MIN),
                AT.between(Instant.MIN, Instant.MAX),
                AT.within(Duration.ofDays(365_000)),
                AT.moreThan(Duration.ofNanos(1)).ago());

        assertThat(comparisons).allSatisfy(c -> assertThat(holds(c, null)).isFalse());
    }

    @Test
    void not_of_a_comparison_on_a_missing_value_is_true() {
        assertThat(holds(not(AT.within(DAYS_30)), null)).isTrue();
    }

    @Test
    void is_present_holds_for_a_value_and_is_missing_for_none() {
        assertThat(holds(AT.isPresent(), T)).isTrue();
        assertThat(holds(AT.isPresent(), null)).isFalse();
        assertThat(holds(AT.isMissing(), null)).isTrue();
        assertThat(holds(AT.isMissing(), T)).isFalse();
    }

    @Test
    void within_rejects_a_zero_duration_naming_attribute() {
        assertThatThrownBy(() -> lastPurchase().within(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("within(PT0S)")
                .hasMessageContaining("positive")
                .hasMessageContaining("'last_purchase'");
    }

    @Test
    void within_rejects_a_negative_duration() {
        assertThatThrownBy(() -> lastPurchase().within(Duration.ofDays(-1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("PT-24H");
    }

    @Test
    void more_than_ago_rejects_a_zero_duration_naming_attribute() {
        assertThatThrownBy(() -> lastPurchase().moreThan(Duration.ZERO).ago())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("positive")
                .hasMessageContaining("'last_purchase'");
    }

    @Test
    void within_rejects_null() {
        assertThatThrownBy(() -> lastPurchase().within(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("'last_purchase'");
    }

    @Test
    void before_rejects_a_null_instant() {
        assertThatThrownBy(() -> lastPurchase().before((Instant) null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void more_than_rejects_null() {
        assertThatThrownBy(() -> lastPurchase().moreThan(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void null_pointer_tester_finds_every_reference_parameter_checked() {
        NullPointerTester tester = new NullPointerTester()
                .setDefault(EvaluationContext.class, CONTEXT)
                .setDefault(TimePoint.class, TimePoint.now())
                .setDefault(Duration.class, DAYS_30)
                .setDefault(Object.class, new Sample(T));
        NumberAttributeTest.ignoreReaders(tester, AT);
        tester.testAllPublicInstanceMethods(AT);
    }
}
