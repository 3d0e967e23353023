package io.segmentation.engine;

import com.google.common.collect.ImmutableList;
import io.segmentation.Criterion;
import io.segmentation.Segment;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Why a subject is or is not in a segment: a tree mirroring the criterion, each node with pass/fail, the expected
 * condition and the actual value. It is computed by the same rules as {@link SegmentMatcher#matches}, so the two
 * never disagree.
 *
 * <pre>{@code
 * ✗ segment 'young-repeat'
 *   ✗ all of (1 of 2 hold)
 *     ✓ age 25 is between 18 and 25
 *     ✗ purchases 1 is not at least 3
 * }</pre>
 *
 * <p>Besides text, every node links to what it explains, so that a user interface can highlight or localise a
 * clause without parsing sentences: {@link #criterion()} is the very node of the segment's criterion tree (the same
 * instance), {@link #segment()} the segment a root or {@code inSegment} node stands for, and {@link #actualValue()}
 * the raw value a leaf read.
 *
 * <p>Immutable (the linked criterion, segment and value are the caller's immutable objects).
 *
 * @since 0.1.0
 */
public final class Explanation {

    private final boolean matched;
    private final Criterion<?> criterion;
    private final Segment<?> segment;
    private final Object actualValue;
    private final String expected;
    private final String actual;
    private final String summary;
    private final ImmutableList<Explanation> children;

    // segment: for the root and inSegment nodes only; actualValue: the raw value a leaf read, null when missing;
    // actual: the value as text, null for nodes that read no value.
    Explanation(
            boolean matched,
            Criterion<?> criterion,
            Segment<?> segment,
            String expected,
            Object actualValue,
            String actual,
            String summary,
            List<Explanation> children) {
        this.matched = matched;
        this.criterion = criterion;
        this.segment = segment;
        this.expected = expected;
        this.actualValue = actualValue;
        this.actual = actual;
        this.summary = summary;
        this.children = ImmutableList.copyOf(children);
    }

    /**
     * Whether this node's criterion holds.
     *
     * @return true when it holds
     */
    public boolean matched() {
        return matched;
    }

    /**
     * The criterion this node explains: the very node (same instance) of the segment's criterion tree, so a user
     * interface can map each explanation node back to the clause it came from.
     *
     * <ul>
     *   <li>the root ({@code segment 'name'}) links to the segment's whole criterion, {@link Segment#criterion()} (its
     *       only child links to the same criterion, as the root only adds the segment's name);
     *   <li>an {@code and}, {@code or} or {@code not} node links to that {@link Criterion.And}, {@link Criterion.Or} or
     *       {@link Criterion.Not};
     *   <li>an {@code in segment} node links to the {@link Criterion.InSegment}; its only child links to the referenced
     *       segment's criterion;
     *   <li>a leaf links to its {@link Criterion.Comparison}, {@link Criterion.Presence} or {@link Criterion.Custom}.
     * </ul>
     *
     * <pre>{@code
     * Explanation why = matcher.explain(anna, june);
     * why.criterion() == segment.criterion();                      // true
     * why.children().get(0).criterion() == segment.criterion();    // true
     * }</pre>
     *
     * @return the criterion, never null
     * @since 0.2.0
     */
    public Criterion<?> criterion() {
        return criterion;
    }

    /**
     * The segment this node stands for: the explained segment at the root, the referenced segment at an
     * {@code in segment} node, empty for every other node.
     *
     * @return the segment, or empty
     * @since 0.2.0
     */
    public Optional<Segment<?>> segment() {
        return Optional.ofNullable(segment);
    }

    /**
     * The raw value a leaf read, exactly as its attribute's {@link io.segmentation.attribute.Attribute#read read}
     * returned it, so a user interface can format or localise it itself. Its type follows the attribute's value
     * family: a {@link Double} for numbers (counts and money too), a {@link String} for text, a {@link Boolean}, a
     * {@link java.time.Instant}, a {@link java.util.Set Set&lt;String&gt;} for sets, and the declared value type for
     * a user-defined attribute.
     *
     * <p>Empty when the value is missing (the attribute read {@code null}), for a {@code custom} criterion, and for
     * every node that reads no value ({@code and}, {@code or}, {@code not}, {@code in segment}, the root). A presence
     * test on a missing value still says what it means: its {@link #actual()} is {@code missing} and
     * {@link #matched()} tells whether "is missing" held; only this raw value is empty.
     *
     * @return the raw value read, or empty
     * @since 0.2.0
     */
    public Optional<Object> actualValue() {
        return Optional.ofNullable(actualValue);
    }

    /**
     * What this node requires, e.g. {@code age is between 18 and 25}.
     *
     * @return the expected condition
     */
    public String expected() {
        return expected;
    }

    /**
     * The value read, as text ({@code 25}, {@code 'DE'}, {@code missing}), for nodes that read one.
     *
     * @return the actual value
     */
    public Optional<String> actual() {
        return Optional.ofNullable(actual);
    }

    /**
     * This node as one sentence, without its mark: {@code age 31 is not between 18 and 25}.
     *
     * @return the summary
     */
    public String summary() {
        return summary;
    }

    /**
     * The explanations of the operands, in order.
     *
     * @return the children, empty for leaves
     */
    public List<Explanation> children() {
        return children;
    }

    /**
     * What made a failed match fail: under a failed node, its failed children, down to the nodes that failed on their
     * own — failed leaves, or a failed {@code not} whose operand held. Empty when this node matched.
     *
     * @return the failing explanations, depth first
     */
    public List<Explanation> failures() {
        ImmutableList.Builder<Explanation> found = ImmutableList.builder();
        collectFailures(this, found);
        return found.build();
    }

    private static void collectFailures(Explanation node, ImmutableList.Builder<Explanation> found) {
        if (node.matched) {
            return;
        }
        boolean failedChild = false;
        for (Explanation child : node.children) {
            if (!child.matched) {
                failedChild = true;
                collectFailures(child, found);
            }
        }
        if (!failedChild) {
            found.add(node);
        }
    }

    /** The tree, one node a line, indented, marked {@code ✓} or {@code ✗}. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        render(this, 0, text);
        return text.toString();
    }

    private static void render(Explanation node, int depth, StringBuilder text) {
        if (depth > 0) {
            text.append('\n');
        }
        text.append("  ".repeat(depth)).append(node.matched ? "✓ " : "✗ ").append(node.summary);
        for (Explanation child : node.children) {
            render(child, depth + 1, text);
        }
    }

    /**
     * Equal when both trees say the same: the same marks, expected conditions, values as text, summaries and children.
     * The links ({@link #criterion()}, {@link #segment()}, {@link #actualValue()}) are not compared, so that equality
     * stays as cheap and as meaningful as the text it compares.
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof Explanation other
                && matched == other.matched
                && expected.equals(other.expected)
                && Objects.equals(actual, other.actual)
                && summary.equals(other.summary)
                && children.equals(other.children);
    }

    @Override
    public int hashCode() {
        return Objects.hash(matched, expected, actual, summary, children);
    }
}
