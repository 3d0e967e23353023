package io.segmentation.predict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.hipparchus.analysis.UnivariateFunction;
import org.hipparchus.analysis.integration.IterativeLegendreGaussIntegrator;
import org.hipparchus.special.Gamma;
import org.junit.jupiter.api.Test;

class ParetoNbdModelTest {

    /** CDNOW's published estimates (Fader, Hardie and Lee 2005). */
    private static final ParetoNbdModel CDNOW = ParetoNbdModel.of(0.55, 10.58, 0.61, 11.67, ChronoUnit.WEEKS);

    private static final ParetoNbdModel ONES = ParetoNbdModel.of(1, 1, 1, 1);

    // Precision matched: r, alpha, s, beta to the published 2 decimals; the log-likelihood -9595.0 to 1 decimal.
    @Test
    void fit_reproduces_the_published_cdnow_estimates_from_the_summary_csv() {
        ParetoNbdModel model = ParetoNbdModel.fit(
                Cdnow.summaries().stream().map(Cdnow.Row::summary).toList());

        assertThat(model.r()).isCloseTo(0.55, within(0.005));
        assertThat(model.alpha()).isCloseTo(10.58, within(0.005));
        assertThat(model.s()).isCloseTo(0.61, within(0.005));
        assertThat(model.beta()).isCloseTo(11.67, within(0.005));
        assertThat(model.logLikelihood()).isCloseTo(-9595.0, within(0.05));
    }

    @Test
    void fit_reproduces_the_published_cdnow_estimates_from_the_raw_transactions() {
        List<CustomerSummary> summaries =
                new ArrayList<>(CustomerSummarizer.asOf(Cdnow.CALIBRATION_END, ChronoUnit.WEEKS)
                        .summarizeAll(Cdnow.customers())
                        .values());

        ParetoNbdModel model = ParetoNbdModel.fit(summaries);

        assertThat(model.r()).isCloseTo(0.55, within(0.005));
        assertThat(model.alpha()).isCloseTo(10.58, within(0.005));
        assertThat(model.s()).isCloseTo(0.61, within(0.005));
        assertThat(model.beta()).isCloseTo(11.67, within(0.005));
        assertThat(model.logLikelihood()).isCloseTo(-9595.0, within(0.05));
    }

    @Test
    void log_likelihood_follows_the_formula() {
        // r = s = alpha = beta = 1, x = 0, t_x = 0, T = 1; alpha = beta so 2F1(...; 0) = 1 and
        // A0 = 1/alpha^2 - 1/(alpha+T)^2 = 3/4; L = 1 * [1/((1+1)(1+1)) + 1/2 * 3/4] = 1/4 + 3/8 = 5/8
        assertThat(ONES.logLikelihood(CustomerSummary.of(0, 0, 1))).isCloseTo(Math.log(5.0 / 8), within(1e-14));
    }

    @Test
    void probability_alive_follows_the_formula() {
        // same customer: 1 / (1 + s/(r+s+x) * (alpha+T)^(r+x) (beta+T)^s * A0) = 1 / (1 + 1/2 * 2 * 2 * 3/4) = 0.4
        assertThat(ONES.probabilityAlive(CustomerSummary.of(0, 0, 1))).isCloseTo(0.4, within(1e-15));
    }

    @Test
    void expected_purchases_at_s_equal_to_one_take_the_limit() {
        // (r+x)(beta+T)/(alpha+T) * ln((beta+T+t)/(beta+T)) * P(alive) = 2/2 * ln(3/2) * 0.4 for T = 1, t = 1
        assertThat(ONES.expectedPurchases(1, CustomerSummary.of(0, 0, 1)))
                .isCloseTo(Math.log(1.5) * 0.4, within(1e-15));
    }

    @Test
    void new_customer_expectation_follows_the_formula() {
        // r beta / (alpha (s-1)) * [1 - (beta/(beta+t))^(s-1)] = 1 * (1 - 1/2) = 0.5 for r = alpha = beta = 1, s = 2, t
        // = 1
        assertThat(ParetoNbdModel.of(1, 1, 2, 1).expectedPurchases(1)).isCloseTo(0.5, within(1e-15));
    }

    @Test
    void new_customer_expectation_starts_at_the_mean_purchase_rate() {
        // dE[X(t)]/dt at t = 0 is r / alpha
        double h = 1e-6;

        assertThat(CDNOW.expectedPurchases(h) / h).isCloseTo(0.55 / 10.58, within(1e-6));
    }

    @Test
    void is_continuous_where_alpha_crosses_beta() {
        CustomerSummary s = CustomerSummary.of(3, 20, 38);
        ParetoNbdModel below = ParetoNbdModel.of(0.5, 10 - 1e-7, 0.6, 10);
        ParetoNbdModel above = ParetoNbdModel.of(0.5, 10 + 1e-7, 0.6, 10);

        assertThat(below.logLikelihood(s)).isCloseTo(above.logLikelihood(s), within(1e-6));
        assertThat(below.probabilityAlive(s)).isCloseTo(above.probabilityAlive(s), within(1e-6));
    }

    @Test
    void log_likelihood_agrees_with_integrating_over_the_time_of_death_in_both_cases_of_a0() {
        // The A0 term is the chance of dying at tau in (t_x, T]: s/(r+s+x) A0 = integral over tau of
        // s (alpha+tau)^-(r+x) (beta+tau)^-(s+1); checked numerically for alpha > beta and alpha < beta.
        CustomerSummary c = CustomerSummary.of(4, 12, 38);
        double r = 0.55;
        double s = 0.61;
        for (double[] scales : new double[][] {{10.58, 3.2}, {2.5, 11.67}, {40, 1}, {1, 40}}) {
            double alpha = scales[0];
            double beta = scales[1];
            double x = c.frequency();
            UnivariateFunction dying = tau -> s * Math.pow(alpha + tau, -(r + x)) * Math.pow(beta + tau, -(s + 1));
            double integral = new IterativeLegendreGaussIntegrator(16, 1e-13, 1e-300)
                    .integrate(10_000, dying, c.recency(), c.age());
            double alive = Math.pow(alpha + c.age(), -(r + x)) * Math.pow(beta + c.age(), -s);
            double expected = Gamma.logGamma(r + x)
                    - Gamma.logGamma(r)
                    + r * Math.log(alpha)
                    + s * Math.log(beta)
                    + Math.log(alive + integral);

            assertThat(ParetoNbdModel.of(r, alpha, s, beta).logLikelihood(c))
                    .as("alpha %s, beta %s", alpha, beta)
                    .isCloseTo(expected, within(1e-9));
        }
    }

    @Test
    void conditional_expectation_of_a_customer_just_acquired_is_the_new_customer_expectation() {
        qt().forAll(doubles().between(0, 200))
                .checkAssert(t -> assertThat(CDNOW.expectedPurchases(t, CustomerSummary.of(0, 0, 0, ChronoUnit.WEEKS)))
                        .isCloseTo(CDNOW.expectedPurchases(t), within(1e-9 * (1 + t))));
    }

    @Test
    void expected_purchases_increase_with_the_horizon() {
        qt().forAll(
                        integers().between(0, 30),
                        doubles().between(0, 1),
                        doubles().between(0, 200),
                        doubles().between(0.01, 100))
                .checkAssert((x, share, t, dt) -> {
                    CustomerSummary s = CustomerSummary.of(x, x == 0 ? 0 : 38 * share, 38, ChronoUnit.WEEKS);
                    assertThat(CDNOW.expectedPurchases(t + dt, s)).isGreaterThan(CDNOW.expectedPurchases(t, s));
                });
    }

    @Test
    void probability_alive_is_a_probability() {
        qt().forAll(
                        integers().between(0, 60),
                        doubles().between(0, 1),
                        doubles().between(0, 500))
                .checkAssert((x, share, age) -> {
                    CustomerSummary s = CustomerSummary.of(x, x == 0 ? 0 : age * share, age, ChronoUnit.WEEKS);
                    assertThat(CDNOW.probabilityAlive(s)).isBetween(0.0, 1.0);
                });
    }

    @Test
    void duration_horizon_equals_the_periods_form() {
        CustomerSummary s = CustomerSummary.of(2, 30.43, 38.86, ChronoUnit.WEEKS);

        assertThat(CDNOW.expectedPurchases(Duration.ofDays(90), s)).isEqualTo(CDNOW.expectedPurchases(90.0 / 7, s));
    }

    @Test
    void fit_rejects_no_summaries() {
        assertThatThrownBy(() -> ParetoNbdModel.fit(List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("ParetoNbdModel.fit needs at least one summary but got none");
    }

    @Test
    void rejects_a_summary_in_another_unit() {
        assertThatThrownBy(() -> CDNOW.probabilityAlive(CustomerSummary.of(2, 30, 200, ChronoUnit.DAYS)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is in Weeks but the summary");
    }

    @Test
    void rejects_non_positive_parameters() {
        assertThatThrownBy(() -> ParetoNbdModel.of(0.5, 10, -0.6, 11))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("ParetoNbdModel: s must be finite and > 0 but was -0.6");
    }

    @Test
    void equal_parameters_and_unit_are_equal() {
        assertThat(ParetoNbdModel.of(1, 2, 3, 4))
                .isEqualTo(ParetoNbdModel.of(1, 2, 3, 4))
                .hasSameHashCodeAs(ParetoNbdModel.of(1, 2, 3, 4))
                .isNotEqualTo(ParetoNbdModel.of(1, 2, 3, 5));
    }
}
