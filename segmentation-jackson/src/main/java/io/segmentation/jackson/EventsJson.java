package io.segmentation.jackson;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.segmentation.customer.Customer;
import io.segmentation.customer.Event;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A customer's events as the {@code "events"} array: {@code {"type", "at", "properties": {name: text, number or
 * boolean}}}, the properties left out when there are none.
 */
final class EventsJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<String> EVENT = List.of("type", "at", "properties");

    private EventsJson() {}

    static Optional<JsonNode> write(Customer customer, JsonPath path) {
        if (customer.events().isEmpty()) {
            return Optional.empty();
        }
        ArrayNode events = NODES.arrayNode(customer.events().size());
        for (Event event : customer.events()) {
            ObjectNode json = events.addObject()
                    .put("type", event.type())
                    .put("at", event.instant().toString());
            if (!event.properties().isEmpty()) {
                ObjectNode properties = json.putObject("properties");
                event.properties().forEach((name, v) -> properties.set(name, property(v)));
            }
        }
        return Optional.of(events);
    }

    /** Event properties are texts, booleans and doubles only (see {@link Event#properties()}). */
    private static JsonNode property(Object value) {
        if (value instanceof Double number) {
            return Values.number(number);
        }
        if (value instanceof Boolean flag) {
            return NODES.booleanNode(flag);
        }
        return NODES.textNode((String) value);
    }

    static void read(JsonNode value, JsonPath path, Customer.Builder customer, CustomerJsonLimits limits) {
        List<JsonNode> events = CustomerValues.array(value, path, limits, "events");
        List<Event> read = new ArrayList<>(events.size());
        for (int i = 0; i < events.size(); i++) {
            read.add(event(StrictObject.of(events.get(i), path.index(i), limits, "an event object")));
        }
        customer.events(read);
    }

    private static Event event(StrictObject json) {
        String type = json.requiredText("type");
        Instant at = CustomerValues.instant(json.required("at", "an instant"), json.path("at"));
        Map<String, Object> properties = new LinkedHashMap<>();
        json.optional("properties", "an object").ifPresent(v -> {
            StrictObject object = StrictObject.of(v, json.path("properties"), json.limits(), "an object");
            for (String name : object.keys()) {
                JsonNode node =
                        object.optional(name, "a string, number or boolean").orElseThrow();
                properties.put(name, property(node, object.path(name)));
            }
        });
        json.finish(EVENT);
        return CustomerValues.model(json.path(), () -> Event.of(type, at, properties));
    }

    private static Object property(JsonNode node, JsonPath path) {
        if (node.isTextual()) {
            return node.textValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isNumber()) {
            return CustomerValues.number(node, path);
        }
        throw CustomerJsonException.at(path, "expected a string, number or boolean but found " + Values.describe(node));
    }
}
