package io.segmentation.jackson;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.segmentation.customer.Customer;
import io.segmentation.customer.LineItem;
import io.segmentation.customer.Order;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A customer's orders as the {@code "orders"} array: {@code {"id", "at", "total", "currency", "channel", "status",
 * "items": [{"sku", "category", "qty", "price"}]}}, amounts exact, the status left out when it is {@code placed}.
 */
final class OrdersJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<String> ORDER = List.of("id", "at", "total", "currency", "channel", "status", "items");
    private static final List<String> ITEM = List.of("sku", "category", "qty", "price");
    private static final List<String> STATUSES = statuses();

    private OrdersJson() {}

    static Optional<JsonNode> write(Customer customer, JsonPath path) {
        if (customer.orders().isEmpty()) {
            return Optional.empty();
        }
        ArrayNode orders = NODES.arrayNode(customer.orders().size());
        for (int i = 0; i < customer.orders().size(); i++) {
            orders.add(order(customer.orders().get(i), path.index(i)));
        }
        return Optional.of(orders);
    }

    private static ObjectNode order(Order order, JsonPath path) {
        ObjectNode json = NODES.objectNode()
                .put("id", order.id())
                .put("at", order.instant().toString());
        json.set("total", CustomerValues.amountNode(order.total(), path.field("total")));
        order.currency().ifPresent(c -> json.put("currency", c.getCurrencyCode()));
        order.channel().ifPresent(c -> json.put("channel", c));
        if (order.status() != Order.Status.PLACED) {
            json.put("status", name(order.status()));
        }
        if (!order.items().isEmpty()) {
            ArrayNode items = json.putArray("items");
            for (int i = 0; i < order.items().size(); i++) {
                LineItem item = order.items().get(i);
                ObjectNode line = items.addObject()
                        .put("sku", item.productId())
                        .put("category", item.category())
                        .put("qty", item.quantity());
                line.set(
                        "price",
                        CustomerValues.amountNode(
                                item.unitPrice(), path.field("items").index(i).field("price")));
            }
        }
        return json;
    }

    static void read(JsonNode value, JsonPath path, Customer.Builder customer, CustomerJsonLimits limits) {
        List<JsonNode> orders = CustomerValues.array(value, path, limits, "orders");
        List<Order> read = new ArrayList<>(orders.size());
        for (int i = 0; i < orders.size(); i++) {
            read.add(order(StrictObject.of(orders.get(i), path.index(i), limits, "an order object")));
        }
        customer.orders(read);
    }

    private static Order order(StrictObject json) {
        String id = json.requiredText("id");
        Instant at = CustomerValues.instant(json.required("at", "an instant"), json.path("at"));
        BigDecimal total = CustomerValues.amount(json.required("total", "a number"), json.path("total"));
        Order.Builder order = CustomerValues.model(json.path("id"), () -> Order.builder(id, at, total));
        json.optional("currency", "a string").ifPresent(v -> {
            String code = CustomerValues.text(v, json.path("currency"));
            CustomerValues.model(json.path("currency"), () -> order.currency(code));
        });
        json.optional("channel", "a string").ifPresent(v -> {
            String channel = CustomerValues.text(v, json.path("channel"));
            CustomerValues.model(json.path("channel"), () -> order.channel(channel));
        });
        json.optional("status", "a string")
                .ifPresent(v -> order.status(status(CustomerValues.text(v, json.path("status")), json.path("status"))));
        json.optional("items", "an array of line items").ifPresent(v -> {
            List<JsonNode> items = CustomerValues.array(v, json.path("items"), json.limits(), "line items");
            for (int i = 0; i < items.size(); i++) {
                JsonPath itemPath = json.path("items").index(i);
                order.item(item(StrictObject.of(items.get(i), itemPath, json.limits(), "a line item object")));
            }
        });
        json.finish(ORDER);
        return order.build();
    }

    private static LineItem item(StrictObject json) {
        String sku = json.requiredText("sku");
        String category = json.requiredText("category");
        int quantity = CustomerValues.whole(json.required("qty", "a whole number"), json.path("qty"));
        BigDecimal price = CustomerValues.amount(json.required("price", "a number"), json.path("price"));
        json.finish(ITEM);
        return CustomerValues.model(json.path(), () -> LineItem.of(sku, category, quantity, price));
    }

    private static Order.Status status(String text, JsonPath path) {
        for (Order.Status status : Order.Status.values()) {
            if (name(status).equals(text)) {
                return status;
            }
        }
        throw CustomerJsonException.at(
                path, "expected one of " + STATUSES + " but found " + Values.describe(NODES.textNode(text)));
    }

    private static String name(Order.Status status) {
        return status.name().toLowerCase(Locale.ROOT);
    }

    private static List<String> statuses() {
        List<String> names = new ArrayList<>();
        for (Order.Status status : Order.Status.values()) {
            names.add(name(status));
        }
        return List.copyOf(names);
    }
}
