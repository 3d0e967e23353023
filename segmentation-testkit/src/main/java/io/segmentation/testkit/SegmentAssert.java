package io.segmentation.testkit;

import static com.google.common.base.Preconditions.checkNotNull;

import io.segmentation.Criterion;
import io.segmentation.EvaluationContext;
import io.segmentation.Segment;
import io.segmentation.attribute.AttributeRegistry;
import io.segmentation.engine.SegmentMatcher;
import io.segmentation.testkit.internal.assertions.MembershipMessages;
import io.segmentation.testkit.internal.assertions.ReferencedSegments;
import io.segmentation.testkit.internal.assertions.SegmentMessages;
import io.segmentation.text.SegmentQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a {@link Segment}: its name, description and text form, and who is in it. Membership is evaluated
 * as of {@link TestKit#DEFAULT_AS_OF} unless {@link #asOf(Instant)} or {@link #in(EvaluationContext)} says otherwise.
 * Get one with {@link SegmentationAssertions#assertThat(Segment)}.
 *
 * <pre>{@code
 * assertThat(youngRepeat)
 *     .hasName("young-repeat")
 *     .hasText("age BETWEEN 18 AND 25 AND purchases >= 3")
 *     .roundTripsThroughText()
 *     .contains(anna)
 *     .isEquivalentTo(Segment.where(allOf(age().atLeast(18), age().atMost(25), purchases().atLeast(3))), population);
 * }</pre>
 *
 * <p>Mutable like every AssertJ assertion and not thread-safe; methods are not final so that soft assertions can
 * proxy them.
 *
 * @param <T> the subject type
 * @since 0.1.0
 */
public class SegmentAssert<T> extends AbstractAssert<SegmentAssert<T>, Segment<T>> {

    private EvaluationContext context = TestKit.defaultContext();

    /**
     * Creates the assertion; prefer {@link SegmentationAssertions#assertThat(Segment)}. Public so that soft
     * assertions can proxy it.
     *
     * @param actual the segment, may be null
     */
    public SegmentAssert(Segment<T> actual) {
        super(actual, SegmentAssert.class);
    }

    /**
     * Evaluates the following membership assertions at another instant, in the same zone.
     *
     * @param asOf the evaluation time
     * @return this assertion
     */
    public SegmentAssert<T> asOf(Instant asOf) {
        context = context.withAsOf(checkNotNull(asOf, "asOf"));
        return myself;
    }

    /**
     * Evaluates the following membership assertions in another context (time and zone).
     *
     * @param context the evaluation context
     * @return this assertion
     */
    public SegmentAssert<T> in(EvaluationContext context) {
        this.context = checkNotNull(context, "context");
        return myself;
    }

    /**
     * Verifies the segment's name.
     *
     * @param expected the expected name
     * @return this assertion
     */
    public SegmentAssert<T> hasName(String expected) {
        checkNotNull(expected, "expected");
        isNotNull();
        if (!actual.name().equals(Optional.of(expected))) {
            throwAssertionError(SegmentMessages.shouldHaveName(actual, expected));
        }
        return myself;
    }

    /**
     * Verifies that the segment has no name.
     *
     * @return this assertion
     */
    public SegmentAssert<T> isUnnamed() {
        isNotNull();
        if (actual.name().isPresent()) {
            throwAssertionError(SegmentMessages.shouldBeUnnamed(actual));
        }
        return myself;
    }

    /**
     * Verifies the segment's description.
     *
     * @param expected the expected description
     * @return this assertion
     */
    public SegmentAssert<T> hasDescription(String expected) {
        checkNotNull(expected, "expected");
        isNotNull();
        if (!actual.description().equals(Optional.of(expected))) {
            throwAssertionError(SegmentMessages.shouldHaveDescription(actual, expected));
        }
        return myself;
    }

    /**
     * Verifies the canonical text of the segment's criterion ({@link SegmentQuery#toText(Segment)}), e.g.
     * {@code age BETWEEN 18 AND 25 AND purchases >= 3}. Names and descriptions are not part of the text.
     *
     * @param expected the expected text, exactly
     * @return this assertion
     * @throws AssertionError if the text differs or the segment has no text form (a custom predicate)
     */
    public SegmentAssert<T> hasText(String expected) {
        checkNotNull(expected, "expected");
        isNotNull();
        String text = textOf(actual);
        if (!text.equals(expected)) {
            throwAssertionError(SegmentMessages.shouldHaveText(actual, expected, text));
        }
        return myself;
    }

    /**
     * Verifies that a customer segment prints and parses back to an equal criterion with the built-in vocabulary
     * ({@link AttributeRegistry#builtIn()}); segments it refers to with {@code IN SEGMENT} are registered for the
     * parse. For other subject types, pass their registry to {@link #roundTripsThroughText(AttributeRegistry)}.
     *
     * @return this assertion
     * @throws AssertionError if the segment has no text form, its text does not parse, or parses to another criterion
     */
    @SuppressWarnings("unchecked") // the built-in vocabulary reads customers: for other types the parse fails, named
    public SegmentAssert<T> roundTripsThroughText() {
        return roundTripsThroughText((AttributeRegistry<T>) (AttributeRegistry<?>) AttributeRegistry.builtIn());
    }

    /**
     * Verifies that the segment prints and parses back, with {@code registry}, to an equal criterion, and that the
     * parsed criterion prints as the same text. Segments it refers to with {@code IN SEGMENT} that the registry does
     * not know are registered for the parse.
     *
     * <pre>{@code
     * AttributeRegistry<Account> registry = AttributeRegistry.<Account>empty().with(points);
     * assertThat(gold).roundTripsThroughText(registry);
     * }</pre>
     *
     * @param registry the names of the attributes the segment uses
     * @return this assertion
     */
    public SegmentAssert<T> roundTripsThroughText(AttributeRegistry<T> registry) {
        checkNotNull(registry, "registry");
        isNotNull();
        String text = textOf(actual);
        Criterion<T> parsed;
        try {
            parsed = SegmentQuery.parser(ReferencedSegments.register(registry, actual.criterion()))
                    .parseCriterion(text);
        } catch (RuntimeException e) {
            throw assertionError(SegmentMessages.shouldParseBack(actual, text, e));
        }
        Optional<String> reprinted = reprint(parsed);
        if (!parsed.equals(actual.criterion()) || !reprinted.equals(Optional.of(text))) {
            throwAssertionError(SegmentMessages.shouldRoundTrip(actual, text, parsed, reprinted));
        }
        return myself;
    }

    /**
     * Verifies that the subject is in the segment; a failure shows the explanation.
     *
     * @param subject the subject
     * @return this assertion
     */
    public SegmentAssert<T> contains(T subject) {
        checkNotNull(subject, "subject");
        isNotNull();
        SegmentMatcher<T> matcher = SegmentMatcher.of(actual);
        if (!matcher.matches(subject, context)) {
            throwAssertionError(
                    MembershipMessages.shouldBeIn(subject, actual, context, matcher.explain(subject, context)));
        }
        return myself;
    }

    /**
     * Verifies that the subject is not in the segment; a failure shows the explanation.
     *
     * @param subject the subject
     * @return this assertion
     */
    public SegmentAssert<T> doesNotContain(T subject) {
        checkNotNull(subject, "subject");
        isNotNull();
        SegmentMatcher<T> matcher = SegmentMatcher.of(actual);
        if (matcher.matches(subject, context)) {
            throwAssertionError(
                    MembershipMessages.shouldNotBeIn(subject, actual, context, matcher.explain(subject, context)));
        }
        return myself;
    }

    /**
     * Verifies that the segment has the same members as {@code other} among {@code population}: a refactored
     * definition still selects the same customers. A failure lists who differs and explains the first of them under
     * both segments.
     *
     * @param other the segment to compare with
     * @param population the subjects to evaluate, none null
     * @return this assertion
     */
    public SegmentAssert<T> isEquivalentTo(Segment<T> other, Iterable<? extends T> population) {
        checkNotNull(other, "other");
        checkNotNull(population, "population");
        isNotNull();
        SegmentMatcher<T> mine = SegmentMatcher.of(actual);
        SegmentMatcher<T> theirs = SegmentMatcher.of(other);
        List<T> onlyMine = new ArrayList<>();
        List<T> onlyTheirs = new ArrayList<>();
        int size = 0;
        for (T subject : population) {
            checkNotNull(subject, "population contains null at %s", size);
            size++;
            boolean inMine = mine.matches(subject, context);
            if (inMine != theirs.matches(subject, context)) {
                (inMine ? onlyMine : onlyTheirs).add(subject);
            }
        }
        if (!onlyMine.isEmpty() || !onlyTheirs.isEmpty()) {
            T first = onlyMine.isEmpty() ? onlyTheirs.get(0) : onlyMine.get(0);
            throwAssertionError(SegmentMessages.shouldBeEquivalent(
                    actual,
                    other,
                    size,
                    onlyMine,
                    onlyTheirs,
                    context,
                    List.of(mine.explain(first, context), theirs.explain(first, context))));
        }
        return myself;
    }

    private String textOf(Segment<T> segment) {
        try {
            return SegmentQuery.toText(segment);
        } catch (IllegalArgumentException e) {
            throw assertionError(SegmentMessages.shouldHaveTextForm(segment, e));
        }
    }

    private static Optional<String> reprint(Criterion<?> criterion) {
        try {
            return Optional.of(SegmentQuery.toText(criterion));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
