package io.segmentation.testkit;

import static com.google.common.base.Preconditions.checkNotNull;

import io.segmentation.Criterion;
import io.segmentation.engine.Explanation;
import io.segmentation.testkit.internal.assertions.ExplanationMessages;
import java.util.Arrays;
import java.util.List;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on an {@link Explanation}, the tree that says why a subject is or is not in a segment. Every failure
 * shows the whole tree. Get one with {@link SegmentationAssertions#assertThat(Explanation)}.
 *
 * <pre>{@code
 * Explanation why = SegmentMatcher.of(youngRepeat).explain(anna, TestKit.defaultContext());
 * assertThat(why)
 *     .isNotMatched()
 *     .hasSummary("segment 'young-repeat'")
 *     .hasFailureContaining("purchases 1 is not at least 3")
 *     .hasExactlyFailures("purchases 1 is not at least 3");
 * }</pre>
 *
 * <p>Methods are not final so that soft assertions can proxy them.
 *
 * @since 0.1.0
 */
public class ExplanationAssert extends AbstractAssert<ExplanationAssert, Explanation> {

    /**
     * Creates the assertion; prefer {@link SegmentationAssertions#assertThat(Explanation)}. Public so that soft
     * assertions can proxy it.
     *
     * @param actual the explanation, may be null
     */
    public ExplanationAssert(Explanation actual) {
        super(actual, ExplanationAssert.class);
    }

    /**
     * Verifies that the explained criterion holds; a failure lists the failing nodes.
     *
     * @return this assertion
     */
    public ExplanationAssert isMatched() {
        isNotNull();
        if (!actual.matched()) {
            throwAssertionError(ExplanationMessages.shouldBeMatched(actual));
        }
        return myself;
    }

    /**
     * Verifies that the explained criterion does not hold.
     *
     * @return this assertion
     */
    public ExplanationAssert isNotMatched() {
        isNotNull();
        if (actual.matched()) {
            throwAssertionError(ExplanationMessages.shouldNotBeMatched(actual));
        }
        return myself;
    }

    /**
     * Verifies the root's summary, e.g. {@code segment 'young-repeat'} or {@code age 31 is not between 18 and 25}.
     *
     * @param expected the expected summary, exactly
     * @return this assertion
     */
    public ExplanationAssert hasSummary(String expected) {
        checkNotNull(expected, "expected");
        isNotNull();
        if (!actual.summary().equals(expected)) {
            throwAssertionError(ExplanationMessages.shouldHaveSummary(actual, expected));
        }
        return myself;
    }

    /**
     * Verifies that one of the nodes that made the match fail ({@link Explanation#failures()}) has a summary
     * containing {@code text}.
     *
     * @param text the text looked for, e.g. {@code purchases 1 is not at least 3}
     * @return this assertion
     */
    public ExplanationAssert hasFailureContaining(String text) {
        checkNotNull(text, "text");
        isNotNull();
        if (actual.failures().stream().noneMatch(f -> f.summary().contains(text))) {
            throwAssertionError(ExplanationMessages.shouldHaveFailureContaining(actual, text));
        }
        return myself;
    }

    /**
     * Verifies the summaries of the nodes that made the match fail ({@link Explanation#failures()}), exactly and in
     * order.
     *
     * @param summaries the expected summaries, at least one
     * @return this assertion
     */
    public ExplanationAssert hasExactlyFailures(String... summaries) {
        checkNotNull(summaries, "summaries");
        List<String> expected = Arrays.asList(summaries);
        for (int i = 0; i < summaries.length; i++) {
            checkNotNull(summaries[i], "summaries[%s]", i);
        }
        if (expected.isEmpty()) {
            throw new IllegalArgumentException("hasExactlyFailures needs at least one summary; use isMatched()");
        }
        isNotNull();
        List<String> found =
                actual.failures().stream().map(Explanation::summary).toList();
        if (!found.equals(expected)) {
            throwAssertionError(ExplanationMessages.shouldHaveExactlyFailures(actual, expected));
        }
        return myself;
    }

    /**
     * Verifies the criterion this node explains ({@link Explanation#criterion()}): equal to {@code expected}, so a
     * node can be checked against the clause of the segment it came from.
     *
     * <pre>{@code
     * assertThat(why).hasCriterion(youngRepeat.criterion());
     * assertThat(why.children().get(0).children().get(1)).hasCriterion(purchases().atLeast(3));
     * }</pre>
     *
     * @param expected the expected criterion, compared with {@code equals}
     * @return this assertion
     * @since 0.2.0
     */
    public ExplanationAssert hasCriterion(Criterion<?> expected) {
        checkNotNull(expected, "expected");
        isNotNull();
        if (!actual.criterion().equals(expected)) {
            throwAssertionError(ExplanationMessages.shouldHaveCriterion(actual, expected));
        }
        return myself;
    }
}
