package io.segmentation.testkit.internal.assertions;

import io.segmentation.Criterion;
import io.segmentation.engine.Explanation;
import java.util.List;
import org.assertj.core.error.ErrorMessageFactory;

/** The failure messages of assertions on explanations; each shows the whole tree. */
public final class ExplanationMessages {

    private ExplanationMessages() {}

    /**
     * The explanation was expected to be a match.
     *
     * @param explanation the explanation
     * @return the message
     */
    public static ErrorMessageFactory shouldBeMatched(Explanation explanation) {
        return new TextMessage(
                expecting(explanation) + "to be a match, but it is not; it fails on\n" + failures(explanation));
    }

    /**
     * The explanation was expected not to be a match.
     *
     * @param explanation the explanation
     * @return the message
     */
    public static ErrorMessageFactory shouldNotBeMatched(Explanation explanation) {
        return new TextMessage(expecting(explanation) + "not to be a match, but it is");
    }

    /**
     * The root summary differs.
     *
     * @param explanation the explanation
     * @param expected the expected summary
     * @return the message
     */
    public static ErrorMessageFactory shouldHaveSummary(Explanation explanation, String expected) {
        return new TextMessage(expecting(explanation) + "to have the summary\n  " + expected + "\nbut it has\n  "
                + explanation.summary());
    }

    /**
     * No failing node's summary contains the text.
     *
     * @param explanation the explanation
     * @param text the text looked for
     * @return the message
     */
    public static ErrorMessageFactory shouldHaveFailureContaining(Explanation explanation, String text) {
        return new TextMessage(expecting(explanation) + "to have a failure containing\n  " + text + "\nbut "
                + (explanation.matched()
                        ? "it is a match and has no failures"
                        : "its failures are\n" + failures(explanation)));
    }

    /**
     * The failing nodes' summaries differ from the expected ones.
     *
     * @param explanation the explanation
     * @param expected the expected summaries, in order
     * @return the message
     */
    public static ErrorMessageFactory shouldHaveExactlyFailures(Explanation explanation, List<String> expected) {
        return new TextMessage(expecting(explanation) + "to have exactly the failures\n" + lines(expected) + "\nbut "
                + (explanation.matched()
                        ? "it is a match and has no failures"
                        : "its failures are\n" + failures(explanation)));
    }

    /**
     * The node explains another criterion than the expected one.
     *
     * @param explanation the explanation
     * @param expected the expected criterion
     * @return the message
     */
    public static ErrorMessageFactory shouldHaveCriterion(Explanation explanation, Criterion<?> expected) {
        return new TextMessage(expecting(explanation) + "to explain the criterion\n  " + expected
                + "\nbut it explains\n  " + explanation.criterion());
    }

    private static String expecting(Explanation explanation) {
        return "\nExpecting the explanation\n" + Describe.tree(explanation) + "\n";
    }

    private static String failures(Explanation explanation) {
        return lines(explanation.failures().stream().map(Explanation::summary).toList());
    }

    private static String lines(List<String> summaries) {
        StringBuilder text = new StringBuilder();
        for (String s : summaries) {
            text.append(text.length() == 0 ? "" : "\n").append("  ✗ ").append(s);
        }
        return text.toString();
    }
}
