package io.segmentation.jackson;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.segmentation.TimePoint;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Typed reading of JSON values, failing with the value's path; and numbers written without a spurious fraction. */
final class Values {

    private Values() {}

    /** A number as JSON: {@code 3} rather than {@code 3.0}, except for {@code -0.0}, which stays distinct. */
    static JsonNode number(double value) {
        boolean negativeZero = value == 0.0 && Double.doubleToRawLongBits(value) != 0L;
        if (value == Math.rint(value) && Math.abs(value) < 1e15 && !negativeZero) {
            return JsonNodeFactory.instance.numberNode((long) value);
        }
        return JsonNodeFactory.instance.numberNode(value);
    }

    static double number(JsonNode node, JsonPath path) {
        if (node == null || !node.isNumber()) {
            throw SegmentJsonException.at(path, "expected a number but found " + describe(node));
        }
        return node.doubleValue();
    }

    static String text(JsonNode node, JsonPath path) {
        if (node == null || !node.isTextual()) {
            throw SegmentJsonException.at(path, "expected a string but found " + describe(node));
        }
        return node.textValue();
    }

    static boolean bool(JsonNode node, JsonPath path) {
        if (node == null || !node.isBoolean()) {
            throw SegmentJsonException.at(path, "expected true or false but found " + describe(node));
        }
        return node.booleanValue();
    }

    static TimePoint point(JsonNode node, JsonPath path) {
        String text = text(node, path);
        try {
            return TimeText.point(text);
        } catch (IllegalArgumentException e) {
            throw SegmentJsonException.at(path, e.getMessage());
        }
    }

    static Duration duration(JsonNode node, JsonPath path) {
        String text = text(node, path);
        try {
            return TimeText.duration(text);
        } catch (IllegalArgumentException e) {
            throw SegmentJsonException.at(path, e.getMessage());
        }
    }

    /** The elements of an array, failing unless the node is one. */
    static List<JsonNode> array(JsonNode node, JsonPath path, String of) {
        if (node == null || !node.isArray()) {
            throw SegmentJsonException.at(path, "expected an array of " + of + " but found " + describe(node));
        }
        List<JsonNode> elements = new ArrayList<>(node.size());
        node.elements().forEachRemaining(elements::add);
        return elements;
    }

    static List<Double> numbers(JsonNode node, JsonPath path) {
        List<Double> numbers = new ArrayList<>();
        List<JsonNode> elements = array(node, path, "numbers");
        for (int i = 0; i < elements.size(); i++) {
            numbers.add(number(elements.get(i), path.index(i)));
        }
        return numbers;
    }

    static List<String> texts(JsonNode node, JsonPath path) {
        List<String> texts = new ArrayList<>();
        List<JsonNode> elements = array(node, path, "strings");
        for (int i = 0; i < elements.size(); i++) {
            texts.add(text(elements.get(i), path.index(i)));
        }
        return texts;
    }

    /** The two elements of a pair such as {@code [low, high]}. */
    static List<JsonNode> pair(JsonNode node, JsonPath path, String of, String shape) {
        List<JsonNode> elements = array(node, path, of);
        if (elements.size() != 2) {
            throw SegmentJsonException.at(
                    path,
                    "expected two " + of + " " + shape + " but found " + elements.size() + " element"
                            + (elements.size() == 1 ? "" : "s"));
        }
        return elements;
    }

    /** A JSON value as it appears in messages: {@code the string "x"}, {@code the number 3}, {@code an object}. */
    static String describe(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "nothing";
        }
        if (node.isNull()) {
            return "null";
        }
        if (node.isTextual()) {
            String text = node.textValue();
            return "the string "
                    + JsonNodeFactory.instance.textNode(text.length() > 40 ? text.substring(0, 40) + "…" : text);
        }
        if (node.isNumber()) {
            return "the number " + node;
        }
        if (node.isBoolean()) {
            return node.toString();
        }
        if (node.isArray()) {
            return "an array";
        }
        return node.isObject() ? "an object" : node.getNodeType().toString().toLowerCase(java.util.Locale.ROOT);
    }
}
