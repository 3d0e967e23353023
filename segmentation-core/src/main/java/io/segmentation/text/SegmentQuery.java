package io.segmentation.text;

import static com.google.common.base.Preconditions.checkNotNull;

import io.segmentation.Criterion;
import io.segmentation.Segment;
import io.segmentation.attribute.AttributeRegistry;
import io.segmentation.customer.Customer;
import io.segmentation.internal.describe.Printer;

/**
 * Segments as text: read and write the query language (grammar and examples in {@code docs/query-language.md}).
 *
 * <pre>{@code
 * Segment<Customer> s = SegmentQuery.parse("country IN ('DE', 'FR') AND NOT tags CONTAINS 'wholesale'");
 * String text = SegmentQuery.toText(s);   // country IN ('DE', 'FR') AND NOT tags CONTAINS 'wholesale'
 * }</pre>
 *
 * <p>Printing and parsing are inverse: {@code parse(toText(s)).criterion()} equals {@code s.criterion()} for every
 * segment with a text form, and {@code toText} of a parsed text is its canonical spelling. Custom predicates have no
 * text form; printing one fails naming it.
 *
 * @since 0.1.0
 */
public final class SegmentQuery {

    private static final SegmentParser<Customer> BUILT_IN =
            new SegmentParser<>(AttributeRegistry.builtIn(), QueryLimits.defaults());

    private SegmentQuery() {}

    /**
     * Reads a customer segment with the built-in vocabulary and default limits.
     *
     * @param text the query, e.g. {@code age BETWEEN 18 AND 25 AND purchases >= 3}
     * @return the (unnamed) segment
     * @throws SegmentSyntaxException if the text cannot be read, with line, column and what was expected
     */
    public static Segment<Customer> parse(String text) {
        return BUILT_IN.parse(text);
    }

    /**
     * A parser for any subject type, resolving names through a registry, with default limits.
     *
     * @param registry the names of attributes and segments
     * @param <T> the subject type
     * @return the parser
     */
    public static <T> SegmentParser<T> parser(AttributeRegistry<T> registry) {
        return new SegmentParser<>(checkNotNull(registry, "registry"), QueryLimits.defaults());
    }

    /**
     * The canonical text of a segment's criterion (names and descriptions are not part of the text).
     *
     * @param segment the segment
     * @return the text
     * @throws IllegalArgumentException if the segment uses a custom predicate or another construct without text form,
     *     naming it
     */
    public static String toText(Segment<?> segment) {
        return toText(checkNotNull(segment, "segment").criterion());
    }

    /**
     * The canonical text of a criterion.
     *
     * @param criterion the criterion
     * @return the text
     * @throws IllegalArgumentException if the criterion has no text form, naming the part that has none
     */
    public static String toText(Criterion<?> criterion) {
        return Printer.print(checkNotNull(criterion, "criterion"));
    }
}
