package io.segmentation.examples.data;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Writes the small JSON subset of the sample data: objects (maps with text keys, in iteration order), arrays (lists),
 * texts, numbers, booleans. Non-ASCII text is written as is; the file is UTF-8.
 *
 * @since 0.1.0
 */
public final class JsonWriter {

    private JsonWriter() {}

    /**
     * One value as compact JSON text, on one line.
     *
     * @throws IllegalArgumentException if a value is not one of the supported types or a number is not finite
     */
    public static String write(Object value) {
        StringBuilder out = new StringBuilder(256);
        value(value, out);
        return out.toString();
    }

    private static void value(Object value, StringBuilder out) {
        if (value instanceof Map<?, ?> map) {
            object(map, out);
        } else if (value instanceof List<?> list) {
            array(list, out);
        } else if (value instanceof String text) {
            string(text, out);
        } else if (value instanceof BigDecimal decimal) {
            out.append(decimal.toPlainString());
        } else if (value instanceof Integer || value instanceof Long) {
            out.append(value);
        } else if (value instanceof Double number) {
            number(number, out);
        } else if (value instanceof Boolean flag) {
            out.append(flag.booleanValue());
        } else {
            throw new IllegalArgumentException(
                    "cannot write " + (value == null ? "null" : value.getClass()) + " as JSON");
        }
    }

    private static void object(Map<?, ?> map, StringBuilder out) {
        out.append('{');
        boolean first = true;
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            if (!(entry.getKey() instanceof String key)) {
                throw new IllegalArgumentException("JSON object keys must be texts but found " + entry.getKey());
            }
            if (!first) {
                out.append(',');
            }
            first = false;
            string(key, out);
            out.append(':');
            value(entry.getValue(), out);
        }
        out.append('}');
    }

    private static void array(List<?> list, StringBuilder out) {
        out.append('[');
        for (int i = 0; i < list.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            value(list.get(i), out);
        }
        out.append(']');
    }

    private static void number(double number, StringBuilder out) {
        if (!Double.isFinite(number)) {
            throw new IllegalArgumentException("cannot write " + number + " as JSON");
        }
        // Integral values without ".0", so that an event's score 7 reads as 7; otherwise the shortest text that
        // parses back to the same double.
        if (number == Math.rint(number) && Math.abs(number) < 1e15) {
            out.append((long) number);
        } else {
            out.append(number);
        }
    }

    private static void string(String text, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
