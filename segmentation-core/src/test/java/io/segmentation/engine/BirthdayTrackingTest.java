package io.segmentation.engine;

import static io.segmentation.Attributes.nextAnniversary;
import static io.segmentation.Attributes.nextBirthday;
import static org.assertj.core.api.Assertions.assertThat;

import io.segmentation.Segment;
import io.segmentation.TimePoint;
import io.segmentation.customer.Customer;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The tracker moves customers into and out of birthday and anniversary segments at the exact local midnights. */
class BirthdayTrackingTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private static final Segment<Customer> BIRTHDAY_WEEK = Segment.where(
                    nextBirthday().between(TimePoint.today(), TimePoint.ahead(Duration.ofDays(7))))
            .named("birthday_week");

    private static final Segment<Customer> BIRTHDAY_TODAY = Segment.where(
                    nextBirthday().between(TimePoint.today(), TimePoint.today()))
            .named("birthday_today");

    private static List<MembershipChange<Customer>> track(
            Segment<Customer> segment, Customer customer, Instant from, Instant until) {
        MembershipTracker<Customer> tracker = MembershipTracker.over(SegmentEngine.of(segment), Customer::id, BERLIN);
        List<MembershipChange<Customer>> changes = new ArrayList<>();
        tracker.addListener(changes::add);
        tracker.update(customer, from);
        tracker.advanceTo(until);
        return changes;
    }

    private static Instant midnight(int year, int month, int day) {
        return LocalDate.of(year, month, day).atStartOfDay(BERLIN).toInstant();
    }

    @Test
    void the_birthday_week_is_entered_at_the_local_midnight_a_week_before_and_left_at_the_one_ending_the_birthday() {
        Customer anna =
                Customer.builder("anna").birthDate(LocalDate.of(1990, 3, 14)).build();

        List<MembershipChange<Customer>> changes = track(
                BIRTHDAY_WEEK, anna, Instant.parse("2027-02-01T00:00:00Z"), Instant.parse("2027-04-01T00:00:00Z"));

        assertThat(changes).hasSize(2);
        assertThat(changes.get(0)).isInstanceOf(MembershipChange.Entered.class);
        assertThat(changes.get(0).at()).isEqualTo(midnight(2027, 3, 7));
        assertThat(changes.get(1)).isInstanceOf(MembershipChange.Exited.class);
        assertThat(changes.get(1).at()).isEqualTo(midnight(2027, 3, 15));
    }

    @Test
    void across_the_spring_dst_change_the_week_is_entered_seven_times_24_hours_before_and_left_at_local_midnight() {
        // 2027-03-28 02:00 CET becomes 03:00 CEST: the birthday on 29 March starts at 22:00Z the day before.
        Customer ben =
                Customer.builder("ben").birthDate(LocalDate.of(1985, 3, 29)).build();

        List<MembershipChange<Customer>> changes =
                track(BIRTHDAY_WEEK, ben, Instant.parse("2027-03-01T00:00:00Z"), Instant.parse("2027-04-10T00:00:00Z"));

        assertThat(changes).hasSize(2);
        assertThat(changes.get(0).at())
                .isEqualTo(midnight(2027, 3, 29).minus(Duration.ofDays(7)))
                .isEqualTo(Instant.parse("2027-03-21T22:00:00Z"));
        assertThat(changes.get(1).at())
                .isEqualTo(midnight(2027, 3, 30))
                .isEqualTo(Instant.parse("2027-03-29T22:00:00Z"));
    }

    @Test
    void a_birthday_on_the_day_clocks_go_back_is_left_at_the_next_local_midnight() {
        // 2027-10-31 03:00 CEST becomes 02:00 CET: that day has 25 hours.
        Customer cleo =
                Customer.builder("cleo").birthDate(LocalDate.of(1979, 10, 31)).build();

        List<MembershipChange<Customer>> changes = track(
                BIRTHDAY_TODAY, cleo, Instant.parse("2027-10-01T00:00:00Z"), Instant.parse("2027-11-10T00:00:00Z"));

        assertThat(changes).hasSize(2);
        assertThat(changes.get(0).at()).isEqualTo(Instant.parse("2027-10-30T22:00:00Z"));
        assertThat(changes.get(1).at()).isEqualTo(Instant.parse("2027-10-31T23:00:00Z"));
    }

    @Test
    void a_leapling_has_their_birthday_on_the_first_of_march_in_a_common_year() {
        Customer dora =
                Customer.builder("dora").birthDate(LocalDate.of(2000, 2, 29)).build();

        List<MembershipChange<Customer>> changes = track(
                BIRTHDAY_TODAY, dora, Instant.parse("2027-02-01T00:00:00Z"), Instant.parse("2027-04-01T00:00:00Z"));

        assertThat(changes).hasSize(2);
        assertThat(changes.get(0).at()).isEqualTo(midnight(2027, 3, 1));
        assertThat(changes.get(1).at()).isEqualTo(midnight(2027, 3, 2));
    }

    @Test
    void a_leapling_has_their_birthday_on_the_leap_day_in_a_leap_year() {
        Customer dora =
                Customer.builder("dora").birthDate(LocalDate.of(2000, 2, 29)).build();

        List<MembershipChange<Customer>> changes = track(
                BIRTHDAY_TODAY, dora, Instant.parse("2028-02-01T00:00:00Z"), Instant.parse("2028-04-01T00:00:00Z"));

        assertThat(changes).hasSize(2);
        assertThat(changes.get(0).at()).isEqualTo(midnight(2028, 2, 29));
        assertThat(changes.get(1).at()).isEqualTo(midnight(2028, 3, 1));
    }

    @Test
    void a_new_year_birthday_is_entered_in_the_old_year() {
        Customer eli =
                Customer.builder("eli").birthDate(LocalDate.of(1970, 1, 2)).build();

        List<MembershipChange<Customer>> changes =
                track(BIRTHDAY_WEEK, eli, Instant.parse("2027-12-01T00:00:00Z"), Instant.parse("2028-01-10T00:00:00Z"));

        assertThat(changes).hasSize(2);
        assertThat(changes.get(0).at()).isEqualTo(midnight(2027, 12, 26));
        assertThat(changes.get(1).at()).isEqualTo(midnight(2028, 1, 3));
    }

    @Test
    void the_sign_up_anniversary_week_is_tracked_like_a_birthday() {
        Customer fay =
                Customer.builder("fay").customerSince(LocalDate.of(2024, 6, 10)).build();
        Segment<Customer> anniversaryWeek = Segment.where(
                        nextAnniversary().between(TimePoint.today(), TimePoint.ahead(Duration.ofDays(7))))
                .named("anniversary_week");

        List<MembershipChange<Customer>> changes = track(
                anniversaryWeek, fay, Instant.parse("2027-05-01T00:00:00Z"), Instant.parse("2027-07-01T00:00:00Z"));

        assertThat(changes).hasSize(2);
        assertThat(changes.get(0).at()).isEqualTo(midnight(2027, 6, 3));
        assertThat(changes.get(1).at()).isEqualTo(midnight(2027, 6, 11));
    }
}
