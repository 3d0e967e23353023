package io.segmentation.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class LikelihoodsTest {

    @Test
    void ln_gamma_of_whole_numbers_is_the_log_factorial() {
        // Γ(5) = 4! = 24; Γ(1) = 0! = 1.
        assertThat(Likelihoods.lnGamma(5)).isCloseTo(Math.log(24), within(1e-12));
        assertThat(Likelihoods.lnGamma(1)).isCloseTo(0, within(1e-12));
    }

    @Test
    void ln_gamma_of_a_half_is_half_the_log_of_pi() {
        // Γ(1/2) = √π; below 1/2 the reflection formula applies: Γ(1/4) = 3.6256099082219083.
        assertThat(Likelihoods.lnGamma(0.5)).isCloseTo(0.5 * Math.log(Math.PI), within(1e-12));
        assertThat(Likelihoods.lnGamma(0.25)).isCloseTo(Math.log(3.6256099082219083), within(1e-12));
    }

    @Test
    void bg_nbd_likelihood_of_a_customer_without_repeat_purchases_is_the_alive_term() {
        // x = 0: L = Γ(r)α^r/Γ(r) · Γ(a+b)Γ(b)/(Γ(b)Γ(a+b)) · (α+T)^-r = (α/(α+T))^r; with r = 1, α = 1, T = 1: 1/2.
        PopulationSpec.BgNbd m = new PopulationSpec.BgNbd(1, 1, 1, 1);
        assertThat(Likelihoods.bgNbd(m, 0, 0, 1)).isCloseTo(Math.log(0.5), within(1e-12));
    }

    @Test
    void bg_nbd_likelihood_of_one_repeat_purchase_adds_the_dropout_term() {
        // r = α = a = b = 1, x = 1, t_x = 1, T = 2:
        // A1 = Γ(2)·1/Γ(1) = 1; A2 = Γ(2)Γ(2)/(Γ(1)Γ(3)) = 1/2;
        // A3 = (1/3)^2 = 1/9; A4 = (1/(1+1-1))·(1/2)^2 = 1/4; L = 1/2 · (1/9 + 1/4) = 13/72.
        PopulationSpec.BgNbd m = new PopulationSpec.BgNbd(1, 1, 1, 1);
        assertThat(Likelihoods.bgNbd(m, 1, 1, 2)).isCloseTo(Math.log(13.0 / 72), within(1e-12));
    }

    @Test
    void gamma_gamma_likelihood_of_one_transaction_is_the_compound_density() {
        // p = q = γ = 1, x = 1, m = 1: Γ(2)/(Γ(1)Γ(1)) · 1 · 1^0 · 1 / (1 + 1)^2 = 1/4.
        PopulationSpec.GammaGamma m = new PopulationSpec.GammaGamma(1, 1, 1);
        assertThat(Likelihoods.gammaGamma(m, 1, 1)).isCloseTo(Math.log(0.25), within(1e-12));
    }
}
