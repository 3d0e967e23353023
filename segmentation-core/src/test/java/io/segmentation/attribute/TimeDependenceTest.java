package io.segmentation.attribute;

import static io.segmentation.Attributes.age;
import static io.segmentation.Attributes.country;
import static io.segmentation.Attributes.event;
import static io.segmentation.Attributes.purchases;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.segmentation.EvaluationContext;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TimeDependenceTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private record Account(String id, int points) {}

    @Test
    void attributes_are_static_and_cheap_by_default() {
        NumberAttribute<Account> points = Attribute.number("points", Account::points);

        assertThat(points.timeDependence()).isEqualTo(TimeDependence.none());
        assertThat(points.timeDependence().kind()).isEqualTo(TimeDependence.Kind.STATIC);
        assertThat(points.cost()).isEqualTo(Cost.CHEAP);
    }

    @Test
    void built_ins_declare_their_time_dependence_and_cost() {
        assertThat(country().timeDependence()).isEqualTo(TimeDependence.none());
        assertThat(age().timeDependence()).isEqualTo(TimeDependence.changesAtComputableInstants());
        assertThat(purchases().inLast(Duration.ofDays(30)).timeDependence().kind())
                .isEqualTo(TimeDependence.Kind.CHANGES_AT_COMPUTABLE_INSTANTS);
        assertThat(purchases().cost()).isEqualTo(Cost.MODERATE);
        assertThat(event("page_view").count().cost()).isEqualTo(Cost.VERY_EXPENSIVE);
    }

    @Test
    void user_factories_carry_the_declared_time_dependence() {
        TimeDependence daily = TimeDependence.reevaluatedEvery(Duration.ofDays(1));
        NumberAttribute<Account> score = Attribute.number("score", (a, context) -> a.points(), daily);
        BooleanAttribute<Account> fresh =
                Attribute.bool("fresh", (a, context) -> true, (a, context) -> Optional.empty());

        assertThat(score.timeDependence()).isEqualTo(daily);
        assertThat(score.timeDependence().cadence()).contains(Duration.ofDays(1));
        assertThat(fresh.timeDependence()).isEqualTo(TimeDependence.changesAtComputableInstants());
    }

    @Test
    void a_declared_computable_dependence_needs_its_instants() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Attribute.number(
                        "score", (Account a, EvaluationContext c) -> 1, TimeDependence.changesAtComputableInstants()))
                .withMessageContaining("'score'")
                .withMessageContaining("ChangeInstants");
    }

    @Test
    void reevaluatedEvery_rejects_a_cadence_that_is_not_positive() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> TimeDependence.reevaluatedEvery(Duration.ZERO))
                .withMessageContaining("PT0S");
        assertThatIllegalArgumentException().isThrownBy(() -> TimeDependence.reevaluatedEvery(Duration.ofHours(-1)));
    }

    @Test
    void a_cadence_of_whole_days_ticks_at_local_midnight() {
        TimeDependence daily = TimeDependence.reevaluatedEvery(Duration.ofDays(1));
        EvaluationContext berlinMorning = EvaluationContext.asOf(Instant.parse("2027-01-05T10:00:00Z"), BERLIN);

        assertThat(daily.nextReevaluationAfter(berlinMorning)).contains(Instant.parse("2027-01-05T23:00:00Z"));
        assertThat(TimeDependence.reevaluatedEvery(Duration.ofDays(7)).nextReevaluationAfter(berlinMorning))
                .contains(Instant.parse("2027-01-11T23:00:00Z"));
    }

    @Test
    void a_cadence_of_whole_days_at_midnight_ticks_at_the_next_midnight() {
        EvaluationContext midnight = EvaluationContext.asOf(Instant.parse("2027-01-05T00:00:00Z"), ZoneOffset.UTC);

        assertThat(TimeDependence.reevaluatedEvery(Duration.ofDays(1)).nextReevaluationAfter(midnight))
                .contains(Instant.parse("2027-01-06T00:00:00Z"));
    }

    @Test
    void a_shorter_cadence_ticks_at_whole_multiples_since_the_epoch() {
        TimeDependence quarterHour = TimeDependence.reevaluatedEvery(Duration.ofMinutes(15));

        assertThat(quarterHour.nextReevaluationAfter(EvaluationContext.asOf(Instant.parse("2027-01-05T10:07:00Z"))))
                .contains(Instant.parse("2027-01-05T10:15:00Z"));
        assertThat(quarterHour.nextReevaluationAfter(EvaluationContext.asOf(Instant.parse("2027-01-05T10:15:00Z"))))
                .contains(Instant.parse("2027-01-05T10:30:00Z"));
        assertThat(quarterHour.nextReevaluationAfter(EvaluationContext.asOf(Instant.parse("1969-12-31T23:50:00Z"))))
                .contains(Instant.parse("1970-01-01T00:00:00Z"));
    }

    @Test
    void only_a_cadence_schedules_reevaluation() {
        EvaluationContext now = EvaluationContext.asOf(Instant.parse("2027-01-05T10:00:00Z"));

        assertThat(TimeDependence.none().nextReevaluationAfter(now)).isEmpty();
        assertThat(TimeDependence.changesAtComputableInstants().nextReevaluationAfter(now))
                .isEmpty();
    }

    @Test
    void time_dependences_are_equal_by_kind_and_cadence() {
        new EqualsTester()
                .addEqualityGroup(TimeDependence.none(), TimeDependence.none())
                .addEqualityGroup(TimeDependence.changesAtComputableInstants())
                .addEqualityGroup(
                        TimeDependence.reevaluatedEvery(Duration.ofDays(1)),
                        TimeDependence.reevaluatedEvery(Duration.ofHours(24)))
                .addEqualityGroup(TimeDependence.reevaluatedEvery(Duration.ofHours(1)))
                .testEquals();
        assertThat(TimeDependence.reevaluatedEvery(Duration.ofDays(1)))
                .hasToString("READS_EVALUATION_TIME every PT24H");
    }

    @Test
    void null_pointer_tester_on_time_dependence() {
        NullPointerTester tester = new NullPointerTester();
        tester.testAllPublicStaticMethods(TimeDependence.class);
        tester.testAllPublicInstanceMethods(TimeDependence.reevaluatedEvery(Duration.ofDays(1)));
    }
}
