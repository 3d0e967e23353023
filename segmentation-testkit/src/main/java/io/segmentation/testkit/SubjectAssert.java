package io.segmentation.testkit;

/**
 * Assertions on a subject of your own type — an account, a JPA entity, a record — read by your own
 * {@link io.segmentation.attribute.Attribute attributes}. Get one with
 * {@link SegmentationAssertions#assertThatSubject(Object)}.
 *
 * <pre>{@code
 * NumberAttribute<Account> points = Attribute.number("loyalty_points", Account::points);
 * Segment<Account> gold = Segment.where(points.atLeast(1_000)).named("gold");
 *
 * assertThatSubject(new Account("a-1", 1_200)).isIn(gold);
 * }</pre>
 *
 * <p>Failures name the subject by its {@code toString()}; see {@link AbstractSubjectAssert} for the rest.
 *
 * @param <T> the subject type
 * @since 0.1.0
 */
public class SubjectAssert<T> extends AbstractSubjectAssert<SubjectAssert<T>, T> {

    /**
     * Creates the assertion; prefer {@link SegmentationAssertions#assertThatSubject(Object)}. Public so that soft
     * assertions can proxy it.
     *
     * @param actual the subject, may be null
     */
    public SubjectAssert(T actual) {
        super(actual, SubjectAssert.class);
    }
}
