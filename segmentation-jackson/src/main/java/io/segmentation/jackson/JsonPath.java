package io.segmentation.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Where a value sits in a JSON document, written as a JSONPath: {@code $.criterion.and[1].op}. Names that are not
 * identifiers are bracketed and quoted: {@code $['odd key']}. Immutable.
 */
final class JsonPath {

    private static final JsonPath ROOT = new JsonPath("$");

    private final String text;

    private JsonPath(String text) {
        this.text = text;
    }

    static JsonPath root() {
        return ROOT;
    }

    /**
     * The path of the value a parser is at: {@code $.audience} when a deserializer is called for the property
     * {@code audience} of the root object. Falls back to {@code $}.
     */
    static JsonPath ofParser(JsonParser parser) {
        JsonStreamContext context = parser.getParsingContext();
        // At the start of an object or array the parser has entered the value already: its name or index is the
        // parent's.
        if (context != null
                && (parser.currentToken() == JsonToken.START_OBJECT
                        || parser.currentToken() == JsonToken.START_ARRAY)) {
            context = context.getParent();
        }
        return of(context, 0);
    }

    /** The path of the value a generator is about to write: the field named last, or the next array element. */
    static JsonPath ofGenerator(JsonGenerator generator) {
        return of(generator.getOutputContext(), 1);
    }

    private static JsonPath of(JsonStreamContext innermost, int pendingIndex) {
        Deque<String> steps = new ArrayDeque<>();
        int pending = pendingIndex;
        for (JsonStreamContext c = innermost; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                steps.addFirst("[" + Math.max(0, c.getCurrentIndex() + pending) + "]");
            } else if (c.getCurrentName() != null) {
                steps.addFirst(step(c.getCurrentName()));
            }
            pending = 0;
        }
        return new JsonPath("$" + String.join("", steps));
    }

    JsonPath field(String name) {
        return new JsonPath(text + step(name));
    }

    JsonPath index(int index) {
        return new JsonPath(text + "[" + index + "]");
    }

    private static String step(String name) {
        if (isIdentifier(name)) {
            return "." + name;
        }
        return "['" + name.replace("\\", "\\\\").replace("'", "\\'") + "']";
    }

    private static boolean isIdentifier(String name) {
        if (name.isEmpty() || !Character.isJavaIdentifierStart(name.charAt(0)) || name.charAt(0) == '$') {
            return false;
        }
        for (int i = 1; i < name.length(); i++) {
            if (!Character.isJavaIdentifierPart(name.charAt(i)) || name.charAt(i) == '$') {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof JsonPath other && text.equals(other.text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    @Override
    public String toString() {
        return text;
    }
}
