package io.segmentation.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PopulationSpecTest {

    @Test
    void defaults_end_at_the_default_as_of_with_three_years_of_cdnow_history() {
        PopulationSpec spec = PopulationSpec.defaults();
        assertThat(spec.asOf()).isEqualTo(TestKit.DEFAULT_AS_OF);
        assertThat(spec.history()).isEqualTo(Duration.ofDays(1_095));
        assertThat(spec.businessShare()).isEqualTo(0.15);
        assertThat(spec.nonBuyerShare()).isEqualTo(0.20);
        assertThat(spec.currency()).isEqualTo("EUR");
        assertThat(spec.purchases()).isEqualTo(new PopulationSpec.BgNbd(0.243, 4.414, 0.793, 2.426));
        assertThat(spec.spend()).isEqualTo(new PopulationSpec.GammaGamma(6.25, 3.74, 15.44));
    }

    @Test
    void defaults_hold_the_cdnow_estimates_when_a_parameter_record_is_initialised_first() throws Exception {
        ClassLoader fresh = new SpecClassesFirst(getClass().getClassLoader());
        Class.forName(PopulationSpec.BgNbd.class.getName(), true, fresh);
        Class<?> spec = Class.forName(PopulationSpec.class.getName(), true, fresh);
        Object defaults = spec.getMethod("defaults").invoke(null);
        assertThat(spec.getMethod("purchases").invoke(defaults)).hasToString(PopulationSpec.BgNbd.CDNOW.toString());
        assertThat(spec.getMethod("spend").invoke(defaults)).hasToString(PopulationSpec.GammaGamma.CDNOW.toString());
    }

    /** Loads {@code PopulationSpec} and its nested classes afresh, so a test can choose which initialises first. */
    private static final class SpecClassesFirst extends ClassLoader {
        SpecClassesFirst(ClassLoader parent) {
            super(parent);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (!name.startsWith(PopulationSpec.class.getName())) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> loaded = findLoadedClass(name);
                if (loaded == null) {
                    String resource = name.replace('.', '/') + ".class";
                    try (InputStream in = getParent().getResourceAsStream(resource)) {
                        if (in == null) {
                            throw new ClassNotFoundException(name);
                        }
                        byte[] bytes = in.readAllBytes();
                        loaded = defineClass(name, bytes, 0, bytes.length);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
                return loaded;
            }
        }
    }

    @Test
    void to_builder_gives_an_equal_spec() {
        PopulationSpec spec = PopulationSpec.builder()
                .asOf(Instant.parse("2030-01-01T00:00:00Z"))
                .history(Duration.ofDays(10))
                .businessShare(1)
                .nonBuyerShare(0)
                .currency("usd")
                .purchases(new PopulationSpec.BgNbd(1, 2, 3, 4))
                .spend(new PopulationSpec.GammaGamma(5, 6, 7))
                .build();
        assertThat(spec.toBuilder().build()).isEqualTo(spec).hasSameHashCodeAs(spec);
        assertThat(spec.currency()).isEqualTo("USD");
        assertThat(spec).isNotEqualTo(PopulationSpec.defaults());
        assertThat(spec.toString()).contains("businessShare=1.0", "USD");
    }

    @Test
    void a_share_outside_zero_to_one_is_rejected() {
        assertThatThrownBy(() -> PopulationSpec.builder().businessShare(1.5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("businessShare must be in [0, 1] but was 1.5");
        assertThatThrownBy(() -> PopulationSpec.builder().nonBuyerShare(-0.1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("nonBuyerShare must be in [0, 1] but was -0.1");
        assertThatThrownBy(() -> PopulationSpec.builder().businessShare(Double.NaN))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_history_shorter_than_a_day_is_rejected() {
        assertThatThrownBy(() -> PopulationSpec.builder().history(Duration.ofHours(23)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("history must be at least one day but was PT23H");
    }

    @Test
    void an_unknown_currency_is_rejected() {
        assertThatThrownBy(() -> PopulationSpec.builder().currency("EURO"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("currency: 'EURO' is not an ISO 4217 code");
    }

    @Test
    void nulls_are_rejected_with_the_argument_name() {
        assertThatThrownBy(() -> PopulationSpec.builder().asOf(null)).hasMessage("asOf");
        assertThatThrownBy(() -> PopulationSpec.builder().purchases(null)).hasMessage("purchases");
        assertThatThrownBy(() -> PopulationSpec.builder().spend(null)).hasMessage("spend");
    }

    @Test
    void model_parameters_must_be_positive_and_finite() {
        assertThatThrownBy(() -> new PopulationSpec.BgNbd(0, 1, 1, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("r must be a positive finite number but was 0.0");
        assertThatThrownBy(() -> new PopulationSpec.GammaGamma(1, 1, Double.POSITIVE_INFINITY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("gamma must be a positive finite number but was Infinity");
    }

    @Test
    void model_means_follow_from_the_parameters() {
        // r / α = 0.243 / 4.414 = 0.05505…; a / (a + b) = 0.793 / 3.219 = 0.24635…
        assertThat(PopulationSpec.BgNbd.CDNOW.meanRatePerWeek()).isCloseTo(0.055052, within(1e-6));
        assertThat(PopulationSpec.BgNbd.CDNOW.meanDropout()).isCloseTo(0.246350, within(1e-6));
        // p γ / (q - 1) = 2 · 3 / (4 - 1) = 2; q ≤ 1 has no finite mean.
        assertThat(new PopulationSpec.GammaGamma(2, 4, 3).meanOrderValue()).isEqualTo(2.0);
        assertThat(new PopulationSpec.GammaGamma(2, 1, 3).meanOrderValue()).isInfinite();
    }
}
