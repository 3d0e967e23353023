package io.segmentation.internal.evaluate;

import com.google.common.collect.ImmutableList;
import io.segmentation.Criterion;
import io.segmentation.EvaluationContext;
import java.util.List;

/**
 * Compiled criteria, evaluated together for one subject at a time: the row strategy of the engine. Immutable and
 * thread-safe; each thread evaluates in its own reusable {@link Frame}, so steady-state evaluation does not allocate.
 *
 * @param <T> the subject type
 */
public final class Program<T> {

    private final ImmutableList<Node<T>> roots;
    private final int numberSlots;
    private final int valueSlots;
    private final int resultSlots;
    private final int nodeCount;
    private final ThreadLocal<Frame> frames;

    Program(List<Node<T>> roots, int numberSlots, int valueSlots, int resultSlots, int nodeCount) {
        this.roots = ImmutableList.copyOf(roots);
        this.nodeCount = nodeCount;
        this.numberSlots = numberSlots;
        this.valueSlots = valueSlots;
        this.resultSlots = resultSlots;
        this.frames = ThreadLocal.withInitial(this::newFrame);
    }

    /**
     * Compiles one criterion.
     *
     * @param criterion the criterion
     * @param <T> the subject type
     * @return the program, with one root
     */
    public static <T> Program<T> of(Criterion<T> criterion) {
        return Compiler.compile(ImmutableList.of(criterion));
    }

    /**
     * Compiles several criteria together, sharing attribute reads and common sub-criteria.
     *
     * @param criteria the criteria, one root each, in order
     * @param <T> the subject type
     * @return the program
     */
    public static <T> Program<T> of(List<Criterion<T>> criteria) {
        return Compiler.compile(criteria);
    }

    /**
     * The number of roots.
     *
     * @return the count
     */
    public int size() {
        return roots.size();
    }

    /**
     * The number of distinct compiled nodes (a sub-criterion shared between roots counts once), for logs.
     *
     * @return the count
     */
    public int nodeCount() {
        return nodeCount;
    }

    /**
     * The number of distinct attributes read per subject, for logs.
     *
     * @return the count
     */
    public int attributeCount() {
        return numberSlots + valueSlots;
    }

    private Frame newFrame() {
        return new Frame(numberSlots, valueSlots, resultSlots);
    }

    /**
     * Whether a subject satisfies one root.
     *
     * @param root the root's index
     * @param subject the subject
     * @param context the evaluation context
     * @return the answer
     */
    public boolean test(int root, T subject, EvaluationContext context) {
        Frame frame = acquire();
        try {
            frame.next();
            return roots.get(root).test(subject, context, frame);
        } finally {
            frame.inUse = false;
        }
    }

    /**
     * Which roots a subject satisfies, as bits in {@code into} (cleared first); attributes are read once for all.
     *
     * @param subject the subject
     * @param context the evaluation context
     * @param into a bit set of at least {@code (size() + 63) / 64} words
     * @return the number of roots satisfied
     */
    public int testAll(T subject, EvaluationContext context, long[] into) {
        Frame frame = acquire();
        try {
            frame.next();
            java.util.Arrays.fill(into, 0L);
            int count = 0;
            for (int i = 0; i < roots.size(); i++) {
                if (roots.get(i).test(subject, context, frame)) {
                    into[i >>> 6] |= 1L << i;
                    count++;
                }
            }
            return count;
        } finally {
            frame.inUse = false;
        }
    }

    /**
     * The index of the first root a subject satisfies, or -1.
     *
     * @param subject the subject
     * @param context the evaluation context
     * @return the index, or -1 when none holds
     */
    public int firstMatch(T subject, EvaluationContext context) {
        Frame frame = acquire();
        try {
            frame.next();
            for (int i = 0; i < roots.size(); i++) {
                if (roots.get(i).test(subject, context, frame)) {
                    return i;
                }
            }
            return -1;
        } finally {
            frame.inUse = false;
        }
    }

    private Frame acquire() {
        Frame frame = frames.get();
        if (frame.inUse) {
            // Re-entered on this thread (a custom predicate evaluating segments): use a private frame.
            frame = newFrame();
        }
        frame.inUse = true;
        return frame;
    }
}
