package io.segmentation.jackson;

import com.fasterxml.jackson.databind.JsonNode;
import io.segmentation.internal.base.Suggestions;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A JSON object of a customer document being read: values by key, each failing with its JSONPath, and a record of the
 * keys read so that any other key is an error ("unknown field"). A {@code null} value is never taken as absent.
 */
final class StrictObject {

    private final JsonNode node;
    private final JsonPath path;
    private final CustomerJsonLimits limits;
    private final Set<String> taken = new HashSet<>();

    private StrictObject(JsonNode node, JsonPath path, CustomerJsonLimits limits) {
        this.node = node;
        this.path = path;
        this.limits = limits;
    }

    /** The object at {@code path}, failing unless {@code node} is an object of at most the list size of the limits. */
    static StrictObject of(JsonNode node, JsonPath path, CustomerJsonLimits limits, String what) {
        if (node == null || !node.isObject()) {
            throw CustomerJsonException.at(path, "expected " + what + " but found " + Values.describe(node));
        }
        CustomerValues.checkSize(node, path, limits);
        return new StrictObject(node, path, limits);
    }

    JsonPath path() {
        return path;
    }

    JsonPath path(String key) {
        return path.field(key);
    }

    CustomerJsonLimits limits() {
        return limits;
    }

    /** The keys in document order. */
    List<String> keys() {
        List<String> keys = new ArrayList<>(node.size());
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            keys.add(names.next());
        }
        return keys;
    }

    /** The value of {@code key}, or empty if the key is absent; a {@code null} value fails with a hint. */
    Optional<JsonNode> optional(String key, String expected) {
        taken.add(key);
        JsonNode value = node.get(key);
        if (value == null) {
            return Optional.empty();
        }
        if (value.isNull()) {
            throw CustomerJsonException.at(
                    path(key), "expected " + expected + " but found null; leave the field out instead");
        }
        return Optional.of(value);
    }

    /** The value of {@code key}, failing if it is absent or {@code null}. */
    JsonNode required(String key, String expected) {
        return optional(key, expected)
                .orElseThrow(() -> CustomerJsonException.at(path(key), "missing; expected " + expected));
    }

    String requiredText(String key) {
        return CustomerValues.text(required(key, "a string"), path(key));
    }

    /** Fails on the first key that was not read, suggesting the closest of {@code known}. */
    void finish(Collection<String> known) {
        for (String key : keys()) {
            if (!taken.contains(key)) {
                throw CustomerJsonException.at(
                        path(key), "unknown field '" + key + "'" + Suggestions.didYouMean(key, known));
            }
        }
    }
}
