package io.segmentation.engine;

import com.google.common.collect.ImmutableList;
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
 * <p>Immutable.
 *
 * @since 0.1.0
 */
public final class Explanation {

    private final boolean matched;
    private final String expected;
    private final String actual;
    private final String summary;
    private final ImmutableList<Explanation> children;

    Explanation(boolean matched, String expected, String actual, String summary, List<Explanation> children) {
        this.matched = matched;
        this.expected = expected;
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
