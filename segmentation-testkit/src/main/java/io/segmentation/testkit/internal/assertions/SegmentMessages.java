package io.segmentation.testkit.internal.assertions;

import io.segmentation.Criterion;
import io.segmentation.EvaluationContext;
import io.segmentation.Segment;
import io.segmentation.engine.Explanation;
import java.util.List;
import java.util.Optional;
import org.assertj.core.error.ErrorMessageFactory;

/** The failure messages of assertions on segments: names, descriptions, text forms and members. */
public final class SegmentMessages {

    private SegmentMessages() {}

    /**
     * The segment was expected to have a name.
     *
     * @param segment the segment
     * @param expected the expected name
     * @return the message
     */
    public static ErrorMessageFactory shouldHaveName(Segment<?> segment, String expected) {
        return new TextMessage(expecting(segment) + "to be named '" + expected + "', but it is "
                + segment.name().map(n -> "named '" + n + "'").orElse("unnamed"));
    }

    /**
     * The segment was expected to have no name.
     *
     * @param segment the segment
     * @return the message
     */
    public static ErrorMessageFactory shouldBeUnnamed(Segment<?> segment) {
        return new TextMessage(expecting(segment) + "to be unnamed, but it is named '"
                + segment.name().orElseThrow() + "'");
    }

    /**
     * The segment was expected to have a description.
     *
     * @param segment the segment
     * @param expected the expected description
     * @return the message
     */
    public static ErrorMessageFactory shouldHaveDescription(Segment<?> segment, String expected) {
        return new TextMessage(expecting(segment) + "to be described as\n  " + expected + "\nbut "
                + segment.description().map(d -> "it is described as\n  " + d).orElse("it has no description"));
    }

    /**
     * The segment was expected to have a text form but has none.
     *
     * @param segment the segment
     * @param reason why printing failed
     * @return the message
     */
    public static ErrorMessageFactory shouldHaveTextForm(Segment<?> segment, IllegalArgumentException reason) {
        return new TextMessage(expecting(segment) + "to have a text form, but it has none: " + reason.getMessage());
    }

    /**
     * The segment's canonical text differs from the expected text.
     *
     * @param segment the segment
     * @param expected the expected text
     * @param actual the canonical text
     * @return the message
     */
    public static ErrorMessageFactory shouldHaveText(Segment<?> segment, String expected, String actual) {
        return new TextMessage(
                expecting(segment) + "to have the text\n  " + expected + "\nbut its canonical text is\n  " + actual);
    }

    /**
     * The segment's text does not parse back.
     *
     * @param segment the segment
     * @param text its canonical text
     * @param failure why parsing failed
     * @return the message
     */
    public static ErrorMessageFactory shouldParseBack(Segment<?> segment, String text, RuntimeException failure) {
        return new TextMessage(expecting(segment) + "to round-trip through its text\n  " + text
                + "\nbut the text does not parse back: " + failure.getMessage());
    }

    /**
     * The segment's text parses back to another criterion.
     *
     * @param segment the segment
     * @param text its canonical text
     * @param parsed what the text parsed to
     * @param reprinted the text of what it parsed to
     * @return the message
     */
    public static ErrorMessageFactory shouldRoundTrip(
            Segment<?> segment, String text, Criterion<?> parsed, Optional<String> reprinted) {
        return new TextMessage(expecting(segment) + "to round-trip through its text\n  " + text
                + "\nbut the text parses to a different criterion"
                + reprinted.map(r -> ", printed\n  " + r).orElse("") + "\n(parsed: " + parsed + ", original: "
                + segment.criterion() + ")");
    }

    /**
     * Two segments were expected to have the same members among a population.
     *
     * @param actual the segment under test
     * @param other the segment it is compared with
     * @param population how many subjects were evaluated
     * @param onlyActual subjects in {@code actual} only
     * @param onlyOther subjects in {@code other} only
     * @param context the evaluation context
     * @param first the explanations, under {@code actual} then {@code other}, of the first subject that differs
     * @return the message
     */
    public static ErrorMessageFactory shouldBeEquivalent(
            Segment<?> actual,
            Segment<?> other,
            int population,
            List<?> onlyActual,
            List<?> onlyOther,
            EvaluationContext context,
            List<Explanation> first) {
        Object firstSubject = onlyActual.isEmpty() ? onlyOther.get(0) : onlyActual.get(0);
        int differ = onlyActual.size() + onlyOther.size();
        return new TextMessage(expecting(actual) + "to have the same members as " + Describe.segment(other) + "\n"
                + "among " + population + " subjects " + Describe.context(context) + ", but "
                + (differ == 1 ? "1 differs" : differ + " differ") + ":\n"
                + "  in the first only:  " + Describe.subjects(onlyActual) + "\n"
                + "  in the second only: " + Describe.subjects(onlyOther) + "\n"
                + "For " + Describe.subject(firstSubject) + ":\n" + Describe.tree(first.get(0)) + "\n"
                + Describe.tree(first.get(1)));
    }

    private static String expecting(Segment<?> segment) {
        return "\nExpecting " + Describe.segment(segment) + "\n";
    }
}
