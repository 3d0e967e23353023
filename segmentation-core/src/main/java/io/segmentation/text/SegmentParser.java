package io.segmentation.text;

import static com.google.common.base.Preconditions.checkNotNull;

import io.segmentation.Criterion;
import io.segmentation.Segment;
import io.segmentation.attribute.AttributeRegistry;
import io.segmentation.internal.Suggestions;
import io.segmentation.text.Token.Type;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads segments written in the query language against an {@link AttributeRegistry}. Immutable and thread-safe.
 * Parsing never runs code or reflects on classes: names resolve only through the registry, and text, nesting and
 * lists are bounded by {@link QueryLimits}. Every failure is a {@link SegmentSyntaxException} with line and column.
 *
 * <pre>{@code
 * SegmentParser<Customer> parser = SegmentQuery.parser(AttributeRegistry.builtIn());
 * Segment<Customer> s = parser.parse("age BETWEEN 18 AND 25 AND purchases(last: 30d) >= 3");
 * Map<String, Segment<Customer>> all = parser.parseAll(Map.of(
 *     "buyers", "purchases >= 1",
 *     "dach-buyers", "IN SEGMENT 'buyers' AND country IN ('DE', 'AT', 'CH')"));
 * }</pre>
 *
 * @param <T> the subject type
 * @since 0.1.0
 */
public final class SegmentParser<T> {

    private final AttributeRegistry<T> registry;
    private final QueryLimits limits;

    SegmentParser(AttributeRegistry<T> registry, QueryLimits limits) {
        this.registry = checkNotNull(registry, "registry");
        this.limits = checkNotNull(limits, "limits");
    }

    /**
     * This parser with other limits.
     *
     * @param limits the limits
     * @return the parser
     */
    public SegmentParser<T> withLimits(QueryLimits limits) {
        return new SegmentParser<>(registry, limits);
    }

    /**
     * The limits in force.
     *
     * @return the limits
     */
    public QueryLimits limits() {
        return limits;
    }

    /**
     * Reads an unnamed segment.
     *
     * @param text the query
     * @return the segment
     * @throws SegmentSyntaxException if the text cannot be read
     */
    public Segment<T> parse(String text) {
        return Segment.where(parseCriterion(text));
    }

    /**
     * Reads a criterion.
     *
     * @param text the query
     * @return the criterion
     * @throws SegmentSyntaxException if the text cannot be read
     */
    public Criterion<T> parseCriterion(String text) {
        return read(
                text,
                (name, at, cursor) -> registry.segment(name)
                        .orElseThrow(() -> unknownSegment(name, at, cursor, registry.segmentNames())));
    }

    /**
     * Reads named segment definitions that may refer to each other and to the registry's segments with
     * {@code IN SEGMENT 'name'}, in any order. A cycle is rejected, naming it.
     *
     * @param definitions segment name to query text
     * @return the segments by name, in the order given
     * @throws SegmentSyntaxException if a definition cannot be read or the references form a cycle
     */
    public Map<String, Segment<T>> parseAll(Map<String, String> definitions) {
        checkNotNull(definitions, "definitions");
        Map<String, Segment<T>> done = new LinkedHashMap<>();
        Deque<String> resolving = new ArrayDeque<>();
        for (String name : definitions.keySet()) {
            resolve(checkNotNull(name, "definition name"), definitions, done, resolving);
        }
        Map<String, Segment<T>> ordered = new LinkedHashMap<>();
        definitions.keySet().forEach(n -> ordered.put(n, done.get(n)));
        return ordered;
    }

    private Segment<T> resolve(
            String name, Map<String, String> definitions, Map<String, Segment<T>> done, Deque<String> resolving) {
        Segment<T> segment = done.get(name);
        if (segment != null) {
            return segment;
        }
        String text = checkNotNull(definitions.get(name), "definition of '%s'", name);
        resolving.addLast(name);
        Criterion<T> criterion = read(text, (ref, at, cursor) -> {
            if (resolving.contains(ref)) {
                StringBuilder cycle = new StringBuilder();
                boolean inCycle = false;
                for (String s : resolving) {
                    inCycle |= s.equals(ref);
                    if (inCycle) {
                        cycle.append(s).append(" → ");
                    }
                }
                throw cursor.error(at, "segment '" + ref + "' refers to itself through the cycle " + cycle + ref);
            }
            if (definitions.containsKey(ref)) {
                return resolve(ref, definitions, done, resolving);
            }
            return registry.segment(ref).orElseThrow(() -> unknownSegment(ref, at, cursor, definitions.keySet()));
        });
        resolving.removeLast();
        segment = Segment.where(criterion).named(name);
        done.put(name, segment);
        return segment;
    }

    private SegmentSyntaxException unknownSegment(String name, Token at, Cursor cursor, Iterable<String> known) {
        java.util.List<String> all = new java.util.ArrayList<>(registry.segmentNames());
        known.forEach(all::add);
        return cursor.error(at, "unknown segment '" + name + "'", Suggestions.closest(name, all));
    }

    private Criterion<T> read(String text, RegistryScope.SegmentLookup<T> segments) {
        checkNotNull(text, "text");
        Source source = new Source(text);
        if (text.length() > limits.maxLength()) {
            throw Cursor.overLimit(source.error(
                    1, 1, "query is " + text.length() + " characters, over the limit of " + limits.maxLength(), null));
        }
        Cursor cursor = new Cursor(source, limits, Lexer.tokenize(text, source));
        if (cursor.peek().is(Type.END)) {
            throw cursor.error(cursor.peek(), "the query is empty");
        }
        Criterion<T> criterion = new QueryReader<>(cursor, new RegistryScope<>(registry, segments)).expression();
        Token end = cursor.peek();
        if (!end.is(Type.END)) {
            String hint = end.is(Type.RIGHT_PAREN) ? "a ')' without its '('" : end.describe();
            throw cursor.error(end, "expected AND, OR or the end of the query but found " + hint);
        }
        return criterion;
    }

    /**
     * The registry names resolve through.
     *
     * @return the registry
     */
    public AttributeRegistry<T> registry() {
        return registry;
    }
}
