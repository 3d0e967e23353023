package io.segmentation.text;

import static com.google.common.base.Preconditions.checkNotNull;

import io.segmentation.Criterion;
import io.segmentation.Segment;
import io.segmentation.attribute.AttributeRegistry;
import io.segmentation.internal.base.Suggestions;
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
        for (String name : definitions.keySet()) {
            resolve(checkNotNull(name, "definition name"), definitions, done);
        }
        Map<String, Segment<T>> ordered = new LinkedHashMap<>();
        definitions.keySet().forEach(n -> ordered.put(n, done.get(n)));
        return ordered;
    }

    /**
     * Reads one definition and, first, every definition it depends on, without recursion: a definition that meets a
     * reference to one not read yet stops, that one is read, and the first is read again. Each definition is read at
     * most once more than the number of definitions it refers to, and the chain of references may be as long as
     * {@link io.segmentation.Criterion#MAX_DEPTH} allows.
     */
    private void resolve(String first, Map<String, String> definitions, Map<String, Segment<T>> done) {
        Deque<String> resolving = new ArrayDeque<>();
        java.util.Set<String> onPath = new java.util.HashSet<>();
        resolving.addLast(first);
        onPath.add(first);
        while (!resolving.isEmpty()) {
            String name = resolving.peekLast();
            if (done.containsKey(name)) {
                resolving.removeLast();
                onPath.remove(name);
                continue;
            }
            String text = checkNotNull(definitions.get(name), "definition of '%s'", name);
            Criterion<T> criterion;
            try {
                criterion = read(text, (ref, at, cursor) -> {
                    Segment<T> known = done.get(ref);
                    if (known != null) {
                        return known;
                    }
                    if (onPath.contains(ref)) {
                        throw cursor.error(
                                at,
                                "segment '" + ref + "' refers to itself through the cycle " + cycle(resolving, ref));
                    }
                    if (definitions.containsKey(ref)) {
                        throw new Pending(ref);
                    }
                    return registry.segment(ref)
                            .orElseThrow(() -> unknownSegment(ref, at, cursor, definitions.keySet()));
                });
            } catch (Pending pending) {
                resolving.addLast(pending.name);
                onPath.add(pending.name);
                continue;
            }
            try {
                done.put(name, Segment.where(criterion).named(name));
            } catch (SegmentSyntaxException e) {
                throw e;
            } catch (IllegalArgumentException e) {
                throw new SegmentSyntaxException(1, 1, "definition '" + name + "': " + e.getMessage(), "", null);
            }
            resolving.removeLast();
            onPath.remove(name);
        }
    }

    private static String cycle(Deque<String> resolving, String ref) {
        StringBuilder cycle = new StringBuilder();
        boolean inCycle = false;
        for (String s : resolving) {
            inCycle |= s.equals(ref);
            if (inCycle) {
                cycle.append(s).append(" → ");
            }
        }
        return cycle.append(ref).toString();
    }

    /** Stops reading a definition that refers to another not read yet; thrown and caught in {@link #resolve}. */
    private static final class Pending extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String name;

        Pending(String name) {
            super(null, null, false, false);
            this.name = name;
        }
    }

    private SegmentSyntaxException unknownSegment(String name, Token at, Cursor cursor, Iterable<String> known) {
        java.util.List<String> all = new java.util.ArrayList<>(registry.segmentNames());
        known.forEach(all::add);
        return cursor.error(at, "unknown segment '" + name + "'", Suggestions.closest(name, all));
    }

    private Criterion<T> read(String text, RegistryScope.SegmentLookup<T> segments) {
        checkNotNull(text, "text");
        if (text.length() > limits.maxLength()) {
            // Checked before anything else reads the text: the message quotes only the start of its first line.
            String start = text.substring(0, Math.min(text.length(), SegmentSyntaxException.MAX_EXCERPT));
            int newline = start.indexOf('\n');
            start = newline < 0 ? start : start.substring(0, newline);
            throw Cursor.overLimit(new SegmentSyntaxException(
                    1,
                    1,
                    "query is " + text.length() + " characters, over the limit of " + limits.maxLength(),
                    start,
                    null));
        }
        Source source = new Source(text);
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
