package io.segmentation.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Test;

class RatioTest {

    @Test
    void value_is_numerator_over_denominator() {
        // 412 / 1000 = 0.412
        assertThat(new Ratio(412, 1_000).value()).isEqualTo(0.412);
    }

    @Test
    void value_is_undefined_over_an_empty_group() {
        Ratio empty = new Ratio(0, 0);

        assertThat(empty.value()).isNaN();
        assertThat(empty.isDefined()).isFalse();
    }

    @Test
    void numerator_may_equal_the_denominator() {
        assertThat(new Ratio(5, 5).value()).isEqualTo(1.0);
    }

    @Test
    void unit_is_fraction() {
        assertThat(new Ratio(1, 2).unit()).isEqualTo(MetricUnit.FRACTION);
    }

    @Test
    void complement_counts_the_rest_of_the_group() {
        // (1000 - 412) / 1000 = 0.588
        assertThat(new Ratio(412, 1_000).complement()).isEqualTo(new Ratio(588, 1_000));
    }

    @Test
    void complement_of_an_empty_group_is_empty() {
        assertThat(new Ratio(0, 0).complement()).isEqualTo(new Ratio(0, 0));
    }

    @Test
    void rejects_a_numerator_above_the_denominator() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Ratio(3, 2))
                .withMessage("numerator must be between 0 and the denominator 2 but was 3");
    }

    @Test
    void rejects_a_negative_numerator() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Ratio(-1, 2))
                .withMessage("numerator must be between 0 and the denominator 2 but was -1");
    }

    @Test
    void rejects_a_negative_denominator() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Ratio(0, -1))
                .withMessage("denominator must be at least 0 but was -1");
    }

    @Test
    void equality_is_by_numerator_and_denominator() {
        new EqualsTester()
                .addEqualityGroup(new Ratio(1, 2), new Ratio(1, 2))
                .addEqualityGroup(new Ratio(2, 4))
                .addEqualityGroup(new Ratio(1, 3))
                .testEquals();
    }
}
