package io.segmentation.customer;

import static io.segmentation.customer.Samples.assertUnmodifiable;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrderTest {

    private static final Instant AT = Instant.parse("2026-05-02T10:15:30Z");

    private static Order.Builder sample() {
        return Order.builder("o-1", AT, new BigDecimal("59.90"));
    }

    @Test
    void builder_keeps_required_values() {
        Order order = sample().build();

        assertThat(order.id()).isEqualTo("o-1");
        assertThat(order.instant()).isEqualTo(AT);
        assertThat(order.total()).isEqualTo(new BigDecimal("59.90"));
    }

    @Test
    void optional_values_are_empty_when_not_given() {
        Order order = sample().build();

        assertThat(order.currency()).isEmpty();
        assertThat(order.channel()).isEmpty();
        assertThat(order.items()).isEmpty();
    }

    @Test
    void id_rejects_blank() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Order.builder("  ", AT, BigDecimal.ONE))
                .withMessage("id: '  ' must not be blank");
    }

    @Test
    void total_rejects_negative() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Order.builder("o-1", AT, new BigDecimal("-1")))
                .withMessage("total: -1 must not be negative");
    }

    @Test
    void total_accepts_zero() {
        assertThat(Order.builder("o-1", AT, BigDecimal.ZERO).build().total()).isZero();
    }

    @Test
    void channel_is_stored_lower_case() {
        assertThat(sample().channel("Web").build().channel()).contains("web");
    }

    @Test
    void channel_rejects_blank() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> sample().channel(""))
                .withMessage("channel: '' must not be blank");
    }

    @Test
    void currency_accepts_iso_code_in_any_case() {
        assertThat(sample().currency("eur").build().currency()).contains(Currency.getInstance("EUR"));
    }

    @Test
    void currency_rejects_unknown_code() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> sample().currency("EURO"))
                .withMessage("currency: 'EURO' is not an ISO 4217 code");
    }

    @Test
    void later_setter_call_replaces_earlier_value() {
        Order order = sample().channel("web").channel("app").build();

        assertThat(order.channel()).contains("app");
    }

    @Test
    void items_accumulate_in_insertion_order() {
        LineItem socks = LineItem.of("sku-1", "socks", 2, new BigDecimal("4.50"));
        LineItem shoes = LineItem.of("sku-7", "shoes", 1, new BigDecimal("59.90"));
        LineItem laces = LineItem.of("sku-3", "laces", 1, new BigDecimal("2.00"));

        Order order = sample().item("sku-7", "shoes", 1, new BigDecimal("59.90"))
                .item(socks)
                .items(List.of(laces))
                .build();

        assertThat(order.items()).containsExactly(shoes, socks, laces);
    }

    @Test
    void item_rejects_invalid_quantity() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> sample().item("sku-7", "shoes", -1, BigDecimal.ONE))
                .withMessage("quantity: -1 must be at least 1 (product 'sku-7')");
    }

    @Test
    void items_are_immutable() {
        Order order = sample().item("sku-7", "shoes", 1, BigDecimal.ONE).build();

        assertUnmodifiable(order.items());
    }

    @Test
    void toBuilder_round_trips() {
        Order order = sample().currency("EUR")
                .channel("web")
                .item("sku-7", "shoes", 1, new BigDecimal("59.90"))
                .build();

        assertThat(order.toBuilder().build()).isEqualTo(order);
        assertThat(order.toBuilder().channel("app").build().channel()).contains("app");
    }

    @Test
    void toString_is_concise() {
        Order order = sample().currency("EUR")
                .channel("web")
                .item("sku-7", "shoes", 1, BigDecimal.TEN)
                .build();

        assertThat(order)
                .hasToString("Order{id=o-1, instant=2026-05-02T10:15:30Z, total=59.90, currency=EUR, channel=web,"
                        + " items=1}");
    }

    @Test
    void equals_is_structural_with_totals_compared_by_value() {
        new EqualsTester()
                .addEqualityGroup(
                        sample().build(),
                        Order.builder("o-1", AT, new BigDecimal("59.9")).build(),
                        Order.builder("o-1", AT, new BigDecimal("59.900")).build())
                .addEqualityGroup(
                        Order.builder("o-2", AT, new BigDecimal("59.90")).build())
                .addEqualityGroup(Order.builder("o-1", AT.plusSeconds(1), new BigDecimal("59.90"))
                        .build())
                .addEqualityGroup(
                        Order.builder("o-1", AT, new BigDecimal("59.91")).build())
                .addEqualityGroup(
                        sample().currency("EUR").build(),
                        sample().currency("eur").build())
                .addEqualityGroup(
                        sample().channel("web").build(), sample().channel("WEB").build())
                .addEqualityGroup(
                        sample().item("sku-7", "shoes", 1, new BigDecimal("5.0"))
                                .build(),
                        sample().item("sku-7", "shoes", 1, new BigDecimal("5")).build())
                .addEqualityGroup(sample().status(Order.Status.CANCELLED).build())
                .addEqualityGroup(sample().status(Order.Status.REFUNDED).build())
                .testEquals();
    }

    @Test
    void status_is_placed_unless_given() {
        Order order = sample().build();

        assertThat(order.status()).isEqualTo(Order.Status.PLACED);
        assertThat(order.isPurchase()).isTrue();
    }

    @Test
    void cancelled_and_refunded_orders_are_not_purchases() {
        assertThat(sample().status(Order.Status.CANCELLED).build().isPurchase()).isFalse();
        assertThat(sample().status(Order.Status.REFUNDED).build().isPurchase()).isFalse();
    }

    @Test
    void toBuilder_keeps_the_status() {
        Order refunded = sample().status(Order.Status.REFUNDED).build();

        assertThat(refunded.toBuilder().build().status()).isEqualTo(Order.Status.REFUNDED);
    }

    @Test
    void toString_names_a_status_other_than_placed() {
        assertThat(sample().status(Order.Status.REFUNDED).build())
                .hasToString("Order{id=o-1, instant=2026-05-02T10:15:30Z, total=59.90, items=0, status=REFUNDED}");
    }

    @Test
    void public_methods_reject_null() {
        NullPointerTester tester = new NullPointerTester()
                .setDefault(Instant.class, AT)
                .setDefault(BigDecimal.class, BigDecimal.ONE)
                .setDefault(Currency.class, Currency.getInstance("EUR"))
                .setDefault(LineItem.class, LineItem.of("sku-7", "shoes", 1, BigDecimal.ONE));
        tester.testAllPublicStaticMethods(Order.class);
        tester.testAllPublicInstanceMethods(sample().build());
        tester.testAllPublicInstanceMethods(sample());
    }
}
