package io.segmentation.engine;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.segmentation.EvaluationContext;
import io.segmentation.Segment;
import io.segmentation.internal.evaluate.Program;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides whether subjects are in one segment, and explains why.
 *
 * <pre>{@code
 * SegmentMatcher<Customer> matcher = SegmentMatcher.of(youngRepeat);
 * EvaluationContext june = EvaluationContext.asOf(Instant.parse("2026-06-01T00:00:00Z"));
 * boolean in = matcher.matches(anna, june);
 * System.out.println(matcher.explain(anna, june));
 * List<Customer> members = matcher.filter(customers, june);
 * }</pre>
 *
 * <p>The segment is compiled once, here, into specialised evaluators: numbers are compared unboxed, each attribute is
 * read once per subject even when several clauses use it, {@code in} lists become hash or sorted-array lookups,
 * cheap clauses run before expensive ones (aggregates over orders, event filters, regular expressions), and
 * tautologies and double negations are folded away. Answers are exactly those of the criterion's documented
 * semantics; {@link #explain} gives the reasons by the same rules.
 *
 * <p>Immutable and thread-safe: build one per segment and share it. Steady-state {@link #matches} does not allocate
 * beyond what the attributes themselves allocate.
 *
 * @param <T> the subject type
 * @since 0.1.0
 */
public final class SegmentMatcher<T> {

    private static final Logger log = LoggerFactory.getLogger(SegmentMatcher.class);

    private final Segment<T> segment;
    private final Program<T> program;

    private SegmentMatcher(Segment<T> segment) {
        long start = System.nanoTime();
        this.segment = segment;
        this.program = Program.of(segment.criterion());
        if (log.isDebugEnabled()) {
            log.debug(
                    "SegmentMatcher built for segment {}: {} compiled nodes, {} distinct attributes, in {} µs",
                    segment.name().map(n -> "'" + n + "'").orElse("(unnamed)"),
                    program.nodeCount(),
                    program.attributeCount(),
                    TimeUnit.NANOSECONDS.toMicros(System.nanoTime() - start));
        }
    }

    /**
     * A matcher for a segment.
     *
     * @param segment the segment
     * @param <T> the subject type
     * @return the matcher
     * @throws IllegalArgumentException if the segment reads two different attributes with the same identity (see
     *     {@link io.segmentation.attribute.Attribute})
     */
    public static <T> SegmentMatcher<T> of(Segment<T> segment) {
        return new SegmentMatcher<>(checkNotNull(segment, "segment"));
    }

    /**
     * The segment matched.
     *
     * @return the segment
     */
    public Segment<T> segment() {
        return segment;
    }

    /**
     * Whether a subject is in the segment.
     *
     * @param subject the subject
     * @param context the evaluation context
     * @return true when the subject satisfies the segment's criterion
     */
    public boolean matches(T subject, EvaluationContext context) {
        checkNotNull(subject, "subject");
        checkNotNull(context, "context");
        return program.test(0, subject, context);
    }

    /**
     * Why a subject is or is not in the segment; {@code explain(s, c).matched() == matches(s, c)}.
     *
     * @param subject the subject
     * @param context the evaluation context
     * @return the explanation tree, rooted at the segment
     */
    public Explanation explain(T subject, EvaluationContext context) {
        checkNotNull(subject, "subject");
        checkNotNull(context, "context");
        return Explainer.explain(segment, subject, context);
    }

    /**
     * The subjects in the segment, in input order.
     *
     * @param subjects the subjects, none null
     * @param context the evaluation context
     * @return the members, an immutable list
     */
    public List<T> filter(Iterable<? extends T> subjects, EvaluationContext context) {
        checkNotNull(subjects, "subjects");
        checkNotNull(context, "context");
        ImmutableList.Builder<T> members = ImmutableList.builder();
        for (T subject : subjects) {
            checkNotNull(subject, "subjects contains null");
            if (program.test(0, subject, context)) {
                members.add(subject);
            }
        }
        return members.build();
    }

    @Override
    public String toString() {
        return "SegmentMatcher[" + segment + "]";
    }
}
