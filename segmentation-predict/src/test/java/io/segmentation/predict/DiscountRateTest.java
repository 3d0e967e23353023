package io.segmentation.predict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

class DiscountRateTest {

    private static final List<ChronoUnit> UNITS =
            List.of(ChronoUnit.DAYS, ChronoUnit.WEEKS, ChronoUnit.MONTHS, ChronoUnit.YEARS);

    @Test
    void annual_rate_compounds_into_a_monthly_rate() {
        // 1.1^(1/12) - 1 = 0.00797414...
        assertThat(DiscountRate.perYear(0.10).in(ChronoUnit.MONTHS).rate())
                .isCloseTo(Math.pow(1.1, 1.0 / 12) - 1, within(1e-15));
    }

    @Test
    void monthly_rate_compounds_into_a_weekly_rate() {
        // a week is 7 / 30.436875 months: 1.01^(7/30.436875) - 1 = 0.0022910...
        assertThat(DiscountRate.perMonth(0.01).in(ChronoUnit.WEEKS).rate())
                .isCloseTo(Math.pow(1.01, 7 / 30.436875) - 1, within(1e-15));
    }

    @Test
    void weekly_rate_compounds_into_a_yearly_rate() {
        // a year is 365.2425 / 7 weeks
        assertThat(DiscountRate.perWeek(0.001).in(ChronoUnit.YEARS).rate())
                .isCloseTo(Math.pow(1.001, 365.2425 / 7) - 1, within(1e-14));
    }

    @Test
    void conversion_keeps_the_unit() {
        assertThat(DiscountRate.perDay(0.0001).in(ChronoUnit.MONTHS).unit()).isEqualTo(ChronoUnit.MONTHS);
    }

    @Test
    void converting_to_the_same_unit_changes_nothing() {
        DiscountRate monthly = DiscountRate.perMonth(0.01);

        assertThat(monthly.in(ChronoUnit.MONTHS)).isSameAs(monthly);
    }

    @Test
    void converting_there_and_back_is_the_identity() {
        qt().forAll(
                        doubles().between(0, 1),
                        integers().between(0, 3),
                        integers().between(0, 3))
                .checkAssert((rate, from, to) -> {
                    DiscountRate original = DiscountRate.of(rate, UNITS.get(from));
                    double back = original.in(UNITS.get(to)).in(UNITS.get(from)).rate();
                    assertThat(back).isCloseTo(rate, within(1e-12));
                });
    }

    @Test
    void equivalent_rates_discount_the_same_time_alike() {
        // (1 + monthly)^12 = 1 + yearly for a year of 12 average months
        double monthly = DiscountRate.perYear(0.07).in(ChronoUnit.MONTHS).rate();

        assertThat(Math.pow(1 + monthly, 12)).isCloseTo(1.07, within(1e-14));
    }

    @Test
    void rejects_a_negative_rate() {
        assertThatThrownBy(() -> DiscountRate.perMonth(-0.01))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("discount rate must be finite and >= 0 but was -0.01");
    }

    @Test
    void rejects_a_non_finite_rate() {
        assertThatThrownBy(() -> DiscountRate.perYear(Double.NaN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("discount rate must be finite and >= 0 but was NaN");
    }

    @Test
    void rejects_units_finer_than_days() {
        assertThatThrownBy(() -> DiscountRate.of(0.01, ChronoUnit.HOURS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unit must be one of [Days, Weeks, Months, Years] but was Hours");
    }

    @Test
    void equal_rate_and_unit_are_equal() {
        assertThat(DiscountRate.perMonth(0.01))
                .isEqualTo(DiscountRate.of(0.01, ChronoUnit.MONTHS))
                .hasSameHashCodeAs(DiscountRate.of(0.01, ChronoUnit.MONTHS))
                .isNotEqualTo(DiscountRate.perWeek(0.01))
                .hasToString("0.01 per Months");
    }
}
