package io.segmentation.metrics;

import static io.segmentation.metrics.MetricGenerators.calculators;
import static io.segmentation.metrics.MetricGenerators.contexts;
import static io.segmentation.metrics.MetricGenerators.populations;
import static io.segmentation.metrics.MetricGenerators.segments;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import com.google.common.collect.Lists;
import io.segmentation.EvaluationContext;
import io.segmentation.Segment;
import io.segmentation.customer.Customer;
import io.segmentation.engine.SegmentMatcher;
import io.segmentation.index.PopulationIndex;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Period;
import java.util.List;
import java.util.stream.Collector;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;

/** Every built-in calculator gives one answer however its members are fed to it, and the metrics agree with each other. */
class MetricsLawsTest {

    private static final List<MetricCalculator<Customer, ? extends MetricValue>> CALCULATORS = calculators();

    private static QuickTheory laws(int examples) {
        return qt().withExamples(examples).withShrinkCycles(10);
    }

    /** Accumulates {@code members[0, at)} and {@code members[at, n)} separately, then combines the two. */
    private static <R> R split(
            MetricCalculator<Customer, R> calculator, List<Customer> members, int at, EvaluationContext context) {
        return combined(calculator.collector(context), members, at);
    }

    private static <A, R> R combined(Collector<Customer, A, R> collector, List<Customer> members, int at) {
        A left = collector.supplier().get();
        A right = collector.supplier().get();
        members.subList(0, at).forEach(m -> collector.accumulator().accept(left, m));
        members.subList(at, members.size()).forEach(m -> collector.accumulator().accept(right, m));
        return collector.finisher().apply(collector.combiner().apply(left, right));
    }

    @Test
    void sequential_and_parallel_calculations_agree() {
        laws(200).forAll(populations(40), contexts()).checkAssert((members, context) -> {
            for (MetricCalculator<Customer, ? extends MetricValue> calculator : CALCULATORS) {
                assertThat(calculator.calculateInParallel(members, context))
                        .as(calculator.name())
                        .isEqualTo(calculator.calculate(members, context));
            }
        });
    }

    @Test
    void partial_results_combine_to_the_whole_at_any_split() {
        laws(200)
                .forAll(populations(30), contexts(), integers().between(0, 100))
                .checkAssert((members, context, p) -> {
                    int at = members.size() * p / 100;
                    for (MetricCalculator<Customer, ? extends MetricValue> calculator : CALCULATORS) {
                        assertThat((Object) split(calculator, members, at, context))
                                .as("%s split at %s of %s", calculator.name(), at, members.size())
                                .isEqualTo(calculator.calculate(members, context));
                    }
                });
    }

    @Test
    void the_order_of_members_does_not_matter() {
        laws(150).forAll(populations(30), contexts()).checkAssert((members, context) -> {
            for (MetricCalculator<Customer, ? extends MetricValue> calculator : CALCULATORS) {
                assertThat(calculator.calculate(Lists.reverse(members), context))
                        .as(calculator.name())
                        .isEqualTo(calculator.calculate(members, context));
            }
        });
    }

    @Test
    void a_calculation_over_an_index_equals_one_over_the_matched_members() {
        laws(150).forAll(populations(40), contexts(), segments()).checkAssert((population, context, segment) -> {
            PopulationIndex<Customer> index = PopulationIndex.build(population, context);
            List<Customer> members = SegmentMatcher.of(segment).filter(population, context);
            for (MetricCalculator<Customer, ? extends MetricValue> calculator : CALCULATORS) {
                assertThat(calculator.calculate(index, segment))
                        .as(calculator.name())
                        .isEqualTo(calculator.calculate(members, context));
            }
        });
    }

    @Test
    void churn_is_the_complement_of_retention_over_the_same_members() {
        laws(200).forAll(populations(40), contexts()).checkAssert((members, context) -> {
            Ratio retention = Metrics.retention(Period.ofMonths(2)).calculate(members, context);
            Ratio churn = Metrics.churn(Period.ofMonths(2)).calculate(members, context);

            assertThat(churn).isEqualTo(retention.complement());
            assertThat(churn.numerator() + retention.numerator()).isEqualTo(retention.denominator());
        });
    }

    @Test
    void cohort_start_is_the_retention_denominator() {
        Duration quarter = Duration.ofDays(90);
        laws(200).forAll(populations(40), contexts()).checkAssert((members, context) -> {
            CohortRetention cohort = Metrics.cohortRetention(quarter).calculate(members, context);
            Ratio retention = Metrics.retention(quarter).calculate(members, context);

            assertThat(cohort.customersAtStart()).isEqualTo(retention.denominator());
            assertThat(cohort.customersAtEnd() - cohort.newCustomers()).isGreaterThanOrEqualTo(retention.numerator());
        });
    }

    @Test
    void order_metrics_share_their_revenue_orders_and_members() {
        BigDecimal margin = new BigDecimal("0.3");
        laws(200).forAll(populations(40), contexts()).checkAssert((members, context) -> {
            Money revenue = Metrics.revenue().calculate(members, context);
            Money aov = Metrics.averageOrderValue().calculate(members, context);
            Money clv = Metrics.historicClv(margin).calculate(members, context);
            Rate frequency = Metrics.purchaseFrequency().calculate(members, context);
            long orders = Metrics.orders().calculate(members, context).count();
            long size = Metrics.size().calculate(members, context).count();

            assertThat(aov.total()).isEqualByComparingTo(revenue.total());
            assertThat(aov.count()).hasValue(orders);
            assertThat(clv.total()).isEqualByComparingTo(revenue.total().multiply(margin));
            assertThat(clv.count()).hasValue(size);
            assertThat(frequency).isEqualTo(new Rate(orders, size));
        });
    }

    @Test
    void every_segment_member_counts_once_in_size() {
        laws(100).forAll(populations(40), contexts(), segments()).checkAssert((population, context, segment) -> {
            PopulationIndex<Customer> index = PopulationIndex.build(population, context);

            assertThat(Metrics.size().calculate(index, segment).count()).isEqualTo(index.count(segment));
            assertThat(Metrics.shareOf(index.size()).calculate(index, segment))
                    .isEqualTo(new Ratio(index.count(segment), index.size()));
        });
    }

    @Test
    void a_segment_of_everyone_gives_the_population_figures() {
        Segment<Customer> everyone =
                Segment.where(io.segmentation.Attributes.purchases().atLeast(0));
        laws(50).forAll(populations(30), contexts()).checkAssert((population, context) -> {
            PopulationIndex<Customer> index = PopulationIndex.build(population, context);
            for (MetricCalculator<Customer, ? extends MetricValue> calculator : CALCULATORS) {
                assertThat(calculator.calculate(index, everyone))
                        .as(calculator.name())
                        .isEqualTo(calculator.calculate(population, context));
            }
        });
    }
}
