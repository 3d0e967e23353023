package io.segmentation.metrics;

import static io.segmentation.Attributes.attribute;
import static io.segmentation.Attributes.purchases;
import static io.segmentation.metrics.People.JUNE;
import static io.segmentation.metrics.People.customer;
import static io.segmentation.metrics.People.order;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.NullPointerTester;
import io.segmentation.EvaluationContext;
import io.segmentation.Segment;
import io.segmentation.attribute.NumberAttribute;
import io.segmentation.customer.Customer;
import io.segmentation.index.PopulationIndex;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Period;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The front door as a whole: names, null-hostility, and the calculators in the ways users combine them. */
class MetricsTest {

    @Test
    void every_factory_rejects_null_arguments() {
        new NullPointerTester()
                .setDefault(Duration.class, Duration.ofDays(30))
                .setDefault(Period.class, Period.ofMonths(1))
                .setDefault(BigDecimal.class, BigDecimal.ONE)
                .setDefault(String.class, "login")
                .setDefault(Map.class, Map.of("login", 1.0))
                .setDefault(NumberAttribute.class, attribute("score").number())
                .testAllPublicStaticMethods(Metrics.class);
    }

    @Test
    void calculators_reject_a_null_context_and_null_members() {
        new NullPointerTester()
                .setDefault(String.class, "Revenue")
                .setDefault(EvaluationContext.class, JUNE)
                .setDefault(Segment.class, Segment.where(purchases().atLeast(1)))
                .setDefault(PopulationIndex.class, PopulationIndex.build(List.of(), JUNE))
                .testAllPublicInstanceMethods(Metrics.revenue());
    }

    @Test
    void names_are_short_column_headings() {
        assertThat(List.of(
                        Metrics.size(),
                        Metrics.shareOf(1),
                        Metrics.revenue(),
                        Metrics.orders(),
                        Metrics.averageOrderValue(),
                        Metrics.purchaseFrequency(),
                        Metrics.repeatPurchaseRate(),
                        Metrics.historicClv()))
                .extracting(MetricCalculator::name)
                .containsExactly(
                        "Size",
                        "Share",
                        "Revenue",
                        "Orders",
                        "AOV",
                        "Purchase frequency",
                        "Repeat rate",
                        "Historic CLV");
    }

    @Test
    void a_calculator_prints_as_its_name() {
        assertThat(Metrics.averageOrderValue()).hasToString("AOV");
    }

    @Test
    void a_renamed_calculator_computes_the_same_result() {
        List<Customer> members = List.of(customer("a", order("a1", 1, "12.00")));
        MetricCalculator<Customer, Money> net =
                Metrics.historicClv(new BigDecimal("0.5")).named("Historic CLV net");

        assertThat(net.name()).isEqualTo("Historic CLV net");
        assertThat(net.calculate(members, JUNE).value()).isEqualTo(6.0);
    }

    @Test
    void a_calculator_over_an_index_uses_the_index_evaluation_time_and_members() {
        // a: 2 orders, b: 1 order (tomorrow: not yet), c: none. Segment purchases >= 1: a only; revenue 10 + 5 = 15
        List<Customer> population = List.of(
                customer("a", order("a1", 3, "10"), order("a2", 2, "5")),
                customer("b", order("b1", -1, "7")),
                customer("c"));
        PopulationIndex<Customer> index = PopulationIndex.build(population, JUNE);

        Money revenue =
                Metrics.revenue().calculate(index, Segment.where(purchases().atLeast(1)));

        assertThat(revenue).isEqualTo(Money.of(new BigDecimal("15")));
    }

    @Test
    void results_are_metric_values_with_their_units() {
        List<Customer> members = List.of(customer("a", order("a1", 1, "12.00")));

        assertThat(List.of(
                        Metrics.size().calculate(members, JUNE),
                        Metrics.revenue().calculate(members, JUNE),
                        Metrics.repeatPurchaseRate().calculate(members, JUNE),
                        Metrics.purchaseFrequency().calculate(members, JUNE),
                        Metrics.nps().calculate(members, JUNE)))
                .extracting(MetricValue::unit)
                .containsExactly(
                        MetricUnit.COUNT, MetricUnit.MONEY, MetricUnit.FRACTION, MetricUnit.RATE, MetricUnit.SCORE);
    }
}
