package io.segmentation;

import static io.segmentation.Attributes.customerSince;
import static io.segmentation.Attributes.nextAnniversary;
import static io.segmentation.Attributes.nextBirthday;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.segmentation.customer.Customer;
import io.segmentation.engine.SegmentMatcher;
import io.segmentation.index.PopulationIndex;
import io.segmentation.internal.model.Evaluator;
import io.segmentation.text.SegmentQuery;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The birthday and anniversary attributes, and the future window they are used with. */
class BirthdayAttributesTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Customer BORN_MARCH_14 = Customer.builder("anna")
            .birthDate(LocalDate.of(1990, 3, 14))
            .customerSince(LocalDate.of(2020, 3, 10))
            .build();

    private static EvaluationContext at(String instant) {
        return EvaluationContext.asOf(Instant.parse(instant), BERLIN);
    }

    @Test
    void next_birthday_is_the_start_of_the_birthday_until_that_day_ends() {
        assertThat(nextBirthday().read(BORN_MARCH_14, at("2027-03-14T22:59:59Z")))
                .isEqualTo(Instant.parse("2027-03-13T23:00:00Z"));
        assertThat(nextBirthday().read(BORN_MARCH_14, at("2027-03-14T23:00:00Z")))
                .isEqualTo(Instant.parse("2028-03-13T23:00:00Z"));
    }

    @Test
    void next_birthday_is_missing_without_a_birth_date() {
        assertThat(nextBirthday().read(Customer.builder("x").build(), at("2027-03-14T12:00:00Z")))
                .isNull();
    }

    @Test
    void next_birthday_of_a_leapling_is_the_first_of_march_in_a_common_year() {
        Customer leapling =
                Customer.builder("l").birthDate(LocalDate.of(2000, 2, 29)).build();

        assertThat(nextBirthday().read(leapling, at("2027-02-20T12:00:00Z")))
                .isEqualTo(LocalDate.of(2027, 3, 1).atStartOfDay(BERLIN).toInstant());
    }

    @Test
    void customer_since_is_the_start_of_the_sign_up_day() {
        assertThat(customerSince().read(BORN_MARCH_14, at("2027-01-01T00:00:00Z")))
                .isEqualTo(Instant.parse("2020-03-09T23:00:00Z"));
    }

    @Test
    void next_anniversary_skips_the_sign_up_day_itself() {
        Customer fresh =
                Customer.builder("f").customerSince(LocalDate.of(2027, 3, 10)).build();

        assertThat(nextAnniversary().read(fresh, at("2027-03-10T12:00:00Z")))
                .isEqualTo(LocalDate.of(2028, 3, 10).atStartOfDay(BERLIN).toInstant());
    }

    @Test
    void customer_since_is_kept_by_the_builder_round_trip() {
        assertThat(BORN_MARCH_14.toBuilder().build()).isEqualTo(BORN_MARCH_14);
        assertThat(BORN_MARCH_14.customerSince()).contains(LocalDate.of(2020, 3, 10));
    }

    @Test
    void within_next_is_between_now_and_the_point_ahead() {
        assertThat(nextBirthday().withinNext(Duration.ofDays(7)))
                .isEqualTo(nextBirthday().between(TimePoint.now(), TimePoint.ahead(Duration.ofDays(7))));
    }

    @Test
    void within_next_rejects_a_non_positive_duration() {
        assertThatThrownBy(() -> nextBirthday().withinNext(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("next_birthday");
    }

    @Test
    void ahead_rejects_a_negative_duration() {
        assertThatThrownBy(() -> TimePoint.ahead(Duration.ofDays(-1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("PT-24H");
    }

    @Test
    void the_birthday_week_reads_and_prints_as_text() {
        Segment<Customer> week =
                Segment.where(nextBirthday().between(TimePoint.today(), TimePoint.ahead(Duration.ofDays(7))));

        assertThat(SegmentQuery.toText(week)).isEqualTo("next_birthday BETWEEN today AND +7d");
        assertThat(SegmentQuery.parse("next_birthday BETWEEN today AND +7d")).isEqualTo(week);
    }

    @Test
    void a_time_ahead_in_months_is_refused_in_text() {
        assertThatThrownBy(() -> SegmentQuery.parse("next_anniversary < +3m"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not months or years");
    }

    @Test
    void a_plus_without_a_unit_is_refused_in_text() {
        assertThatThrownBy(() -> SegmentQuery.parse("next_anniversary < +3"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("+7d");
    }

    @Test
    void customer_since_and_next_anniversary_read_in_text() {
        assertThat(SegmentQuery.parse("customer_since < -1y AND next_anniversary < +7d"))
                .isEqualTo(Segment.where(customerSince().before(TimePoint.ago(java.time.Period.ofYears(1))))
                        .and(nextAnniversary().before(TimePoint.ahead(Duration.ofDays(7)))));
    }

    @Test
    void matcher_index_and_interpreter_agree_on_the_birthday_week() {
        Segment<Customer> week =
                Segment.where(nextBirthday().between(TimePoint.today(), TimePoint.ahead(Duration.ofDays(7))));
        List<Customer> people = new ArrayList<>();
        for (int day = 0; day < 366; day += 3) {
            people.add(Customer.builder("c" + day)
                    .birthDate(LocalDate.of(1988, 1, 1).plusDays(day))
                    .build());
        }
        people.add(Customer.builder("leap").birthDate(LocalDate.of(2000, 2, 29)).build());
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

    @Test
    void the_explanation_says_how_far_ahead() {
        Segment<Customer> week = Segment.where(nextBirthday().withinNext(Duration.ofDays(7)));

        assertThat(SegmentMatcher.of(week)
                        .explain(BORN_MARCH_14, at("2027-01-01T12:00:00Z"))
                        .toString())
                .contains("7d from now");
    }
}
