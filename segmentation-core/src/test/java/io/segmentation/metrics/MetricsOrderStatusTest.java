package io.segmentation.metrics;

import static io.segmentation.metrics.People.JUNE;
import static io.segmentation.metrics.People.customer;
import static io.segmentation.metrics.People.daysAgo;
import static io.segmentation.metrics.People.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.segmentation.Segment;
import io.segmentation.customer.Customer;
import io.segmentation.customer.MixedCurrencyException;
import io.segmentation.customer.Order;
import io.segmentation.index.PopulationIndex;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Cancelled and refunded orders leave every order metric as if never placed; money metrics never mix currencies. */
class MetricsOrderStatusTest {

    private static Order with(String id, int daysAgo, String total, Order.Status status) {
        return Order.builder(id, daysAgo(daysAgo), new BigDecimal(total))
                .status(status)
                .build();
    }

    private static Order in(String id, int daysAgo, String total, String currency) {
        return Order.builder(id, daysAgo(daysAgo), new BigDecimal(total))
                .currency(currency)
                .build();
    }

    // alice: 10.00 and 20.00 kept, 500.00 cancelled; bob: 7.00 refunded only; carol: 1000.10 and 1000.00 kept.
    private static final List<Customer> MEMBERS = List.of(
            customer(
                    "alice",
                    order("a1", 10, "10.00"),
                    order("a2", 5, "20.00"),
                    with("a3", 3, "500.00", Order.Status.CANCELLED)),
            customer("bob", with("b1", 4, "7.00", Order.Status.REFUNDED)),
            customer("carol", order("c1", 400, "1000.10"), order("c2", 10, "1000.00")));

    private static final List<Customer> KEPT = List.of(
            customer("alice", order("a1", 10, "10.00"), order("a2", 5, "20.00")),
            customer("bob"),
            customer("carol", order("c1", 400, "1000.10"), order("c2", 10, "1000.00")));

    @Test
    void revenue_leaves_out_cancelled_and_refunded_orders() {
        assertThat(Metrics.revenue().calculate(MEMBERS, JUNE).total()).isEqualByComparingTo("2030.10");
    }

    @Test
    void orders_count_purchases_only() {
        assertThat(Metrics.orders().calculate(MEMBERS, JUNE)).isEqualTo(new Count(4));
    }

    @Test
    void every_order_metric_is_as_if_cancelled_and_refunded_orders_were_never_placed() {
        List<MetricCalculator<Customer, ? extends MetricValue>> calculators = List.of(
                Metrics.revenue(),
                Metrics.orders(),
                Metrics.averageOrderValue(),
                Metrics.purchaseFrequency(),
                Metrics.repeatPurchaseRate(),
                Metrics.historicClv(),
                Metrics.retention(Duration.ofDays(30)),
                Metrics.churn(Duration.ofDays(30)),
                Metrics.roi(BigDecimal.TEN, new BigDecimal("0.5"), Duration.ofDays(30)));
        for (MetricCalculator<Customer, ? extends MetricValue> calculator : calculators) {
            assertThat((Object) calculator.calculate(MEMBERS, JUNE))
                    .as(calculator.name())
                    .isEqualTo(calculator.calculate(KEPT, JUNE));
        }
    }

    @Test
    void repeat_rate_does_not_count_a_cancelled_second_order() {
        List<Customer> one =
                List.of(customer("alice", order("a1", 10, "10.00"), with("a2", 5, "20.00", Order.Status.CANCELLED)));
        assertThat(Metrics.repeatPurchaseRate().calculate(one, JUNE)).isEqualTo(new Ratio(0, 1));
    }

    @Test
    void the_index_gives_the_same_revenue() {
        PopulationIndex<Customer> index = PopulationIndex.build(MEMBERS, JUNE);
        Segment<Customer> everyone =
                Segment.where(io.segmentation.Attributes.purchases().atLeast(0));
        assertThat(Metrics.revenue().calculate(index, everyone).total()).isEqualByComparingTo("2030.10");
    }

    @Test
    void revenue_refuses_members_in_different_currencies() {
        List<Customer> members =
                List.of(customer("alice", in("a1", 10, "10.00", "EUR")), customer("bob", in("b1", 5, "20.00", "USD")));
        assertThatThrownBy(() -> Metrics.revenue().calculate(members, JUNE))
                .isInstanceOf(MixedCurrencyException.class)
                .hasMessage("customer 'bob': Revenue would add amounts in EUR and USD; amounts in different currencies"
                        + " are never added");
    }

    @Test
    void revenue_refuses_members_in_different_currencies_in_parallel_too() {
        List<Customer> members =
                List.of(customer("alice", in("a1", 10, "10.00", "EUR")), customer("bob", in("b1", 5, "20.00", "USD")));
        assertThatThrownBy(() -> Metrics.averageOrderValue().calculateInParallel(members, JUNE))
                .isInstanceOf(MixedCurrencyException.class)
                .hasMessageContaining("AOV would add amounts in EUR and USD");
    }

    @Test
    void revenue_refuses_a_member_whose_own_purchases_mix_currencies() {
        List<Customer> members = List.of(customer("alice", in("a1", 10, "10.00", "EUR"), in("a2", 5, "20.00", "USD")));
        assertThatThrownBy(() -> Metrics.revenue().calculate(members, JUNE))
                .isInstanceOf(MixedCurrencyException.class)
                .hasMessageStartingWith("customer 'alice': Revenue would add amounts in EUR and USD");
    }

    @Test
    void revenue_adds_members_without_a_currency_to_the_one_currency_of_the_others() {
        List<Customer> members =
                List.of(customer("alice", in("a1", 10, "10.00", "EUR")), customer("bob", order("b1", 5, "20.00")));
        assertThat(Metrics.revenue().calculate(members, JUNE).total()).isEqualByComparingTo("30.00");
    }

    @Test
    void counts_do_not_need_one_currency() {
        List<Customer> members =
                List.of(customer("alice", in("a1", 10, "10.00", "EUR")), customer("bob", in("b1", 5, "20.00", "USD")));
        assertThat(Metrics.orders().calculate(members, JUNE)).isEqualTo(new Count(2));
    }
}
