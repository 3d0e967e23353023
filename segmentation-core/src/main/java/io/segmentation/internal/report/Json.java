package io.segmentation.internal.report;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.OptionalDouble;

/** A small writer of JSON text (RFC 8259): objects, arrays, strings, numbers, booleans and null. */
public final class Json {

    private final StringBuilder out = new StringBuilder();
    private final StringBuilder indent = new StringBuilder();
    // no member yet in the current object or array (no comma needed)
    private boolean first = true;
    // a member name was just written: its value follows on the same line
    private boolean afterName;
    // per open object or array, whether it is written on one line (it, or one around it, was opened inline)
    private final Deque<Boolean> inline = new ArrayDeque<>();

    /**
     * Opens an object as a value.
     *
     * @return this writer
     */
    public Json beginObject() {
        return open('{', false);
    }

    /**
     * Opens an object written on one line, for small records such as a table cell; everything inside it is written on
     * that line too.
     *
     * @return this writer
     */
    public Json beginInlineObject() {
        return open('{', true);
    }

    /**
     * Closes the current object.
     *
     * @return this writer
     */
    public Json endObject() {
        return close('}');
    }

    /**
     * Opens an array as a value.
     *
     * @return this writer
     */
    public Json beginArray() {
        return open('[', false);
    }

    /**
     * Closes the current array.
     *
     * @return this writer
     */
    public Json endArray() {
        return close(']');
    }

    /**
     * Writes a member name; the next call writes its value.
     *
     * @param name the name
     * @return this writer
     */
    public Json name(String name) {
        separate();
        string(out, name);
        out.append(": ");
        afterName = true;
        return this;
    }

    /**
     * Writes a string value, or null.
     *
     * @param value the string, or {@code null}
     * @return this writer
     */
    public Json value(String value) {
        separate();
        if (value == null) {
            out.append("null");
        } else {
            string(out, value);
        }
        return this;
    }

    /**
     * Writes a boolean value.
     *
     * @param value the value
     * @return this writer
     */
    public Json value(boolean value) {
        separate();
        out.append(value);
        return this;
    }

    /**
     * Writes a number, or {@code null} when absent or not finite (JSON has no NaN or infinity).
     *
     * @param value the number
     * @return this writer
     */
    public Json value(OptionalDouble value) {
        separate();
        boolean finite = value.isPresent() && Double.isFinite(value.getAsDouble());
        out.append(finite ? ReportFormat.raw(value.getAsDouble()) : "null");
        return this;
    }

    /**
     * Writes an integer.
     *
     * @param value the number
     * @return this writer
     */
    public Json value(long value) {
        separate();
        out.append(value);
        return this;
    }

    /**
     * The text written, with a final newline.
     *
     * @return the JSON text
     */
    public String text() {
        return out + "\n";
    }

    /**
     * A string as a JSON string literal: quotes, backslashes and control characters escaped, and also U+2028,
     * U+2029, lone surrogates and {@code </} ({@code <\/}), so the text is also safe inside an HTML script block.
     *
     * @param out where to write
     * @param text the string
     */
    public static void string(StringBuilder out, String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '/' -> out.append(i > 0 && text.charAt(i - 1) == '<' ? "\\/" : "/");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029' || isLoneSurrogate(text, i)) {
                        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    private static boolean isLoneSurrogate(String text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i == 0 || !Character.isHighSurrogate(text.charAt(i - 1));
        }
        return false;
    }

    private Json open(char bracket, boolean oneLine) {
        separate();
        inline.push(oneLine || isInline());
        out.append(bracket);
        indent.append("  ");
        first = true;
        return this;
    }

    private Json close(char bracket) {
        indent.setLength(indent.length() - 2);
        if (!inline.pop() && !first) {
            out.append('\n').append(indent);
        }
        out.append(bracket);
        first = false;
        return this;
    }

    private boolean isInline() {
        return !inline.isEmpty() && inline.peek();
    }

    /** Starts a value or member: after a name, right there; otherwise on a new line, after a comma if needed. */
    private void separate() {
        if (afterName) {
            afterName = false;
        } else if (isInline()) {
            out.append(first ? "" : ", ");
        } else if (out.length() > 0) {
            if (!first) {
                out.append(',');
            }
            out.append('\n').append(indent);
        }
        first = false;
    }
}
