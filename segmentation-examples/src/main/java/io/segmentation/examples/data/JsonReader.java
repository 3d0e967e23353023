package io.segmentation.examples.data;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads one JSON value (RFC 8259) into plain Java values: {@link LinkedHashMap} for objects (keys in the order
 * written), {@link ArrayList} for arrays, {@link String}, {@link BigDecimal} for every number (exact), {@link Boolean}
 * and {@code null}.
 *
 * <p>Errors are {@link IllegalArgumentException}s that name the column (1-based) and what was expected, e.g.
 * {@code column 17: expected ',' or '}' but found 'x'}. Duplicate keys are errors. Not thread-safe; use once.
 *
 * @since 0.1.0
 */
public final class JsonReader {

    private final String text;
    private int position;

    private JsonReader(String text) {
        this.text = text;
    }

    /**
     * The value that {@code text} holds, with nothing but whitespace around it.
     *
     * @throws IllegalArgumentException if the text is not one JSON value
     */
    public static Object read(String text) {
        JsonReader reader = new JsonReader(text);
        reader.skipWhitespace();
        Object value = reader.value();
        reader.skipWhitespace();
        if (reader.position < text.length()) {
            throw reader.error("unexpected " + reader.found() + " after the value");
        }
        return value;
    }

    private Object value() {
        if (position >= text.length()) {
            throw error("expected a value but the text ended");
        }
        char c = text.charAt(position);
        return switch (c) {
            case '{' -> object();
            case '[' -> array();
            case '"' -> string();
            case 't' -> literal("true", true);
            case 'f' -> literal("false", false);
            case 'n' -> literal("null", null);
            default -> {
                if (c == '-' || isDigit(c)) {
                    yield number();
                }
                throw error("expected a value but found " + found());
            }
        };
    }

    private Map<String, Object> object() {
        Map<String, Object> object = new LinkedHashMap<>();
        position++;
        skipWhitespace();
        if (peek('}')) {
            position++;
            return object;
        }
        while (true) {
            skipWhitespace();
            if (!peek('"')) {
                throw error("expected a key in quotes but found " + found());
            }
            int keyColumn = position + 1;
            String key = string();
            skipWhitespace();
            expect(':');
            skipWhitespace();
            Object value = value();
            if (object.containsKey(key)) {
                throw new IllegalArgumentException("column " + keyColumn + ": duplicate key '" + key + "'");
            }
            object.put(key, value);
            skipWhitespace();
            if (peek(',')) {
                position++;
            } else if (peek('}')) {
                position++;
                return object;
            } else {
                throw error("expected ',' or '}' but found " + found());
            }
        }
    }

    private List<Object> array() {
        List<Object> array = new ArrayList<>();
        position++;
        skipWhitespace();
        if (peek(']')) {
            position++;
            return array;
        }
        while (true) {
            skipWhitespace();
            array.add(value());
            skipWhitespace();
            if (peek(',')) {
                position++;
            } else if (peek(']')) {
                position++;
                return array;
            } else {
                throw error("expected ',' or ']' but found " + found());
            }
        }
    }

    private String string() {
        position++;
        StringBuilder out = new StringBuilder();
        while (position < text.length()) {
            char c = text.charAt(position);
            if (c == '"') {
                position++;
                return out.toString();
            }
            if (c < 0x20) {
                throw error("control character U+" + String.format("%04X", (int) c) + " in a text");
            }
            if (c == '\\') {
                position++;
                out.append(escape());
            } else {
                out.append(c);
                position++;
            }
        }
        throw error("unterminated text");
    }

    private char escape() {
        if (position >= text.length()) {
            throw error("unterminated text");
        }
        char c = text.charAt(position++);
        return switch (c) {
            case '"', '\\', '/' -> c;
            case 'b' -> '\b';
            case 'f' -> '\f';
            case 'n' -> '\n';
            case 'r' -> '\r';
            case 't' -> '\t';
            case 'u' -> unicodeEscape();
            default -> {
                position--;
                throw error("invalid escape '\\" + c + "'");
            }
        };
    }

    private char unicodeEscape() {
        if (position + 4 > text.length()) {
            throw error("incomplete \\u escape");
        }
        String hex = text.substring(position, position + 4);
        for (int i = 0; i < 4; i++) {
            if (Character.digit(hex.charAt(i), 16) < 0) {
                throw error("invalid \\u escape '\\u" + hex + "'");
            }
        }
        position += 4;
        return (char) Integer.parseInt(hex, 16);
    }

    private BigDecimal number() {
        int start = position;
        if (peek('-')) {
            position++;
        }
        if (peek('0')) {
            position++;
        } else if (position < text.length() && isDigit(text.charAt(position))) {
            digits();
        } else {
            throw error("expected a digit but found " + found());
        }
        if (peek('.')) {
            position++;
            if (position >= text.length() || !isDigit(text.charAt(position))) {
                throw error("expected a digit after '.' but found " + found());
            }
            digits();
        }
        if (peek('e') || peek('E')) {
            position++;
            if (peek('+') || peek('-')) {
                position++;
            }
            if (position >= text.length() || !isDigit(text.charAt(position))) {
                throw error("expected a digit in the exponent but found " + found());
            }
            digits();
        }
        return new BigDecimal(text.substring(start, position));
    }

    private void digits() {
        while (position < text.length() && isDigit(text.charAt(position))) {
            position++;
        }
    }

    private Object literal(String word, Object value) {
        if (!text.startsWith(word, position)) {
            throw error("expected a value but found " + found());
        }
        position += word.length();
        return value;
    }

    private void expect(char c) {
        if (!peek(c)) {
            throw error("expected '" + c + "' but found " + found());
        }
        position++;
    }

    private boolean peek(char c) {
        return position < text.length() && text.charAt(position) == c;
    }

    private void skipWhitespace() {
        while (position < text.length()) {
            char c = text.charAt(position);
            if (c != ' ' && c != '\t' && c != '\r' && c != '\n') {
                return;
            }
            position++;
        }
    }

    private String found() {
        return position >= text.length() ? "the end of the text" : "'" + text.charAt(position) + "'";
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private IllegalArgumentException error(String message) {
        return new IllegalArgumentException("column " + (position + 1) + ": " + message);
    }
}
