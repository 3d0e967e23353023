package io.segmentation.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import com.google.common.testing.EqualsTester;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class RoiTest {

    private static BigDecimal amount(String text) {
        return new BigDecimal(text);
    }

    private static Roi roi(String revenue, String margin, String spend) {
        return new Roi(amount(revenue), amount(margin), amount(spend));
    }

    @Test
    void value_is_net_return_over_spend() {
        // (10000 * 0.3 - 2000) / 2000 = 1000 / 2000 = 0.5
        assertThat(roi("10000", "0.3", "2000").value()).isEqualTo(0.5);
    }

    @Test
    void value_is_minus_one_without_revenue() {
        // (0 * 0.3 - 2000) / 2000 = -1
        assertThat(roi("0", "0.3", "2000").value()).isEqualTo(-1.0);
    }

    @Test
    void gross_profit_and_net_return_are_exact() {
        Roi roi = roi("10000", "0.3", "2000");

        assertThat(roi.grossProfit()).isEqualByComparingTo("3000");
        assertThat(roi.netReturn()).isEqualByComparingTo("1000");
    }

    @Test
    void net_return_is_negative_for_a_loss() {
        // 1000 * 0.5 - 800 = -300
        assertThat(roi("1000", "0.5", "800").netReturn()).isEqualByComparingTo("-300");
    }

    @Test
    void unit_is_fraction() {
        assertThat(roi("1", "1", "1").unit()).isEqualTo(MetricUnit.FRACTION);
    }

    @Test
    void rejects_a_spend_of_zero() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> roi("100", "0.3", "0.00"))
                .withMessage("spend must be greater than 0 but was 0.00");
    }

    @Test
    void rejects_a_margin_above_one() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> roi("100", "1.01", "10"))
                .withMessage("margin must be between 0 and 1 but was 1.01");
    }

    @Test
    void rejects_a_negative_margin() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> roi("100", "-0.1", "10"))
                .withMessage("margin must be between 0 and 1 but was -0.1");
    }

    @Test
    void rejects_negative_revenue() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> roi("-1", "0.3", "10"))
                .withMessage("attributedRevenue must be at least 0 but was -1");
    }

    @Test
    void rejects_null_amounts() {
        assertThatNullPointerException()
                .isThrownBy(() -> new Roi(null, BigDecimal.ONE, BigDecimal.ONE))
                .withMessage("attributedRevenue");
    }

    @Test
    void equality_compares_amounts_by_value() {
        new EqualsTester()
                .addEqualityGroup(roi("100", "0.3", "10"), roi("100.00", "0.30", "10.0"))
                .addEqualityGroup(roi("100", "0.3", "11"))
                .addEqualityGroup(roi("100", "0.4", "10"))
                .addEqualityGroup(roi("101", "0.3", "10"))
                .testEquals();
    }
}
