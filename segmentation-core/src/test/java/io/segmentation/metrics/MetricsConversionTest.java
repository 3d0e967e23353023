package io.segmentation.metrics;

import static io.segmentation.metrics.People.JUNE;
import static io.segmentation.metrics.People.daysAgo;
import static io.segmentation.metrics.People.event;
import static io.segmentation.metrics.People.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.segmentation.customer.Customer;
import io.segmentation.customer.Event;
import io.segmentation.customer.Order;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Conversion from a cart_add event to an order within 7 days. */
class MetricsConversionTest {

    private static final Duration WEEK = Duration.ofDays(7);
    private static final MetricCalculator<Customer, Ratio> CONVERSION = Metrics.conversionRate("cart_add", WEEK);

    private static Customer customer(String id, List<Event> events, List<Order> orders) {
        Customer.Builder builder = Customer.builder(id);
        events.forEach(builder::event);
        orders.forEach(builder::order);
        return builder.build();
    }

    private static Ratio conversion(Customer... members) {
        return CONVERSION.calculate(List.of(members), JUNE);
    }

    private static Event cart(int daysAgo, String session) {
        return event("cart_add", daysAgo, Map.of("session", session));
    }

    @Test
    void conversion_is_converted_customers_over_customers_with_the_event() {
        // ada: cart 20 days ago, order 15 days ago (5 days later): converted
        // bea: carts 20 and 5 days ago, order 12 days ago (8 days after the first, before the second): not converted
        // cyd: cart 3 days ago, order at asOf (3 days later): converted
        // eli: an order but no cart: not counted
        // 2 converted of 3 with a cart
        List<Customer> members = List.of(
                customer("ada", List.of(event("cart_add", 20)), List.of(order("a1", 15, "1"))),
                customer("bea", List.of(event("cart_add", 20), event("cart_add", 5)), List.of(order("b1", 12, "1"))),
                customer("cyd", List.of(event("cart_add", 3)), List.of(order("c1", 0, "1"))),
                customer("eli", List.of(), List.of(order("e1", 1, "1"))));

        assertThat(CONVERSION.calculate(members, JUNE)).isEqualTo(new Ratio(2, 3));
    }

    @Test
    void an_order_exactly_one_window_after_the_event_converts() {
        // cart 10 days ago, order 3 days ago = 7 days later
        assertThat(conversion(customer("gil", List.of(event("cart_add", 10)), List.of(order("g1", 3, "1")))))
                .isEqualTo(new Ratio(1, 1));
    }

    @Test
    void an_order_just_after_the_window_does_not_convert() {
        Order late =
                Order.builder("g1", daysAgo(3).plusNanos(1), BigDecimal.ONE).build();

        assertThat(conversion(customer("gil", List.of(event("cart_add", 10)), List.of(late))))
                .isEqualTo(new Ratio(0, 1));
    }

    @Test
    void an_order_at_the_instant_of_the_event_converts() {
        assertThat(conversion(customer("hue", List.of(event("cart_add", 10)), List.of(order("h1", 10, "1")))))
                .isEqualTo(new Ratio(1, 1));
    }

    @Test
    void an_order_before_the_event_does_not_convert() {
        assertThat(conversion(customer("ian", List.of(event("cart_add", 10)), List.of(order("i1", 11, "1")))))
                .isEqualTo(new Ratio(0, 1));
    }

    @Test
    void an_order_after_the_evaluation_time_does_not_convert_yet() {
        // cart 2 days ago, order tomorrow: within the window, but it does not exist at asOf
        assertThat(conversion(customer("dee", List.of(event("cart_add", 2)), List.of(order("d1", -1, "1")))))
                .isEqualTo(new Ratio(0, 1));
    }

    @Test
    void an_event_after_the_evaluation_time_is_not_counted() {
        assertThat(conversion(customer("flo", List.of(event("cart_add", -1)), List.of(order("f1", -2, "1")))))
                .isEqualTo(new Ratio(0, 0));
    }

    @Test
    void events_of_other_types_are_not_counted() {
        assertThat(conversion(customer("jo", List.of(event("page_view", 4)), List.of(order("j1", 3, "1")))))
                .isEqualTo(new Ratio(0, 0));
    }

    @Test
    void conversion_of_nobody_is_undefined() {
        assertThat(CONVERSION.calculate(List.of(), JUNE).isDefined()).isFalse();
    }

    @Test
    void session_conversion_is_converted_sessions_over_sessions() {
        // ada: session s1 carts 20 and 18 days ago, order 12 days ago (6 days after the second cart): s1 converts;
        //      session s2 cart 9 days ago, nothing after: s2 does not
        // bea: her own session s1 (same id, other customer) cart 5 days ago, order 4 days ago: converts
        // cyd: a cart without a session, a page view with one: no session
        // 2 converted of 3 sessions
        List<Customer> members = List.of(
                customer("ada", List.of(cart(20, "s1"), cart(18, "s1"), cart(9, "s2")), List.of(order("a1", 12, "1"))),
                customer("bea", List.of(cart(5, "s1")), List.of(order("b1", 4, "1"))),
                customer(
                        "cyd",
                        List.of(event("cart_add", 3), event("page_view", 3, Map.of("session", "s3"))),
                        List.of(order("c1", 2, "1"))));

        assertThat(Metrics.conversionRateBySession("cart_add", WEEK, "session").calculate(members, JUNE))
                .isEqualTo(new Ratio(2, 3));
    }

    @Test
    void session_ids_of_different_value_types_are_different_sessions() {
        // The text "1" and the number 1.0 are two sessions; the order a day after both carts converts each: 2 of 2
        Customer kai = customer(
                "kai",
                List.of(event("cart_add", 2, Map.of("session", "1")), event("cart_add", 2, Map.of("session", 1.0))),
                List.of(order("k1", 1, "1")));

        assertThat(Metrics.conversionRateBySession("cart_add", WEEK, "session").calculate(List.of(kai), JUNE))
                .isEqualTo(new Ratio(2, 2));
    }

    @Test
    void names_state_the_event_and_window() {
        assertThat(CONVERSION.name()).isEqualTo("Conversion cart_add 7d");
        assertThat(Metrics.conversionRateBySession("cart_add", Duration.ofHours(1), "session")
                        .name())
                .isEqualTo("Session conversion cart_add 1h");
    }

    @Test
    void rejects_a_window_that_is_not_positive() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Metrics.conversionRate("cart_add", Duration.ZERO))
                .withMessage("window must be a positive duration but was PT0S");
    }

    @Test
    void rejects_a_blank_event_type() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Metrics.conversionRate("", WEEK))
                .withMessage("eventType must not be blank");
    }

    @Test
    void rejects_a_blank_session_property() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Metrics.conversionRateBySession("cart_add", WEEK, " "))
                .withMessage("sessionProperty must not be blank");
    }
}
