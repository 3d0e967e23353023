package io.segmentation.predict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import io.segmentation.EvaluationContext;
import io.segmentation.Segment;
import io.segmentation.attribute.NumberAttribute;
import io.segmentation.customer.Customer;
import io.segmentation.customer.Order;
import io.segmentation.engine.SegmentMatcher;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

class PredictionsTest {

    private static final BgNbdModel BG = BgNbdModel.of(0.243, 4.414, 0.793, 2.426, ChronoUnit.WEEKS);
    private static final ParetoNbdModel PARETO = ParetoNbdModel.of(0.55, 10.58, 0.61, 11.67, ChronoUnit.WEEKS);
    private static final GammaGammaModel SPEND = GammaGammaModel.of(6.25, 3.74, 15.44);
    private static final Predictions PREDICTIONS = Predictions.of(BG).withSpend(SPEND);

    private static final Instant NOW = Instant.parse("2026-06-30T12:00:00Z");
    private static final EvaluationContext CONTEXT = EvaluationContext.asOf(NOW);
    private static final CustomerSummarizer WEEKS = CustomerSummarizer.asOf(NOW, ChronoUnit.WEEKS);

    /** Bought every two weeks for half a year, last a week ago. */
    private static final Customer REGULAR = customer("regular", "2026-01-05", 14, 13, "25.00");

    /** Bought three times in January, nothing since. */
    private static final Customer LAPSED = customer("lapsed", "2026-01-02", 7, 3, "40.00");

    private static final Customer NEVER = Customer.builder("never").build();

    private static final CustomerSummary SUMMARY = CustomerSummary.of(2, 30.43, 38.86, 22.35, ChronoUnit.WEEKS);

    private static Customer customer(String id, String first, int everyDays, int count, String total) {
        Customer.Builder b = Customer.builder(id);
        Instant at = Instant.parse(first + "T10:00:00Z");
        for (int i = 0; i < count; i++) {
            b.order(Order.builder(id + i, at.plus(Duration.ofDays((long) i * everyDays)), new BigDecimal(total))
                    .build());
        }
        return b.build();
    }

    private static boolean matches(Segment<Customer> segment, Customer c) {
        return SegmentMatcher.of(segment).matches(c, CONTEXT);
    }

    @Test
    void predicted_purchases_read_the_model_on_the_summary_as_of_the_evaluation_time() {
        CustomerSummary summary = WEEKS.summarize(REGULAR).orElseThrow();

        double value = PREDICTIONS.predictedPurchases(Duration.ofDays(90)).readDouble(REGULAR, CONTEXT);

        assertThat(value).isEqualTo(BG.expectedPurchases(Duration.ofDays(90), summary));
    }

    @Test
    void predicted_purchases_segment_separates_regular_from_lapsed_customers() {
        Segment<Customer> active = Segment.where(
                PREDICTIONS.predictedPurchases(Duration.ofDays(90)).atLeast(1));

        assertThat(matches(active, REGULAR)).isTrue();
        assertThat(matches(active, LAPSED)).isFalse();
    }

    @Test
    void probability_alive_segment_finds_the_lapsed_customer() {
        Segment<Customer> atRisk = Segment.where(PREDICTIONS.probabilityAlive().lessThan(0.3));

        assertThat(matches(atRisk, LAPSED)).isTrue();
        assertThat(matches(atRisk, REGULAR)).isFalse();
    }

    @Test
    void predicted_clv_segment_compares_the_clv() {
        ClvHorizon year = ClvHorizon.of(12, ChronoUnit.MONTHS).discountRatePerPeriod(0.01);
        NumberAttribute<Customer> clv = PREDICTIONS.predictedClv(year, 0.3);
        double regular = clv.readDouble(REGULAR, CONTEXT);

        assertThat(matches(Segment.where(clv.greaterThan(regular - 1e-9)), REGULAR))
                .isTrue();
        assertThat(matches(Segment.where(clv.greaterThan(regular)), REGULAR)).isFalse();
    }

    @Test
    void predicted_clv_attribute_equals_the_clv_of_the_summary() {
        ClvHorizon year = ClvHorizon.of(12, ChronoUnit.MONTHS).discountRatePerPeriod(0.01);
        CustomerSummary summary = WEEKS.summarize(REGULAR).orElseThrow();

        assertThat(PREDICTIONS.predictedClv(year, 0.3).readDouble(REGULAR, CONTEXT))
                .isEqualTo(PREDICTIONS.predictedClv(summary, year, 0.3));
    }

    @Test
    void a_customer_without_orders_has_no_prediction() {
        Segment<Customer> low = Segment.where(PREDICTIONS.probabilityAlive().lessThan(2));

        assertThat(PREDICTIONS.probabilityAlive().valueOf(NEVER, CONTEXT)).isEmpty();
        assertThat(matches(low, NEVER)).isFalse();
    }

    @Test
    void predictions_move_with_the_evaluation_time() {
        NumberAttribute<Customer> alive = PREDICTIONS.probabilityAlive();
        EvaluationContext later = CONTEXT.withAsOf(NOW.plus(Duration.ofDays(180)));

        assertThat(alive.readDouble(LAPSED, later)).isLessThan(alive.readDouble(LAPSED, CONTEXT));
    }

    @Test
    void orders_after_the_evaluation_time_are_not_seen() {
        EvaluationContext january = EvaluationContext.asOf(Instant.parse("2026-01-20T00:00:00Z"));
        CustomerSummary summary = CustomerSummarizer.asOf(january.asOf(), ChronoUnit.WEEKS)
                .summarize(REGULAR)
                .orElseThrow();

        assertThat(PREDICTIONS.summaryOf(REGULAR, january)).contains(summary);
        assertThat(summary.frequency()).isEqualTo(1);
    }

    @Test
    void expected_average_spend_attribute_reads_the_spend_model() {
        CustomerSummary summary = WEEKS.summarize(REGULAR).orElseThrow();

        assertThat(PREDICTIONS.expectedAverageSpend().readDouble(REGULAR, CONTEXT))
                .isEqualTo(SPEND.expectedAverageSpend(summary));
    }

    @Test
    void period_horizon_reads_average_months() {
        CustomerSummary summary = WEEKS.summarize(REGULAR).orElseThrow();

        assertThat(PREDICTIONS.predictedPurchases(Period.ofMonths(3)).readDouble(REGULAR, CONTEXT))
                .isEqualTo(BG.expectedPurchases(3 * 30.436875 / 7, summary));
    }

    @Test
    void attributes_of_equal_models_are_equal() {
        Predictions again = Predictions.of(BgNbdModel.of(0.243, 4.414, 0.793, 2.426, ChronoUnit.WEEKS));

        assertThat(again.predictedPurchases(Duration.ofDays(90)))
                .isEqualTo(PREDICTIONS.predictedPurchases(Duration.ofDays(90)))
                .hasSameHashCodeAs(PREDICTIONS.predictedPurchases(Duration.ofDays(90)));
        assertThat(again.probabilityAlive()).isEqualTo(PREDICTIONS.probabilityAlive());
    }

    @Test
    void attributes_of_different_models_are_not_equal() {
        assertThat(Predictions.of(PARETO).probabilityAlive()).isNotEqualTo(PREDICTIONS.probabilityAlive());
    }

    @Test
    void attributes_of_different_horizons_are_not_equal() {
        assertThat(PREDICTIONS.predictedPurchases(Duration.ofDays(30)))
                .isNotEqualTo(PREDICTIONS.predictedPurchases(Duration.ofDays(90)));
    }

    @Test
    void attributes_are_named_for_what_they_read() {
        assertThat(PREDICTIONS.predictedPurchases(Duration.ofDays(90)).name()).isEqualTo("predicted_purchases");
        assertThat(PREDICTIONS.probabilityAlive().name()).isEqualTo("probability_alive");
        assertThat(PREDICTIONS.predictedClv(ClvHorizon.ofPeriods(4), 1).name()).isEqualTo("predicted_clv");
    }

    @Test
    void undiscounted_clv_is_spend_times_expected_purchases_over_the_horizon() {
        // the increments telescope: sum_k (E[Y(k)] - E[Y(k-1)]) = E[Y(n)]
        double clv = PREDICTIONS.predictedClv(SUMMARY, ClvHorizon.ofPeriods(39), 0.5);

        assertThat(clv)
                .isCloseTo(0.5 * SPEND.expectedAverageSpend(SUMMARY) * BG.expectedPurchases(39, SUMMARY), within(1e-9));
    }

    @Test
    void undiscounted_clv_telescopes_for_the_pareto_model_too() {
        Predictions pareto = Predictions.of(PARETO).withSpend(SPEND);

        assertThat(pareto.predictedClv(SUMMARY, ClvHorizon.ofPeriods(52), 1))
                .isCloseTo(SPEND.expectedAverageSpend(SUMMARY) * PARETO.expectedPurchases(52, SUMMARY), within(1e-9));
    }

    @Test
    void one_period_clv_is_discounted_once_at_the_end_of_the_period() {
        // one month of a model in weeks: t = 30.436875 / 7 weeks, discounted by 1 / 1.01
        ClvHorizon month = ClvHorizon.of(1, ChronoUnit.MONTHS).discountRatePerPeriod(0.01);
        double expected =
                0.3 * SPEND.expectedAverageSpend(SUMMARY) * BG.expectedPurchases(30.436875 / 7, SUMMARY) / 1.01;

        assertThat(PREDICTIONS.predictedClv(SUMMARY, month, 0.3)).isCloseTo(expected, within(1e-12));
    }

    @Test
    void two_period_clv_discounts_each_period_by_its_own_factor() {
        // E1 = E[Y(1)], E2 = E[Y(2)]: (E1 / 1.1 + (E2 - E1) / 1.1^2) * spend
        double e1 = BG.expectedPurchases(1, SUMMARY);
        double e2 = BG.expectedPurchases(2, SUMMARY);
        double expected = SPEND.expectedAverageSpend(SUMMARY) * (e1 / 1.1 + (e2 - e1) / (1.1 * 1.1));

        assertThat(PREDICTIONS.predictedClv(SUMMARY, ClvHorizon.ofPeriods(2).discountRatePerPeriod(0.1), 1))
                .isCloseTo(expected, within(1e-12));
    }

    @Test
    void discounting_never_raises_the_clv() {
        qt().forAll(integers().between(1, 60), doubles().between(0, 0.5)).checkAssert((months, rate) -> {
            ClvHorizon plain = ClvHorizon.of(months, ChronoUnit.MONTHS);
            assertThat(PREDICTIONS.predictedClv(SUMMARY, plain.discountRatePerPeriod(rate), 1))
                    .isLessThanOrEqualTo(PREDICTIONS.predictedClv(SUMMARY, plain, 1));
        });
    }

    @Test
    void a_longer_horizon_never_lowers_the_clv() {
        qt().forAll(integers().between(1, 60), doubles().between(0, 0.5)).checkAssert((months, rate) -> {
            double shorter = PREDICTIONS.predictedClv(
                    SUMMARY, ClvHorizon.of(months, ChronoUnit.MONTHS).discountRatePerPeriod(rate), 1);
            double longer = PREDICTIONS.predictedClv(
                    SUMMARY, ClvHorizon.of(months + 1, ChronoUnit.MONTHS).discountRatePerPeriod(rate), 1);
            assertThat(longer).isGreaterThanOrEqualTo(shorter);
        });
    }

    @Test
    void clv_needs_a_spend_model() {
        assertThatThrownBy(() -> Predictions.of(BG).predictedClv(SUMMARY, ClvHorizon.ofPeriods(4), 1))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no spend model");
    }

    @Test
    void clv_rejects_a_margin_above_one() {
        assertThatThrownBy(() -> PREDICTIONS.predictedClv(ClvHorizon.ofPeriods(4), 1.5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("margin must be in [0, 1] but was 1.5");
    }

    @Test
    void clv_rejects_a_summary_in_another_unit() {
        CustomerSummary days = CustomerSummary.of(2, 200, 270, 20.0, ChronoUnit.DAYS);

        assertThatThrownBy(() -> PREDICTIONS.predictedClv(days, ClvHorizon.ofPeriods(4), 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is in Days");
    }

    @Test
    void a_unit_less_model_cannot_take_a_horizon_with_a_unit() {
        Predictions unitLess =
                Predictions.of(BgNbdModel.of(0.243, 4.414, 0.793, 2.426)).withSpend(SPEND);

        assertThatThrownBy(() -> unitLess.predictedClv(
                        CustomerSummary.of(2, 30.43, 38.86, 22.35), ClvHorizon.of(12, ChronoUnit.MONTHS), 1))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("unit-less periods");
    }

    @Test
    void a_unit_less_model_cannot_be_bound_to_customers() {
        Predictions unitLess = Predictions.of(BgNbdModel.of(0.243, 4.414, 0.793, 2.426));

        assertThatThrownBy(unitLess::probabilityAlive)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("customers cannot be summarised");
    }

    @Test
    void rejects_a_zero_horizon() {
        assertThatThrownBy(() -> PREDICTIONS.predictedPurchases(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("predictedPurchases: horizon must be positive but was PT0S");
    }
}
