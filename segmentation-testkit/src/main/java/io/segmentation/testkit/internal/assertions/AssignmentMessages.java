package io.segmentation.testkit.internal.assertions;

import io.segmentation.Segment;
import io.segmentation.engine.Assignment;
import io.segmentation.engine.AssignmentMode;
import java.util.Collection;
import org.assertj.core.error.ErrorMessageFactory;

/** The failure messages of assertions on assignments; each shows the assignment's sizes. */
public final class AssignmentMessages {

    private AssignmentMessages() {}

    /**
     * The assignment's mode differs.
     *
     * @param assignment the assignment
     * @param expected the expected mode
     * @return the message
     */
    public static ErrorMessageFactory shouldHaveMode(Assignment<?> assignment, AssignmentMode expected) {
        return new TextMessage(expecting(assignment) + "to be " + expected + ", but it is " + assignment.mode());
    }

    /**
     * The number of subjects differs.
     *
     * @param assignment the assignment
     * @param expected the expected number of subjects
     * @return the message
     */
    public static ErrorMessageFactory shouldHaveTotal(Assignment<?> assignment, int expected) {
        return new TextMessage(expecting(assignment) + "to have assigned " + expected + " subjects, but it assigned "
                + assignment.total());
    }

    /**
     * A segment's size differs.
     *
     * @param assignment the assignment
     * @param segment the segment
     * @param expected the expected size
     * @param members the segment's members
     * @return the message
     */
    public static ErrorMessageFactory shouldHaveSize(
            Assignment<?> assignment, Segment<?> segment, int expected, Collection<?> members) {
        return new TextMessage(expecting(assignment) + "to have " + expected + " members in "
                + Describe.segment(segment) + "\nbut it has " + members.size() + ": " + Describe.subjects(members));
    }

    /**
     * The number of unassigned subjects differs.
     *
     * @param assignment the assignment
     * @param expected the expected count
     * @return the message
     */
    public static ErrorMessageFactory shouldHaveUnassigned(Assignment<?> assignment, int expected) {
        return new TextMessage(expecting(assignment) + "to leave " + expected + " subjects unassigned, but it left "
                + assignment.unassigned().size() + ": " + Describe.subjects(assignment.unassigned()));
    }

    /**
     * The subject is not among a segment's members.
     *
     * @param assignment the assignment
     * @param subject the subject
     * @param segment the segment
     * @param actual the segments the subject was assigned to
     * @return the message
     */
    public static ErrorMessageFactory shouldAssign(
            Assignment<?> assignment, Object subject, Segment<?> segment, Collection<? extends Segment<?>> actual) {
        return new TextMessage(expecting(assignment) + "to assign " + Describe.subject(subject) + " to "
                + Describe.segment(segment) + "\nbut " + placed(assignment, subject, actual));
    }

    /**
     * The subject is among a segment's members.
     *
     * @param assignment the assignment
     * @param subject the subject
     * @param segment the segment
     * @return the message
     */
    public static ErrorMessageFactory shouldNotAssign(Assignment<?> assignment, Object subject, Segment<?> segment) {
        return new TextMessage(expecting(assignment) + "not to assign " + Describe.subject(subject) + " to "
                + Describe.segment(segment) + "\nbut it did");
    }

    /**
     * The subject's segments differ from the expected ones.
     *
     * @param assignment the assignment
     * @param subject the subject
     * @param expected the expected segments
     * @param actual the segments the subject was assigned to
     * @return the message
     */
    public static ErrorMessageFactory shouldHaveSegmentsOf(
            Assignment<?> assignment,
            Object subject,
            Collection<? extends Segment<?>> expected,
            Collection<? extends Segment<?>> actual) {
        return new TextMessage(
                expecting(assignment) + "to assign " + Describe.subject(subject) + " to exactly the segments "
                        + Describe.segmentNames(expected) + "\nbut " + placed(assignment, subject, actual));
    }

    /**
     * The subject was expected in no segment but was assigned.
     *
     * @param assignment the assignment
     * @param subject the subject
     * @param actual the segments the subject was assigned to
     * @return the message
     */
    public static ErrorMessageFactory shouldLeaveUnassigned(
            Assignment<?> assignment, Object subject, Collection<? extends Segment<?>> actual) {
        return new TextMessage(expecting(assignment) + "to leave " + Describe.subject(subject) + " unassigned\nbut "
                + placed(assignment, subject, actual));
    }

    /**
     * A segment given to the assertion is not one of the assignment's.
     *
     * @param assignment the assignment
     * @param segment the segment
     * @return the message
     */
    public static ErrorMessageFactory notOneOfItsSegments(Assignment<?> assignment, Segment<?> segment) {
        return new TextMessage(expecting(assignment) + "to have " + Describe.segment(segment)
                + "\nbut its segments are " + Describe.segmentNames(assignment.segments()));
    }

    private static String placed(Assignment<?> assignment, Object subject, Collection<? extends Segment<?>> actual) {
        if (!actual.isEmpty()) {
            return "it assigned it to " + Describe.segmentNames(actual);
        }
        return assignment.unassigned().contains(subject)
                ? "it left it unassigned"
                : "it is not one of the " + assignment.total() + " subjects assigned";
    }

    private static String expecting(Assignment<?> assignment) {
        return "\nExpecting " + assignment + "\n";
    }
}
