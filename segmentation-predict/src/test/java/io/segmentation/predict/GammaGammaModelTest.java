package io.segmentation.predict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

class GammaGammaModelTest {

    private static final GammaGammaModel SIMPLE = GammaGammaModel.of(6, 4, 15);

    // From the CSV, whose mean spends are rounded to cents: p and q to the published 2 decimals; gamma comes out
    // 15.448, within 0.01 of the published 15.44 (the data README notes the rounding moves the fourth digit).
    @Test
    void fit_reproduces_the_published_cdnow_estimates_from_the_summary_csv() {
        List<CustomerSummary> repeaters = GammaGammaModel.repeaters(
                Cdnow.summariesWithSpend().stream().map(Cdnow.Row::summary).toList());

        GammaGammaModel model = GammaGammaModel.fit(repeaters);

        assertThat(repeaters).hasSize(946);
        assertThat(model.p()).isCloseTo(6.25, within(0.005));
        assertThat(model.q()).isCloseTo(3.74, within(0.005));
        assertThat(model.gamma()).isCloseTo(15.44, within(0.01));
    }

    // From the raw transactions, with exact mean spends: all three to the published 2 decimals.
    @Test
    void fit_reproduces_the_published_cdnow_estimates_from_the_raw_transactions() {
        List<CustomerSummary> repeaters =
                GammaGammaModel.repeaters(CustomerSummarizer.asOf(Cdnow.CALIBRATION_END, ChronoUnit.WEEKS)
                        .summarizeAll(Cdnow.customers())
                        .values());

        GammaGammaModel model = GammaGammaModel.fit(repeaters);

        assertThat(model.p()).isCloseTo(6.25, within(0.005));
        assertThat(model.q()).isCloseTo(3.74, within(0.005));
        assertThat(model.gamma()).isCloseTo(15.44, within(0.005));
    }

    @Test
    void population_mean_is_p_gamma_over_q_minus_one() {
        // 6 * 15 / (4 - 1) = 30
        assertThat(SIMPLE.expectedAverageSpend()).isCloseTo(30, within(1e-12));
    }

    @Test
    void expected_spend_shrinks_the_customer_mean_towards_the_population_mean() {
        // p (gamma + x zbar) / (p x + q - 1) = 6 * (15 + 2 * 20) / (12 + 3) = 330 / 15 = 22
        assertThat(SIMPLE.expectedAverageSpend(CustomerSummary.of(2, 5, 10, 20.0)))
                .isCloseTo(22, within(1e-12));
    }

    @Test
    void a_customer_without_repeat_purchases_gets_the_population_mean() {
        assertThat(SIMPLE.expectedAverageSpend(CustomerSummary.of(0, 0, 10))).isCloseTo(30, within(1e-12));
    }

    @Test
    void log_likelihood_follows_the_formula() {
        // p = q = gamma = 1, x = 1, zbar = 1: Gamma(2)/(Gamma(1) Gamma(1)) * 1^1 * 1^0 * 1^1 / (1 + 1)^2 = 1/4
        GammaGammaModel ones = GammaGammaModel.of(1, 1, 1);

        assertThat(ones.logLikelihood(CustomerSummary.of(1, 1, 2, 1.0))).isCloseTo(Math.log(0.25), within(1e-14));
    }

    @Test
    void repeaters_keeps_repeat_buyers_with_spend() {
        CustomerSummary repeater = CustomerSummary.of(2, 5, 10, 20.0);
        List<CustomerSummary> all = List.of(
                CustomerSummary.of(0, 0, 10, 0.0),
                repeater,
                CustomerSummary.of(1, 5, 10),
                CustomerSummary.of(1, 5, 10, 0.0));

        assertThat(GammaGammaModel.repeaters(all)).containsExactly(repeater);
    }

    @Test
    void fit_rejects_customers_without_repeat_purchases() {
        assertThatThrownBy(() -> GammaGammaModel.fit(
                        List.of(CustomerSummary.of(2, 5, 10, 20.0), CustomerSummary.of(0, 0, 10, 0.0))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("summary 1 has frequency 0");
    }

    @Test
    void fit_rejects_customers_without_spend() {
        assertThatThrownBy(() -> GammaGammaModel.fit(List.of(CustomerSummary.of(2, 5, 10))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("GammaGammaModel.fit needs a positive mean repeat spend, but summary 0 has none");
    }

    @Test
    void fit_rejects_zero_spend() {
        assertThatThrownBy(() -> GammaGammaModel.fit(List.of(CustomerSummary.of(2, 5, 10, 0.0))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("GammaGammaModel.fit needs a positive mean repeat spend, but summary 0 has 0.0");
    }

    @Test
    void fit_rejects_no_summaries() {
        assertThatThrownBy(() -> GammaGammaModel.fit(List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("GammaGammaModel.fit needs at least one summary but got none");
    }

    @Test
    void expected_spend_needs_a_mean_for_repeat_buyers() {
        assertThatThrownBy(() -> SIMPLE.expectedAverageSpend(CustomerSummary.of(2, 5, 10)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("needs a mean repeat spend");
    }

    @Test
    void expected_spend_is_infinite_for_q_at_most_one() {
        assertThatThrownBy(() -> GammaGammaModel.of(6, 1, 15).expectedAverageSpend())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("infinite when q <= 1");
    }

    @Test
    void rejects_non_positive_parameters() {
        assertThatThrownBy(() -> GammaGammaModel.of(6, 4, Double.POSITIVE_INFINITY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("GammaGammaModel: gamma must be finite and > 0 but was Infinity");
    }

    @Test
    void equal_parameters_are_equal() {
        assertThat(GammaGammaModel.of(1, 2, 3))
                .isEqualTo(GammaGammaModel.of(1, 2, 3))
                .hasSameHashCodeAs(GammaGammaModel.of(1, 2, 3))
                .isNotEqualTo(GammaGammaModel.of(1, 2, 4));
    }
}
