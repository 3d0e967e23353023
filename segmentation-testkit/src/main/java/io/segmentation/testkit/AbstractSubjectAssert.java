package io.segmentation.testkit;

import static com.google.common.base.Preconditions.checkNotNull;

import io.segmentation.Criterion;
import io.segmentation.EvaluationContext;
import io.segmentation.Segment;
import io.segmentation.engine.Explanation;
import io.segmentation.engine.SegmentMatcher;
import io.segmentation.testkit.internal.assertions.MembershipMessages;
import io.segmentation.testkit.internal.fixtures.MadeFor;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.assertj.core.api.AbstractAssert;

/**
 * Membership assertions on one subject — is it in a segment, does it satisfy a criterion — evaluated as of a fixed
 * time: the context a {@link Fixtures} customer was built for, else {@link TestKit#defaultContext()}, unless
 * {@link #asOf(Instant)} or {@link #in(EvaluationContext)} says otherwise. A failure names the subject, the segment with its text form and the evaluation time, and shows the
 * explanation tree of {@link SegmentMatcher#explain}, so the test report says why.
 *
 * <p>Extend it to give your own subject type a domain-specific entry point:
 *
 * <pre>{@code
 * public class AccountAssert extends AbstractSubjectAssert<AccountAssert, Account> {
 *     public AccountAssert(Account actual) {
 *         super(actual, AccountAssert.class);
 *     }
 *
 *     public static AccountAssert assertThat(Account actual) {
 *         return new AccountAssert(actual);
 *     }
 * }
 * }</pre>
 *
 * <p>Like every AssertJ assertion object it is mutable ({@code asOf} changes the evaluation time of the assertions
 * that follow) and not thread-safe. Methods are not final so that soft assertions can proxy them.
 *
 * @param <SELF> the assertion's own type, for chaining
 * @param <T> the subject type
 * @since 0.1.0
 */
public abstract class AbstractSubjectAssert<SELF extends AbstractSubjectAssert<SELF, T>, T>
        extends AbstractAssert<SELF, T> {

    private EvaluationContext context;

    /**
     * Creates the assertion, evaluating at the context the subject was built for when it is a {@link Fixtures}
     * customer, else at {@link TestKit#defaultContext()}.
     *
     * @param actual the subject, may be null (every membership assertion then fails)
     * @param selfType the concrete assertion class
     */
    protected AbstractSubjectAssert(T actual, Class<?> selfType) {
        super(actual, selfType);
        this.context = MadeFor.of(actual).orElseGet(TestKit::defaultContext);
    }

    /**
     * Evaluates the following assertions at another instant, in the same zone (the zone of the fixture's context,
     * or UTC).
     *
     * @param asOf the evaluation time
     * @return this assertion
     */
    public SELF asOf(Instant asOf) {
        context = context.withAsOf(checkNotNull(asOf, "asOf"));
        return myself;
    }

    /**
     * Evaluates the following assertions in another context (time and zone).
     *
     * @param context the evaluation context
     * @return this assertion
     */
    public SELF in(EvaluationContext context) {
        this.context = checkNotNull(context, "context");
        return myself;
    }

    /**
     * The context the assertions evaluate in.
     *
     * @return the evaluation context
     */
    protected EvaluationContext context() {
        return context;
    }

    /**
     * Verifies that the subject is in the segment.
     *
     * <pre>{@code
     * assertThat(anna).isIn(youngRepeat);
     * // Expecting customer 'c-42'
     * // to be in segment 'young-repeat': age BETWEEN 18 AND 25 AND purchases >= 3
     * // as of 2026-01-01T00:00:00Z (UTC), but it is not:
     * //   ✗ segment 'young-repeat'
     * //     ✗ all of (1 of 2 hold)
     * //       ✓ age 24 is between 18 and 25
     * //       ✗ purchases 1 is not at least 3
     * }</pre>
     *
     * @param segment the segment
     * @return this assertion
     * @throws AssertionError if the subject is null or not in the segment
     */
    public SELF isIn(Segment<T> segment) {
        checkNotNull(segment, "segment");
        isNotNull();
        SegmentMatcher<T> matcher = SegmentMatcher.of(segment);
        if (!matcher.matches(actual, context)) {
            throwAssertionError(
                    MembershipMessages.shouldBeIn(actual, segment, context, matcher.explain(actual, context)));
        }
        return myself;
    }

    /**
     * Verifies that the subject is not in the segment.
     *
     * @param segment the segment
     * @return this assertion
     * @throws AssertionError if the subject is null or in the segment, showing why it is
     */
    public SELF isNotIn(Segment<T> segment) {
        checkNotNull(segment, "segment");
        isNotNull();
        SegmentMatcher<T> matcher = SegmentMatcher.of(segment);
        if (matcher.matches(actual, context)) {
            throwAssertionError(
                    MembershipMessages.shouldNotBeIn(actual, segment, context, matcher.explain(actual, context)));
        }
        return myself;
    }

    /**
     * Verifies that the subject is in every one of the segments; a failure explains each segment it misses.
     *
     * @param segments at least one segment
     * @return this assertion
     */
    @SafeVarargs
    public final SELF isInAll(Segment<T>... segments) {
        checkNotNull(segments, "segments");
        return isInAll(Arrays.asList(segments));
    }

    /**
     * Verifies that the subject is in every one of the segments; a failure explains each segment it misses.
     *
     * @param segments at least one segment
     * @return this assertion
     */
    public SELF isInAll(Iterable<? extends Segment<T>> segments) {
        Map<Segment<T>, Explanation> all = explainAll(segments);
        isNotNull();
        Map<Segment<T>, Explanation> missed = new LinkedHashMap<>();
        all.forEach((s, why) -> {
            if (!why.matched()) {
                missed.put(s, why);
            }
        });
        if (!missed.isEmpty()) {
            throwAssertionError(MembershipMessages.shouldBeInAll(actual, missed, all.size(), context));
        }
        return myself;
    }

    /**
     * Verifies that the subject is in at least one of the segments; a failure explains every segment.
     *
     * @param segments at least one segment
     * @return this assertion
     */
    @SafeVarargs
    public final SELF isInAnyOf(Segment<T>... segments) {
        checkNotNull(segments, "segments");
        return isInAnyOf(Arrays.asList(segments));
    }

    /**
     * Verifies that the subject is in at least one of the segments; a failure explains every segment.
     *
     * @param segments at least one segment
     * @return this assertion
     */
    public SELF isInAnyOf(Iterable<? extends Segment<T>> segments) {
        Map<Segment<T>, Explanation> all = explainAll(segments);
        isNotNull();
        if (all.values().stream().noneMatch(Explanation::matched)) {
            throwAssertionError(MembershipMessages.shouldBeInAnyOf(actual, all, context));
        }
        return myself;
    }

    /**
     * Verifies that the subject is in none of the segments; a failure explains each segment it is in.
     *
     * @param segments at least one segment
     * @return this assertion
     */
    @SafeVarargs
    public final SELF isInNoneOf(Segment<T>... segments) {
        checkNotNull(segments, "segments");
        return isInNoneOf(Arrays.asList(segments));
    }

    /**
     * Verifies that the subject is in none of the segments; a failure explains each segment it is in.
     *
     * @param segments at least one segment
     * @return this assertion
     */
    public SELF isInNoneOf(Iterable<? extends Segment<T>> segments) {
        Map<Segment<T>, Explanation> all = explainAll(segments);
        isNotNull();
        Map<Segment<T>, Explanation> matched = new LinkedHashMap<>();
        all.forEach((s, why) -> {
            if (why.matched()) {
                matched.put(s, why);
            }
        });
        if (!matched.isEmpty()) {
            throwAssertionError(MembershipMessages.shouldBeInNoneOf(actual, matched, all.size(), context));
        }
        return myself;
    }

    /**
     * Verifies that the subject satisfies a criterion: {@code assertThat(anna).satisfies(age().atLeast(18))}.
     *
     * @param criterion the criterion
     * @return this assertion
     */
    public SELF satisfies(Criterion<T> criterion) {
        checkNotNull(criterion, "criterion");
        isNotNull();
        SegmentMatcher<T> matcher = SegmentMatcher.of(Segment.where(criterion));
        if (!matcher.matches(actual, context)) {
            throwAssertionError(
                    MembershipMessages.shouldSatisfy(actual, criterion, context, matcher.explain(actual, context)));
        }
        return myself;
    }

    /**
     * Verifies that the subject does not satisfy a criterion.
     *
     * @param criterion the criterion
     * @return this assertion
     */
    public SELF doesNotSatisfy(Criterion<T> criterion) {
        checkNotNull(criterion, "criterion");
        isNotNull();
        SegmentMatcher<T> matcher = SegmentMatcher.of(Segment.where(criterion));
        if (matcher.matches(actual, context)) {
            throwAssertionError(
                    MembershipMessages.shouldNotSatisfy(actual, criterion, context, matcher.explain(actual, context)));
        }
        return myself;
    }

    /**
     * AssertJ's equality check ({@code actual} equals one of {@code values}); refuses segments, which almost always
     * mean a membership test written with the wrong argument types.
     *
     * @param values the values
     * @return this assertion
     * @throws IllegalArgumentException if a value is a segment
     */
    @Override
    public SELF isIn(Object... values) {
        rejectSegments("isIn", values == null ? null : Arrays.asList(values));
        return super.isIn(values);
    }

    /**
     * AssertJ's equality check ({@code actual} equals one of {@code values}); refuses segments.
     *
     * @param values the values
     * @return this assertion
     * @throws IllegalArgumentException if a value is a segment
     */
    @Override
    public SELF isIn(Iterable<?> values) {
        rejectSegments("isIn", values);
        return super.isIn(values);
    }

    /**
     * AssertJ's equality check ({@code actual} equals none of {@code values}); refuses segments.
     *
     * @param values the values
     * @return this assertion
     * @throws IllegalArgumentException if a value is a segment
     */
    @Override
    public SELF isNotIn(Object... values) {
        rejectSegments("isNotIn", values == null ? null : Arrays.asList(values));
        return super.isNotIn(values);
    }

    /**
     * AssertJ's equality check ({@code actual} equals none of {@code values}); refuses segments.
     *
     * @param values the values
     * @return this assertion
     * @throws IllegalArgumentException if a value is a segment
     */
    @Override
    public SELF isNotIn(Iterable<?> values) {
        rejectSegments("isNotIn", values);
        return super.isNotIn(values);
    }

    private Map<Segment<T>, Explanation> explainAll(Iterable<? extends Segment<T>> segments) {
        checkNotNull(segments, "segments");
        Map<Segment<T>, Explanation> all = new LinkedHashMap<>();
        int i = 0;
        for (Segment<T> s : segments) {
            checkNotNull(s, "segments[%s]", i++);
            if (actual != null) {
                all.put(s, SegmentMatcher.of(s).explain(actual, context));
            }
        }
        if (i == 0) {
            throw new IllegalArgumentException("segments must not be empty");
        }
        return all;
    }

    private static void rejectSegments(String method, Iterable<?> values) {
        if (values == null) {
            return;
        }
        for (Object v : values) {
            if (v instanceof Segment<?>) {
                throw new IllegalArgumentException(MembershipMessages.segmentPassedToEqualityCheck(method));
            }
        }
    }
}
