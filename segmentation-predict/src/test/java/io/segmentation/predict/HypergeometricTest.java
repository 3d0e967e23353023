package io.segmentation.predict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class HypergeometricTest {

    private static final Offset<Double> CLOSE = within(1e-12);

    @Test
    void is_one_at_zero() {
        assertThat(Hypergeometric.f21(2.5, 3.5, 4.5, 0)).isEqualTo(1.0);
    }

    @Test
    void matches_the_logarithm_identity() {
        // 2F1(1, 1; 2; z) = -ln(1 - z) / z; at z = 0.5: 2 ln 2 = 1.3862943611198906
        assertThat(Hypergeometric.f21(1, 1, 2, 0.5)).isCloseTo(2 * Math.log(2), CLOSE);
    }

    @Test
    void matches_the_arcsine_identity() {
        // 2F1(1/2, 1/2; 3/2; z^2) = arcsin(z) / z; at z = 0.6: asin(0.6) / 0.6
        assertThat(Hypergeometric.f21(0.5, 0.5, 1.5, 0.36)).isCloseTo(Math.asin(0.6) / 0.6, CLOSE);
    }

    @Test
    void matches_the_binomial_identity_through_the_euler_transformation() {
        // 2F1(a, b; b; z) = (1 - z)^-a; a + b - c = a > 0, so the Euler-transformed series is summed
        assertThat(Hypergeometric.f21(3, 2, 2, 0.9)).isCloseTo(Math.pow(0.1, -3), within(1e-9));
    }

    @Test
    void terminates_for_a_negative_integer_numerator() {
        // 2F1(-2, b; c; z) = 1 - 2bz/c + b(b+1)z^2/(c(c+1)); b = 3, c = 4, z = 0.5: 1 - 0.75 + 0.15 = 0.4
        assertThat(Hypergeometric.f21(-2, 3, 4, 0.5)).isCloseTo(0.4, CLOSE);
    }

    @Test
    void converges_close_to_one() {
        // -ln(1 - z)/z at z = 0.999: ln(1000)/0.999
        assertThat(Hypergeometric.f21(1, 1, 2, 0.999)).isCloseTo(Math.log(1000) / 0.999, within(1e-10));
    }

    @Test
    void scaled_equals_the_product() {
        qt().forAll(
                        doubles().between(0.1, 30),
                        doubles().between(0.1, 30),
                        doubles().between(0, 0.95))
                .checkAssert((a, b, z) -> {
                    double c = a + 0.5;
                    double direct = Math.pow(1 - z, a) * Hypergeometric.f21(a, b, c, z);
                    assertThat(Hypergeometric.scaled(a, a, b, c, z)).isCloseTo(direct, within(1e-9 * direct));
                });
    }

    @Test
    void scaled_all_equals_scaled_one_by_one() {
        qt().forAll(
                        doubles().between(0.1, 30),
                        doubles().between(0.1, 30),
                        doubles().between(-0.9, 5))
                .checkAssert((a, b, shift) -> {
                    double c = a + b + shift;
                    double[] z = {0, 0.05, 0.3, 0.6, 0.9};
                    double[] all = new double[z.length];
                    Hypergeometric.scaledAll(a, a, b, c, z, all);
                    for (int k = 0; k < z.length; k++) {
                        double one = Hypergeometric.scaled(a, a, b, c, z[k]);
                        assertThat(all[k]).as("z = %s", z[k]).isCloseTo(one, within(1e-12 * Math.abs(one)));
                    }
                });
    }

    @Test
    void is_symmetric_in_its_numerator_parameters() {
        qt().forAll(
                        doubles().between(0.1, 20),
                        doubles().between(0.1, 20),
                        doubles().between(0, 0.9))
                .checkAssert((a, b, z) -> {
                    double c = 1.5 + a;
                    double ab = Hypergeometric.f21(a, b, c, z);
                    assertThat(Hypergeometric.f21(b, a, c, z)).isCloseTo(ab, within(1e-10 * ab));
                });
    }

    @Test
    void rejects_z_of_one() {
        assertThatThrownBy(() -> Hypergeometric.f21(1, 1, 2, 1))
                .isInstanceOf(ArithmeticException.class)
                .hasMessageContaining("0 <= z < 1");
    }

    @Test
    void rejects_c_at_a_pole() {
        assertThatThrownBy(() -> Hypergeometric.f21(1, 1, -2, 0.5))
                .isInstanceOf(ArithmeticException.class)
                .hasMessageContaining("c is zero or a negative integer");
    }

    @Test
    void says_when_the_series_does_not_converge() {
        assertThatThrownBy(() -> Hypergeometric.f21(1, 1, 2, 1 - 1e-12))
                .isInstanceOf(ArithmeticException.class)
                .hasMessageContaining("did not converge within 1000000 terms");
    }
}
