package io.segmentation.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class CountTest {

    @Test
    void value_is_the_count() {
        assertThat(new Count(412).value()).isEqualTo(412.0);
    }

    @Test
    void zero_is_defined() {
        assertThat(new Count(0).isDefined()).isTrue();
    }

    @Test
    void unit_is_count() {
        assertThat(new Count(1).unit()).isEqualTo(MetricUnit.COUNT);
    }

    @Test
    void rejects_a_negative_count() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Count(-1))
                .withMessage("count must be at least 0 but was -1");
    }
}
