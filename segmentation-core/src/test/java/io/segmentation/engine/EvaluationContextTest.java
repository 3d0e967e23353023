package io.segmentation.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.segmentation.EvaluationContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class EvaluationContextTest {

    private static final Instant AS_OF = Instant.parse("2026-06-01T00:00:00Z");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @Test
    void as_of_is_the_instant_given() {
        assertThat(EvaluationContext.asOf(AS_OF).asOf()).isEqualTo(AS_OF);
    }

    @Test
    void as_of_without_a_zone_counts_days_in_utc() {
        assertThat(EvaluationContext.asOf(AS_OF).zone()).isEqualTo(ZoneOffset.UTC);
    }

    @Test
    void zone_is_the_zone_given() {
        assertThat(EvaluationContext.asOf(AS_OF, BERLIN).zone()).isEqualTo(BERLIN);
    }

    @Test
    void today_is_the_date_of_as_of_in_utc() {
        assertThat(EvaluationContext.asOf(AS_OF).today()).isEqualTo(LocalDate.of(2026, 6, 1));
    }

    @Test
    void today_is_the_date_of_as_of_in_the_zone() {
        assertThat(EvaluationContext.asOf(AS_OF, NEW_YORK).today()).isEqualTo(LocalDate.of(2026, 5, 31));
    }

    @Test
    void today_changes_at_midnight_in_the_zone() {
        Instant beforeBerlinMidnight = Instant.parse("2026-05-31T21:59:59.999999999Z");

        assertThat(EvaluationContext.asOf(beforeBerlinMidnight, BERLIN).today()).isEqualTo(LocalDate.of(2026, 5, 31));
        assertThat(EvaluationContext.asOf(beforeBerlinMidnight.plusNanos(1), BERLIN)
                        .today())
                .isEqualTo(LocalDate.of(2026, 6, 1));
    }

    @Test
    void now_reads_the_instant_of_the_given_clock() {
        Clock fixed = Clock.fixed(Instant.parse("2001-02-03T04:05:06Z"), BERLIN);

        assertThat(EvaluationContext.now(fixed).asOf()).isEqualTo(Instant.parse("2001-02-03T04:05:06Z"));
    }

    @Test
    void now_takes_the_zone_of_the_given_clock() {
        Clock fixed = Clock.fixed(AS_OF, NEW_YORK);

        assertThat(EvaluationContext.now(fixed)).isEqualTo(EvaluationContext.asOf(AS_OF, NEW_YORK));
    }

    @Test
    void with_as_of_changes_the_instant_and_keeps_the_zone() {
        Instant later = AS_OF.plusSeconds(3600);

        EvaluationContext moved = EvaluationContext.asOf(AS_OF, BERLIN).withAsOf(later);

        assertThat(moved.asOf()).isEqualTo(later);
        assertThat(moved.zone()).isEqualTo(BERLIN);
    }

    @Test
    void as_of_rejects_instant_max() {
        assertThatThrownBy(() -> EvaluationContext.asOf(Instant.MAX))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Instant.MAX");
    }

    @Test
    void as_of_rejects_an_instant_without_a_calendar_date_as_an_illegal_argument() {
        assertThatThrownBy(() -> EvaluationContext.asOf(Instant.MIN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("asOf")
                .hasMessageContaining(Instant.MIN.toString());
    }

    @Test
    void as_of_accepts_the_earliest_instant_with_a_calendar_date() {
        Instant earliest = LocalDate.MIN.atStartOfDay(ZoneOffset.UTC).toInstant();

        assertThat(EvaluationContext.asOf(earliest).today()).isEqualTo(LocalDate.MIN);
    }

    @Test
    void to_string_shows_instant_and_zone() {
        assertThat(EvaluationContext.asOf(AS_OF, BERLIN))
                .hasToString("EvaluationContext[asOf=2026-06-01T00:00:00Z, zone=Europe/Berlin]");
    }

    @Test
    void contexts_are_equal_by_instant_and_zone() {
        new EqualsTester()
                .addEqualityGroup(
                        EvaluationContext.asOf(AS_OF),
                        EvaluationContext.asOf(AS_OF, ZoneOffset.UTC),
                        EvaluationContext.now(Clock.fixed(AS_OF, ZoneOffset.UTC)))
                .addEqualityGroup(EvaluationContext.asOf(AS_OF, BERLIN), EvaluationContext.asOf(AS_OF, BERLIN))
                .addEqualityGroup(EvaluationContext.asOf(AS_OF.plusNanos(1)))
                .testEquals();
    }

    @Test
    void null_pointer_tester_on_static_and_instance_methods() {
        NullPointerTester tester = new NullPointerTester()
                .setDefault(Instant.class, AS_OF)
                .setDefault(ZoneId.class, BERLIN)
                .setDefault(Clock.class, Clock.fixed(AS_OF, BERLIN));
        tester.testAllPublicStaticMethods(EvaluationContext.class);
        tester.testAllPublicInstanceMethods(EvaluationContext.asOf(AS_OF));
    }
}
