package io.segmentation.metrics;

import io.segmentation.EvaluationContext;
import io.segmentation.customer.Customer;
import io.segmentation.customer.Event;
import io.segmentation.customer.Order;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/** Small hand-written populations for the metric tests: times are given in days before {@link #AS_OF}. */
final class People {

    static final Instant AS_OF = Instant.parse("2026-06-01T00:00:00Z");
    static final EvaluationContext JUNE = EvaluationContext.asOf(AS_OF);

    private People() {}

    /** {@link #AS_OF} minus {@code days} days; negative values lie after the evaluation time. */
    static Instant daysAgo(int days) {
        return AS_OF.minus(Duration.ofDays(days));
    }

    static Order order(String id, int daysAgo, String total) {
        return Order.builder(id, daysAgo(daysAgo), new BigDecimal(total)).build();
    }

    static Order orderAt(String id, Instant instant, String total) {
        return Order.builder(id, instant, new BigDecimal(total)).build();
    }

    static Event event(String type, int daysAgo) {
        return Event.of(type, daysAgo(daysAgo));
    }

    static Event event(String type, int daysAgo, Map<String, ?> properties) {
        return Event.of(type, daysAgo(daysAgo), properties);
    }

    static Customer customer(String id) {
        return Customer.builder(id).build();
    }

    static Customer customer(String id, Order... orders) {
        Customer.Builder builder = Customer.builder(id);
        for (Order order : orders) {
            builder.order(order);
        }
        return builder.build();
    }

    static Customer customer(String id, Event... events) {
        Customer.Builder builder = Customer.builder(id);
        for (Event event : events) {
            builder.event(event);
        }
        return builder.build();
    }
}
