package io.segmentation;

import io.segmentation.attribute.Attribute;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The nesting depth of criteria, counted the way evaluators recurse: one level per node, through the criteria of
 * referenced segments and through event filters inside attributes. Kept at or below {@link Criterion#MAX_DEPTH}, so
 * every recursive visitor (matcher, compiler, index, explanation, text, JSON, {@code equals}/{@code hashCode}) stays
 * well within a thread's default stack.
 */
final class Depth {

    private Depth() {}

    /**
     * The depth of a criterion: 1 for a leaf; one more than its deepest child for {@code and}, {@code or} and
     * {@code not}; one more than the referenced segment's criterion for {@code inSegment}; one more than the deepest
     * event filter among a comparison's attribute parameters.
     */
    static int of(Criterion<?> criterion) {
        int max = 0;
        Deque<Criterion<?>> nodes = new ArrayDeque<>();
        Deque<Integer> depths = new ArrayDeque<>();
        nodes.push(criterion);
        depths.push(1);
        while (!nodes.isEmpty()) {
            Criterion<?> c = nodes.pop();
            int d = depths.pop();
            max = Math.max(max, d);
            if (c instanceof Criterion.And<?> and) {
                for (Criterion<?> o : and.operands()) {
                    nodes.push(o);
                    depths.push(d + 1);
                }
            } else if (c instanceof Criterion.Or<?> or) {
                for (Criterion<?> o : or.operands()) {
                    nodes.push(o);
                    depths.push(d + 1);
                }
            } else if (c instanceof Criterion.Not<?> not) {
                nodes.push(not.operand());
                depths.push(d + 1);
            } else if (c instanceof Criterion.InSegment<?> ref) {
                max = Math.max(max, d + ref.segment().depth());
            } else if (c instanceof Criterion.Comparison<?, ?> comparison) {
                max = Math.max(max, d + filterDepth(comparison.attribute()));
            } else if (c instanceof Criterion.Presence<?> presence) {
                max = Math.max(max, d + filterDepth(presence.attribute()));
            }
        }
        return max;
    }

    /** The depth of the deepest criterion among an attribute's parameters (an event filter), or 0. */
    private static int filterDepth(Attribute<?, ?> attribute) {
        int max = 0;
        for (Object p : attribute.parameters()) {
            if (p instanceof Criterion<?> filter) {
                max = Math.max(max, of(filter));
            }
        }
        return max;
    }

    /**
     * Rejects a node whose children make it deeper than {@link Criterion#MAX_DEPTH}.
     *
     * @param what the node being built, for the message: {@code "and"}, {@code "not"}…
     * @param children its children
     * @throws IllegalArgumentException naming the depth and the limit
     */
    static void checkParent(String what, Iterable<? extends Criterion<?>> children) {
        int max = 0;
        for (Criterion<?> c : children) {
            max = Math.max(max, of(c));
        }
        check(what, 1 + max);
    }

    /**
     * Rejects a comparison or presence test whose attribute's event filter makes it deeper than the limit.
     *
     * @param attribute the attribute tested
     * @throws IllegalArgumentException naming the depth and the limit
     */
    static void checkLeaf(Attribute<?, ?> attribute) {
        check("attribute '" + attribute.name() + "'", 1 + filterDepth(attribute));
    }

    /**
     * Rejects a depth over {@link Criterion#MAX_DEPTH}.
     *
     * @param what the node being built, for the message
     * @param depth its depth
     * @throws IllegalArgumentException naming the depth and the limit
     */
    static void check(String what, int depth) {
        if (depth > Criterion.MAX_DEPTH) {
            throw new IllegalArgumentException(what + " would nest criteria " + depth
                    + " levels deep, over the limit of " + Criterion.MAX_DEPTH
                    + " (Criterion.MAX_DEPTH); flatten it, e.g. allOf/anyOf over a list instead of nested pairs");
        }
    }
}
