package io.segmentation.metrics;

import static io.segmentation.metrics.People.JUNE;
import static io.segmentation.metrics.People.customer;
import static io.segmentation.metrics.People.event;
import static io.segmentation.metrics.People.order;
import static io.segmentation.metrics.People.orderAt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.segmentation.EvaluationContext;
import io.segmentation.customer.Customer;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Retention, churn and cohort retention over the periods [asOf - 60d, asOf - 30d) and [asOf - 30d, asOf). */
class MetricsRetentionTest {

    private static final Duration MONTH = Duration.ofDays(30);

    // Days ago of each member's orders; earlier period: 60 >= d > 30, later period: 30 >= d > 0.
    // ann 45, 10       earlier and later: retained
    // ben 45           earlier only: churned
    // cat 50, 59, 0    earlier only: the order at asOf itself lies after the later period [asOf - 30d, asOf)
    // dan 60, 30       both, each exactly on a period start (inclusive): retained
    // hal 40, 20       retained
    // eve 10           later only, first order ever: new
    // fay 200, 5       later only, came back after a lapse: not new
    // gus 61           neither
    // S (active earlier) = ann, ben, cat, dan, hal = 5; retained = ann, dan, hal = 3; churned = ben, cat = 2
    // E (active later) = ann, dan, hal, eve, fay = 5; N (first order later) = eve = 1
    private static final List<Customer> MEMBERS = List.of(
            customer("ann", order("a1", 45, "1"), order("a2", 10, "1")),
            customer("ben", order("b1", 45, "1")),
            customer("cat", order("c1", 50, "1"), order("c2", 59, "1"), order("c3", 0, "1")),
            customer("dan", order("d1", 60, "1"), order("d2", 30, "1")),
            customer("hal", order("h1", 40, "1"), order("h2", 20, "1")),
            customer("eve", order("e1", 10, "1")),
            customer("fay", order("f1", 200, "1"), order("f2", 5, "1")),
            customer("gus", order("g1", 61, "1")));

    @Test
    void retention_is_the_share_of_earlier_actives_active_again() {
        // 3 retained / 5 active earlier = 0.6
        Ratio retention = Metrics.retention(MONTH).calculate(MEMBERS, JUNE);

        assertThat(retention).isEqualTo(new Ratio(3, 5));
        assertThat(retention.value()).isEqualTo(0.6);
    }

    @Test
    void churn_is_the_share_of_earlier_actives_not_active_again() {
        // 2 churned / 5 active earlier = 0.4
        assertThat(Metrics.churn(MONTH).calculate(MEMBERS, JUNE)).isEqualTo(new Ratio(2, 5));
    }

    @Test
    void churn_is_one_minus_retention() {
        Ratio retention = Metrics.retention(MONTH).calculate(MEMBERS, JUNE);
        Ratio churn = Metrics.churn(MONTH).calculate(MEMBERS, JUNE);

        assertThat(churn).isEqualTo(retention.complement());
        assertThat(churn.value()).isEqualTo(1 - retention.value());
    }

    @Test
    void retention_without_earlier_actives_is_undefined() {
        List<Customer> newcomers = List.of(customer("eve", order("e1", 10, "1")));

        assertThat(Metrics.retention(MONTH).calculate(newcomers, JUNE)).isEqualTo(new Ratio(0, 0));
    }

    @Test
    void cohort_retention_is_end_minus_new_over_start() {
        // S = 5, E = 5, N = 1: (5 - 1) / 5 = 0.8
        CohortRetention cohort = Metrics.cohortRetention(MONTH).calculate(MEMBERS, JUNE);

        assertThat(cohort).isEqualTo(new CohortRetention(5, 5, 1));
        assertThat(cohort.value()).isEqualTo(0.8);
    }

    @Test
    void cohort_retention_counts_returning_lapsed_customers_unlike_retention() {
        // fay ordered 200 and 5 days ago: S = 0, so undefined; with one earlier active (ben) S = 1, E - N = 1
        List<Customer> lapsed = List.of(
                customer("fay", order("f1", 200, "1"), order("f2", 5, "1")), customer("ben", order("b1", 45, "1")));

        assertThat(Metrics.cohortRetention(MONTH).calculate(lapsed, JUNE).value())
                .isEqualTo(1.0);
        assertThat(Metrics.retention(MONTH).calculate(lapsed, JUNE).value()).isZero();
    }

    @Test
    void retention_over_events_counts_a_member_active_with_an_event_of_the_type() {
        // ivy logs in 45 and 10 days ago: retained; jon logs in 45 days ago, only views a page 10 days ago: churned
        List<Customer> members = List.of(
                customer("ivy", event("login", 45), event("login", 10)),
                customer("jon", event("login", 45), event("page_view", 10)));

        assertThat(Metrics.retention(MONTH, "login").calculate(members, JUNE)).isEqualTo(new Ratio(1, 2));
        assertThat(Metrics.churn(MONTH, "login").calculate(members, JUNE)).isEqualTo(new Ratio(1, 2));
    }

    @Test
    void retention_over_events_ignores_orders() {
        assertThat(Metrics.retention(MONTH, "login").calculate(MEMBERS, JUNE)).isEqualTo(new Ratio(0, 0));
    }

    @Test
    void calendar_periods_end_at_the_same_time_of_day_months_back() {
        // asOf 2026-06-01: later [2026-05-01, 2026-06-01), earlier [2026-04-01, 2026-05-01)
        List<Customer> members = List.of(
                customer(
                        "kim",
                        orderAt("k1", Instant.parse("2026-04-01T00:00:00Z"), "1"),
                        orderAt("k2", Instant.parse("2026-05-31T00:00:00Z"), "1")),
                customer(
                        "lea",
                        orderAt("l1", Instant.parse("2026-03-31T23:59:59Z"), "1"),
                        orderAt("l2", Instant.parse("2026-05-01T00:00:00Z"), "1")));

        assertThat(Metrics.retention(Period.ofMonths(1)).calculate(members, JUNE))
                .isEqualTo(new Ratio(1, 1));
    }

    @Test
    void calendar_periods_each_start_one_period_before_the_next() {
        // asOf 2026-03-31: later starts 2026-02-28 (March 31 - 1 month), earlier starts 2026-01-28 (February 28 -
        // 1 month), not 2026-01-31 (March 31 - 2 months): an order on January 29 is in the earlier period
        EvaluationContext march = EvaluationContext.asOf(Instant.parse("2026-03-31T00:00:00Z"));
        Customer mia = customer(
                "mia",
                orderAt("m1", Instant.parse("2026-01-29T00:00:00Z"), "1"),
                orderAt("m2", Instant.parse("2026-03-01T00:00:00Z"), "1"));

        assertThat(Metrics.retention(Period.ofMonths(1)).calculate(List.of(mia), march))
                .isEqualTo(new Ratio(1, 1));
    }

    @Test
    void calendar_periods_are_counted_in_the_context_zone() {
        // asOf 2026-04-15T12:00Z. In UTC the later period starts 2026-03-15T12:00Z; in Berlin it starts
        // 2026-03-15T14:00+01:00 (before the switch to summer time) = 13:00Z. An order at 12:30Z is therefore in the
        // later period in UTC (retained) but in the earlier one in Berlin (churned).
        Instant asOf = Instant.parse("2026-04-15T12:00:00Z");
        Customer ned = customer(
                "ned",
                orderAt("n1", Instant.parse("2026-02-20T00:00:00Z"), "1"),
                orderAt("n2", Instant.parse("2026-03-15T12:30:00Z"), "1"));

        Ratio utc = Metrics.retention(Period.ofMonths(1)).calculate(List.of(ned), EvaluationContext.asOf(asOf));
        Ratio berlin = Metrics.retention(Period.ofMonths(1))
                .calculate(List.of(ned), EvaluationContext.asOf(asOf, ZoneId.of("Europe/Berlin")));

        assertThat(utc).isEqualTo(new Ratio(1, 1));
        assertThat(berlin).isEqualTo(new Ratio(0, 1));
    }

    @Test
    void calendar_churn_and_cohort_retention_use_the_same_periods() {
        // Earlier [04-01, 05-01), later [05-01, 06-01). ann (April 17, May 22) retained; ben (April 17) churned;
        // eve (May 22, her first order) new. Churned 1 of S = 2; E = ann, eve = 2; N = eve = 1.
        List<Customer> members = List.of(MEMBERS.get(0), MEMBERS.get(1), MEMBERS.get(5));

        assertThat(Metrics.churn(Period.ofMonths(1)).calculate(members, JUNE)).isEqualTo(new Ratio(1, 2));
        assertThat(Metrics.cohortRetention(Period.ofMonths(1)).calculate(members, JUNE))
                .isEqualTo(new CohortRetention(2, 2, 1));
    }

    @Test
    void a_period_longer_than_recorded_time_leaves_no_earlier_period() {
        Duration forever = Duration.ofSeconds(Long.MAX_VALUE);

        assertThat(Metrics.retention(forever).calculate(MEMBERS, JUNE)).isEqualTo(new Ratio(0, 0));
    }

    @Test
    void names_state_the_period() {
        assertThat(Metrics.retention(Duration.ofDays(90)).name()).isEqualTo("Retention 90d");
        assertThat(Metrics.churn(Duration.ofHours(12)).name()).isEqualTo("Churn 12h");
        assertThat(Metrics.retention(Period.ofMonths(3)).name()).isEqualTo("Retention 3m");
        assertThat(Metrics.churn(Period.ofDays(14)).name()).isEqualTo("Churn 14d");
        assertThat(Metrics.retention(Period.of(0, 1, 15)).name()).isEqualTo("Retention P1M15D");
        assertThat(Metrics.cohortRetention(MONTH).name()).isEqualTo("Cohort retention 30d");
        assertThat(Metrics.retention(MONTH, "login").name()).isEqualTo("Retention 30d (login)");
        assertThat(Metrics.churn(Period.ofYears(1), "login").name()).isEqualTo("Churn 12m (login)");
    }

    @Test
    void rejects_a_period_that_is_not_positive() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Metrics.retention(Duration.ZERO))
                .withMessage("periodLength must be a positive duration but was PT0S");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Metrics.churn(Duration.ofDays(-7)))
                .withMessage("periodLength must be a positive duration but was -7d");
    }

    @Test
    void rejects_a_calendar_period_with_a_negative_part() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Metrics.cohortRetention(Period.of(0, 1, -1)))
                .withMessage("periodLength must be a positive period without negative parts but was P1M-1D");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Metrics.retention(Period.ZERO))
                .withMessage("periodLength must be a positive period without negative parts but was P0D");
    }

    @Test
    void rejects_a_blank_event_type() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Metrics.retention(MONTH, " "))
                .withMessage("eventType must not be blank");
    }
}
