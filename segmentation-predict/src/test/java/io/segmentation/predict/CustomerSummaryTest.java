package io.segmentation.predict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class CustomerSummaryTest {

    @Test
    void keeps_its_values() {
        CustomerSummary s = CustomerSummary.of(2, 30.43, 38.86, 22.35, ChronoUnit.WEEKS);

        assertThat(s.frequency()).isEqualTo(2);
        assertThat(s.recency()).isEqualTo(30.43);
        assertThat(s.age()).isEqualTo(38.86);
        assertThat(s.meanRepeatSpend()).isEqualTo(OptionalDouble.of(22.35));
        assertThat(s.unit()).contains(ChronoUnit.WEEKS);
        assertThat(s.isRepeatBuyer()).isTrue();
    }

    @Test
    void without_unit_counts_unit_less_periods() {
        assertThat(CustomerSummary.of(0, 0, 27).unit()).isEqualTo(Optional.empty());
    }

    @Test
    void without_spend_has_no_mean_repeat_spend() {
        assertThat(CustomerSummary.of(2, 30.43, 38.86, ChronoUnit.WEEKS).meanRepeatSpend())
                .isEqualTo(OptionalDouble.empty());
    }

    @Test
    void allows_recency_equal_to_age() {
        assertThat(CustomerSummary.of(1, 5, 5).recency()).isEqualTo(5.0);
    }

    @Test
    void allows_zero_age() {
        assertThat(CustomerSummary.of(0, 0, 0).age()).isZero();
    }

    @Test
    void rejects_negative_frequency() {
        assertThatThrownBy(() -> CustomerSummary.of(-1, 0, 10))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("frequency must not be negative but was -1");
    }

    @Test
    void rejects_recency_after_age() {
        assertThatThrownBy(() -> CustomerSummary.of(2, 10.5, 10))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("recency 10.5 must not exceed T 10.0");
    }

    @Test
    void rejects_recency_without_repeat_purchases() {
        assertThatThrownBy(() -> CustomerSummary.of(0, 3, 10))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("recency must be 0 when frequency is 0 (no repeat purchase) but was 3.0");
    }

    @Test
    void rejects_negative_recency() {
        assertThatThrownBy(() -> CustomerSummary.of(1, -1, 10))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("recency must be finite and >= 0 but was -1.0");
    }

    @Test
    void rejects_non_finite_age() {
        assertThatThrownBy(() -> CustomerSummary.of(1, 1, Double.POSITIVE_INFINITY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("T must be finite and >= 0 but was Infinity");
    }

    @Test
    void rejects_nan_recency() {
        assertThatThrownBy(() -> CustomerSummary.of(1, Double.NaN, 10))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("recency must be finite and >= 0 but was NaN");
    }

    @Test
    void rejects_nan_spend() {
        assertThatThrownBy(() -> CustomerSummary.of(1, 1, 10, Double.NaN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("meanRepeatSpend must not be NaN");
    }

    @Test
    void rejects_negative_spend() {
        assertThatThrownBy(() -> CustomerSummary.of(1, 1, 10, -5.0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("meanRepeatSpend must be finite and >= 0 but was -5.0");
    }

    @Test
    void rejects_spend_without_repeat_purchases() {
        assertThatThrownBy(() -> CustomerSummary.of(0, 0, 10, 12.5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("meanRepeatSpend must be 0 when frequency is 0");
    }

    @Test
    void accepts_zero_spend_without_repeat_purchases() {
        assertThat(CustomerSummary.of(0, 0, 10, 0.0).meanRepeatSpend()).isEqualTo(OptionalDouble.of(0));
    }

    @Test
    void rejects_units_other_than_days_weeks_months() {
        assertThatThrownBy(() -> CustomerSummary.of(1, 1, 10, ChronoUnit.HOURS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unit must be one of [Days, Weeks, Months] but was Hours");
    }

    @Test
    void rejects_null_unit() {
        assertThatThrownBy(() -> CustomerSummary.of(1, 1, 10, (ChronoUnit) null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("unit");
    }

    @Test
    void equal_values_are_equal() {
        CustomerSummary a = CustomerSummary.of(2, 3, 10, 5.0, ChronoUnit.DAYS);
        CustomerSummary b = CustomerSummary.of(2, 3, 10, 5.0, ChronoUnit.DAYS);

        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    }

    @Test
    void different_units_are_not_equal() {
        assertThat(CustomerSummary.of(2, 3, 10, ChronoUnit.DAYS)).isNotEqualTo(CustomerSummary.of(2, 3, 10));
    }

    @Test
    void different_spend_is_not_equal() {
        assertThat(CustomerSummary.of(2, 3, 10, 5.0)).isNotEqualTo(CustomerSummary.of(2, 3, 10));
    }

    @Test
    void prints_its_values() {
        assertThat(CustomerSummary.of(2, 3, 10, 5.0, ChronoUnit.WEEKS))
                .hasToString("CustomerSummary[x=2, t_x=3.0, T=10.0, meanRepeatSpend=5.0, unit=Weeks]");
    }
}
