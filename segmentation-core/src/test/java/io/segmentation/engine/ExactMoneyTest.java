package io.segmentation.engine;

import static io.segmentation.Attributes.averageOrderValue;
import static io.segmentation.Attributes.firstPurchase;
import static io.segmentation.Attributes.lastPurchase;
import static io.segmentation.Attributes.purchases;
import static io.segmentation.Attributes.totalSpent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.segmentation.EvaluationContext;
import io.segmentation.Segment;
import io.segmentation.customer.Customer;
import io.segmentation.customer.MixedCurrencyException;
import io.segmentation.customer.Order;
import io.segmentation.index.PopulationIndex;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * Money thresholds met exactly on every path (matcher, engine, explanation, index, tracker), cancelled and refunded
 * orders left out everywhere, and mixed currencies refused everywhere with one exception.
 */
class ExactMoneyTest {

    private static final Instant NOW = Instant.parse("2026-06-01T00:00:00Z");
    private static final EvaluationContext JUNE = EvaluationContext.asOf(NOW);

    private static Instant daysAgo(int days) {
        return NOW.minus(Duration.ofDays(days));
    }

    private static Order order(String id, int daysAgo, String total) {
        return Order.builder(id, daysAgo(daysAgo), new BigDecimal(total)).build();
    }

    private static Order order(String id, int daysAgo, String total, String currency) {
        return Order.builder(id, daysAgo(daysAgo), new BigDecimal(total))
                .currency(currency)
                .build();
    }

    private static Order order(String id, int daysAgo, String total, Order.Status status) {
        return Order.builder(id, daysAgo(daysAgo), new BigDecimal(total))
                .status(status)
                .build();
    }

    private static Customer customer(Order... orders) {
        return Customer.builder("c-1").orders(List.of(orders)).build();
    }

    /** Whether the customer is in the segment, as each path says. */
    private static Map<String, Boolean> paths(Segment<Customer> segment, Customer c) {
        Map<String, Boolean> answers = new LinkedHashMap<>();
        SegmentMatcher<Customer> matcher = SegmentMatcher.of(segment);
        answers.put("matcher", matcher.matches(c, JUNE));
        answers.put("engine", SegmentEngine.of(segment).matches(segment, c, JUNE));
        answers.put("explanation", matcher.explain(c, JUNE).matched());
        answers.put("index", PopulationIndex.build(List.of(c), JUNE).count(segment) == 1);
        MembershipTracker<Customer> tracker = MembershipTracker.over(SegmentEngine.of(segment));
        tracker.update(c, NOW);
        answers.put("tracker", tracker.memberships(c.id()).contains(segment));
        return answers;
    }

    private static void assertOnEveryPath(Segment<Customer> segment, Customer c, boolean expected) {
        assertThat(paths(segment, c))
                .allSatisfy((path, in) ->
                        assertThat(in).as("%s on %s", segment, path).isEqualTo(expected));
    }

    private static void assertRefusedOnEveryPath(Segment<Customer> segment, Customer c, String message) {
        SegmentMatcher<Customer> matcher = SegmentMatcher.of(segment);
        Map<String, ThrowingCallable> calls = new LinkedHashMap<>();
        calls.put("matcher", () -> matcher.matches(c, JUNE));
        calls.put("engine", () -> SegmentEngine.of(segment).segmentsOf(c, JUNE));
        calls.put("explanation", () -> matcher.explain(c, JUNE));
        calls.put("index", () -> PopulationIndex.build(List.of(c), JUNE).count(segment));
        calls.put(
                "tracker",
                () -> MembershipTracker.over(SegmentEngine.of(segment)).update(c, NOW));
        calls.forEach((path, call) -> assertThatThrownBy(call)
                .as(path)
                .isInstanceOf(MixedCurrencyException.class)
                .hasMessage(message));
    }

    private static Customer thousandInTheLastYear() {
        return customer(order("o-1", 400, "1000.10"), order("o-2", 10, "1000.00"));
    }

    @Test
    void total_spent_in_the_last_year_reads_exactly_1000() {
        assertThat(totalSpent().inLast(Duration.ofDays(365)).read(thousandInTheLastYear(), JUNE))
                .isEqualTo(1000.0);
    }

    @Test
    void a_threshold_of_1000_is_met_by_1000_on_every_path() {
        Segment<Customer> vip =
                Segment.where(totalSpent().inLast(Duration.ofDays(365)).atLeast(1_000));
        assertOnEveryPath(vip, thousandInTheLastYear(), true);
    }

    @Test
    void a_threshold_of_1000_00_is_met_by_1000_00_on_every_path_with_at_most_too() {
        Segment<Customer> small =
                Segment.where(totalSpent().inLast(Duration.ofDays(365)).atMost(1_000.00));
        assertOnEveryPath(small, thousandInTheLastYear(), true);
    }

    @Test
    void two_cents_in_the_last_30_days_read_exactly_0_02() {
        Customer c = customer(order("o-1", 60, "0.01"), order("o-2", 1, "0.02"));
        assertThat(totalSpent().inLast(Duration.ofDays(30)).read(c, JUNE)).isEqualTo(0.02);
        assertOnEveryPath(Segment.where(totalSpent().inLast(Duration.ofDays(30)).is(0.02)), c, true);
    }

    @Test
    void the_average_order_value_in_the_last_year_reads_exactly_1000() {
        assertThat(averageOrderValue().inLast(Duration.ofDays(365)).read(thousandInTheLastYear(), JUNE))
                .isEqualTo(1000.0);
        assertOnEveryPath(
                Segment.where(averageOrderValue().inLast(Duration.ofDays(365)).atLeast(1_000)),
                thousandInTheLastYear(),
                true);
    }

    @Test
    void the_average_order_value_is_the_double_nearest_the_exact_mean() {
        Customer c = customer(order("o-1", 3, "0.10"), order("o-2", 2, "0.20"), order("o-3", 1, "0.03"));
        assertThat(averageOrderValue().read(c, JUNE)).isEqualTo(0.11);
    }

    @Test
    void the_explanation_shows_the_exact_sum() {
        Customer c = customer(order("o-1", 60, "0.01"), order("o-2", 1, "0.02"));
        Explanation explanation = SegmentMatcher.of(
                        Segment.where(totalSpent().inLast(Duration.ofDays(30)).atLeast(1)))
                .explain(c, JUNE);
        Explanation leaf = explanation.children().isEmpty()
                ? explanation
                : explanation.children().get(0);
        assertThat(leaf.actual()).contains("0.02");
    }

    @Test
    void amounts_of_different_scales_sum_exactly() {
        Customer c = customer(order("o-1", 3, "0.1"), order("o-2", 2, "0.2"), order("o-3", 1, "0.005"));
        assertThat(c.exactTotalSpentBetween(daysAgo(10), NOW)).isEqualByComparingTo("0.305");
        assertThat(totalSpent().read(c, JUNE)).isEqualTo(0.305);
    }

    @Test
    void amounts_beyond_long_minor_units_still_sum_exactly() {
        Customer c = customer(order("o-1", 3, "9223372036854775807.01"), order("o-2", 2, "0.000000000000000001"));
        assertThat(c.exactTotalSpentBetween(daysAgo(10), NOW))
                .isEqualByComparingTo("9223372036854775807.010000000000000001");
        assertThat(totalSpent().read(c, JUNE))
                .isEqualTo(new BigDecimal("9223372036854775807.010000000000000001").doubleValue());
    }

    @Test
    void cancelled_and_refunded_orders_are_not_purchases_on_every_path() {
        Customer c = customer(
                order("o-1", 5, "40.00"),
                order("o-2", 4, "500.00", Order.Status.CANCELLED),
                order("o-3", 3, "700.00", Order.Status.REFUNDED));
        assertOnEveryPath(Segment.where(purchases().is(1)), c, true);
        assertOnEveryPath(Segment.where(totalSpent().is(40)), c, true);
        assertOnEveryPath(Segment.where(averageOrderValue().is(40)), c, true);
    }

    @Test
    void first_and_last_purchase_skip_cancelled_and_refunded_orders() {
        Customer c = customer(
                order("o-1", 9, "10.00", Order.Status.CANCELLED),
                order("o-2", 5, "40.00"),
                order("o-3", 1, "70.00", Order.Status.REFUNDED));
        assertThat(firstPurchase().read(c, JUNE)).isEqualTo(daysAgo(5));
        assertThat(lastPurchase().read(c, JUNE)).isEqualTo(daysAgo(5));
        assertOnEveryPath(Segment.where(lastPurchase().before(daysAgo(2))), c, true);
    }

    @Test
    void a_customer_with_only_cancelled_orders_has_no_average_and_no_last_purchase() {
        Customer c = customer(order("o-1", 5, "40.00", Order.Status.CANCELLED));
        assertOnEveryPath(Segment.where(averageOrderValue().isMissing()), c, true);
        assertOnEveryPath(Segment.where(lastPurchase().isMissing()), c, true);
        assertOnEveryPath(Segment.where(totalSpent().is(0)), c, true);
    }

    @Test
    void mixed_currencies_are_refused_with_one_message_on_every_path() {
        Customer c = customer(order("o-1", 5, "40.00", "EUR"), order("o-2", 3, "50.00", "USD"));
        assertRefusedOnEveryPath(
                Segment.where(totalSpent().atLeast(50)),
                c,
                "customer 'c-1': total_spent would add amounts in EUR and USD; amounts in different currencies are"
                        + " never added");
        assertRefusedOnEveryPath(
                Segment.where(averageOrderValue().atLeast(50)),
                c,
                "customer 'c-1': average_order_value would add amounts in EUR and USD; amounts in different"
                        + " currencies are never added");
    }

    @Test
    void a_large_index_read_in_parallel_refuses_mixed_currencies_with_the_same_exception() {
        List<Customer> many = new ArrayList<>();
        for (int i = 0; i < 40_000; i++) {
            many.add(Customer.builder("c-" + i)
                    .order(order("o-1", 5, "1.00", "EUR"))
                    .build());
        }
        many.add(Customer.builder("mixed")
                .order(order("o-1", 5, "40.00", "EUR"))
                .order(order("o-2", 3, "50.00", "USD"))
                .build());
        PopulationIndex<Customer> index = PopulationIndex.build(many, JUNE);

        assertThatThrownBy(() -> index.count(Segment.where(totalSpent().atLeast(50))))
                .isInstanceOf(MixedCurrencyException.class)
                .hasMessageStartingWith("customer 'mixed': total_spent would add amounts in EUR and USD");
    }

    @Test
    void a_window_holding_one_currency_is_summed_even_if_others_lie_outside_it() {
        Customer c = customer(order("o-1", 50, "40.00", "EUR"), order("o-2", 3, "50.00", "USD"));
        assertOnEveryPath(Segment.where(totalSpent().inLast(Duration.ofDays(30)).is(50)), c, true);
    }

    @Test
    void orders_without_a_currency_add_to_the_one_currency_of_the_others() {
        Customer c = customer(order("o-1", 5, "40.00", "EUR"), order("o-2", 3, "50.00"));
        assertOnEveryPath(Segment.where(totalSpent().is(90)), c, true);
    }

    @Test
    void a_cancelled_order_in_another_currency_does_not_mix() {
        Customer c = customer(
                order("o-1", 5, "40.00", "EUR"),
                Order.builder("o-2", daysAgo(3), new BigDecimal("50.00"))
                        .currency("USD")
                        .status(Order.Status.CANCELLED)
                        .build());
        assertOnEveryPath(Segment.where(totalSpent().is(40)), c, true);
    }

    @Test
    void purchase_counts_do_not_need_one_currency() {
        Customer c = customer(order("o-1", 5, "40.00", "EUR"), order("o-2", 3, "50.00", "USD"));
        assertOnEveryPath(Segment.where(purchases().is(2)), c, true);
    }
}
