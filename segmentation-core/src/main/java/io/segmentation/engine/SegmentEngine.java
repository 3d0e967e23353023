package io.segmentation.engine;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.segmentation.Criterion;
import io.segmentation.EvaluationContext;
import io.segmentation.Segment;
import io.segmentation.internal.base.Parallelism;
import io.segmentation.internal.base.Progress;
import io.segmentation.internal.evaluate.Program;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Many segments evaluated together: "which of our 200 segments is this visitor in?" in one pass. The segments are
 * compiled into one program in which each distinct attribute (and each windowed aggregate) is read once per subject,
 * and sub-criteria shared between segments — {@code IN SEGMENT 'x'}, or the same clause written twice — are decided
 * once.
 *
 * <pre>{@code
 * SegmentEngine<Customer> engine = SegmentEngine.of(List.of(vip, lapsed, newsletter));
 * Set<Segment<Customer>> mine = engine.segmentsOf(customer, context);           // in the engine's order
 * Assignment<Customer> nightly = engine.assign(customers, context, AssignmentMode.EXCLUSIVE);
 * }</pre>
 *
 * <p>The order of the segments is their priority for {@link AssignmentMode#EXCLUSIVE} assignment. Immutable and
 * thread-safe: build one and share it.
 *
 * <p>Batch work off request threads: {@link #assign(Iterable, EvaluationContext, AssignmentMode, Executor,
 * ProgressListener)} runs the assignment on an executor of your choosing (for example a pool reserved for nightly
 * jobs) instead of the common fork-join pool, and reports its progress.
 *
 * <p>Logging (logger {@code io.segmentation.engine.SegmentEngine}): at DEBUG, a summary when an engine is built
 * (segments, compiled nodes, time) and one line per {@code assign} call (subjects, mode, time); never customer data.
 *
 * @param <T> the subject type
 * @since 0.1.0
 */
public final class SegmentEngine<T> {

    /** Inputs at least this large are assigned in parallel. */
    static final int PARALLEL_THRESHOLD = 10_000;

    private static final int CHUNK = 4_096;

    /** The phase reported by the {@code assign} methods. */
    static final String ASSIGN_PHASE = "assign";

    private static final Logger log = LoggerFactory.getLogger(SegmentEngine.class);

    private final ImmutableList<Segment<T>> segments;
    private final Map<Segment<T>, Integer> indexes;
    private final Program<T> program;
    private final int words;

    private SegmentEngine(List<Segment<T>> segments) {
        long start = System.nanoTime();
        this.segments = ImmutableList.copyOf(segments);
        this.indexes = new IdentityHashMap<>();
        List<Criterion<T>> criteria = new ArrayList<>();
        Set<Segment<T>> seen = new HashSet<>();
        for (int i = 0; i < segments.size(); i++) {
            Segment<T> s = checkNotNull(segments.get(i), "segments[%s]", i);
            checkArgument(seen.add(s), "segment %s is given twice", s.name().orElse(s.toString()));
            indexes.put(s, i);
            criteria.add(s.criterion());
        }
        this.program = Program.of(criteria);
        this.words = Math.max(1, (segments.size() + 63) / 64);
        if (log.isDebugEnabled()) {
            log.debug(
                    "SegmentEngine built: {} segments, {} compiled nodes, {} distinct attributes, in {} µs",
                    segments.size(),
                    program.nodeCount(),
                    program.attributeCount(),
                    TimeUnit.NANOSECONDS.toMicros(System.nanoTime() - start));
        }
    }

    /**
     * An engine for segments, in priority order.
     *
     * @param segments distinct segments
     * @param <T> the subject type
     * @return the engine
     * @throws IllegalArgumentException if a segment is given twice, or the segments read two different attributes
     *     with the same identity (see {@link io.segmentation.attribute.Attribute})
     */
    public static <T> SegmentEngine<T> of(Collection<Segment<T>> segments) {
        checkNotNull(segments, "segments");
        return new SegmentEngine<>(new ArrayList<>(segments));
    }

    /**
     * An engine for segments, in priority order.
     *
     * @param segments distinct segments
     * @param <T> the subject type
     * @return the engine
     * @throws IllegalArgumentException if a segment is given twice, or the segments read two different attributes
     *     with the same identity (see {@link io.segmentation.attribute.Attribute})
     */
    @SafeVarargs
    public static <T> SegmentEngine<T> of(Segment<T>... segments) {
        checkNotNull(segments, "segments");
        return of(Arrays.asList(segments));
    }

    /**
     * The segments, in priority order.
     *
     * @return the segments
     */
    public List<Segment<T>> segments() {
        return segments;
    }

    /**
     * The segments a subject is in, in the engine's order: an immutable view.
     *
     * @param subject the subject
     * @param context the evaluation context
     * @return the matching segments
     */
    public Set<Segment<T>> segmentsOf(T subject, EvaluationContext context) {
        checkNotNull(subject, "subject");
        checkNotNull(context, "context");
        long[] bits = new long[words];
        int count = program.testAll(subject, context, bits);
        return new Matching<>(segments, indexes, bits, count);
    }

    /** The matching segments as bits over the engine's order (package-private: the tracker diffs them). */
    long[] matchingBits(T subject, EvaluationContext context) {
        long[] bits = new long[words];
        program.testAll(subject, context, bits);
        return bits;
    }

    /**
     * The first segment, by priority, that a subject is in.
     *
     * @param subject the subject
     * @param context the evaluation context
     * @return the segment, or empty when it is in none
     */
    public Optional<Segment<T>> firstSegmentOf(T subject, EvaluationContext context) {
        checkNotNull(subject, "subject");
        checkNotNull(context, "context");
        int i = program.firstMatch(subject, context);
        return i < 0 ? Optional.empty() : Optional.of(segments.get(i));
    }

    /**
     * Whether a subject is in one of the engine's segments.
     *
     * @param segment one of the engine's segments
     * @param subject the subject
     * @param context the evaluation context
     * @return the answer
     * @throws IllegalArgumentException if the segment is not one of the engine's
     */
    public boolean matches(Segment<T> segment, T subject, EvaluationContext context) {
        checkNotNull(subject, "subject");
        checkNotNull(context, "context");
        return program.test(index(segment), subject, context);
    }

    /**
     * Places every subject into segments; inputs of 10 000 or more are evaluated in parallel on the common pool.
     * Results are in input order either way.
     *
     * @param subjects the subjects, none null
     * @param context the evaluation context
     * @param mode overlapping or exclusive by priority
     * @return the assignment
     */
    public Assignment<T> assign(Iterable<? extends T> subjects, EvaluationContext context, AssignmentMode mode) {
        return assign(subjects, context, mode, Parallelism.commonPool(), ProgressListener.none());
    }

    /**
     * Places every subject into segments as {@link #assign(Iterable, EvaluationContext, AssignmentMode)} does, and
     * reports progress: phase {@code "assign"}, counted in subjects, advanced after each chunk of a few thousand.
     *
     * @param subjects the subjects, none null
     * @param context the evaluation context
     * @param mode overlapping or exclusive by priority
     * @param progress told how many subjects are placed
     * @return the assignment, equal to the one without a listener
     * @since 0.2.0
     */
    public Assignment<T> assign(
            Iterable<? extends T> subjects, EvaluationContext context, AssignmentMode mode, ProgressListener progress) {
        return assign(subjects, context, mode, Parallelism.commonPool(), checkNotNull(progress, "progress"));
    }

    /**
     * Places every subject into segments with the work on {@code executor}: the way to keep a large batch off the
     * common fork-join pool, and so off request threads that share it. Subjects are split into chunks of a few
     * thousand, each chunk one task on the executor, whatever the input's size; the calling thread waits for them.
     * The answer is exactly that of {@link #assign(Iterable, EvaluationContext, AssignmentMode)}.
     *
     * <pre>{@code
     * ExecutorService batch = Executors.newFixedThreadPool(4);           // reserved for nightly work
     * Assignment<Customer> nightly = engine.assign(customers, context, AssignmentMode.EXCLUSIVE, batch);
     * }</pre>
     *
     * <p>Do not call this from a task of the same executor when all its threads may be busy the same way: the tasks
     * would wait for threads that wait for them.
     *
     * @param subjects the subjects, none null
     * @param context the evaluation context
     * @param mode overlapping or exclusive by priority
     * @param executor runs the chunks
     * @return the assignment
     * @throws java.util.concurrent.RejectedExecutionException if the executor refuses a chunk
     * @since 0.2.0
     */
    public Assignment<T> assign(
            Iterable<? extends T> subjects, EvaluationContext context, AssignmentMode mode, Executor executor) {
        return assign(subjects, context, mode, executor, ProgressListener.none());
    }

    /**
     * Places every subject into segments with the work on {@code executor}, as {@link #assign(Iterable,
     * EvaluationContext, AssignmentMode, Executor)} does, and reports progress as {@link #assign(Iterable,
     * EvaluationContext, AssignmentMode, ProgressListener)} does.
     *
     * @param subjects the subjects, none null
     * @param context the evaluation context
     * @param mode overlapping or exclusive by priority
     * @param executor runs the chunks
     * @param progress told how many subjects are placed
     * @return the assignment
     * @throws java.util.concurrent.RejectedExecutionException if the executor refuses a chunk
     * @since 0.2.0
     */
    public Assignment<T> assign(
            Iterable<? extends T> subjects,
            EvaluationContext context,
            AssignmentMode mode,
            Executor executor,
            ProgressListener progress) {
        checkNotNull(executor, "executor");
        return assign(subjects, context, mode, Parallelism.on(executor), checkNotNull(progress, "progress"));
    }

    private Assignment<T> assign(
            Iterable<? extends T> subjects,
            EvaluationContext context,
            AssignmentMode mode,
            Parallelism parallelism,
            ProgressListener listener) {
        checkNotNull(subjects, "subjects");
        checkNotNull(context, "context");
        checkNotNull(mode, "mode");
        long start = System.nanoTime();
        List<T> input = new ArrayList<>();
        for (T s : subjects) {
            input.add(checkNotNull(s, "subjects contains null"));
        }
        int chunks = (input.size() + CHUNK - 1) / CHUNK;
        Progress progress = Progress.start(listener::onProgress, ASSIGN_PHASE, input.size());
        Placement[] placements = new Placement[chunks];
        parallelism.run(chunks, input.size() >= PARALLEL_THRESHOLD, c -> {
            int from = c * CHUNK;
            int to = Math.min(input.size(), (c + 1) * CHUNK);
            placements[c] = place(input, from, to, context, mode);
            progress.advance(to - from);
        });

        Map<Segment<T>, ImmutableList<T>> members = new LinkedHashMap<>();
        for (int s = 0; s < segments.size(); s++) {
            ImmutableList.Builder<T> list = ImmutableList.builder();
            for (Placement p : placements) {
                p.members[s].forEach(i -> list.add(input.get(i)));
            }
            members.put(segments.get(s), list.build());
        }
        ImmutableList.Builder<T> unassigned = ImmutableList.builder();
        for (Placement p : placements) {
            p.unassigned.forEach(i -> unassigned.add(input.get(i)));
        }
        Assignment<T> assignment = new Assignment<>(mode, members, unassigned.build(), input.size());
        if (log.isDebugEnabled()) {
            log.debug(
                    "assigned {} subjects to {} segments ({}) on the {} in {} ms",
                    input.size(),
                    segments.size(),
                    mode,
                    parallelism,
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
        }
        return assignment;
    }

    private Placement place(List<T> input, int from, int to, EvaluationContext context, AssignmentMode mode) {
        Placement placement = new Placement(segments.size());
        long[] bits = new long[words];
        for (int i = from; i < to; i++) {
            T subject = input.get(i);
            if (mode == AssignmentMode.EXCLUSIVE) {
                int first = program.firstMatch(subject, context);
                (first < 0 ? placement.unassigned : placement.members[first]).add(i);
            } else if (program.testAll(subject, context, bits) == 0) {
                placement.unassigned.add(i);
            } else {
                for (int s = 0; s < segments.size(); s++) {
                    if ((bits[s >>> 6] & (1L << s)) != 0) {
                        placement.members[s].add(i);
                    }
                }
            }
        }
        return placement;
    }

    private int index(Segment<T> segment) {
        checkNotNull(segment, "segment");
        Integer i = indexes.get(segment);
        if (i == null) {
            i = segments.indexOf(segment);
        }
        checkArgument(i >= 0, "segment %s is not one of this engine's", segment);
        return i;
    }

    @Override
    public String toString() {
        return "SegmentEngine[" + segments.size() + " segments]";
    }

    /** Indices of the subjects of one chunk placed in each segment, and of those in none. */
    private static final class Placement {
        final IntList[] members;
        final IntList unassigned = new IntList();

        Placement(int segments) {
            members = new IntList[segments];
            for (int i = 0; i < segments; i++) {
                members[i] = new IntList();
            }
        }
    }

    /** A growable list of ints. */
    private static final class IntList {
        private int[] values = new int[16];
        private int size;

        void add(int value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        void forEach(java.util.function.IntConsumer action) {
            for (int i = 0; i < size; i++) {
                action.accept(values[i]);
            }
        }
    }

    /** The segments matched by one subject: a bit set over the engine's segments, viewed as a set in their order. */
    private static final class Matching<T> extends AbstractSet<Segment<T>> {
        private final List<Segment<T>> segments;
        private final Map<Segment<T>, Integer> indexes;
        private final long[] bits;
        private final int size;

        Matching(List<Segment<T>> segments, Map<Segment<T>, Integer> indexes, long[] bits, int size) {
            this.segments = segments;
            this.indexes = indexes;
            this.bits = bits;
            this.size = size;
        }

        @Override
        public boolean contains(Object o) {
            Integer i = indexes.get(o);
            if (i == null) {
                i = segments.indexOf(o);
            }
            return i >= 0 && (bits[i >>> 6] & (1L << i)) != 0;
        }

        @Override
        public Iterator<Segment<T>> iterator() {
            return new Iterator<>() {
                private int next = advance(0);

                private int advance(int from) {
                    for (int i = from; i < segments.size(); i++) {
                        if ((bits[i >>> 6] & (1L << i)) != 0) {
                            return i;
                        }
                    }
                    return -1;
                }

                @Override
                public boolean hasNext() {
                    return next >= 0;
                }

                @Override
                public Segment<T> next() {
                    if (next < 0) {
                        throw new NoSuchElementException();
                    }
                    Segment<T> s = segments.get(next);
                    next = advance(next + 1);
                    return s;
                }
            };
        }

        @Override
        public int size() {
            return size;
        }
    }
}
