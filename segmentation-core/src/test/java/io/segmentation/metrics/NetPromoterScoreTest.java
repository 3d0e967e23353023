package io.segmentation.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class NetPromoterScoreTest {

    @Test
    void value_is_percent_promoters_minus_percent_detractors() {
        // 100 * (50 - 20) / (50 + 30 + 20) = 30
        assertThat(new NetPromoterScore(50, 30, 20).value()).isEqualTo(30.0);
    }

    @Test
    void value_is_negative_when_detractors_outnumber_promoters() {
        // 100 * (1 - 3) / (1 + 0 + 3) = -50
        assertThat(new NetPromoterScore(1, 0, 3).value()).isEqualTo(-50.0);
    }

    @Test
    void value_reaches_plus_100_with_only_promoters() {
        assertThat(new NetPromoterScore(7, 0, 0).value()).isEqualTo(100.0);
    }

    @Test
    void value_is_undefined_without_responses() {
        assertThat(new NetPromoterScore(0, 0, 0).value()).isNaN();
    }

    @Test
    void responses_is_the_sum_of_the_classes() {
        assertThat(new NetPromoterScore(3, 4, 5).responses()).isEqualTo(12);
    }

    @Test
    void unit_is_score() {
        assertThat(new NetPromoterScore(1, 0, 0).unit()).isEqualTo(MetricUnit.SCORE);
    }

    @Test
    void rejects_negative_counts() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new NetPromoterScore(0, -1, 0))
                .withMessage("passives must be at least 0 but was -1");
    }
}
