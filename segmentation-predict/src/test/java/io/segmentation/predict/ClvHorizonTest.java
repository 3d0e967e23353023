package io.segmentation.predict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

class ClvHorizonTest {

    @Test
    void is_undiscounted_until_a_rate_is_set() {
        ClvHorizon h = ClvHorizon.of(12, ChronoUnit.MONTHS);

        assertThat(h.periods()).isEqualTo(12);
        assertThat(h.unit()).contains(ChronoUnit.MONTHS);
        assertThat(h.ratePerPeriod()).isZero();
    }

    @Test
    void rate_per_period_applies_to_its_own_periods() {
        assertThat(ClvHorizon.of(12, ChronoUnit.MONTHS)
                        .discountRatePerPeriod(0.01)
                        .ratePerPeriod())
                .isEqualTo(0.01);
    }

    @Test
    void discounted_at_converts_the_rate_to_its_unit() {
        // 10% a year over weeks: 1.1^(7/365.2425) - 1
        ClvHorizon h = ClvHorizon.of(52, ChronoUnit.WEEKS).discountedAt(DiscountRate.perYear(0.10));

        assertThat(h.ratePerPeriod()).isCloseTo(Math.pow(1.1, 7 / 365.2425) - 1, within(1e-15));
    }

    @Test
    void periods_of_the_model_have_no_unit() {
        assertThat(ClvHorizon.ofPeriods(39).unit()).isEmpty();
    }

    @Test
    void periods_of_the_model_cannot_convert_a_rate_with_a_unit() {
        assertThatThrownBy(() -> ClvHorizon.ofPeriods(39).discountedAt(DiscountRate.perMonth(0.01)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("a horizon of unit-less periods cannot convert a rate per Months");
    }

    @Test
    void rejects_no_periods() {
        assertThatThrownBy(() -> ClvHorizon.of(0, ChronoUnit.MONTHS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("periods must be between 1 and 100000 but was 0");
    }

    @Test
    void rejects_too_many_periods() {
        assertThatThrownBy(() -> ClvHorizon.ofPeriods(ClvHorizon.MAX_PERIODS + 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("periods must be between 1 and 100000 but was 100001");
    }

    @Test
    void rejects_a_negative_rate() {
        assertThatThrownBy(() -> ClvHorizon.ofPeriods(3).discountRatePerPeriod(-0.1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("discount rate per period must be finite and >= 0 but was -0.1");
    }

    @Test
    void rejects_units_finer_than_days() {
        assertThatThrownBy(() -> ClvHorizon.of(3, ChronoUnit.HOURS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unit must be one of [Days, Weeks, Months, Years] but was Hours");
    }

    @Test
    void equal_values_are_equal() {
        assertThat(ClvHorizon.of(12, ChronoUnit.MONTHS).discountRatePerPeriod(0.01))
                .isEqualTo(ClvHorizon.of(12, ChronoUnit.MONTHS).discountRatePerPeriod(0.01))
                .hasSameHashCodeAs(ClvHorizon.of(12, ChronoUnit.MONTHS).discountRatePerPeriod(0.01))
                .isNotEqualTo(ClvHorizon.of(12, ChronoUnit.MONTHS))
                .hasToString("12 Months at 0.01 per period");
    }
}
