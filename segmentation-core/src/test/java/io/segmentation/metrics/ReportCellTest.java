package io.segmentation.metrics;

import static io.segmentation.metrics.SegmentReportTest.VIP;
import static io.segmentation.metrics.SegmentReportTest.index;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import io.segmentation.customer.Customer;
import io.segmentation.metrics.SegmentReportTest.Figure;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** How a cell formats its figure and lift, unit by unit; the population's figure of the metric is {@code base}. */
class ReportCellTest {

    /** The vip cell of a metric that is {@code value} for vip's three members and {@code base} for all six. */
    private static ReportCell cell(MetricUnit unit, double value, double base) {
        MetricCalculator<Customer, Figure> constant = MetricCalculator.of(
                "X",
                () -> new int[1],
                (a, c) -> a[0]++,
                (a, b) -> {
                    a[0] += b[0];
                    return a;
                },
                a -> new Figure(a[0] == 3 ? value : base, unit));
        return SegmentReport.builder(index())
                .segments(VIP)
                .metric(constant)
                .minimumSize(1)
                .build()
                .cell(VIP, "X");
    }

    private static String text(MetricUnit unit, double value) {
        return cell(unit, value, 1).text();
    }

    @Test
    void counts_have_no_decimals_and_group_thousands() {
        assertThat(text(MetricUnit.COUNT, 1234)).isEqualTo("1,234");
        assertThat(text(MetricUnit.COUNT, 1234567)).isEqualTo("1,234,567");
        assertThat(text(MetricUnit.COUNT, 0)).isEqualTo("0");
    }

    @Test
    void counts_round_half_up() {
        assertThat(text(MetricUnit.COUNT, 2.5)).isEqualTo("3");
        assertThat(text(MetricUnit.COUNT, 2.49)).isEqualTo("2");
    }

    @Test
    void money_has_two_decimals() {
        assertThat(text(MetricUnit.MONEY, 12345.67)).isEqualTo("12,345.67");
        assertThat(text(MetricUnit.MONEY, 0.125)).isEqualTo("0.13");
        assertThat(text(MetricUnit.MONEY, -1234.5)).isEqualTo("-1,234.50");
    }

    @Test
    void a_tiny_negative_amount_rounds_to_zero_without_a_sign() {
        assertThat(text(MetricUnit.MONEY, -0.001)).isEqualTo("0.00");
    }

    @Test
    void fractions_are_percentages_with_one_decimal() {
        assertThat(text(MetricUnit.FRACTION, 0.123)).isEqualTo("12.3%");
        assertThat(text(MetricUnit.FRACTION, 1)).isEqualTo("100.0%");
        assertThat(text(MetricUnit.FRACTION, 2 / 3.0)).isEqualTo("66.7%");
    }

    @Test
    void rates_have_two_decimals() {
        assertThat(text(MetricUnit.RATE, 2.345)).isEqualTo("2.35");
        assertThat(text(MetricUnit.RATE, 1500)).isEqualTo("1,500.00");
    }

    @Test
    void scores_have_a_sign_and_one_decimal() {
        assertThat(text(MetricUnit.SCORE, 12)).isEqualTo("+12.0");
        assertThat(text(MetricUnit.SCORE, -3.25)).isEqualTo("-3.3");
    }

    @Test
    void a_score_of_zero_has_no_sign() {
        assertThat(text(MetricUnit.SCORE, 0)).isEqualTo("0.0");
        assertThat(text(MetricUnit.SCORE, -0.01)).isEqualTo("0.0");
    }

    @Test
    void infinities_show_as_infinity_signs() {
        assertThat(text(MetricUnit.RATE, Double.POSITIVE_INFINITY)).isEqualTo("∞");
        assertThat(text(MetricUnit.RATE, Double.NEGATIVE_INFINITY)).isEqualTo("-∞");
    }

    @Test
    void formats_do_not_depend_on_the_default_locale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertThat(text(MetricUnit.MONEY, 12345.67)).isEqualTo("12,345.67");
            assertThat(text(MetricUnit.FRACTION, 0.123)).isEqualTo("12.3%");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void a_ratio_lift_shows_as_a_multiple() {
        ReportCell cell = cell(MetricUnit.MONEY, 142, 100);
        assertThat(cell.lift()).hasValue(1.42);
        assertThat(cell.liftText()).isEqualTo("×1.42");
    }

    @Test
    void a_score_lift_shows_as_points() {
        ReportCell cell = cell(MetricUnit.SCORE, 10, -5);
        assertThat(cell.lift()).hasValue(15); // 10 - (-5)
        assertThat(cell.liftText()).isEqualTo("+15.0 pts");
    }

    @Test
    void a_score_lift_against_zero_is_defined() {
        assertThat(cell(MetricUnit.SCORE, 10, 0).lift()).hasValue(10);
    }

    @Test
    void a_ratio_lift_against_zero_is_undefined() {
        assertThat(cell(MetricUnit.RATE, 10, 0).lift()).isEmpty();
    }

    @Test
    void a_lift_against_an_undefined_figure_is_undefined() {
        assertThat(cell(MetricUnit.RATE, 10, Double.NaN).lift()).isEmpty();
        assertThat(cell(MetricUnit.SCORE, 10, Double.NaN).lift()).isEmpty();
    }

    @Test
    void a_negative_ratio_lift_is_a_number() {
        // a loss against a gain: -50 / 100
        assertThat(cell(MetricUnit.MONEY, -50, 100).lift()).hasValue(-0.5);
    }

    @Test
    void cells_with_the_same_figures_are_equal() {
        new EqualsTester()
                .addEqualityGroup(cell(MetricUnit.MONEY, 142, 100), cell(MetricUnit.MONEY, 142, 100))
                .addEqualityGroup(cell(MetricUnit.MONEY, 142, 200))
                .addEqualityGroup(cell(MetricUnit.RATE, 142, 100))
                .addEqualityGroup(cell(MetricUnit.MONEY, Double.NaN, 100))
                .testEquals();
    }

    @Test
    void to_string_shows_text_and_lift() {
        assertThat(cell(MetricUnit.MONEY, 142, 100)).hasToString("X=142.00 (×1.42)");
    }
}
