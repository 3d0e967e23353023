package io.segmentation.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.segmentation.EvaluationContext;
import io.segmentation.Segment;
import io.segmentation.customer.Customer;
import io.segmentation.engine.SegmentEngine;
import io.segmentation.engine.SegmentMatcher;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** Each benchmark compares like with like: the hand-written baselines answer exactly what the library answers. */
class BaselinesAgreeTest {

    private static final List<Customer> CUSTOMERS = Populations.customers(20_000, 3);
    private static final EvaluationContext CONTEXT = EvaluationContext.asOf(Populations.AS_OF);

    @Test
    void one_segment_baseline_agrees_with_the_compiled_matcher() {
        SegmentMatcher<Customer> matcher = SegmentMatcher.of(Segments.youngValuable());
        LocalDate today = LocalDate.ofInstant(Populations.AS_OF, ZoneOffset.UTC);
        long members = 0;
        for (Customer c : CUSTOMERS) {
            boolean expected = Segments.youngValuableByHand(c, today);
            assertThat(matcher.matches(c, CONTEXT)).as(c.id()).isEqualTo(expected);
            members += expected ? 1 : 0;
        }
        assertThat(members).as("the segment is neither empty nor everyone").isBetween(10L, 19_990L);
    }

    @Test
    void two_hundred_hand_written_predicates_agree_with_the_engine() {
        List<Segment<Customer>> segments = Segments.many();
        List<Predicate<Customer>> byHand = Segments.manyByHand(Populations.AS_OF);
        SegmentEngine<Customer> engine = SegmentEngine.of(segments);
        for (Customer c : CUSTOMERS.subList(0, 2_000)) {
            Set<Segment<Customer>> mine = engine.segmentsOf(c, CONTEXT);
            for (int i = 0; i < segments.size(); i++) {
                assertThat(mine.contains(segments.get(i)))
                        .as("%s in %s", c.id(), segments.get(i))
                        .isEqualTo(byHand.get(i).test(c));
            }
        }
    }
}
