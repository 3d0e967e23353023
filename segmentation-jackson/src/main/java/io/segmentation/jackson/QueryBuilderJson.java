package io.segmentation.jackson;

import static com.google.common.base.Preconditions.checkNotNull;

import io.segmentation.Segment;
import io.segmentation.attribute.AttributeRegistry;
import io.segmentation.customer.Customer;
import io.segmentation.text.QueryLimits;

/**
 * Import and export of <a href="https://react-querybuilder.js.org">react-querybuilder</a> queries, so a segment can
 * be edited in a query-builder UI and stored as a segment. A query is a rule group
 * {@code {"combinator": "and"|"or", "not": true (optional), "rules": [rule or group, …]}} and a rule is
 * {@code {"field": "age", "operator": ">=", "value": 18}}; fields are attribute names of the registry, without
 * arguments. Groups with independent combinators ({@code {"rules": [rule, "and", rule, "or", rule]}}) are read with
 * {@code and} binding tighter than {@code or}, as react-querybuilder's {@code convertFromIC} reads them.
 *
 * <p>Reading means what react-querybuilder's {@code formatQuery} exports: {@code "muted": true} rules and groups,
 * placeholder rules (field or operator {@code "~"}) and groups with nothing left in them are left out;
 * {@code "disabled": true} only locks a rule in the UI, so disabled rules are read. {@code write} emits neither key.
 *
 * <pre>{@code
 * Segment<Customer> s = QueryBuilderJson.read("""
 *     {"combinator": "and", "rules": [
 *       {"field": "age", "operator": "between", "value": "18,25"},
 *       {"field": "country", "operator": "in", "value": ["DE", "FR"]}]}""");
 * String json = QueryBuilderJson.write(s);  // back to react-querybuilder, lists and bounds as arrays
 * }</pre>
 *
 * <p>The operator mapping ({@code =}, {@code !=}, {@code <}, {@code >}, {@code <=}, {@code >=}, {@code contains},
 * {@code beginsWith}, {@code endsWith}, their negations, {@code null}, {@code notNull}, {@code in}, {@code notIn},
 * {@code between}, {@code notBetween}) and what is refused are listed in {@code docs/json-schema.md}. Segments read
 * are unnamed; names and descriptions are not written. {@code read(write(s))} equals {@code s} for every criterion
 * react-querybuilder can express. Thread-safe.
 *
 * @since 0.1.0
 */
public final class QueryBuilderJson {

    private QueryBuilderJson() {}

    /**
     * Reads a react-querybuilder query with the built-in customer vocabulary.
     *
     * @param json the query, a rule group
     * @return the (unnamed) segment
     * @throws SegmentJsonException naming the JSONPath of what cannot be read, e.g.
     *     {@code $.rules[1].operator: unknown react-querybuilder operator 'beginWith' — did you mean 'beginsWith'?},
     *     or when nothing is left of the query once muted rules, placeholder rules and empty groups are left out
     */
    public static Segment<Customer> read(String json) {
        return read(json, AttributeRegistry.builtIn());
    }

    /**
     * Reads a react-querybuilder query, resolving fields through a registry.
     *
     * @param json the query, a rule group
     * @param registry the attributes fields name
     * @param <T> the subject type
     * @return the (unnamed) segment
     * @throws SegmentJsonException naming the JSONPath of what cannot be read
     */
    public static <T> Segment<T> read(String json, AttributeRegistry<T> registry) {
        return read(json, registry, QueryLimits.defaults());
    }

    /**
     * Reads a react-querybuilder query within the given limits, the same {@link QueryLimits} the query language and
     * {@link SegmentJson} use: no rule value list (an array or a comma-separated string) longer than
     * {@link QueryLimits#maxListSize()}, and groups nested no deeper than {@link QueryLimits#maxDepth()} (the
     * top-level group is level 0; each group inside another adds one).
     *
     * <pre>{@code
     * QueryBuilderJson.read(json, registry, QueryLimits.defaults().withMaxListSize(5_000));
     * }</pre>
     *
     * @param json the query, a rule group
     * @param registry the attributes fields name
     * @param limits the limits
     * @param <T> the subject type
     * @return the (unnamed) segment
     * @throws SegmentJsonException naming the JSONPath of what cannot be read or exceeds a limit
     * @since 0.2.0
     */
    public static <T> Segment<T> read(String json, AttributeRegistry<T> registry, QueryLimits limits) {
        checkNotNull(json, "json");
        checkNotNull(registry, "registry");
        checkNotNull(limits, "limits");
        return Segment.where(
                new QueryBuilderReader<>(registry, limits).query(SegmentJson.parse(json), JsonPath.root()));
    }

    /**
     * Writes a segment's criterion as a react-querybuilder query (name and description are not part of it).
     *
     * @param segment the segment
     * @return the query, one line
     * @throws SegmentJsonException naming the node react-querybuilder cannot express: a window, an event filter, an
     *     attribute with arguments, a segment reference, a custom predicate, or an operator it lacks (ignoring case,
     *     matches, within, containsAll, isEmpty)
     */
    public static String write(Segment<?> segment) {
        checkNotNull(segment, "segment");
        return SegmentJson.print(QueryBuilderWriter.query(segment.criterion()));
    }
}
