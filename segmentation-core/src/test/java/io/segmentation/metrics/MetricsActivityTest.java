package io.segmentation.metrics;

import static io.segmentation.metrics.People.JUNE;
import static io.segmentation.metrics.People.customer;
import static io.segmentation.metrics.People.event;
import static io.segmentation.metrics.People.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.segmentation.customer.Customer;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Marketing ROI and engagement over the last 30 days, [asOf - 30d, asOf). */
class MetricsActivityTest {

    private static final Duration MONTH = Duration.ofDays(30);

    // a: 100.00 (10 days ago), 50.00 (30 days ago: the window's inclusive start), 70.00 (31 days ago: before it),
    //    40.00 (at asOf: the window [asOf - 30d, asOf) has ended)
    // b: 250.00 (1 day ago)
    // Attributed revenue: 100.00 + 50.00 + 250.00 = 400.00
    private static final List<Customer> BUYERS = List.of(
            customer(
                    "a",
                    order("a1", 10, "100.00"),
                    order("a2", 30, "50.00"),
                    order("a3", 31, "70.00"),
                    order("a4", 0, "40.00")),
            customer("b", order("b1", 1, "250.00")));

    // a: page views 1, 5 and 29 days ago, a login 30 days ago (inclusive start), a login at asOf and a page view 31
    //    days ago (both outside): 4 events
    // b: a review 2 days ago: 1 event
    // c, d: nothing
    private static final List<Customer> VISITORS = List.of(
            customer(
                    "a",
                    event("page_view", 1),
                    event("page_view", 5),
                    event("page_view", 29),
                    event("login", 30),
                    event("login", 0),
                    event("page_view", 31)),
            customer("b", event("review", 2)),
            customer("c"),
            customer("d"));

    @Test
    void roi_is_attributed_profit_minus_spend_over_spend() {
        // (400.00 * 0.75 - 200) / 200 = (300 - 200) / 200 = 0.5
        Roi roi = Metrics.roi(new BigDecimal("200"), new BigDecimal("0.75"), MONTH)
                .calculate(BUYERS, JUNE);

        assertThat(roi).isEqualTo(new Roi(new BigDecimal("400.00"), new BigDecimal("0.75"), new BigDecimal("200")));
        assertThat(roi.value()).isEqualTo(0.5);
    }

    @Test
    void roi_without_attributed_revenue_loses_the_whole_spend() {
        Roi roi = Metrics.roi(BigDecimal.TEN, BigDecimal.ONE, MONTH).calculate(List.of(customer("c")), JUNE);

        assertThat(roi.value()).isEqualTo(-1.0);
    }

    @Test
    void roi_rejects_a_spend_of_zero() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Metrics.roi(BigDecimal.ZERO, BigDecimal.ONE, MONTH))
                .withMessage("spend must be greater than 0 but was 0");
    }

    @Test
    void roi_rejects_a_margin_above_one() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Metrics.roi(BigDecimal.TEN, new BigDecimal("2"), MONTH))
                .withMessage("margin must be between 0 and 1 but was 2");
    }

    @Test
    void roi_rejects_a_window_that_is_not_positive() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Metrics.roi(BigDecimal.TEN, BigDecimal.ONE, Duration.ofDays(-1)))
                .withMessage("window must be a positive duration but was -1d");
    }

    @Test
    void engagement_is_events_in_the_period_per_member() {
        // (4 + 1 + 0 + 0) events / 4 members = 1.25
        Rate engagement = Metrics.engagement(MONTH).calculate(VISITORS, JUNE);

        assertThat(engagement).isEqualTo(new Rate(5, 4));
        assertThat(engagement.value()).isEqualTo(1.25);
    }

    @Test
    void weighted_engagement_weighs_each_event_by_its_type() {
        // a: 3 page views * 1.0 + 1 login * 0 (unlisted) = 3.0; b: 1 review * 5.0 = 5.0: (3.0 + 5.0) / 4 = 2.0
        Rate engagement = Metrics.engagement(MONTH, Map.of("page_view", 1.0, "review", 5.0))
                .calculate(VISITORS, JUNE);

        assertThat(engagement).isEqualTo(new Rate(8.0, 4));
    }

    @Test
    void weighted_engagement_with_unit_weights_for_every_type_is_engagement() {
        Map<String, Double> all = Map.of("page_view", 1.0, "review", 1.0, "login", 1.0);

        assertThat(Metrics.engagement(MONTH, all).calculate(VISITORS, JUNE))
                .isEqualTo(Metrics.engagement(MONTH).calculate(VISITORS, JUNE));
    }

    @Test
    void weighted_engagement_accepts_a_zero_weight() {
        assertThat(Metrics.engagement(MONTH, Map.of("page_view", 0.0)).calculate(VISITORS, JUNE))
                .isEqualTo(new Rate(0, 4));
    }

    @Test
    void engagement_of_nobody_is_undefined() {
        assertThat(Metrics.engagement(MONTH).calculate(List.of(), JUNE).isDefined())
                .isFalse();
    }

    @Test
    void engagement_rejects_a_negative_weight() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Metrics.engagement(MONTH, Map.of("page_view", -0.5)))
                .withMessage("weightsByEventType['page_view']: weight must be finite and at least 0 but was -0.5");
    }

    @Test
    void engagement_rejects_an_infinite_weight() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Metrics.engagement(MONTH, Map.of("page_view", Double.POSITIVE_INFINITY)))
                .withMessage("weightsByEventType['page_view']: weight must be finite and at least 0 but was Infinity");
    }

    @Test
    void engagement_rejects_no_weights() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Metrics.engagement(MONTH, Map.of()))
                .withMessage("weightsByEventType must not be empty");
    }

    @Test
    void engagement_rejects_a_blank_event_type() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Metrics.engagement(MONTH, Map.of(" ", 1.0)))
                .withMessage("weightsByEventType: event type ' ' must not be blank");
    }

    @Test
    void engagement_rejects_a_null_weight() {
        Map<String, Double> weights = new HashMap<>();
        weights.put("page_view", null);

        assertThatNullPointerException()
                .isThrownBy(() -> Metrics.engagement(MONTH, weights))
                .withMessage("weightsByEventType['page_view']: null weight");
    }

    @Test
    void engagement_copies_the_weights() {
        Map<String, Double> weights = new HashMap<>(Map.of("review", 5.0));
        MetricCalculator<Customer, Rate> engagement = Metrics.engagement(MONTH, weights);
        weights.put("review", 100.0);

        assertThat(engagement.calculate(VISITORS, JUNE)).isEqualTo(new Rate(5.0, 4));
    }

    @Test
    void names_state_the_period() {
        assertThat(Metrics.engagement(MONTH).name()).isEqualTo("Engagement 30d");
        assertThat(Metrics.engagement(Duration.ofDays(7), Map.of("login", 1.0)).name())
                .isEqualTo("Weighted engagement 7d");
        assertThat(Metrics.roi(BigDecimal.ONE, BigDecimal.ONE, MONTH).name()).isEqualTo("ROI");
    }
}
