/**
 * The query language: {@link io.segmentation.text.SegmentQuery} reads and writes segments as text, and
 * {@link io.segmentation.text.SegmentParser} reads them against a registry of your own attributes. Errors are
 * {@link io.segmentation.text.SegmentSyntaxException}s with line and column; {@link io.segmentation.text.QueryLimits}
 * bounds untrusted input. The grammar and examples are in {@code docs/query-language.md}.
 *
 * <pre>{@code
 * Segment<Customer> s = SegmentQuery.parse("age BETWEEN 18 AND 25 AND purchases >= 3");
 * String text = SegmentQuery.toText(s);   // age BETWEEN 18 AND 25 AND purchases >= 3
 * }</pre>
 *
 * <p>The top layer of core: it reads the model and vocabulary, and nothing in core depends on it. The canonical
 * printer itself lives in {@code io.segmentation.internal.describe}, so that {@code Segment.toString()} needs no
 * part of this package.
 */
package io.segmentation.text;
