package io.segmentation.testkit.internal.assertions;

import io.segmentation.Criterion;
import io.segmentation.EvaluationContext;
import io.segmentation.Segment;
import io.segmentation.engine.Explanation;
import java.util.Map;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * The failure messages of membership assertions: whether a subject is in a segment or satisfies a criterion. Each
 * names the subject, the segment with its text form and the evaluation time, then shows the explanation tree.
 */
public final class MembershipMessages {

    private MembershipMessages() {}

    /**
     * The subject was expected in the segment but is not.
     *
     * @param subject the subject
     * @param segment the segment
     * @param context the evaluation context
     * @param why the explanation of the failed match
     * @return the message
     */
    public static ErrorMessageFactory shouldBeIn(
            Object subject, Segment<?> segment, EvaluationContext context, Explanation why) {
        return new TextMessage(expecting(subject) + "to be in " + Describe.segment(segment) + "\n"
                + Describe.context(context) + ", but it is not:\n" + Describe.tree(why));
    }

    /**
     * The subject was expected outside the segment but is in it.
     *
     * @param subject the subject
     * @param segment the segment
     * @param context the evaluation context
     * @param why the explanation of the match
     * @return the message
     */
    public static ErrorMessageFactory shouldNotBeIn(
            Object subject, Segment<?> segment, EvaluationContext context, Explanation why) {
        return new TextMessage(expecting(subject) + "not to be in " + Describe.segment(segment) + "\n"
                + Describe.context(context) + ", but it is:\n" + Describe.tree(why));
    }

    /**
     * The subject was expected in every segment but misses some.
     *
     * @param subject the subject
     * @param missed the segments it is not in, with their explanations, in the order given
     * @param total how many segments were given
     * @param context the evaluation context
     * @return the message
     */
    public static ErrorMessageFactory shouldBeInAll(
            Object subject, Map<? extends Segment<?>, Explanation> missed, int total, EvaluationContext context) {
        return new TextMessage(expecting(subject) + "to be in all of " + total + " segments "
                + Describe.context(context) + ", but it is not in " + missed.size() + " of them:"
                + each(missed));
    }

    /**
     * The subject was expected in at least one segment but is in none.
     *
     * @param subject the subject
     * @param all every segment given, with its explanation
     * @param context the evaluation context
     * @return the message
     */
    public static ErrorMessageFactory shouldBeInAnyOf(
            Object subject, Map<? extends Segment<?>, Explanation> all, EvaluationContext context) {
        return new TextMessage(expecting(subject) + "to be in at least one of " + all.size() + " segments "
                + Describe.context(context) + ", but it is in none:" + each(all));
    }

    /**
     * The subject was expected in none of the segments but is in some.
     *
     * @param subject the subject
     * @param matched the segments it is in, with their explanations
     * @param total how many segments were given
     * @param context the evaluation context
     * @return the message
     */
    public static ErrorMessageFactory shouldBeInNoneOf(
            Object subject, Map<? extends Segment<?>, Explanation> matched, int total, EvaluationContext context) {
        return new TextMessage(expecting(subject) + "to be in none of " + total + " segments "
                + Describe.context(context) + ", but it is in " + matched.size() + " of them:" + each(matched));
    }

    /**
     * The subject was expected to satisfy a criterion but does not.
     *
     * @param subject the subject
     * @param criterion the criterion
     * @param context the evaluation context
     * @param why the explanation
     * @return the message
     */
    public static ErrorMessageFactory shouldSatisfy(
            Object subject, Criterion<?> criterion, EvaluationContext context, Explanation why) {
        return new TextMessage(expecting(subject) + "to satisfy " + Describe.criterion(criterion) + "\n"
                + Describe.context(context) + ", but it does not:\n" + Describe.tree(why));
    }

    /**
     * The subject was expected not to satisfy a criterion but does.
     *
     * @param subject the subject
     * @param criterion the criterion
     * @param context the evaluation context
     * @param why the explanation
     * @return the message
     */
    public static ErrorMessageFactory shouldNotSatisfy(
            Object subject, Criterion<?> criterion, EvaluationContext context, Explanation why) {
        return new TextMessage(expecting(subject) + "not to satisfy " + Describe.criterion(criterion) + "\n"
                + Describe.context(context) + ", but it does:\n" + Describe.tree(why));
    }

    /**
     * Why {@code isIn(Object...)} refuses segments: it is AssertJ's equality check, not membership.
     *
     * @param method the method called, e.g. {@code isIn}
     * @return the message of the {@link IllegalArgumentException}
     */
    public static String segmentPassedToEqualityCheck(String method) {
        return method + "(Object...) compares the subject with the given values by equals; to test segment membership"
                + " call " + method + "(segment) with one Segment of the subject's type, or isInAll(...),"
                + " isInAnyOf(...) or isInNoneOf(...) for several";
    }

    private static String expecting(Object subject) {
        return "\nExpecting " + Describe.subject(subject) + "\n";
    }

    private static String each(Map<? extends Segment<?>, Explanation> explained) {
        StringBuilder text = new StringBuilder();
        explained.forEach((segment, why) -> text.append("\n- ")
                .append(Describe.segment(segment))
                .append('\n')
                .append(Describe.tree(why)));
        return text.toString();
    }
}
