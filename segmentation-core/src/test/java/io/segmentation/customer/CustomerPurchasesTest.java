package io.segmentation.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Purchases (orders neither cancelled nor refunded) and the exact sums over them. */
class CustomerPurchasesTest {

    private static final Instant NOW = Instant.parse("2026-06-01T00:00:00Z");

    private static Instant daysAgo(int days) {
        return NOW.minus(Duration.ofDays(days));
    }

    private static Order.Builder order(String id, int daysAgo, String total) {
        return Order.builder(id, daysAgo(daysAgo), new BigDecimal(total));
    }

    private static Customer customer(Order.Builder... orders) {
        Customer.Builder b = Customer.builder("c-1");
        for (Order.Builder o : orders) {
            b.order(o.build());
        }
        return b.build();
    }

    @Test
    void total_spent_between_subtracts_running_totals_exactly() {
        Customer c = customer(order("o-1", 400, "1000.10"), order("o-2", 10, "1000.00"));

        assertThat(c.totalSpentBetween(daysAgo(365), NOW)).isEqualTo(1000.0);
        assertThat(c.exactTotalSpentBetween(daysAgo(365), NOW)).isEqualByComparingTo("1000.00");
    }

    @Test
    void total_spent_between_reads_two_cents_as_0_02() {
        Customer c = customer(order("o-1", 60, "0.01"), order("o-2", 1, "0.02"));

        assertThat(c.totalSpentBetween(daysAgo(30), NOW)).isEqualTo(0.02);
    }

    @Test
    void total_spent_between_is_the_double_nearest_the_exact_sum() {
        Customer c = customer(order("o-1", 3, "0.1"), order("o-2", 2, "0.2"));

        assertThat(c.totalSpentBetween(daysAgo(10), NOW)).isEqualTo(0.3);
    }

    @Test
    void purchases_leave_out_cancelled_and_refunded_orders() {
        Customer c = customer(
                order("o-1", 3, "10.00"),
                order("o-2", 2, "20.00").status(Order.Status.CANCELLED),
                order("o-3", 1, "30.00").status(Order.Status.REFUNDED));

        assertThat(c.orders()).extracting(Order::id).containsExactly("o-1", "o-2", "o-3");
        assertThat(c.purchases()).extracting(Order::id).containsExactly("o-1");
        assertThat(c.purchasesBetween(daysAgo(10), NOW)).extracting(Order::id).containsExactly("o-1");
        assertThat(c.purchasesUpTo(NOW)).extracting(Order::id).containsExactly("o-1");
        assertThat(c.purchaseCountBetween(daysAgo(10), NOW)).isEqualTo(1);
        assertThat(c.purchaseCountUpTo(NOW)).isEqualTo(1);
        assertThat(c.orderCountUpTo(NOW)).isEqualTo(3);
        assertThat(c.totalSpentBetween(daysAgo(10), NOW)).isEqualTo(10.0);
    }

    @Test
    void purchase_windows_are_half_open() {
        Customer c = customer(order("o-1", 10, "1.00"), order("o-2", 5, "2.00"));

        assertThat(c.purchaseCountBetween(daysAgo(10), daysAgo(5))).isEqualTo(1);
        assertThat(c.purchaseCountUpTo(daysAgo(5))).isEqualTo(2);
        assertThat(c.exactTotalSpentBetween(daysAgo(10), daysAgo(5))).isEqualByComparingTo("1.00");
    }

    @Test
    void purchase_windows_reject_reversed_bounds() {
        Customer c = customer(order("o-1", 10, "1.00"));

        assertThatIllegalArgumentException()
                .isThrownBy(() -> c.purchaseCountBetween(NOW, daysAgo(1)))
                .withMessageStartingWith("purchaseCountBetween: from ");
    }

    @Test
    void sums_refuse_mixed_currencies_naming_customer_method_and_currencies() {
        Customer c = customer(
                order("o-1", 3, "10.00").currency("EUR"),
                order("o-2", 2, "20.00").currency("USD"));

        assertThatThrownBy(() -> c.totalSpentBetween(daysAgo(10), NOW))
                .isInstanceOf(MixedCurrencyException.class)
                .hasMessage("customer 'c-1': totalSpentBetween would add amounts in EUR and USD; amounts in different"
                        + " currencies are never added");
        assertThatThrownBy(() -> c.exactTotalSpentBetween(daysAgo(10), NOW)).isInstanceOf(MixedCurrencyException.class);
    }

    @Test
    void sums_over_one_currency_of_a_mixed_customer_are_allowed() {
        Customer c = customer(
                order("o-1", 30, "10.00").currency("EUR"),
                order("o-2", 20, "20.00").currency("USD"),
                order("o-3", 10, "5.00"),
                order("o-4", 5, "7.00").currency("USD"));

        assertThat(c.totalSpentBetween(daysAgo(25), NOW)).isEqualTo(32.0);
        assertThat(c.totalSpentBetween(daysAgo(40), daysAgo(25))).isEqualTo(10.0);
        assertThatThrownBy(() -> c.totalSpentBetween(daysAgo(40), daysAgo(15)))
                .isInstanceOf(MixedCurrencyException.class);
    }

    @Test
    void a_currency_coming_back_still_mixes_with_the_one_between() {
        Customer c = customer(
                order("o-1", 30, "1.00").currency("EUR"),
                order("o-2", 20, "1.00").currency("USD"),
                order("o-3", 10, "1.00").currency("EUR"));

        assertThat(c.totalSpentBetween(daysAgo(15), NOW)).isEqualTo(1.0);
        assertThatThrownBy(() -> c.totalSpentBetween(daysAgo(25), NOW)).isInstanceOf(MixedCurrencyException.class);
        assertThatThrownBy(() -> c.totalSpentBetween(daysAgo(35), daysAgo(15)))
                .isInstanceOf(MixedCurrencyException.class);
    }

    @Test
    void as_of_keeps_cancelled_orders_but_not_as_purchases() {
        Customer c = customer(order("o-1", 3, "10.00").status(Order.Status.CANCELLED));

        assertThat(c.asOf(NOW).orders()).hasSize(1);
        assertThat(c.asOf(NOW).purchases()).isEmpty();
    }

    @Test
    void an_empty_window_sums_to_zero() {
        Customer c = customer(order("o-1", 3, "10.00"));

        assertThat(c.totalSpentBetween(NOW, NOW)).isZero();
        assertThat(c.exactTotalSpentBetween(NOW, NOW)).isZero();
        assertThat(c.purchasesBetween(NOW, NOW)).isEmpty();
    }
}
