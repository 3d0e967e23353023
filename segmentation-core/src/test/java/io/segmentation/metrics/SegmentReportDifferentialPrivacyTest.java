package io.segmentation.metrics;

import static io.segmentation.metrics.PrivacyFixtures.CONTEXT;
import static io.segmentation.metrics.PrivacyFixtures.customer;
import static io.segmentation.metrics.PrivacyFixtures.population;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.within;

import io.segmentation.Segment;
import io.segmentation.customer.Customer;
import io.segmentation.index.PopulationIndex;
import io.segmentation.text.SegmentQuery;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The differencing attacks of issue 10 against differentially private reports, with seeded noise. */
class SegmentReportDifferentialPrivacyTest {

    private static final Segment<Customer> GERMANY =
            SegmentQuery.parse("country = 'DE'").named("Germany");
    private static final Segment<Customer> GERMANY_BUT_KOELN =
            SegmentQuery.parse("country = 'DE' AND NOT city = 'Köln'").named("Germany but Köln");
    private static final Segment<Customer> BONN =
            SegmentQuery.parse("city = 'Bonn'").named("Bonn");
    private static final Segment<Customer> NOT_BONN =
            SegmentQuery.parse("NOT city = 'Bonn'").named("not Bonn");
    private static final BigDecimal BOUND = new BigDecimal("50.00");

    private static SegmentReport.Builder<Customer> builder(long seed) {
        return SegmentReport.builder(PopulationIndex.build(population(), CONTEXT))
                .metric(Metrics.clampedRevenue(BOUND))
                .minimumSize(1)
                .differentialPrivacy(1.0)
                .noiseSource(new SplittableRandom(seed));
    }

    private static BigDecimal revenue(ReportRow<Customer> row) {
        return ((Money) row.cell("Revenue").result().orElseThrow()).total();
    }

    @Test
    void two_reports_one_customer_apart_do_not_give_that_customers_revenue_away() {
        // the reproduction: exact reports on Germany and on Germany but Köln differ by Köln's revenue
        SegmentReport<Customer> exactA = SegmentReport.builder(population(), CONTEXT)
                .metric(Metrics.revenue())
                .segments(GERMANY)
                .build();
        SegmentReport<Customer> exactB = SegmentReport.builder(population(), CONTEXT)
                .metric(Metrics.revenue())
                .segments(GERMANY_BUT_KOELN)
                .build();
        assertThat(revenue(exactA.row(GERMANY)).subtract(revenue(exactB.row(GERMANY_BUT_KOELN))))
                .isEqualByComparingTo("29.75");

        SegmentReport<Customer> a = builder(1).segments(GERMANY).build();
        SegmentReport<Customer> b = builder(2).segments(GERMANY_BUT_KOELN).build();

        BigDecimal difference = revenue(a.row(GERMANY)).subtract(revenue(b.row(GERMANY_BUT_KOELN)));
        assertThat(difference).isNotEqualByComparingTo("29.75");
    }

    @Test
    void a_complement_does_not_give_a_small_segments_size_and_revenue_away() {
        SegmentReport<Customer> report = builder(3).segments(BONN, NOT_BONN).build();

        int size =
                report.baseline().size().orElse(0) - report.row(NOT_BONN).size().orElse(0);
        BigDecimal revenue = revenue(report.baseline()).subtract(revenue(report.row(NOT_BONN)));
        assertThat(size == 1 && revenue.compareTo(new BigDecimal("27.60")) == 0)
                .as("size %s and revenue %s", size, revenue)
                .isFalse();
        assertThat(revenue).isNotEqualByComparingTo("27.60");
    }

    @Test
    void laplace_noise_has_mean_zero_and_mean_absolute_value_equal_to_its_scale() {
        SplittableRandom random = new SplittableRandom(42);
        int draws = 200_000;
        double sum = 0;
        double absolute = 0;
        for (int i = 0; i < draws; i++) {
            double noise = NoisyReport.laplace(random, 3.0);
            sum += noise;
            absolute += Math.abs(noise);
        }
        // standard error of the mean absolute value: 3 / sqrt(200000) ≈ 0.0067
        assertThat(absolute / draws).isCloseTo(3.0, within(0.03));
        assertThat(sum / draws).isCloseTo(0.0, within(0.05));
    }

    @Test
    void a_revenues_noise_has_scale_bound_times_figures_over_epsilon() {
        // 100 customers of 80.00 each, clamped to 50.00: the exact clamped revenue is 5,000.00. One segment and one
        // metric: F = 2 rows × 2 figures = 4, so the revenue's noise has scale 50 × 4 / 1 = 200.
        List<Customer> customers = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            customers.add(customer("c" + i, "DE", "Berlin", "80.00"));
        }
        Segment<Customer> germany = SegmentQuery.parse("country = 'DE'").named("Germany");
        SplittableRandom random = new SplittableRandom(7);
        int reports = 1500;
        double absolute = 0;
        for (int i = 0; i < reports; i++) {
            SegmentReport<Customer> report = SegmentReport.builder(customers, CONTEXT)
                    .segments(germany)
                    .metric(Metrics.clampedRevenue(BOUND))
                    .differentialPrivacy(1.0)
                    .noiseSource(random)
                    .build();
            absolute += Math.abs(revenue(report.row(germany)).doubleValue() - 5000);
        }
        // standard error: 200 / sqrt(1500) ≈ 5.2; a tolerance of 4 standard errors
        assertThat(absolute / reports).isCloseTo(200, within(21.0));
    }

    @Test
    void the_same_seed_gives_the_same_report() {
        assertThat(builder(5).segments(GERMANY).build())
                .isEqualTo(builder(5).segments(GERMANY).build());
    }

    @Test
    void every_figure_is_marked_noisy_in_every_rendering() {
        SegmentReport<Customer> report = builder(6).segments(GERMANY).build();

        assertThat(report.isDifferentiallyPrivate()).isTrue();
        assertThat(report.epsilon()).hasValue(1.0);
        assertThat(report.secondarySuppression()).isFalse();
        assertThat(report.row(GERMANY).cells())
                .allSatisfy(c -> assertThat(c.isNoisy()).isTrue());
        assertThat(report.row(GERMANY).cell("Size").text()).startsWith("~");
        assertThat(report.toText())
                .contains("differentially private, epsilon 1")
                .contains("~  noisy:");
        assertThat(report.toHtml()).contains("noisy: every figure carries Laplace noise");
        assertThat(report.toJson()).contains("\"epsilon\": 1").contains("\"noisy\": true");
        List<List<String>> csv = SegmentReportCsvTest.parse(report.toCsv());
        assertThat(csv.get(0)).endsWith("noisy");
        assertThat(csv.get(1)).endsWith("true");
    }

    @Test
    void small_counts_are_suppressed_on_their_noisy_value() {
        SegmentReport<Customer> report =
                builder(8).minimumSize(10).segments(BONN).build();

        ReportRow<Customer> bonn = report.row(BONN);
        assertThat(bonn.isSuppressed()).isEqualTo(bonn.size().isEmpty());
        assertThat(report.baseline().isSuppressed()).isFalse();
    }

    @Test
    void a_metric_without_a_bounded_contribution_is_refused() {
        assertThatIllegalStateException()
                .isThrownBy(() -> SegmentReport.builder(population(), CONTEXT)
                        .segments(GERMANY)
                        .metric(Metrics.revenue())
                        .differentialPrivacy(1.0)
                        .build())
                .withMessageContaining("metric 'Revenue' has no bounded contribution");
    }

    @Test
    void epsilon_must_be_positive_and_finite() {
        SegmentReport.Builder<Customer> builder = SegmentReport.builder(population(), CONTEXT);
        assertThatIllegalArgumentException()
                .isThrownBy(() -> builder.differentialPrivacy(0))
                .withMessage("epsilon must be finite and greater than 0 but was 0.0");
        assertThatIllegalArgumentException().isThrownBy(() -> builder.differentialPrivacy(Double.POSITIVE_INFINITY));
        assertThatIllegalArgumentException().isThrownBy(() -> builder.differentialPrivacy(Double.NaN));
    }

    @Test
    void a_clamped_sum_clamps_each_contribution_to_its_bound() {
        MetricValue total = Metrics.clampedRevenue(new BigDecimal("30.00"))
                .calculate(
                        List.of(customer("a", "DE", "Bonn", "27.60"), customer("b", "DE", "Bonn", "80.00")), CONTEXT);

        assertThat(((Money) total).total()).isEqualByComparingTo("57.60");
        assertThat(Metrics.clampedOrders(1).calculate(population(), CONTEXT)).isEqualTo(new Count(31));
    }

    @Test
    void a_clamped_sum_rejects_a_bound_that_is_not_positive() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Metrics.clampedRevenue(BigDecimal.ZERO))
                .withMessage("bound must be greater than 0 but was 0");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ClampedSum.of("x", MetricUnit.COUNT, new BigDecimal("1.5"), (c, t) -> BigDecimal.ONE))
                .withMessageContaining("whole number");
    }
}
