package io.segmentation.predict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.Duration;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.hipparchus.analysis.UnivariateFunction;
import org.hipparchus.analysis.integration.IterativeLegendreGaussIntegrator;
import org.hipparchus.special.Beta;
import org.junit.jupiter.api.Test;

class BgNbdModelTest {

    /** CDNOW's published estimates (Fader, Hardie and Lee 2005), here rounded the same way. */
    private static final BgNbdModel CDNOW = BgNbdModel.of(0.243, 4.414, 0.793, 2.426, ChronoUnit.WEEKS);

    private static final BgNbdModel SIMPLE = BgNbdModel.of(2, 3, 1.5, 2.5);

    private static List<CustomerSummary> csv() {
        return Cdnow.summaries().stream().map(Cdnow.Row::summary).toList();
    }

    // Precision matched: r, alpha, a, b to the published 3 decimals, the log-likelihood to its published 1 decimal.
    @Test
    void fit_reproduces_the_published_cdnow_estimates_from_the_summary_csv() {
        BgNbdModel model = BgNbdModel.fit(csv());

        assertThat(model.r()).isCloseTo(0.243, within(0.0005));
        assertThat(model.alpha()).isCloseTo(4.414, within(0.0005));
        assertThat(model.a()).isCloseTo(0.793, within(0.0005));
        assertThat(model.b()).isCloseTo(2.426, within(0.0005));
        assertThat(model.logLikelihood()).isCloseTo(-9582.4, within(0.05));
        assertThat(model.periodUnit()).contains(ChronoUnit.WEEKS);
    }

    @Test
    void fit_reproduces_the_published_cdnow_estimates_from_the_raw_transactions() {
        List<CustomerSummary> summaries =
                new ArrayList<>(CustomerSummarizer.asOf(Cdnow.CALIBRATION_END, ChronoUnit.WEEKS)
                        .summarizeAll(Cdnow.customers())
                        .values());

        BgNbdModel model = BgNbdModel.fit(summaries);

        assertThat(summaries).hasSize(2357);
        assertThat(model.r()).isCloseTo(0.243, within(0.0005));
        assertThat(model.alpha()).isCloseTo(4.414, within(0.0005));
        assertThat(model.a()).isCloseTo(0.793, within(0.0005));
        assertThat(model.b()).isCloseTo(2.426, within(0.0005));
        assertThat(model.logLikelihood()).isCloseTo(-9582.4, within(0.05));
    }

    @Test
    void fitted_log_likelihood_is_the_sum_over_customers() {
        List<CustomerSummary> summaries = csv();
        BgNbdModel model = BgNbdModel.fit(summaries);

        double sum = summaries.stream().mapToDouble(model::logLikelihood).sum();

        assertThat(sum).isCloseTo(model.logLikelihood(), within(1e-6));
    }

    @Test
    void expected_purchases_match_the_published_cdnow_example() {
        // FHL 2005 / Fader-Hardie Excel note: x = 2, t_x = 30.43, T = 38.86, next 39 weeks: 1.226
        CustomerSummary customer = CustomerSummary.of(2, 30.43, 38.86, ChronoUnit.WEEKS);

        assertThat(CDNOW.expectedPurchases(39, customer)).isCloseTo(1.226, within(0.0005));
    }

    @Test
    void probability_alive_is_one_without_repeat_purchases() {
        assertThat(SIMPLE.probabilityAlive(CustomerSummary.of(0, 0, 20))).isEqualTo(1.0);
    }

    @Test
    void probability_alive_follows_the_formula() {
        // x = 1, t_x = 1, T = 5, r = 2, alpha = 3, a = 1.5, b = 2.5:
        // 1 / (1 + a/(b+x-1) * ((alpha+T)/(alpha+t_x))^(r+x)) = 1 / (1 + 0.6 * (8/4)^3) = 1 / 5.8
        assertThat(SIMPLE.probabilityAlive(CustomerSummary.of(1, 1, 5))).isCloseTo(1 / 5.8, within(1e-15));
    }

    @Test
    void log_likelihood_without_repeat_purchases_follows_the_formula() {
        // x = 0: L = B(a, b)/B(a, b) * alpha^r / (alpha+T)^r, so ln L = 2 ln(3/4) for T = 1
        assertThat(SIMPLE.logLikelihood(CustomerSummary.of(0, 0, 1))).isCloseTo(2 * Math.log(0.75), within(1e-14));
    }

    @Test
    void log_likelihood_with_repeat_purchases_follows_the_formula() {
        // x = 1, t_x = 1, T = 2, r = 1, alpha = 1, a = 1, b = 1:
        // Gamma(2)/Gamma(1) * 1 * [B(1, 2)/B(1, 1) * 3^-2 + B(2, 1)/B(1, 1) * 2^-2] = 1/18 + 1/8 = 13/72
        BgNbdModel model = BgNbdModel.of(1, 1, 1, 1);

        assertThat(model.logLikelihood(CustomerSummary.of(1, 1, 2))).isCloseTo(Math.log(13.0 / 72), within(1e-14));
    }

    @Test
    void new_customer_expectation_starts_at_the_mean_purchase_rate() {
        // dE[X(t)]/dt at t = 0 is E[lambda] = r / alpha = 2/3
        double h = 1e-6;

        assertThat(SIMPLE.expectedPurchases(h) / h).isCloseTo(2.0 / 3, within(1e-5));
    }

    @Test
    void new_customer_expectation_agrees_with_integrating_over_the_drop_out_probability() {
        // E[X(t) | lambda, p] = (1 - e^(-lambda p t)) / p; over lambda ~ Gamma(r, alpha): (1 - (alpha/(alpha+pt))^r) /
        // p;
        // then over p ~ Beta(2, 3) numerically (a smooth integrand), independently of the hypergeometric closed form.
        double r = 2;
        double alpha = 3;
        double a = 2;
        double b = 3;
        BgNbdModel model = BgNbdModel.of(r, alpha, a, b);
        for (double t : new double[] {0.5, 5, 50}) {
            UnivariateFunction density = p -> (1 - Math.pow(alpha / (alpha + p * t), r))
                    / p
                    * Math.exp((a - 1) * Math.log(p) + (b - 1) * Math.log1p(-p) - Beta.logBeta(a, b));
            double expected = new IterativeLegendreGaussIntegrator(16, 1e-12, 1e-300).integrate(100_000, density, 0, 1);

            assertThat(model.expectedPurchases(t)).as("t = %s", t).isCloseTo(expected, within(1e-9));
        }
    }

    @Test
    void conditional_expectation_of_a_customer_just_acquired_is_the_new_customer_expectation() {
        qt().forAll(doubles().between(0, 200))
                .checkAssert(t -> assertThat(SIMPLE.expectedPurchases(t, CustomerSummary.of(0, 0, 0)))
                        .isCloseTo(SIMPLE.expectedPurchases(t), within(1e-9 * (1 + t))));
    }

    @Test
    void expected_purchases_are_zero_at_zero() {
        assertThat(CDNOW.expectedPurchases(0, CustomerSummary.of(3, 10, 30, ChronoUnit.WEEKS)))
                .isZero();
        assertThat(CDNOW.expectedPurchases(0)).isZero();
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
    void a_later_last_purchase_makes_a_customer_more_likely_alive() {
        CustomerSummary early = CustomerSummary.of(3, 5, 38, ChronoUnit.WEEKS);
        CustomerSummary late = CustomerSummary.of(3, 35, 38, ChronoUnit.WEEKS);

        assertThat(CDNOW.probabilityAlive(late)).isGreaterThan(CDNOW.probabilityAlive(early));
    }

    @Test
    void duration_horizon_equals_the_periods_form() {
        CustomerSummary s = CustomerSummary.of(2, 30.43, 38.86, ChronoUnit.WEEKS);

        // 90 days are 90/7 weeks
        assertThat(CDNOW.expectedPurchases(Duration.ofDays(90), s)).isEqualTo(CDNOW.expectedPurchases(90.0 / 7, s));
        assertThat(CDNOW.expectedPurchases(Duration.ofDays(90))).isEqualTo(CDNOW.expectedPurchases(90.0 / 7));
    }

    @Test
    void period_horizon_counts_average_months() {
        CustomerSummary s = CustomerSummary.of(2, 30.43, 38.86, ChronoUnit.WEEKS);

        // 3 months are 3 * 30.436875 / 7 weeks
        assertThat(CDNOW.expectedPurchases(Period.ofMonths(3), s))
                .isCloseTo(CDNOW.expectedPurchases(3 * 30.436875 / 7, s), within(1e-12));
    }

    @Test
    void is_continuous_at_a_equal_to_one() {
        CustomerSummary s = CustomerSummary.of(2, 5, 10);
        double atOne = BgNbdModel.of(0.5, 4, 1, 2).expectedPurchases(10, s);
        double below = BgNbdModel.of(0.5, 4, 0.999, 2).expectedPurchases(10, s);
        double above = BgNbdModel.of(0.5, 4, 1.001, 2).expectedPurchases(10, s);

        assertThat(atOne).isBetween(Math.min(below, above), Math.max(below, above));
        assertThat(BgNbdModel.of(0.5, 4, 1, 2).expectedPurchases(10))
                .isCloseTo(BgNbdModel.of(0.5, 4, 1.001, 2).expectedPurchases(10), within(1e-2));
    }

    @Test
    void fit_rejects_no_summaries() {
        assertThatThrownBy(() -> BgNbdModel.fit(List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("BgNbdModel.fit needs at least one summary but got none");
    }

    @Test
    void fit_rejects_mixed_units_naming_the_first_mismatch() {
        List<CustomerSummary> mixed = List.of(
                CustomerSummary.of(1, 2, 10, ChronoUnit.WEEKS),
                CustomerSummary.of(0, 0, 10, ChronoUnit.WEEKS),
                CustomerSummary.of(1, 2, 70, ChronoUnit.DAYS),
                CustomerSummary.of(1, 2, 70));

        assertThatThrownBy(() -> BgNbdModel.fit(mixed))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("BgNbdModel.fit: summaries mix units: summary 0 is in Weeks but summary 2 is in Days");
    }

    @Test
    void fit_rejects_a_null_summary() {
        List<CustomerSummary> withNull = new ArrayList<>();
        withNull.add(CustomerSummary.of(1, 2, 10));
        withNull.add(null);

        assertThatThrownBy(() -> BgNbdModel.fit(withNull))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("BgNbdModel.fit: summary 1 is null");
    }

    @Test
    void fit_of_unit_less_summaries_has_no_unit() {
        BgNbdModel model = BgNbdModel.fit(
                List.of(CustomerSummary.of(1, 2, 10), CustomerSummary.of(0, 0, 10), CustomerSummary.of(3, 8, 9)));

        assertThat(model.periodUnit()).isEmpty();
    }

    @Test
    void rejects_a_summary_in_another_unit() {
        assertThatThrownBy(() -> CDNOW.probabilityAlive(CustomerSummary.of(2, 30, 200, ChronoUnit.DAYS)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is in Weeks but the summary")
                .hasMessageContaining("is in Days");
    }

    @Test
    void rejects_a_unit_less_summary_for_a_model_with_a_unit() {
        assertThatThrownBy(() -> CDNOW.expectedPurchases(10, CustomerSummary.of(2, 30, 38)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is in unit-less periods");
    }

    @Test
    void rejects_a_negative_horizon() {
        assertThatThrownBy(() -> SIMPLE.expectedPurchases(-1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("BgNbdModel: t must be finite and >= 0 but was -1.0");
    }

    @Test
    void rejects_a_non_finite_horizon() {
        assertThatThrownBy(() -> SIMPLE.expectedPurchases(Double.NaN, CustomerSummary.of(0, 0, 1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("BgNbdModel: t must be finite and >= 0 but was NaN");
    }

    @Test
    void duration_needs_a_unit() {
        assertThatThrownBy(() -> SIMPLE.expectedPurchases(Duration.ofDays(90)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("counts time in unit-less periods");
    }

    @Test
    void given_parameters_have_no_fitted_log_likelihood() {
        assertThatThrownBy(SIMPLE::logLikelihood)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not fitted");
    }

    @Test
    void rejects_non_positive_parameters() {
        assertThatThrownBy(() -> BgNbdModel.of(0.2, 0, 1, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("BgNbdModel: alpha must be finite and > 0 but was 0.0");
    }

    @Test
    void equal_parameters_and_unit_are_equal() {
        assertThat(BgNbdModel.of(1, 2, 3, 4, ChronoUnit.DAYS))
                .isEqualTo(BgNbdModel.of(1, 2, 3, 4, ChronoUnit.DAYS))
                .hasSameHashCodeAs(BgNbdModel.of(1, 2, 3, 4, ChronoUnit.DAYS))
                .isNotEqualTo(BgNbdModel.of(1, 2, 3, 4, ChronoUnit.WEEKS));
    }
}
