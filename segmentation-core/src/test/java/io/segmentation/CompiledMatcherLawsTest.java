package io.segmentation;

import static io.segmentation.Attributes.*;
import static io.segmentation.testkit.Generators.criteria;
import static io.segmentation.testkit.Generators.customers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import io.segmentation.customer.Customer;
import io.segmentation.engine.SegmentMatcher;
import io.segmentation.internal.evaluate.Program;
import io.segmentation.internal.model.Evaluator;
import io.segmentation.testkit.TestKit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The compiled matcher gives exactly the reference interpreter's answers. */
class CompiledMatcherLawsTest {

    private static final EvaluationContext CONTEXT = TestKit.defaultContext();
    private static final Gen<Criterion<Customer>> TREES = criteria(3);

    @Test
    void compiled_matcher_agrees_with_the_interpreter() {
        qt().withExamples(1_000)
                .forAll(TREES, customers())
                .checkAssert((c, customer) -> assertThat(
                                SegmentMatcher.of(Segment.where(c)).matches(customer, CONTEXT))
                        .as("%s", c)
                        .isEqualTo(Evaluator.matches(c, customer, CONTEXT)));
    }

    @Test
    void folding_keeps_tautologies_contradictions_and_double_negations_exact() {
        qt().withExamples(500).forAll(TREES, TREES, customers()).checkAssert((a, b, customer) -> {
            for (Criterion<Customer> c : List.of(
                    anyOf(a, b, not(a)), allOf(b, not(a), a), not(not(a)), allOf(a, a, b), anyOf(not(not(b)), b))) {
                assertThat(SegmentMatcher.of(Segment.where(c)).matches(customer, CONTEXT))
                        .as("%s", c)
                        .isEqualTo(Evaluator.matches(c, customer, CONTEXT));
            }
        });
    }

    @Test
    void many_roots_compiled_together_agree_with_each_alone() {
        qt().withExamples(300)
                .forAll(lists().of(TREES).ofSizeBetween(1, 12), customers())
                .checkAssert((roots, customer) -> {
                    List<Criterion<Customer>> withShared = new ArrayList<>(roots);
                    withShared.add(allOf(roots.get(0), not(roots.get(roots.size() - 1))));
                    Program<Customer> program = Program.of(withShared);
                    long[] bits = new long[(withShared.size() + 63) / 64];
                    int count = program.testAll(customer, CONTEXT, bits);
                    int expectedCount = 0;
                    int first = -1;
                    for (int i = 0; i < withShared.size(); i++) {
                        boolean expected = Evaluator.matches(withShared.get(i), customer, CONTEXT);
                        assertThat((bits[i >>> 6] & (1L << i)) != 0).isEqualTo(expected);
                        assertThat(program.test(i, customer, CONTEXT)).isEqualTo(expected);
                        if (expected) {
                            expectedCount++;
                            first = first < 0 ? i : first;
                        }
                    }
                    assertThat(count).isEqualTo(expectedCount);
                    assertThat(program.firstMatch(customer, CONTEXT)).isEqualTo(first);
                });
    }
}
