package io.segmentation.attribute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.segmentation.EvaluationContext;
import io.segmentation.Segment;
import io.segmentation.engine.MembershipTracker;
import io.segmentation.engine.SegmentEngine;
import io.segmentation.engine.SegmentMatcher;
import io.segmentation.index.PopulationIndex;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A user's getter that throws is reported with the attribute's name and the subject, on every path. */
class AttributeReadExceptionTest {

    record Account(String id, Integer points) {
        int unboxedPoints() {
            return points; // throws NullPointerException when points is null
        }
    }

    private static final NumberAttribute<Account> POINTS = Attribute.number("points", Account::unboxedPoints);
    private static final Segment<Account> LOYAL =
            Segment.where(POINTS.atLeast(100)).named("loyal");
    private static final Account BROKEN = new Account("a-17", null);
    private static final EvaluationContext CONTEXT = EvaluationContext.asOf(Instant.EPOCH);

    private static void assertWrapped(Runnable read) {
        AttributeReadException e = catchThrowableOfType(AttributeReadException.class, read::run);
        assertThat(e).as("an AttributeReadException").isNotNull();
        assertThat(e.attributeName()).isEqualTo("points");
        assertThat(e.getMessage())
                .startsWith("attribute 'points' could not be read from Account[id=a-17, points=null]: ")
                .contains("NullPointerException");
        assertThat(e.getCause()).isInstanceOf(NullPointerException.class);
    }

    @Test
    void the_matcher_names_the_attribute_and_the_subject() {
        assertWrapped(() -> SegmentMatcher.of(LOYAL).matches(BROKEN, CONTEXT));
    }

    @Test
    void an_explanation_names_the_attribute_and_the_subject() {
        assertWrapped(() -> SegmentMatcher.of(LOYAL).explain(BROKEN, CONTEXT));
    }

    @Test
    void the_engine_names_the_attribute_and_the_subject() {
        assertWrapped(() -> SegmentEngine.of(List.of(LOYAL)).segmentsOf(BROKEN, CONTEXT));
    }

    @Test
    void building_an_index_names_the_attribute_and_the_subject() {
        assertWrapped(() ->
                PopulationIndex.build(List.of(BROKEN), Account::id, CONTEXT).count(LOYAL));
    }

    @Test
    void the_tracker_names_the_attribute_and_the_subject() {
        MembershipTracker<Account> tracker = MembershipTracker.over(SegmentEngine.of(List.of(LOYAL)), Account::id);
        assertWrapped(() -> tracker.update(BROKEN, Instant.EPOCH));
    }

    @Test
    void a_long_subject_is_cut_in_the_message() {
        Account longId = new Account("x".repeat(10_000), null);
        assertThatThrownBy(() -> SegmentMatcher.of(LOYAL).matches(longId, CONTEXT))
                .isInstanceOf(AttributeReadException.class)
                .satisfies(e -> assertThat(e.getMessage().length()).isLessThan(600));
    }

    @Test
    void a_getter_that_works_is_not_affected() {
        assertThat(SegmentMatcher.of(LOYAL).matches(new Account("a-1", 150), CONTEXT))
                .isTrue();
    }
}
