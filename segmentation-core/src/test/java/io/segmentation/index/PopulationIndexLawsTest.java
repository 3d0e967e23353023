package io.segmentation.index;

import static io.segmentation.Attributes.not;
import static io.segmentation.testkit.Generators.contexts;
import static io.segmentation.testkit.Generators.criteria;
import static io.segmentation.testkit.Generators.numberAttributes;
import static io.segmentation.testkit.Generators.populations;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import io.segmentation.Criterion;
import io.segmentation.EvaluationContext;
import io.segmentation.Segment;
import io.segmentation.attribute.NumberAttribute;
import io.segmentation.customer.Customer;
import io.segmentation.engine.SegmentMatcher;
import io.segmentation.internal.model.Evaluator;
import io.segmentation.testkit.TestKit;
import java.util.Collections;
import java.util.List;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;

/** The population index gives exactly the answers of the compiled matcher and of the reference interpreter. */
class PopulationIndexLawsTest {

    private static final Gen<Criterion<Customer>> TREES = criteria(3);

    /**
     * A theory of the given number of examples. Shrinking a population of customers replays every generator draw, so
     * the shrink cycles are few: a failure still gets a smaller counterexample, within seconds rather than minutes.
     */
    private static QuickTheory laws(int examples) {
        return qt().withExamples(examples).withShrinkCycles(10);
    }

    private static List<Customer> interpreted(Criterion<Customer> c, List<Customer> customers, EvaluationContext ctx) {
        return customers.stream().filter(x -> Evaluator.matches(c, x, ctx)).collect(Collectors.toList());
    }

    private static List<String> ids(List<Customer> customers) {
        return customers.stream().map(Customer::id).collect(Collectors.toList());
    }

    @Test
    void index_matcher_and_interpreter_agree_on_every_customer() {
        laws(1_500).forAll(populations(40), TREES, contexts()).checkAssert((customers, c, ctx) -> {
            PopulationIndex<Customer> index = PopulationIndex.build(customers, ctx);
            Segment<Customer> segment = Segment.where(c);
            List<Customer> expected = interpreted(c, customers, ctx);

            assertThat(SegmentMatcher.of(segment).filter(customers, ctx))
                    .as("matcher: %s", c)
                    .isEqualTo(expected);
            assertThat(index.members(segment)).as("index: %s", c).isEqualTo(expected);
            assertThat(index.memberIds(segment)).as("ids: %s", c).isEqualTo(ids(expected));
            assertThat(index.count(segment)).as("count: %s", c).isEqualTo(expected.size());
        });
    }

    @Test
    void not_is_the_exact_complement_including_missing_values() {
        laws(500).forAll(populations(40), TREES, contexts()).checkAssert((customers, c, ctx) -> {
            PopulationIndex<Customer> index = PopulationIndex.build(customers, ctx);
            List<String> in = index.memberIds(c);
            List<String> out = index.memberIds(not(c));
            assertThat(in.size() + out.size()).isEqualTo(customers.size());
            assertThat(Collections.disjoint(in, out)).isTrue();
            assertThat(out).isEqualTo(ids(interpreted(not(c), customers, ctx)));
        });
    }

    @Test
    void one_index_answers_many_queries_reusing_its_columns() {
        laws(150)
                .forAll(populations(200), lists().of(TREES).ofSize(20), contexts())
                .checkAssert((customers, queries, ctx) -> {
                    PopulationIndex<Customer> index = PopulationIndex.build(customers, ctx);
                    for (Criterion<Customer> c : queries) {
                        assertThat(index.memberIds(c)).as("%s", c).isEqualTo(ids(interpreted(c, customers, ctx)));
                    }
                });
    }

    @Test
    void prepared_columns_give_the_same_answers_as_lazy_ones() {
        laws(300).forAll(populations(40), TREES, TREES).checkAssert((customers, a, b) -> {
            EvaluationContext ctx = TestKit.defaultContext();
            PopulationIndex<Customer> lazy = PopulationIndex.build(customers, ctx);
            PopulationIndex<Customer> eager = PopulationIndex.build(customers, ctx, Segment.where(a), Segment.where(b));
            assertThat(eager.memberIds(a)).isEqualTo(lazy.memberIds(a));
            assertThat(eager.memberIds(b)).isEqualTo(lazy.memberIds(b));
        });
    }

    @Test
    void overlap_is_the_size_of_the_intersection() {
        laws(500).forAll(populations(40), TREES, TREES, contexts()).checkAssert((customers, a, b, ctx) -> {
            PopulationIndex<Customer> index = PopulationIndex.build(customers, ctx);
            long both = customers.stream()
                    .filter(x -> Evaluator.matches(a, x, ctx) && Evaluator.matches(b, x, ctx))
                    .count();
            assertThat(index.overlap(Segment.where(a), Segment.where(b)))
                    .as("%s and %s", a, b)
                    .isEqualTo((int) both);
        });
    }

    @Test
    void sum_and_mean_add_the_members_present_values() {
        laws(500)
                .forAll(populations(40), TREES, numberAttributes(), contexts())
                .checkAssert((customers, c, attribute, ctx) -> {
                    PopulationIndex<Customer> index = PopulationIndex.build(customers, ctx);
                    double sum = 0;
                    int present = 0;
                    for (Customer x : interpreted(c, customers, ctx)) {
                        double v = attribute.readDouble(x, ctx);
                        if (!Double.isNaN(v)) {
                            sum += v;
                            present++;
                        }
                    }
                    assertThat(index.sum(c, attribute))
                            .as("sum of %s over %s", attribute, c)
                            .isEqualTo(sum);
                    OptionalDouble mean = index.mean(c, attribute);
                    if (present == 0) {
                        assertThat(mean).isEmpty();
                    } else {
                        assertThat(mean.getAsDouble()).isCloseTo(sum / present, within(1e-9));
                    }
                    assertThat(index.sum(Segment.where(c), attribute)).isEqualTo(sum);
                    assertThat(index.mean(Segment.where(c), attribute)).isEqualTo(mean);
                });
    }

    @Test
    void attributes_of_any_subject_type_are_columns_too() {
        NumberAttribute<Customer> viaGetter = io.segmentation.attribute.Attribute.number(
                "points_getter", x -> x.customAttribute("points").orElse(null) instanceof Number n ? n : null);
        laws(200).forAll(populations(40), contexts()).checkAssert((customers, ctx) -> {
            PopulationIndex<Customer> index = PopulationIndex.build(customers, Customer::id, ctx);
            Criterion<Customer> c = viaGetter.atLeast(100);
            assertThat(index.memberIds(c)).isEqualTo(ids(interpreted(c, customers, ctx)));
        });
    }
}
