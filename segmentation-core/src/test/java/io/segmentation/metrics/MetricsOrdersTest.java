package io.segmentation.metrics;

import static io.segmentation.metrics.People.JUNE;
import static io.segmentation.metrics.People.customer;
import static io.segmentation.metrics.People.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import io.segmentation.customer.Customer;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Size, share and the metrics over orders to date, on one population computed by hand. */
class MetricsOrdersTest {

    // alice: 10.00 (10 days ago), 20.00 (5 days ago), 30.00 (tomorrow: does not exist yet)
    // bob:   15.50 (100 days ago)
    // carol: no orders
    // dave:  5.00 (400 days ago), 4.50 (exactly at asOf: counts, "to date" includes asOf)
    // To date: 5 orders, revenue 10.00 + 20.00 + 15.50 + 5.00 + 4.50 = 55.00; repeat buyers alice and dave.
    private static final List<Customer> MEMBERS = List.of(
            customer("alice", order("a1", 10, "10.00"), order("a2", 5, "20.00"), order("a3", -1, "30.00")),
            customer("bob", order("b1", 100, "15.50")),
            customer("carol"),
            customer("dave", order("d1", 400, "5.00"), order("d2", 0, "4.50")));

    private static final List<Customer> NOBODY = List.of();

    @Test
    void size_counts_members() {
        assertThat(Metrics.size().calculate(MEMBERS, JUNE)).isEqualTo(new Count(4));
    }

    @Test
    void size_of_nobody_is_zero() {
        assertThat(Metrics.size().calculate(NOBODY, JUNE)).isEqualTo(new Count(0));
    }

    @Test
    void share_is_members_over_the_population_size() {
        // 4 / 10
        assertThat(Metrics.shareOf(10).calculate(MEMBERS, JUNE)).isEqualTo(new Ratio(4, 10));
    }

    @Test
    void share_of_an_empty_population_is_undefined() {
        assertThat(Metrics.shareOf(0).calculate(NOBODY, JUNE).isDefined()).isFalse();
    }

    @Test
    void share_fails_when_members_exceed_the_population() {
        assertThatIllegalStateException()
                .isThrownBy(() -> Metrics.shareOf(3).calculate(MEMBERS, JUNE))
                .withMessage("shareOf(3): the segment has 4 members, more than the population size");
    }

    @Test
    void share_rejects_a_negative_population_size() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Metrics.shareOf(-1))
                .withMessage("populationSize must be at least 0 but was -1");
    }

    @Test
    void revenue_sums_order_totals_to_date_exactly() {
        // 10.00 + 20.00 + 15.50 + 5.00 + 4.50 = 55.00 (alice's 30.00 tomorrow is left out)
        assertThat(Metrics.revenue().calculate(MEMBERS, JUNE)).isEqualTo(Money.of(new BigDecimal("55.00")));
    }

    @Test
    void revenue_of_nobody_is_zero() {
        assertThat(Metrics.revenue().calculate(NOBODY, JUNE).value()).isZero();
    }

    @Test
    void revenue_depends_on_the_evaluation_time() {
        // A day later alice's 30.00 exists: 55.00 + 30.00 = 85.00
        Money later = Metrics.revenue().calculate(MEMBERS, JUNE.withAsOf(People.daysAgo(-1)));

        assertThat(later.total()).isEqualByComparingTo("85.00");
    }

    @Test
    void orders_counts_orders_to_date() {
        // alice 2 + bob 1 + carol 0 + dave 2 = 5
        assertThat(Metrics.orders().calculate(MEMBERS, JUNE)).isEqualTo(new Count(5));
    }

    @Test
    void average_order_value_is_revenue_over_orders() {
        // 55.00 / 5 = 11.00
        Money aov = Metrics.averageOrderValue().calculate(MEMBERS, JUNE);

        assertThat(aov).isEqualTo(Money.average(new BigDecimal("55.00"), 5));
        assertThat(aov.value()).isEqualTo(11.0);
    }

    @Test
    void average_order_value_without_orders_is_undefined() {
        Money aov = Metrics.averageOrderValue().calculate(List.of(customer("carol")), JUNE);

        assertThat(aov.amount()).isEmpty();
        assertThat(aov.value()).isNaN();
    }

    @Test
    void purchase_frequency_is_orders_over_customers() {
        // 5 orders / 4 members = 1.25
        assertThat(Metrics.purchaseFrequency().calculate(MEMBERS, JUNE)).isEqualTo(new Rate(5, 4));
    }

    @Test
    void purchase_frequency_of_nobody_is_undefined() {
        assertThat(Metrics.purchaseFrequency().calculate(NOBODY, JUNE).value()).isNaN();
    }

    @Test
    void repeat_purchase_rate_counts_customers_with_two_orders_to_date() {
        // alice (2 to date) and dave (2) of 4 members = 0.5; alice's third order is tomorrow
        assertThat(Metrics.repeatPurchaseRate().calculate(MEMBERS, JUNE)).isEqualTo(new Ratio(2, 4));
    }

    @Test
    void repeat_purchase_rate_ignores_a_second_order_after_the_evaluation_time() {
        Customer once = customer("erin", order("e1", 3, "1.00"), order("e2", -3, "1.00"));

        assertThat(Metrics.repeatPurchaseRate().calculate(List.of(once), JUNE)).isEqualTo(new Ratio(0, 1));
    }

    @Test
    void historic_clv_is_revenue_per_customer() {
        // 55.00 / 4 = 13.75
        Money clv = Metrics.historicClv().calculate(MEMBERS, JUNE);

        assertThat(clv).isEqualTo(Money.average(new BigDecimal("55.00"), 4));
        assertThat(clv.value()).isEqualTo(13.75);
    }

    @Test
    void historic_clv_with_a_margin_is_profit_per_customer() {
        // 55.00 * 0.2 / 4 = 11.000 / 4 = 2.75
        Money clv = Metrics.historicClv(new BigDecimal("0.2")).calculate(MEMBERS, JUNE);

        assertThat(clv.total()).isEqualByComparingTo("11.00");
        assertThat(clv.value()).isEqualTo(2.75);
    }

    @Test
    void historic_clv_of_nobody_is_undefined() {
        assertThat(Metrics.historicClv().calculate(NOBODY, JUNE).isDefined()).isFalse();
    }

    @Test
    void historic_clv_accepts_the_margin_bounds() {
        assertThat(Metrics.historicClv(BigDecimal.ZERO).calculate(MEMBERS, JUNE).value())
                .isZero();
        assertThat(Metrics.historicClv(BigDecimal.ONE).calculate(MEMBERS, JUNE))
                .isEqualTo(Metrics.historicClv().calculate(MEMBERS, JUNE));
    }

    @Test
    void historic_clv_rejects_a_margin_above_one() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Metrics.historicClv(new BigDecimal("1.5")))
                .withMessage("margin must be between 0 and 1 but was 1.5");
    }

    @Test
    void historic_clv_rejects_a_negative_margin() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Metrics.historicClv(new BigDecimal("-0.01")))
                .withMessage("margin must be between 0 and 1 but was -0.01");
    }
}
