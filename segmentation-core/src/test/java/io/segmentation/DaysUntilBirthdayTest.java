package io.segmentation;

import static io.segmentation.Attributes.daysUntilAnniversary;
import static io.segmentation.Attributes.daysUntilBirthday;
import static org.assertj.core.api.Assertions.assertThat;

import io.segmentation.customer.Customer;
import io.segmentation.engine.SegmentMatcher;
import io.segmentation.index.PopulationIndex;
import io.segmentation.internal.model.Evaluator;
import io.segmentation.text.SegmentQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Whole calendar days until the next birthday and sign-up anniversary. */
class DaysUntilBirthdayTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Customer BORN_MARCH_14 = Customer.builder("anna")
            .birthDate(LocalDate.of(1990, 3, 14))
            .customerSince(LocalDate.of(2020, 3, 10))
            .build();
    private static final Customer LEAPLING =
            Customer.builder("leap").birthDate(LocalDate.of(2000, 2, 29)).build();

    private static EvaluationContext at(String instant) {
        return EvaluationContext.asOf(Instant.parse(instant), BERLIN);
    }

    private static double days(Customer c, String instant) {
        return daysUntilBirthday().readDouble(c, at(instant));
    }

    @Test
    void days_until_birthday_is_zero_on_the_whole_birthday() {
        // 2027-03-14 in Berlin runs from 2027-03-13T23:00Z to 2027-03-14T23:00Z.
        assertThat(days(BORN_MARCH_14, "2027-03-13T23:00:00Z")).isEqualTo(0.0);
        assertThat(days(BORN_MARCH_14, "2027-03-14T22:59:59Z")).isEqualTo(0.0);
    }

    @Test
    void days_until_birthday_is_one_on_the_day_before() {
        assertThat(days(BORN_MARCH_14, "2027-03-12T23:00:00Z")).isEqualTo(1.0);
        assertThat(days(BORN_MARCH_14, "2027-03-13T22:59:59Z")).isEqualTo(1.0);
    }

    @Test
    void days_until_birthday_counts_to_next_year_after_the_birthday_ends() {
        // 2027-03-15 to 2028-03-14: 2028 is a leap year.
        assertThat(days(BORN_MARCH_14, "2027-03-14T23:00:00Z")).isEqualTo(365.0);
    }

    @Test
    void days_until_birthday_of_a_leapling_counts_to_the_first_of_march_in_a_common_year() {
        assertThat(days(LEAPLING, "2027-02-27T12:00:00Z")).isEqualTo(2.0);
        assertThat(days(LEAPLING, "2027-02-28T12:00:00Z")).isEqualTo(1.0);
        assertThat(days(LEAPLING, "2027-03-01T12:00:00Z")).isEqualTo(0.0);
    }

    @Test
    void days_until_birthday_of_a_leapling_is_zero_on_the_leap_day_in_a_leap_year() {
        assertThat(days(LEAPLING, "2028-02-28T12:00:00Z")).isEqualTo(1.0);
        assertThat(days(LEAPLING, "2028-02-29T12:00:00Z")).isEqualTo(0.0);
        assertThat(days(LEAPLING, "2028-03-01T12:00:00Z")).isEqualTo(365.0);
    }

    @Test
    void days_until_birthday_is_missing_without_a_birth_date() {
        Customer none = Customer.builder("x").build();

        assertThat(daysUntilBirthday().read(none, at("2027-03-14T12:00:00Z"))).isNull();
        assertThat(Evaluator.matches(daysUntilBirthday().atMost(7), none, at("2027-03-14T12:00:00Z")))
                .isFalse();
    }

    @Test
    void days_until_anniversary_skips_the_sign_up_day_itself() {
        Customer today =
                Customer.builder("new").customerSince(LocalDate.of(2027, 3, 10)).build();

        assertThat(daysUntilAnniversary().readDouble(today, at("2027-03-10T12:00:00Z")))
                .isEqualTo(366.0);
        assertThat(daysUntilAnniversary().readDouble(BORN_MARCH_14, at("2027-03-08T12:00:00Z")))
                .isEqualTo(2.0);
    }

    @Test
    void days_until_birthday_and_anniversary_read_and_print_as_text() {
        Segment<Customer> week = Segment.where(daysUntilBirthday().atMost(7))
                .and(daysUntilAnniversary().lessThan(3));

        assertThat(SegmentQuery.parse("days_until_birthday <= 7 AND days_until_anniversary < 3"))
                .isEqualTo(week);
        assertThat(SegmentQuery.parse(SegmentQuery.toText(week))).isEqualTo(week);
    }

    @Test
    void matcher_index_and_interpreter_agree_on_days_until_birthday() {
        Segment<Customer> week = Segment.where(daysUntilBirthday().atMost(7));
        List<Customer> people = new ArrayList<>();
        for (int day = 0; day < 366; day += 3) {
            people.add(Customer.builder("c" + day)
                    .birthDate(LocalDate.of(1988, 1, 1).plusDays(day))
                    .build());
        }
        people.add(LEAPLING);
        people.add(Customer.builder("none").build());
        for (String now : List.of("2027-02-22T23:00:00Z", "2027-03-21T22:30:00Z", "2027-12-28T12:00:00Z")) {
            EvaluationContext context = at(now);
            SegmentMatcher<Customer> matcher = SegmentMatcher.of(week);
            List<String> interpreted = new ArrayList<>();
            List<String> compiled = new ArrayList<>();
            for (Customer c : people) {
                if (Evaluator.matches(week.criterion(), c, context)) {
                    interpreted.add(c.id());
                }
                if (matcher.matches(c, context)) {
                    compiled.add(c.id());
                }
            }
            assertThat(compiled).as(now).isEqualTo(interpreted).isNotEmpty();
            assertThat(PopulationIndex.build(people, context).memberIds(week))
                    .as(now)
                    .containsExactlyInAnyOrderElementsOf(interpreted);
        }
    }
}
