package io.segmentation.text;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * Bounds on untrusted query text, so that parsing is cheap and safe whatever arrives: the longest text, the deepest
 * nesting of parentheses and {@code NOT}s, and the longest {@code IN (…)} list. Exceeding one is a
 * {@link SegmentSyntaxException} at the spot. The length is checked first, before the text is read at all.
 *
 * <p>The same limits bound JSON documents ({@code SegmentJson.read(json, registry, limits)} in segmentation-jackson):
 * value lists, and nesting counted as the canonical text nests. Whatever the limits, a criterion is at most
 * {@link io.segmentation.Criterion#MAX_DEPTH} deep; deeper text is a {@link SegmentSyntaxException} too.
 *
 * <p>Patterns after {@code MATCHES} have fixed bounds of their own, the same in text, JSON and the DSL: a counted
 * repeat of at most {@value io.segmentation.TextCondition.Matches#MAX_REPEAT} (and as much in all when nested), and a
 * compiled program of at most about {@value io.segmentation.TextCondition.Matches#MAX_PROGRAM_SIZE} instructions
 * (see {@link io.segmentation.TextCondition.Matches}); a pattern over them is a {@link SegmentSyntaxException} at the
 * pattern.
 *
 * <pre>{@code
 * SegmentQuery.parser(registry).withLimits(QueryLimits.defaults().withMaxLength(2_000)).parse(text);
 * }</pre>
 *
 * @param maxLength the longest text, in chars (default 10 000)
 * @param maxDepth the deepest nesting (default 32)
 * @param maxListSize the longest value list (default 1 000)
 * @since 0.1.0
 */
public record QueryLimits(int maxLength, int maxDepth, int maxListSize) {

    /** Validates the limits. */
    public QueryLimits {
        checkArgument(maxLength >= 1, "maxLength must be positive but was %s", maxLength);
        checkArgument(maxDepth >= 1 && maxDepth <= 1_000, "maxDepth must be in [1, 1000] but was %s", maxDepth);
        checkArgument(maxListSize >= 1, "maxListSize must be positive but was %s", maxListSize);
    }

    /**
     * The safe defaults: 10 000 chars, depth 32, lists of 1 000.
     *
     * @return the defaults
     */
    public static QueryLimits defaults() {
        return new QueryLimits(10_000, 32, 1_000);
    }

    /**
     * These limits with another maximum length.
     *
     * @param maxLength the longest text, in chars
     * @return the limits
     */
    public QueryLimits withMaxLength(int maxLength) {
        return new QueryLimits(maxLength, maxDepth, maxListSize);
    }

    /**
     * These limits with another maximum depth.
     *
     * @param maxDepth the deepest nesting, at most 1 000
     * @return the limits
     */
    public QueryLimits withMaxDepth(int maxDepth) {
        return new QueryLimits(maxLength, maxDepth, maxListSize);
    }

    /**
     * These limits with another maximum list size.
     *
     * @param maxListSize the longest value list
     * @return the limits
     */
    public QueryLimits withMaxListSize(int maxListSize) {
        return new QueryLimits(maxLength, maxDepth, maxListSize);
    }
}
