package io.segmentation.jackson;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.segmentation.customer.Customer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A customer's custom attributes as the {@code "attributes"} object: a text, number or boolean as itself, a set of
 * texts as an array, and the two values a JSON string cannot tell apart from a text as one-key objects,
 * {@code {"date": "2026-05-01"}} and {@code {"instant": "2026-05-01T10:15:30Z"}}.
 */
final class CustomAttributesJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String DATE = "date";
    private static final String INSTANT = "instant";

    private CustomAttributesJson() {}

    static Optional<JsonNode> write(Customer customer, JsonPath path) {
        if (customer.customAttributes().isEmpty()) {
            return Optional.empty();
        }
        ObjectNode json = NODES.objectNode();
        for (Map.Entry<String, Object> attribute : customer.customAttributes().entrySet()) {
            json.set(attribute.getKey(), value(attribute.getValue(), path.field(attribute.getKey())));
        }
        return Optional.of(json);
    }

    private static JsonNode value(Object value, JsonPath path) {
        if (value instanceof String text) {
            return NODES.textNode(text);
        }
        if (value instanceof Double number) {
            return Values.number(number);
        }
        if (value instanceof Boolean flag) {
            return NODES.booleanNode(flag);
        }
        if (value instanceof Instant instant) {
            return NODES.objectNode().put(INSTANT, instant.toString());
        }
        if (value instanceof LocalDate date) {
            return NODES.objectNode().put(DATE, date.toString());
        }
        if (value instanceof Set<?> set) {
            ArrayNode array = NODES.arrayNode(set.size());
            set.forEach(element -> array.add((String) element));
            return array;
        }
        // Customer.customAttributes() documents the six kinds above; a seventh would be a new kind to write here.
        throw CustomerJsonException.at(
                path,
                "a custom attribute of type " + value.getClass().getName()
                        + " has no JSON form; use a text, number, boolean, date, instant or set of texts");
    }

    static void read(JsonNode value, JsonPath path, Customer.Builder customer, CustomerJsonLimits limits) {
        StrictObject attributes = StrictObject.of(value, path, limits, "an object of custom attributes");
        for (String name : attributes.keys()) {
            JsonPath at = attributes.path(name);
            JsonNode node = attributes
                    .optional(
                            name, "a string, number, boolean, array of strings, " + "{\"date\": …} or {\"instant\": …}")
                    .orElseThrow();
            CustomerValues.model(at, () -> set(node, at, name, customer, limits));
        }
    }

    private static Customer.Builder set(
            JsonNode node, JsonPath path, String name, Customer.Builder customer, CustomerJsonLimits limits) {
        if (node.isTextual()) {
            return customer.attribute(name, node.textValue());
        }
        if (node.isNumber()) {
            return customer.attribute(name, CustomerValues.number(node, path));
        }
        if (node.isBoolean()) {
            return customer.attribute(name, node.booleanValue());
        }
        if (node.isArray()) {
            return customer.attribute(name, new LinkedHashSet<>(CustomerValues.texts(node, path, limits)));
        }
        StrictObject tagged = StrictObject.of(
                node, path, limits, "a string, number, boolean, array of strings, {\"date\": …} or {\"instant\": …}");
        List<String> keys = tagged.keys();
        if (keys.equals(List.of(DATE))) {
            return customer.attribute(name, CustomerValues.date(tagged.required(DATE, "a date"), path.field(DATE)));
        }
        if (keys.equals(List.of(INSTANT))) {
            return customer.attribute(
                    name, CustomerValues.instant(tagged.required(INSTANT, "an instant"), path.field(INSTANT)));
        }
        throw CustomerJsonException.at(
                path,
                "expected {\"date\": \"2026-05-01\"} or {\"instant\": \"2026-05-01T10:15:30Z\"} but found an object"
                        + " with the keys " + keys);
    }
}
