package io.segmentation.jackson;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The values of a customer document: typed reading that fails with the value's JSONPath, exact amounts within
 * {@link CustomerJson#MAX_AMOUNT_DIGITS}, and the model's own checks turned into {@link CustomerJsonException}s.
 */
final class CustomerValues {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private CustomerValues() {}

    static String text(JsonNode node, JsonPath path) {
        if (node == null || !node.isTextual()) {
            throw CustomerJsonException.at(path, "expected a string but found " + Values.describe(node));
        }
        return node.textValue();
    }

    static boolean bool(JsonNode node, JsonPath path) {
        if (node == null || !node.isBoolean()) {
            throw CustomerJsonException.at(path, "expected true or false but found " + Values.describe(node));
        }
        return node.booleanValue();
    }

    /** An exact amount, as written (scale kept), within the bounds of the format. */
    static BigDecimal amount(JsonNode node, JsonPath path) {
        return checkAmount(decimal(node, path), path);
    }

    /** The double nearest the number written, by {@link Double#parseDouble}, which rounds correctly. */
    static double number(JsonNode node, JsonPath path) {
        return Double.parseDouble(decimal(node, path).toString());
    }

    /** A whole number that fits an {@code int}; {@code 2.0} is 2. */
    static int whole(JsonNode node, JsonPath path) {
        BigDecimal value = decimal(node, path);
        try {
            return value.intValueExact();
        } catch (ArithmeticException e) {
            throw CustomerJsonException.at(path, "expected a whole number but found " + node);
        }
    }

    private static BigDecimal decimal(JsonNode node, JsonPath path) {
        if (node == null || !node.isNumber()) {
            throw CustomerJsonException.at(path, "expected a number but found " + Values.describe(node));
        }
        return node.decimalValue();
    }

    static LocalDate date(JsonNode node, JsonPath path) {
        String text = text(node, path);
        try {
            return LocalDate.parse(text);
        } catch (DateTimeException e) {
            throw CustomerJsonException.at(path, quote(text) + " is not an ISO-8601 date such as \"2026-06-01\"");
        }
    }

    static Instant instant(JsonNode node, JsonPath path) {
        String text = text(node, path);
        try {
            return Instant.parse(text);
        } catch (DateTimeException e) {
            throw CustomerJsonException.at(
                    path, quote(text) + " is not an ISO-8601 instant such as \"2026-06-01T00:00:00Z\"");
        }
    }

    /** The elements of an array of at most the list size of the limits. */
    static List<JsonNode> array(JsonNode node, JsonPath path, CustomerJsonLimits limits, String of) {
        if (node == null || !node.isArray()) {
            throw CustomerJsonException.at(path, "expected an array of " + of + " but found " + Values.describe(node));
        }
        checkSize(node, path, limits);
        List<JsonNode> elements = new ArrayList<>(node.size());
        node.elements().forEachRemaining(elements::add);
        return elements;
    }

    static List<String> texts(JsonNode node, JsonPath path, CustomerJsonLimits limits) {
        List<JsonNode> elements = array(node, path, limits, "strings");
        List<String> texts = new ArrayList<>(elements.size());
        for (int i = 0; i < elements.size(); i++) {
            texts.add(text(elements.get(i), path.index(i)));
        }
        return texts;
    }

    static void checkSize(JsonNode container, JsonPath path, CustomerJsonLimits limits) {
        if (container.size() > limits.maxListSize()) {
            throw CustomerJsonException.at(
                    path,
                    "has " + container.size() + (container.isArray() ? " elements" : " fields") + "; the limit is "
                            + limits.maxListSize() + " (CustomerJsonLimits.maxListSize)");
        }
    }

    /**
     * Runs a step of the model's builders, turning its {@link IllegalArgumentException} (a value the model rejects,
     * such as an unknown country code) into a {@link CustomerJsonException} at {@code path}.
     */
    static <T> T model(JsonPath path, Supplier<T> step) {
        try {
            return step.get();
        } catch (CustomerJsonException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw new CustomerJsonException(path.toString(), String.valueOf(e.getMessage()), 0, e);
        }
    }

    /** An amount as JSON, exactly as it is (scale kept), failing if it is beyond the bounds of the format. */
    static JsonNode amountNode(BigDecimal amount, JsonPath path) {
        return DecimalNode.valueOf(checkAmount(amount, path));
    }

    /**
     * Fails unless the amount has at most {@link CustomerJson#MAX_AMOUNT_DIGITS} digits before and after the decimal
     * point (trailing zeros not counted), so that no sum over hostile amounts grows without bound.
     */
    static BigDecimal checkAmount(BigDecimal amount, JsonPath path) {
        BigDecimal stripped = amount.stripTrailingZeros();
        int max = CustomerJson.MAX_AMOUNT_DIGITS;
        long integerDigits = (long) stripped.precision() - stripped.scale();
        if (integerDigits > max || stripped.scale() > max) {
            String shown = amount.toString();
            throw CustomerJsonException.at(
                    path,
                    (shown.length() > 60 ? shown.substring(0, 60) + "…" : shown)
                            + " is beyond the amounts a customer document holds: at most " + max
                            + " digits before and " + max + " after the decimal point");
        }
        return amount;
    }

    private static String quote(String text) {
        return Values.describe(NODES.textNode(text)).substring("the string ".length());
    }
}
