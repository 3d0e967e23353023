package io.segmentation.internal.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;

import io.segmentation.EvaluationContext;
import io.segmentation.customer.Customer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class YearlyDatesTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void the_recurrence_on_today_is_the_next_one() {
        assertThat(YearlyDates.next(LocalDate.of(1990, 3, 14), LocalDate.of(2027, 3, 14)))
                .isEqualTo(LocalDate.of(2027, 3, 14));
    }

    @Test
    void a_recurrence_that_has_passed_this_year_is_next_in_the_following_year() {
        assertThat(YearlyDates.next(LocalDate.of(1990, 3, 14), LocalDate.of(2027, 3, 15)))
                .isEqualTo(LocalDate.of(2028, 3, 14));
    }

    @Test
    void a_leap_day_recurs_on_the_first_of_march_in_a_common_year() {
        assertThat(YearlyDates.next(LocalDate.of(2000, 2, 29), LocalDate.of(2027, 2, 28)))
                .isEqualTo(LocalDate.of(2027, 3, 1));
    }

    @Test
    void a_leap_day_recurs_on_the_leap_day_in_a_leap_year() {
        assertThat(YearlyDates.next(LocalDate.of(2000, 2, 29), LocalDate.of(2028, 1, 1)))
                .isEqualTo(LocalDate.of(2028, 2, 29));
    }

    @Test
    void a_leap_day_after_its_first_of_march_recurs_on_the_next_leap_day() {
        assertThat(YearlyDates.next(LocalDate.of(2000, 2, 29), LocalDate.of(2027, 3, 2)))
                .isEqualTo(LocalDate.of(2028, 2, 29));
    }

    @Test
    void the_date_itself_is_not_its_own_recurrence() {
        assertThat(YearlyDates.next(LocalDate.of(2027, 5, 1), LocalDate.of(2027, 5, 1)))
                .isEqualTo(LocalDate.of(2028, 5, 1));
    }

    @Test
    void the_last_day_of_the_year_passes_to_the_next_year() {
        assertThat(YearlyDates.next(LocalDate.of(1990, 12, 31), LocalDate.of(2027, 1, 1)))
                .isEqualTo(LocalDate.of(2027, 12, 31));
        assertThat(YearlyDates.next(LocalDate.of(1990, 1, 1), LocalDate.of(2027, 12, 31)))
                .isEqualTo(LocalDate.of(2028, 1, 1));
    }

    @Test
    void the_next_recurrence_changes_at_the_local_midnight_that_ends_it() {
        Customer c = Customer.builder("c").birthDate(LocalDate.of(1990, 3, 14)).build();
        EvaluationContext context = EvaluationContext.asOf(Instant.parse("2027-03-14T12:00:00Z"), BERLIN);

        assertThat(YearlyDates.changes(d -> d.birthDate().orElse(null)).nextAfter(c, context))
                .contains(Instant.parse("2027-03-14T23:00:00Z"));
    }

    @Test
    void an_offset_transition_before_the_change_is_offered_first() {
        Customer c = Customer.builder("c").birthDate(LocalDate.of(1990, 12, 1)).build();
        EvaluationContext context = EvaluationContext.asOf(Instant.parse("2027-03-01T12:00:00Z"), BERLIN);

        assertThat(YearlyDates.changes(d -> d.birthDate().orElse(null)).nextAfter(c, context))
                .contains(Instant.parse("2027-03-28T01:00:00Z"));
    }

    @Test
    void without_the_date_nothing_changes() {
        Customer c = Customer.builder("c").build();
        EvaluationContext context = EvaluationContext.asOf(Instant.parse("2027-03-01T12:00:00Z"), BERLIN);

        assertThat(YearlyDates.changes(d -> d.birthDate().orElse(null)).nextAfter(c, context))
                .isEmpty();
    }
}
