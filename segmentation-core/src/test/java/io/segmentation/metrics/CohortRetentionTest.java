package io.segmentation.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class CohortRetentionTest {

    @Test
    void rate_is_end_minus_new_over_start() {
        // (950 - 150) / 1000 = 0.8
        assertThat(CohortRetention.rate(1_000, 950, 150)).isEqualTo(0.8);
    }

    @Test
    void rate_may_exceed_one_when_lapsed_customers_return() {
        // (12 - 0) / 10 = 1.2
        assertThat(CohortRetention.rate(10, 12, 0)).isEqualTo(1.2);
    }

    @Test
    void rate_is_zero_when_everyone_at_the_end_is_new() {
        assertThat(CohortRetention.rate(10, 4, 4)).isZero();
    }

    @Test
    void rate_rejects_no_customers_at_the_start() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> CohortRetention.rate(0, 1, 0))
                .withMessage("customersAtStart must be at least 1 but was 0");
    }

    @Test
    void rate_rejects_more_new_customers_than_at_the_end() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> CohortRetention.rate(10, 3, 4))
                .withMessage("newCustomers 4 must not exceed customersAtEnd 3");
    }

    @Test
    void rate_rejects_negative_counts() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> CohortRetention.rate(10, -1, 0))
                .withMessage("customersAtEnd must be at least 0 but was -1");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> CohortRetention.rate(10, 1, -1))
                .withMessage("newCustomers must be at least 0 but was -1");
    }

    @Test
    void value_is_undefined_without_customers_at_the_start() {
        assertThat(new CohortRetention(0, 3, 1).value()).isNaN();
    }

    @Test
    void value_equals_the_rate_of_the_same_counts() {
        assertThat(new CohortRetention(8, 6, 2).value()).isEqualTo(CohortRetention.rate(8, 6, 2));
    }

    @Test
    void unit_is_fraction() {
        assertThat(new CohortRetention(1, 1, 0).unit()).isEqualTo(MetricUnit.FRACTION);
    }

    @Test
    void rejects_negative_customers_at_the_start() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new CohortRetention(-1, 0, 0))
                .withMessage("customersAtStart must be at least 0 but was -1");
    }
}
