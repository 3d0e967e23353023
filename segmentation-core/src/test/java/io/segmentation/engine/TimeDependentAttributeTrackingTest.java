package io.segmentation.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.segmentation.EvaluationContext;
import io.segmentation.Segment;
import io.segmentation.attribute.Attribute;
import io.segmentation.attribute.NumberAttribute;
import io.segmentation.attribute.TimeDependence;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** User attributes that read the evaluation time declare it, and the tracker schedules them. */
class TimeDependentAttributeTrackingTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Instant SIGNED_UP = Instant.parse("2026-01-01T10:00:00Z");

    private record Account(String id, LocalDate signup) {}

    private static final Account ALICE = new Account("alice", LocalDate.of(2026, 1, 1));

    /** Whole days since signup, re-evaluated at every local midnight. */
    private static final NumberAttribute<Account> DAYS_SINCE_SIGNUP = Attribute.number(
            "days_since_signup",
            (account, context) -> ChronoUnit.DAYS.between(account.signup(), context.today()),
            TimeDependence.reevaluatedEvery(Duration.ofDays(1)));

    /** The same days, with the instants where they change given. */
    private static final NumberAttribute<Account> DAYS_SINCE_SIGNUP_AT_MIDNIGHTS = Attribute.number(
            "days_since_signup",
            (account, context) -> ChronoUnit.DAYS.between(account.signup(), context.today()),
            (account, context) -> Optional.of(
                    context.today().plusDays(1).atStartOfDay(context.zone()).toInstant()));

    private static List<MembershipChange<Account>> track(
            NumberAttribute<Account> days, ZoneId zone, Instant until, MembershipTracker<Account>[] out) {
        Segment<Account> settled = Segment.where(days.atLeast(30)).named("settled");
        MembershipTracker<Account> tracker = MembershipTracker.over(SegmentEngine.of(settled), Account::id, zone);
        List<MembershipChange<Account>> changes = new ArrayList<>();
        tracker.addListener(changes::add);
        tracker.update(ALICE, SIGNED_UP);
        if (out != null) {
            out[0] = tracker;
        }
        tracker.advanceTo(until);
        return changes;
    }

    @Test
    void a_cadence_attribute_enters_at_the_first_tick_after_the_30th_day() {
        List<MembershipChange<Account>> changes =
                track(DAYS_SINCE_SIGNUP, ZoneOffset.UTC, Instant.parse("2026-03-01T00:00:00Z"), null);

        assertThat(changes).hasSize(1);
        assertThat(changes.get(0)).isInstanceOf(MembershipChange.Entered.class);
        assertThat(changes.get(0).at()).isEqualTo(Instant.parse("2026-01-31T00:00:00Z"));
    }

    @Test
    void a_cadence_attribute_is_not_entered_before_its_day() {
        List<MembershipChange<Account>> changes =
                track(DAYS_SINCE_SIGNUP, ZoneOffset.UTC, Instant.parse("2026-01-30T23:59:59Z"), null);

        assertThat(changes).isEmpty();
    }

    @SuppressWarnings("unchecked")
    @Test
    void a_cadence_attribute_is_next_evaluated_at_the_next_local_midnight() {
        MembershipTracker<Account>[] tracker = new MembershipTracker[1];
        track(DAYS_SINCE_SIGNUP, BERLIN, SIGNED_UP, tracker);

        assertThat(tracker[0].nextEvaluation("alice")).contains(Instant.parse("2026-01-01T23:00:00Z"));
    }

    @Test
    void an_attribute_with_given_instants_enters_exactly_there() {
        List<MembershipChange<Account>> changes =
                track(DAYS_SINCE_SIGNUP_AT_MIDNIGHTS, BERLIN, Instant.parse("2026-03-01T00:00:00Z"), null);

        assertThat(changes).hasSize(1);
        assertThat(changes.get(0).at()).isEqualTo(Instant.parse("2026-01-30T23:00:00Z"));
    }

    @Test
    void a_subclass_declaring_its_cadence_is_scheduled() {
        NumberAttribute<Account> days = new NumberAttribute<>("days_since_signup", List.of()) {
            @Override
            public double readDouble(Account account, EvaluationContext context) {
                return ChronoUnit.DAYS.between(account.signup(), context.today());
            }

            @Override
            public TimeDependence timeDependence() {
                return TimeDependence.reevaluatedEvery(Duration.ofHours(6));
            }
        };

        List<MembershipChange<Account>> changes =
                track(days, ZoneOffset.UTC, Instant.parse("2026-03-01T00:00:00Z"), null);

        assertThat(changes).hasSize(1);
        assertThat(changes.get(0).at()).isEqualTo(Instant.parse("2026-01-31T00:00:00Z"));
    }

    @Test
    void a_static_user_attribute_schedules_nothing() {
        NumberAttribute<Account> signupYear =
                Attribute.number("signup_year", a -> a.signup().getYear());
        Segment<Account> early = Segment.where(signupYear.atMost(2026)).named("early");
        MembershipTracker<Account> tracker = MembershipTracker.over(SegmentEngine.of(early), Account::id);
        tracker.update(ALICE, SIGNED_UP);

        assertThat(tracker.nextEvaluation("alice")).isEmpty();
    }
}
