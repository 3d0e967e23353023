package io.segmentation.testkit;

import static com.google.common.base.Preconditions.checkNotNull;

import io.segmentation.Segment;
import io.segmentation.engine.Assignment;
import io.segmentation.engine.AssignmentMode;
import io.segmentation.testkit.internal.assertions.AssignmentMessages;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on an {@link Assignment}, the result of {@link io.segmentation.engine.SegmentEngine#assign}: its mode,
 * sizes and where each subject went. Every failure shows the assignment's sizes and where the subject actually went.
 * Get one with {@link SegmentationAssertions#assertThat(Assignment)}.
 *
 * <pre>{@code
 * Assignment<Customer> nightly = engine.assign(customers, TestKit.defaultContext(), AssignmentMode.EXCLUSIVE);
 * assertThat(nightly)
 *     .isExclusive()
 *     .hasTotal(3)
 *     .assigns(anna, vip)
 *     .hasSegmentsOf(bob, lapsed)
 *     .leavesUnassigned(carl)
 *     .hasSize(vip, 1);
 * }</pre>
 *
 * <p>Subjects are found among members by {@code equals}. Methods are not final so that soft assertions can proxy
 * them, except the varargs forms, which delegate to proxied ones.
 *
 * @param <T> the subject type
 * @since 0.1.0
 */
public class AssignmentAssert<T> extends AbstractAssert<AssignmentAssert<T>, Assignment<T>> {

    /**
     * Creates the assertion; prefer {@link SegmentationAssertions#assertThat(Assignment)}. Public so that soft
     * assertions can proxy it.
     *
     * @param actual the assignment, may be null
     */
    public AssignmentAssert(Assignment<T> actual) {
        super(actual, AssignmentAssert.class);
    }

    /**
     * Verifies the assignment's mode.
     *
     * @param expected the expected mode
     * @return this assertion
     */
    public AssignmentAssert<T> hasMode(AssignmentMode expected) {
        checkNotNull(expected, "expected");
        isNotNull();
        if (actual.mode() != expected) {
            throwAssertionError(AssignmentMessages.shouldHaveMode(actual, expected));
        }
        return myself;
    }

    /**
     * Verifies that every subject was placed in at most one segment, by priority.
     *
     * @return this assertion
     */
    public AssignmentAssert<T> isExclusive() {
        return hasMode(AssignmentMode.EXCLUSIVE);
    }

    /**
     * Verifies that every subject was placed in every segment it matches.
     *
     * @return this assertion
     */
    public AssignmentAssert<T> isOverlapping() {
        return hasMode(AssignmentMode.OVERLAPPING);
    }

    /**
     * Verifies how many subjects were assigned (placed or not).
     *
     * @param expected the expected number of subjects
     * @return this assertion
     */
    public AssignmentAssert<T> hasTotal(int expected) {
        isNotNull();
        if (actual.total() != expected) {
            throwAssertionError(AssignmentMessages.shouldHaveTotal(actual, expected));
        }
        return myself;
    }

    /**
     * Verifies the number of members of one segment.
     *
     * @param segment one of the assignment's segments
     * @param expected the expected size
     * @return this assertion
     */
    public AssignmentAssert<T> hasSize(Segment<T> segment, int expected) {
        checkNotNull(segment, "segment");
        isNotNull();
        List<T> members = membersOf(segment);
        if (members.size() != expected) {
            throwAssertionError(AssignmentMessages.shouldHaveSize(actual, segment, expected, members));
        }
        return myself;
    }

    /**
     * Verifies how many subjects are in no segment.
     *
     * @param expected the expected count
     * @return this assertion
     */
    public AssignmentAssert<T> hasUnassigned(int expected) {
        isNotNull();
        if (actual.unassigned().size() != expected) {
            throwAssertionError(AssignmentMessages.shouldHaveUnassigned(actual, expected));
        }
        return myself;
    }

    /**
     * Verifies that the subject is among a segment's members.
     *
     * @param subject the subject
     * @param segment one of the assignment's segments
     * @return this assertion
     */
    public AssignmentAssert<T> assigns(T subject, Segment<T> segment) {
        checkNotNull(subject, "subject");
        checkNotNull(segment, "segment");
        isNotNull();
        if (!membersOf(segment).contains(subject)) {
            throwAssertionError(AssignmentMessages.shouldAssign(actual, subject, segment, segmentsOf(subject)));
        }
        return myself;
    }

    /**
     * Verifies that the subject is not among a segment's members.
     *
     * @param subject the subject
     * @param segment one of the assignment's segments
     * @return this assertion
     */
    public AssignmentAssert<T> doesNotAssign(T subject, Segment<T> segment) {
        checkNotNull(subject, "subject");
        checkNotNull(segment, "segment");
        isNotNull();
        if (membersOf(segment).contains(subject)) {
            throwAssertionError(AssignmentMessages.shouldNotAssign(actual, subject, segment));
        }
        return myself;
    }

    /**
     * Verifies the exact set of segments the subject was placed in, in any order.
     *
     * @param subject the subject
     * @param segments the expected segments, at least one; use {@link #leavesUnassigned} for none
     * @return this assertion
     */
    @SafeVarargs
    public final AssignmentAssert<T> hasSegmentsOf(T subject, Segment<T>... segments) {
        checkNotNull(segments, "segments");
        return hasSegmentsOf(subject, Arrays.asList(segments));
    }

    /**
     * Verifies the exact set of segments the subject was placed in, in any order.
     *
     * @param subject the subject
     * @param segments the expected segments, at least one; use {@link #leavesUnassigned} for none
     * @return this assertion
     */
    public AssignmentAssert<T> hasSegmentsOf(T subject, Iterable<? extends Segment<T>> segments) {
        checkNotNull(subject, "subject");
        checkNotNull(segments, "segments");
        Set<Segment<T>> expected = new LinkedHashSet<>();
        for (Segment<T> s : segments) {
            expected.add(checkNotNull(s, "segments[%s]", expected.size()));
        }
        if (expected.isEmpty()) {
            throw new IllegalArgumentException("hasSegmentsOf needs at least one segment; use leavesUnassigned");
        }
        isNotNull();
        expected.forEach(this::membersOf);
        List<Segment<T>> found = segmentsOf(subject);
        if (!Set.copyOf(found).equals(expected)) {
            throwAssertionError(AssignmentMessages.shouldHaveSegmentsOf(actual, subject, expected, found));
        }
        return myself;
    }

    /**
     * Verifies that the subject was assigned and placed in no segment: it is among {@link Assignment#unassigned()}.
     *
     * @param subject the subject
     * @return this assertion
     */
    public AssignmentAssert<T> leavesUnassigned(T subject) {
        checkNotNull(subject, "subject");
        isNotNull();
        if (!actual.unassigned().contains(subject)) {
            List<Segment<T>> found = segmentsOf(subject);
            throwAssertionError(AssignmentMessages.shouldLeaveUnassigned(actual, subject, found));
        }
        return myself;
    }

    private List<T> membersOf(Segment<T> segment) {
        if (!actual.segments().contains(segment)) {
            throw assertionError(AssignmentMessages.notOneOfItsSegments(actual, segment));
        }
        return actual.members(segment);
    }

    private List<Segment<T>> segmentsOf(T subject) {
        List<Segment<T>> found = new ArrayList<>();
        for (Segment<T> s : actual.segments()) {
            if (actual.members(s).contains(subject)) {
                found.add(s);
            }
        }
        return found;
    }
}
