package io.segmentation.predict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.segmentation.EvaluationContext;
import io.segmentation.customer.Customer;
import io.segmentation.customer.Order;
import io.segmentation.metrics.Money;
import io.segmentation.metrics.Rate;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

class PredictiveMetricsTest {

    private static final Instant NOW = Instant.parse("2026-06-30T12:00:00Z");
    private static final EvaluationContext CONTEXT = EvaluationContext.asOf(NOW);
    private static final Predictions PREDICTIONS = Predictions.of(
                    BgNbdModel.of(0.243, 4.414, 0.793, 2.426, ChronoUnit.WEEKS))
            .withSpend(GammaGammaModel.of(6.25, 3.74, 15.44));
    private static final ClvHorizon YEAR = ClvHorizon.of(12, ChronoUnit.MONTHS).discountRatePerPeriod(0.01);

    private static final Customer REGULAR = customer("regular", "2026-01-05", 14, 13);
    private static final Customer LAPSED = customer("lapsed", "2026-01-02", 7, 3);
    private static final Customer NEVER = Customer.builder("never").build();

    private static Customer customer(String id, String first, int everyDays, int count) {
        Customer.Builder builder = Customer.builder(id);
        LocalDate day = LocalDate.parse(first);
        for (int i = 0; i < count; i++) {
            builder.order(Order.builder(
                            id + "-" + i,
                            day.plusDays((long) i * everyDays)
                                    .atStartOfDay(ZoneOffset.UTC)
                                    .toInstant(),
                            new BigDecimal("30.00"))
                    .build());
        }
        return builder.build();
    }

    @Test
    void predicted_clv_is_the_mean_over_members_with_orders() {
        double regular = PREDICTIONS.predictedClv(YEAR, 0.5).readDouble(REGULAR, CONTEXT);
        double lapsed = PREDICTIONS.predictedClv(YEAR, 0.5).readDouble(LAPSED, CONTEXT);

        Money mean = PredictiveMetrics.predictedClv(PREDICTIONS, YEAR, 0.5)
                .calculate(List.of(REGULAR, LAPSED, NEVER), CONTEXT);

        // NEVER has no orders, so no prediction: (regular + lapsed) / 2
        assertThat(mean.count()).hasValue(2);
        assertThat(mean.value()).isCloseTo((regular + lapsed) / 2, within(1e-9));
    }

    @Test
    void predicted_purchases_and_probability_alive_average_the_attributes() {
        Rate purchases = PredictiveMetrics.predictedPurchases(PREDICTIONS, Duration.ofDays(90))
                .calculate(List.of(REGULAR, LAPSED), CONTEXT);
        Rate alive = PredictiveMetrics.probabilityAlive(PREDICTIONS).calculate(List.of(REGULAR, LAPSED), CONTEXT);

        double expectedPurchases = (PREDICTIONS
                                .predictedPurchases(Duration.ofDays(90))
                                .readDouble(REGULAR, CONTEXT)
                        + PREDICTIONS.predictedPurchases(Duration.ofDays(90)).readDouble(LAPSED, CONTEXT))
                / 2;
        assertThat(purchases.value()).isCloseTo(expectedPurchases, within(1e-12));
        assertThat(alive.denominator()).isEqualTo(2);
        assertThat(alive.value()).isBetween(0.0, 1.0);
    }

    @Test
    void nobody_predictable_gives_an_undefined_figure() {
        Rate alive = PredictiveMetrics.probabilityAlive(PREDICTIONS).calculate(List.of(NEVER), CONTEXT);

        assertThat(alive.isDefined()).isFalse();
    }

    @Test
    void calculators_are_named_for_report_columns() {
        assertThat(PredictiveMetrics.predictedClv(PREDICTIONS, YEAR, 1.0).name())
                .isEqualTo("Predicted CLV");
        assertThat(PredictiveMetrics.predictedPurchases(PREDICTIONS, Duration.ofDays(90))
                        .name())
                .isEqualTo("Predicted purchases 90d");
        assertThat(PredictiveMetrics.probabilityAlive(PREDICTIONS).name()).isEqualTo("P(alive)");
    }
}
