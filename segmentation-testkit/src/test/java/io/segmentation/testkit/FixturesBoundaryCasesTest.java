package io.segmentation.testkit;

import static io.segmentation.Attributes.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.segmentation.Criterion;
import io.segmentation.EvaluationContext;
import io.segmentation.Segment;
import io.segmentation.TimePoint;
import io.segmentation.customer.Customer;
import io.segmentation.engine.SegmentMatcher;
import io.segmentation.testkit.BoundaryCase.Position;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class FixturesBoundaryCasesTest {

    private static final Instant AS_OF = TestKit.DEFAULT_AS_OF;

    private static List<BoundaryCase> cases(Criterion<Customer> criterion) {
        return Fixtures.boundaryCases(Segment.where(criterion).named("probed"));
    }

    @Test
    void at_least_is_probed_on_just_inside_and_just_outside() {
        // Money moves in cents: 1000.00 is in, 1000.01 is in, 999.99 is out.
        assertThat(cases(totalSpent().atLeast(1_000)))
                .extracting(BoundaryCase::position, BoundaryCase::value, BoundaryCase::expectedIn)
                .containsExactly(
                        tuple(Position.ON, 1000.0, true),
                        tuple(Position.JUST_INSIDE, 1000.01, true),
                        tuple(Position.JUST_OUTSIDE, 999.99, false));
    }

    @Test
    void greater_than_is_out_on_its_bound() {
        // Counts move by one: 2 is on the exclusive bound (out), 3 is in, 1 is out.
        assertThat(cases(purchases().inLast(Duration.ofDays(30)).greaterThan(2)))
                .extracting(BoundaryCase::position, BoundaryCase::value, BoundaryCase::expectedIn)
                .containsExactly(
                        tuple(Position.ON, 2.0, false),
                        tuple(Position.JUST_INSIDE, 3.0, true),
                        tuple(Position.JUST_OUTSIDE, 1.0, false));
    }

    @Test
    void between_is_probed_at_both_bounds() {
        assertThat(cases(companySize().between(10, 249)))
                .extracting(BoundaryCase::bound, BoundaryCase::value, BoundaryCase::expectedIn)
                .containsExactly(
                        tuple(10.0, 10.0, true),
                        tuple(10.0, 11.0, true),
                        tuple(10.0, 9.0, false),
                        tuple(249.0, 249.0, true),
                        tuple(249.0, 248.0, true),
                        tuple(249.0, 250.0, false));
    }

    @Test
    void is_has_one_value_on_and_one_just_outside_on_either_side() {
        assertThat(cases(attribute("points").number().is(1_000)))
                .extracting(BoundaryCase::position, BoundaryCase::value, BoundaryCase::expectedIn)
                .containsExactly(
                        tuple(Position.ON, 1000.0, true),
                        tuple(Position.JUST_OUTSIDE, Math.nextDown(1000.0), false),
                        tuple(Position.JUST_OUTSIDE, Math.nextUp(1000.0), false));
    }

    @Test
    void in_with_one_number_is_probed_as_is() {
        assertThat(cases(companySize().in(50)))
                .extracting(BoundaryCase::position, BoundaryCase::value, BoundaryCase::expectedIn)
                .containsExactly(
                        tuple(Position.ON, 50.0, true),
                        tuple(Position.JUST_OUTSIDE, 49.0, false),
                        tuple(Position.JUST_OUTSIDE, 51.0, false));
    }

    @Test
    void between_with_equal_bounds_is_probed_as_is() {
        assertThat(cases(companySize().between(50, 50)))
                .extracting(BoundaryCase::position, BoundaryCase::value, BoundaryCase::expectedIn)
                .containsExactly(
                        tuple(Position.ON, 50.0, true),
                        tuple(Position.JUST_OUTSIDE, 49.0, false),
                        tuple(Position.JUST_OUTSIDE, 51.0, false));
    }

    @Test
    void in_with_several_numbers_has_no_bounds() {
        assertThat(cases(companySize().in(10, 50))).isEmpty();
    }

    @Test
    void a_window_is_probed_at_its_edges_to_the_second() {
        // within(30d) as of 2026-01-01T00:00Z starts at 2025-12-02T00:00Z; an order after the evaluation time is
        // invisible, so the upper edge has no case just outside.
        Instant start = Instant.parse("2025-12-02T00:00:00Z");

        assertThat(cases(lastPurchase().within(Duration.ofDays(30))))
                .extracting(BoundaryCase::bound, BoundaryCase::value, BoundaryCase::expectedIn)
                .containsExactly(
                        tuple(start, start, true),
                        tuple(start, start.plusSeconds(1), true),
                        tuple(start, start.minusSeconds(1), false),
                        tuple(AS_OF, AS_OF, true),
                        tuple(AS_OF, AS_OF.minusSeconds(1), true));
    }

    @Test
    void before_is_out_on_its_bound() {
        Instant june = Instant.parse("2025-06-01T00:00:00Z");

        assertThat(cases(attribute("signed_up").instant().before(TimePoint.at(june))))
                .extracting(BoundaryCase::value, BoundaryCase::expectedIn)
                .containsExactly(
                        tuple(june, false), tuple(june.minusSeconds(1), true), tuple(june.plusSeconds(1), false));
    }

    @Test
    void ages_at_a_lower_bound_have_their_birthday_today_or_tomorrow() {
        // As of 2026-01-01: born 2008-01-01 turns 18 today (in); born 2008-01-02 turns 18 tomorrow (out).
        List<BoundaryCase> cases = cases(age().atLeast(18));

        assertThat(cases)
                .extracting(BoundaryCase::value, c -> c.customer().birthDate().orElseThrow(), BoundaryCase::expectedIn)
                .containsExactly(
                        tuple(18.0, LocalDate.of(2008, 1, 1), true),
                        tuple(19.0, LocalDate.of(2007, 1, 1), true),
                        tuple(17.0, LocalDate.of(2008, 1, 2), false));
        assertThat(cases.get(2).description()).isEqualTo("age = 17, 18th birthday tomorrow (just outside atLeast(18))");
    }

    @Test
    void ages_at_an_upper_bound_are_one_day_from_leaving() {
        // As of 2026-01-01: born 1960-01-02 is 65 and turns 66 tomorrow (in); born 1960-01-01 turns 66 today (out).
        assertThat(cases(age().atMost(65)))
                .extracting(BoundaryCase::value, c -> c.customer().birthDate().orElseThrow(), BoundaryCase::expectedIn)
                .containsExactly(
                        tuple(65.0, LocalDate.of(1960, 1, 2), true),
                        tuple(64.0, LocalDate.of(1961, 1, 2), true),
                        tuple(66.0, LocalDate.of(1960, 1, 1), false));
    }

    @Test
    void ages_follow_the_calendar_day_of_the_context_zone() {
        // 2025-12-31T23:30Z is already 2026-01-01 in Berlin, so the 18th birthday today is born 2008-01-01.
        EvaluationContext berlin =
                EvaluationContext.asOf(Instant.parse("2025-12-31T23:30:00Z"), ZoneId.of("Europe/Berlin"));

        List<BoundaryCase> cases = Fixtures.asOf(berlin).boundaryCases(Segment.where(age().atLeast(18)));

        assertThat(cases.get(0).customer().birthDate()).contains(LocalDate.of(2008, 1, 1));
        assertThat(cases.get(0).expectedIn()).isTrue();
    }

    @Test
    void a_negated_comparison_reverses_the_expectation() {
        // NOT age > 17: 17 is in, 18 is out, 16 is in.
        assertThat(cases(not(age().greaterThan(17))))
                .extracting(BoundaryCase::position, BoundaryCase::value, BoundaryCase::expectedIn)
                .containsExactly(
                        tuple(Position.ON, 17.0, true),
                        tuple(Position.JUST_INSIDE, 18.0, false),
                        tuple(Position.JUST_OUTSIDE, 16.0, true));
    }

    @Test
    void the_rest_of_the_segment_is_arranged_so_that_the_bound_alone_decides() {
        // Were the customer tagged 'vip', the count would not matter; no case is tagged.
        List<BoundaryCase> cases = cases(purchases().greaterThan(2).or(tags().contains("vip")));

        assertThat(cases)
                .hasSize(3)
                .allSatisfy(c -> assertThat(c.customer().tags()).doesNotContain("vip"));
    }

    @Test
    void each_expectation_agrees_with_the_engine() {
        Segment<Customer> segment = Segment.where(allOf(
                        purchases().inLast(Duration.ofDays(30)).atLeast(3),
                        totalSpent().atLeast(500),
                        averageOrderValue().atMost(100)))
                .named("joint");

        List<BoundaryCase> cases = Fixtures.boundaryCases(segment);

        assertThat(cases)
                .isNotEmpty()
                .allSatisfy(c -> assertThat(SegmentMatcher.of(segment).matches(c.customer(), TestKit.defaultContext()))
                        .as(c.description())
                        .isEqualTo(c.expectedIn()));
    }

    @Test
    void the_customer_has_the_value_probed() {
        for (BoundaryCase c : cases(averageOrderValue().between(20.5, 99.99))) {
            assertThat(c.comparison().attribute().read(c.customer(), TestKit.defaultContext()))
                    .as(c.description())
                    .isEqualTo(c.value());
        }
    }

    @Test
    void distances_are_probed_just_inside_and_just_outside_within_ten_metres() {
        List<BoundaryCase> cases = cases(distanceKm(52.52, 13.405).atMost(50));

        assertThat(cases)
                .extracting(BoundaryCase::position)
                .containsExactly(Position.JUST_INSIDE, Position.JUST_OUTSIDE);
        assertThat((Double) cases.get(0).value()).isBetween(49.99, 50.0).isNotEqualTo(50.0);
        assertThat((Double) cases.get(1).value()).isBetween(50.0, 50.01).isNotEqualTo(50.0);
    }

    @Test
    void the_description_says_where_the_value_lies() {
        assertThat(cases(totalSpent().inLast(Duration.ofDays(365)).atLeast(1_000)))
                .extracting(BoundaryCase::description)
                .containsExactly(
                        "total_spent(last 365d) = 1000.00 (on the bound; atLeast(1000) is inclusive)",
                        "total_spent(last 365d) = 1000.01 (just inside atLeast(1000))",
                        "total_spent(last 365d) = 999.99 (just outside atLeast(1000))");
    }

    @Test
    void text_set_and_boolean_comparisons_have_no_bounds() {
        assertThat(cases(country()
                        .in("DE", "AT")
                        .and(tags().contains("vip"))
                        .and(subscribedTo("email").isTrue())))
                .isEmpty();
    }

    @Test
    void boundary_cases_are_deterministic() {
        Segment<Customer> adults = Segment.where(age().atLeast(18));

        assertThat(Fixtures.seed(5).boundaryCases(adults))
                .isEqualTo(Fixtures.seed(5).boundaryCases(adults));
    }
}
