package io.segmentation;

import static io.segmentation.Attributes.*;
import static io.segmentation.testkit.Generators.criteria;
import static io.segmentation.testkit.Generators.customers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import io.segmentation.customer.Customer;
import io.segmentation.engine.Assignment;
import io.segmentation.engine.AssignmentMode;
import io.segmentation.engine.SegmentEngine;
import io.segmentation.engine.SegmentMatcher;
import io.segmentation.internal.model.Evaluator;
import io.segmentation.testkit.TestKit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Many segments at once agree with each segment alone. */
class SegmentEngineLawsTest {

    private static final EvaluationContext CONTEXT = TestKit.defaultContext();

    private static Gen<List<Segment<Customer>>> segmentLists() {
        Gen<Criterion<Customer>> trees = criteria(2);
        return lists().of(trees).ofSizeBetween(1, 70).map(criteria -> {
            Set<Segment<Customer>> distinct = new LinkedHashSet<>();
            int i = 0;
            for (Criterion<Customer> c : criteria) {
                distinct.add(Segment.where(c).named("s" + i++));
            }
            return new ArrayList<>(distinct);
        });
    }

    @Test
    void segments_of_is_every_matching_segment_in_engine_order() {
        qt().withExamples(300).forAll(segmentLists(), customers()).checkAssert((segments, customer) -> {
            SegmentEngine<Customer> engine = SegmentEngine.of(segments);
            List<Segment<Customer>> expected = segments.stream()
                    .filter(s -> Evaluator.matches(s.criterion(), customer, CONTEXT))
                    .toList();
            Set<Segment<Customer>> actual = engine.segmentsOf(customer, CONTEXT);
            assertThat(actual).containsExactlyElementsOf(expected);
            for (Segment<Customer> s : segments) {
                assertThat(actual.contains(s)).isEqualTo(expected.contains(s));
                assertThat(engine.matches(s, customer, CONTEXT)).isEqualTo(expected.contains(s));
            }
            assertThat(engine.firstSegmentOf(customer, CONTEXT))
                    .isEqualTo(expected.stream().findFirst());
        });
    }

    @Test
    void assignment_agrees_with_matching_one_by_one_in_both_modes() {
        qt().withExamples(60)
                .forAll(segmentLists(), lists().of(customers()).ofSizeBetween(0, 60))
                .checkAssert((segments, population) -> checkAssignment(segments, population));
    }

    @Test
    void large_inputs_assigned_in_parallel_agree_with_matching_one_by_one() {
        List<Segment<Customer>> segments = List.of(
                Segment.where(age().between(18, 35)).named("young"),
                Segment.where(purchases().inLast(java.time.Duration.ofDays(30)).atLeast(1))
                        .named("recent"),
                Segment.where(country().in("DE", "AT")).named("dach"),
                Segment.where(tags().contains("vip")).named("vip"));
        qt().withExamples(1)
                .withShrinkCycles(0)
                .forAll(lists().of(customers()).ofSize(12_000))
                .checkAssert(population -> checkAssignment(segments, population));
    }

    private static void checkAssignment(List<Segment<Customer>> segments, List<Customer> population) {
        SegmentEngine<Customer> engine = SegmentEngine.of(segments);
        Assignment<Customer> overlapping = engine.assign(population, CONTEXT, AssignmentMode.OVERLAPPING);
        Assignment<Customer> exclusive = engine.assign(population, CONTEXT, AssignmentMode.EXCLUSIVE);
        List<Customer> noneOverlapping = new ArrayList<>(population);
        List<Customer> noneExclusive = new ArrayList<>();
        for (Segment<Customer> s : segments) {
            SegmentMatcher<Customer> matcher = SegmentMatcher.of(s);
            List<Customer> members = matcher.filter(population, CONTEXT);
            assertThat(overlapping.members(s)).containsExactlyElementsOf(members);
            noneOverlapping.removeIf(c -> members.stream().anyMatch(m -> m == c));
        }
        for (Customer c : population) {
            Segment<Customer> first = segments.stream()
                    .filter(s -> Evaluator.matches(s.criterion(), c, CONTEXT))
                    .findFirst()
                    .orElse(null);
            if (first == null) {
                noneExclusive.add(c);
            }
        }
        for (Segment<Customer> s : segments) {
            assertThat(exclusive.members(s))
                    .containsExactlyElementsOf(population.stream()
                            .filter(c -> segments.stream()
                                    .filter(x -> Evaluator.matches(x.criterion(), c, CONTEXT))
                                    .findFirst()
                                    .map(x -> x.equals(s))
                                    .orElse(false))
                            .toList());
        }
        assertThat(overlapping.unassigned()).containsExactlyElementsOf(noneOverlapping);
        assertThat(exclusive.unassigned()).containsExactlyElementsOf(noneExclusive);
        assertThat(overlapping.total()).isEqualTo(population.size());
        assertThat(exclusive.sizes().values().stream()
                                .mapToInt(Integer::intValue)
                                .sum()
                        + exclusive.unassigned().size())
                .isEqualTo(population.size());
    }

    @Test
    void a_segment_given_twice_is_rejected() {
        Segment<Customer> s = Segment.where(age().atLeast(18)).named("adults");
        assertThatThrownBy(() -> SegmentEngine.of(s, s))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("adults");
    }

    @Test
    void matching_sets_are_immutable_views() {
        Segment<Customer> s = Segment.where(age().atLeast(0)).named("all");
        Customer c = Customer.builder("c")
                .birthDate(java.time.LocalDate.of(2000, 1, 1))
                .build();
        Set<Segment<Customer>> mine = SegmentEngine.of(s).segmentsOf(c, CONTEXT);
        assertThat(mine).containsExactly(s);
        assertThatThrownBy(() -> mine.add(s)).isInstanceOf(UnsupportedOperationException.class);
    }
}
