package io.segmentation.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.math.BigDecimal;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class MoneyTest {

    private static BigDecimal amount(String text) {
        return new BigDecimal(text);
    }

    @Test
    void a_total_is_its_own_amount() {
        Money revenue = Money.of(amount("1234.50"));

        assertThat(revenue.total()).isEqualTo(amount("1234.50"));
        assertThat(revenue.amount()).contains(amount("1234.50"));
        assertThat(revenue.value()).isEqualTo(1234.5);
    }

    @Test
    void a_total_has_no_count() {
        assertThat(Money.of(BigDecimal.TEN).count()).isEmpty();
    }

    @Test
    void an_average_divides_the_total_by_the_count() {
        // 181.00 / 4 = 45.25
        Money aov = Money.average(amount("181.00"), 4);

        assertThat(aov.amount()).contains(amount("45.25"));
        assertThat(aov.count()).isEqualTo(OptionalLong.of(4));
        assertThat(aov.total()).isEqualTo(amount("181.00"));
    }

    @Test
    void an_average_is_rounded_to_16_significant_digits() {
        // 100 / 3 = 33.333..., 16 significant digits half-even
        assertThat(Money.average(amount("100"), 3).amount()).contains(amount("33.33333333333333"));
    }

    @Test
    void an_average_over_zero_is_undefined() {
        Money none = Money.average(BigDecimal.ZERO, 0);

        assertThat(none.amount()).isEmpty();
        assertThat(none.value()).isNaN();
        assertThat(none.isDefined()).isFalse();
        assertThat(none.count()).isEqualTo(OptionalLong.of(0));
    }

    @Test
    void unit_is_money() {
        assertThat(Money.of(BigDecimal.ONE).unit()).isEqualTo(MetricUnit.MONEY);
    }

    @Test
    void average_rejects_a_negative_count() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Money.average(BigDecimal.ONE, -1))
                .withMessage("count must be at least 0 but was -1");
    }

    @Test
    void equality_compares_amounts_by_value_and_keeps_totals_apart_from_averages() {
        new EqualsTester()
                .addEqualityGroup(Money.of(amount("59.9")), Money.of(amount("59.90")))
                .addEqualityGroup(Money.average(amount("59.9"), 1), Money.average(amount("59.900"), 1))
                .addEqualityGroup(Money.average(amount("59.9"), 2))
                .addEqualityGroup(Money.of(amount("0")), Money.of(amount("0.00")))
                .testEquals();
    }

    @Test
    void to_string_shows_the_amount_and_its_parts() {
        assertThat(Money.of(amount("12.30"))).hasToString("12.30");
        assertThat(Money.average(amount("181.00"), 4)).hasToString("45.25 (181.00 over 4)");
        assertThat(Money.average(BigDecimal.ZERO, 0)).hasToString("undefined (0 over 0)");
    }

    @Test
    void factories_reject_null() {
        new NullPointerTester().testAllPublicStaticMethods(Money.class);
    }
}
