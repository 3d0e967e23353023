package io.segmentation.testkit;

import static io.segmentation.Attributes.age;
import static io.segmentation.Attributes.customerSince;
import static io.segmentation.Attributes.daysUntilAnniversary;
import static io.segmentation.Attributes.daysUntilBirthday;
import static io.segmentation.Attributes.nextAnniversary;
import static io.segmentation.Attributes.nextBirthday;
import static io.segmentation.testkit.SegmentationAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.segmentation.EvaluationContext;
import io.segmentation.Segment;
import io.segmentation.TimePoint;
import io.segmentation.customer.Customer;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The fixtures build customers for birthday and anniversary segments from the built-in table's rows. */
class BirthdayFixturesTest {

    private static final EvaluationContext BERLIN_MARCH =
            EvaluationContext.asOf(Instant.parse("2027-03-20T10:00:00Z"), ZoneId.of("Europe/Berlin"));

    private static final Segment<Customer> BIRTHDAY_WEEK = Segment.where(
                    nextBirthday().between(TimePoint.today(), TimePoint.ahead(Duration.ofDays(7))))
            .named("birthday_week");

    @Test
    void a_customer_with_a_birthday_in_the_next_seven_days_is_built() {
        Customer c = Fixtures.asOf(BERLIN_MARCH).customerIn(BIRTHDAY_WEEK);

        assertThat(c).isIn(BIRTHDAY_WEEK);
        LocalDate birthday = c.birthDate().orElseThrow().withYear(2027);
        assertThat(birthday).isBetween(LocalDate.of(2027, 3, 20), LocalDate.of(2027, 3, 27));
    }

    @Test
    void a_customer_outside_the_birthday_week_is_built() {
        assertThat(Fixtures.asOf(BERLIN_MARCH).customerNotIn(BIRTHDAY_WEEK)).isNotIn(BIRTHDAY_WEEK);
    }

    @Test
    void a_birthday_this_week_and_an_age_are_built_together() {
        Segment<Customer> turning30 = BIRTHDAY_WEEK.and(age().is(29)).named("turning_30_this_week");

        Customer c = Fixtures.asOf(BERLIN_MARCH).customerIn(turning30);

        assertThat(c).isIn(turning30);
    }

    @Test
    void a_sign_up_anniversary_this_week_of_a_customer_of_more_than_a_year_is_built() {
        Segment<Customer> anniversary = Segment.where(
                        nextAnniversary().between(TimePoint.today(), TimePoint.ahead(Duration.ofDays(7))))
                .and(customerSince().before(TimePoint.ago(Period.ofYears(1))))
                .named("anniversary_week");

        List<Customer> customers = Fixtures.asOf(BERLIN_MARCH).customersIn(anniversary, 5);

        assertThat(customers).hasSize(5).allSatisfy(c -> assertThat(c).isIn(anniversary));
    }

    @Test
    void a_customer_whose_birthday_is_today_is_built() {
        Segment<Customer> today = Segment.where(nextBirthday().between(TimePoint.today(), TimePoint.today()))
                .named("birthday_today");

        Customer c = Fixtures.asOf(BERLIN_MARCH).customerIn(today);

        assertThat(c.birthDate().orElseThrow().withYear(2027)).isEqualTo(LocalDate.of(2027, 3, 20));
    }

    @Test
    void a_customer_without_a_birth_date_is_built_when_asked() {
        Customer c = Fixtures.asOf(BERLIN_MARCH)
                .customerIn(Segment.where(nextBirthday().isMissing()));

        assertThat(c.birthDate()).isEmpty();
    }

    @Test
    void a_customer_whose_birthday_is_at_most_seven_days_away_is_built() {
        Segment<Customer> week = Segment.where(daysUntilBirthday().atMost(7)).named("birthday_week_by_days");

        Customer c = Fixtures.asOf(BERLIN_MARCH).customerIn(week);

        assertThat(c).isIn(week);
        assertThat(c.birthDate().orElseThrow().withYear(2027))
                .isBetween(LocalDate.of(2027, 3, 20), LocalDate.of(2027, 3, 27));
    }

    @Test
    void a_customer_whose_birthday_is_more_than_seven_days_away_is_built() {
        Segment<Customer> week = Segment.where(daysUntilBirthday().atMost(7)).named("birthday_week_by_days");

        assertThat(Fixtures.asOf(BERLIN_MARCH).customerNotIn(week)).isNotIn(week);
    }

    @Test
    void a_birthday_in_days_and_an_age_are_built_together() {
        Segment<Customer> turning30 =
                Segment.where(daysUntilBirthday().is(3)).and(age().is(29)).named("turning_30_in_three_days");

        Customer c = Fixtures.asOf(BERLIN_MARCH).customerIn(turning30);

        assertThat(c).isIn(turning30);
        assertThat(c.birthDate()).contains(LocalDate.of(1997, 3, 23));
    }

    @Test
    void a_customer_whose_anniversary_is_within_a_week_is_built() {
        Segment<Customer> week = Segment.where(daysUntilAnniversary().between(1, 7))
                .and(customerSince().before(TimePoint.ago(Period.ofYears(1))))
                .named("anniversary_week_by_days");

        List<Customer> customers = Fixtures.asOf(BERLIN_MARCH).customersIn(week, 5);

        assertThat(customers).hasSize(5).allSatisfy(c -> assertThat(c).isIn(week));
    }

    @Test
    void no_customer_is_built_for_a_birthday_more_than_a_leap_year_away() {
        Segment<Customer> never =
                Segment.where(daysUntilBirthday().greaterThan(366)).named("never");

        assertThatThrownBy(() -> Fixtures.asOf(BERLIN_MARCH).customerIn(never))
                .isInstanceOf(UnsatisfiableSegmentException.class)
                .hasMessageContaining("days_until_birthday");
    }
}
