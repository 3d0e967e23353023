package io.segmentation.engine;

import static io.segmentation.Attributes.daysUntilAnniversary;
import static io.segmentation.Attributes.daysUntilBirthday;
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

/** The tracker moves customers into and out of "days until birthday" segments exactly at local midnights. */
class DaysUntilBirthdayTrackingTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private static final Segment<Customer> BIRTHDAY_WEEK =
            Segment.where(daysUntilBirthday().atMost(7)).named("birthday_week");

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
    void across_the_spring_dst_change_the_birthday_week_is_entered_and_left_at_exact_local_midnights() {
        // 2027-03-28 02:00 CET becomes 03:00 CEST; the birthday is on 2 April (CEST).
        Customer ben =
                Customer.builder("ben").birthDate(LocalDate.of(1985, 4, 2)).build();

        List<MembershipChange<Customer>> changes =
                track(BIRTHDAY_WEEK, ben, Instant.parse("2027-03-01T00:00:00Z"), Instant.parse("2027-04-10T00:00:00Z"));

        assertThat(changes).hasSize(2);
        assertThat(changes.get(0)).isInstanceOf(MembershipChange.Entered.class);
        // 26 March starts at 00:00 CET, 23:00Z the day before: 7 days before the birthday by the calendar.
        assertThat(changes.get(0).at())
                .isEqualTo(midnight(2027, 3, 26))
                .isEqualTo(Instant.parse("2027-03-25T23:00:00Z"));
        assertThat(changes.get(1)).isInstanceOf(MembershipChange.Exited.class);
        assertThat(changes.get(1).at())
                .isEqualTo(midnight(2027, 4, 3))
                .isEqualTo(Instant.parse("2027-04-02T22:00:00Z"));
    }

    @Test
    void the_instant_window_enters_an_hour_off_in_the_same_dst_week_while_days_until_birthday_does_not() {
        Customer ben =
                Customer.builder("ben").birthDate(LocalDate.of(1985, 4, 2)).build();
        Segment<Customer> byInstant = Segment.where(
                        nextBirthday().between(TimePoint.today(), TimePoint.ahead(Duration.ofDays(7))))
                .named("birthday_week_by_instant");

        Instant byHours = track(
                        byInstant, ben, Instant.parse("2027-03-01T00:00:00Z"), Instant.parse("2027-04-10T00:00:00Z"))
                .get(0)
                .at();
        Instant byDays = track(
                        BIRTHDAY_WEEK,
                        ben,
                        Instant.parse("2027-03-01T00:00:00Z"),
                        Instant.parse("2027-04-10T00:00:00Z"))
                .get(0)
                .at();

        assertThat(Duration.between(byHours, byDays)).isEqualTo(Duration.ofHours(1));
        assertThat(byDays).isEqualTo(midnight(2027, 3, 26));
    }

    @Test
    void a_leapling_enters_the_birthday_week_counting_to_the_first_of_march_in_a_common_year() {
        Customer dora =
                Customer.builder("dora").birthDate(LocalDate.of(2000, 2, 29)).build();

        List<MembershipChange<Customer>> changes = track(
                BIRTHDAY_WEEK, dora, Instant.parse("2027-02-01T00:00:00Z"), Instant.parse("2027-04-01T00:00:00Z"));

        assertThat(changes).hasSize(2);
        assertThat(changes.get(0).at()).isEqualTo(midnight(2027, 2, 22));
        assertThat(changes.get(1).at()).isEqualTo(midnight(2027, 3, 2));
    }

    @Test
    void the_anniversary_week_by_days_is_tracked_like_the_birthday_week() {
        Customer fay =
                Customer.builder("fay").customerSince(LocalDate.of(2024, 6, 10)).build();
        Segment<Customer> anniversaryWeek =
                Segment.where(daysUntilAnniversary().atMost(7)).named("anniversary_week");

        List<MembershipChange<Customer>> changes = track(
                anniversaryWeek, fay, Instant.parse("2027-05-01T00:00:00Z"), Instant.parse("2027-07-01T00:00:00Z"));

        assertThat(changes).hasSize(2);
        assertThat(changes.get(0).at()).isEqualTo(midnight(2027, 6, 3));
        assertThat(changes.get(1).at()).isEqualTo(midnight(2027, 6, 11));
    }
}
