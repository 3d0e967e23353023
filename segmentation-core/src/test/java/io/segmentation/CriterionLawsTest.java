package io.segmentation;

import static io.segmentation.Attributes.*;
import static io.segmentation.testkit.Generators.criteria;
import static io.segmentation.testkit.Generators.customers;
import static io.segmentation.testkit.Generators.leaves;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import io.segmentation.attribute.Attribute;
import io.segmentation.customer.Customer;
import io.segmentation.engine.SegmentMatcher;
import io.segmentation.testkit.TestKit;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Boolean laws of criteria, checked by evaluating random trees on random customers. */
class CriterionLawsTest {

    private static final int EXAMPLES = 400;
    private static final EvaluationContext CONTEXT = TestKit.defaultContext();
    private static final Gen<Criterion<Customer>> TREES = criteria(3);

    private static boolean eval(Criterion<Customer> c, Customer customer) {
        return SegmentMatcher.of(Segment.where(c)).matches(customer, CONTEXT);
    }

    @Test
    void de_morgan_not_and_is_or_of_nots() {
        qt().withExamples(EXAMPLES)
                .forAll(TREES, TREES, customers())
                .check((a, b, c) -> eval(not(allOf(a, b)), c) == eval(anyOf(not(a), not(b)), c));
    }

    @Test
    void de_morgan_not_or_is_and_of_nots() {
        qt().withExamples(EXAMPLES)
                .forAll(TREES, TREES, customers())
                .check((a, b, c) -> eval(not(anyOf(a, b)), c) == eval(allOf(not(a), not(b)), c));
    }

    @Test
    void double_negation_is_identity() {
        qt().withExamples(EXAMPLES).forAll(TREES, customers()).check((a, c) -> eval(not(not(a)), c) == eval(a, c));
    }

    @Test
    void not_is_the_exact_complement() {
        qt().withExamples(EXAMPLES).forAll(TREES, customers()).check((a, c) -> eval(not(a), c) != eval(a, c));
    }

    @Test
    void and_and_or_are_commutative() {
        qt().withExamples(EXAMPLES)
                .forAll(TREES, TREES, customers())
                .check((a, b, c) ->
                        eval(allOf(a, b), c) == eval(allOf(b, a), c) && eval(anyOf(a, b), c) == eval(anyOf(b, a), c));
    }

    @Test
    void and_and_or_are_idempotent_and_absorbing() {
        qt().withExamples(EXAMPLES)
                .forAll(TREES, TREES, customers())
                .check((a, b, c) -> eval(allOf(a, a), c) == eval(a, c)
                        && eval(anyOf(a, a), c) == eval(a, c)
                        && eval(allOf(a, anyOf(a, b)), c) == eval(a, c)
                        && eval(anyOf(a, allOf(a, b)), c) == eval(a, c));
    }

    @Test
    void excluded_middle_and_contradiction() {
        qt().withExamples(EXAMPLES)
                .forAll(TREES, customers())
                .check((a, c) -> eval(anyOf(a, not(a)), c) && !eval(allOf(a, not(a)), c));
    }

    @Test
    void explanation_agrees_with_match_on_every_tree() {
        qt().withExamples(EXAMPLES).forAll(TREES, customers()).checkAssert((a, c) -> {
            SegmentMatcher<Customer> matcher =
                    SegmentMatcher.of(Segment.where(a).named("random"));
            assertThat(matcher.explain(c, CONTEXT).matched()).isEqualTo(matcher.matches(c, CONTEXT));
        });
    }

    @Test
    void a_comparison_on_a_missing_value_is_false() {
        qt().withExamples(EXAMPLES)
                .forAll(leaves().assuming(l -> l instanceof Criterion.Comparison<?, ?>), customers())
                .checkAssert((leaf, c) -> {
                    Attribute<Customer, ?> attribute = ((Criterion.Comparison<Customer, ?>) leaf).attribute();
                    if (attribute.read(c, CONTEXT) == null) {
                        assertThat(eval(leaf, c)).isFalse();
                        assertThat(eval(not(leaf), c)).isTrue();
                    }
                });
    }

    @Test
    void is_missing_is_the_complement_of_is_present() {
        qt().withExamples(EXAMPLES)
                .forAll(customers())
                .check(c -> eval(age().isMissing(), c) != eval(age().isPresent(), c)
                        && eval(city().isMissing(), c) == eval(not(city().isPresent()), c)
                        && eval(averageOrderValue().isMissing(), c)
                                == eval(purchases().is(0), c));
    }

    @Test
    void filter_keeps_exactly_the_matching_subjects_in_input_order() {
        qt().withExamples(100)
                .forAll(TREES, lists().of(customers()).ofSizeBetween(0, 20))
                .checkAssert((a, population) -> {
                    SegmentMatcher<Customer> matcher = SegmentMatcher.of(Segment.where(a));
                    assertThat(matcher.filter(population, CONTEXT))
                            .containsExactlyElementsOf(population.stream()
                                    .filter(c -> matcher.matches(c, CONTEXT))
                                    .toList());
                });
    }
}
