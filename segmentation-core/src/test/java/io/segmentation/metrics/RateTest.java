package io.segmentation.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class RateTest {

    @Test
    void value_is_numerator_per_denominator() {
        // 2350 orders / 1000 customers = 2.35
        assertThat(new Rate(2_350, 1_000).value()).isEqualTo(2.35);
    }

    @Test
    void value_may_exceed_one() {
        assertThat(new Rate(7, 2).value()).isEqualTo(3.5);
    }

    @Test
    void value_is_undefined_over_nobody() {
        assertThat(new Rate(0, 0).value()).isNaN();
    }

    @Test
    void unit_is_rate() {
        assertThat(new Rate(1, 1).unit()).isEqualTo(MetricUnit.RATE);
    }

    @Test
    void rejects_a_numerator_that_is_not_finite() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Rate(Double.NaN, 1))
                .withMessage("numerator must be finite but was NaN");
    }

    @Test
    void rejects_a_negative_denominator() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Rate(1, -2))
                .withMessage("denominator must be at least 0 but was -2");
    }
}
