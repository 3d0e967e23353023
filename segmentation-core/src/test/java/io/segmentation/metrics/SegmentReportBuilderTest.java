package io.segmentation.metrics;

import static io.segmentation.Attributes.tags;
import static io.segmentation.metrics.SegmentReportTest.AOV;
import static io.segmentation.metrics.SegmentReportTest.CONTEXT;
import static io.segmentation.metrics.SegmentReportTest.LAPSED;
import static io.segmentation.metrics.SegmentReportTest.REVENUE;
import static io.segmentation.metrics.SegmentReportTest.SIX;
import static io.segmentation.metrics.SegmentReportTest.VIP;
import static io.segmentation.metrics.SegmentReportTest.index;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.segmentation.Segment;
import io.segmentation.customer.Customer;
import io.segmentation.metrics.SegmentReportTest.Figure;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The report builder checks each setting when it is made. */
class SegmentReportBuilderTest {

    @Test
    void a_segment_given_twice_is_rejected_naming_it() {
        SegmentReport.Builder<Customer> builder = SegmentReport.builder(index()).segments(VIP);
        assertThatThrownBy(() -> builder.segments(LAPSED, VIP))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("segment 'vip' is given twice");
    }

    @Test
    void a_rejected_call_adds_no_segment() {
        SegmentReport.Builder<Customer> builder = SegmentReport.builder(index()).segments(VIP);
        assertThatThrownBy(() -> builder.segments(LAPSED, VIP)).isInstanceOf(IllegalArgumentException.class);
        assertThat(builder.minimumSize(1).build().rows())
                .extracting(ReportRow::label)
                .containsExactly("vip");
    }

    @Test
    void two_segments_with_the_same_name_are_rejected() {
        Segment<Customer> otherVip = Segment.where(tags().contains("gold")).named("VIP");
        assertThatThrownBy(() -> SegmentReport.builder(index()).segments(VIP, otherVip))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("two segments are labelled 'VIP'");
    }

    @Test
    void a_segment_labelled_like_the_population_row_is_rejected() {
        Segment<Customer> all = Segment.where(tags().contains("x")).named("all customers");
        assertThatThrownBy(() -> SegmentReport.builder(index()).segments(all))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'all customers' has the label of the population row");
        assertThatThrownBy(() -> SegmentReport.builder(index()).segments(VIP).populationLabel("vip"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("populationLabel 'vip' is the label of a segment");
    }

    @Test
    void a_null_segment_is_rejected_naming_its_position() {
        List<Segment<Customer>> segments = new ArrayList<>(Arrays.asList(VIP, null));
        assertThatThrownBy(() -> SegmentReport.builder(index()).segments(segments))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("segments[1] is null");
    }

    @Test
    void a_report_without_segments_is_rejected_at_build() {
        SegmentReport.Builder<Customer> builder = SegmentReport.builder(index()).metric(REVENUE);
        assertThatThrownBy(builder::build)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("at least one segment");
    }

    @Test
    void minimum_size_below_one_is_rejected() {
        assertThatThrownBy(() -> SegmentReport.builder(index()).minimumSize(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("minimumSize must be at least 1 but was 0");
    }

    @Test
    void minimum_size_of_one_is_accepted() {
        assertThat(SegmentReport.builder(index())
                        .segments(VIP)
                        .minimumSize(1)
                        .build()
                        .minimumSize())
                .isEqualTo(1);
    }

    @Test
    void a_metric_name_given_twice_is_rejected_ignoring_case() {
        SegmentReport.Builder<Customer> builder = SegmentReport.builder(index()).metric(REVENUE);
        assertThatThrownBy(() -> builder.metric(AOV.named("revenue")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("metric 'revenue' is added twice");
        assertThatThrownBy(() -> builder.metric("REVENUE", s -> AOV))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("metric 'REVENUE' is added twice");
    }

    @Test
    void the_names_size_and_share_are_taken() {
        assertThatThrownBy(() -> SegmentReport.builder(index()).metric(REVENUE.named("size")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("metric name 'size' is taken");
        assertThatThrownBy(() -> SegmentReport.builder(index()).metric("Share", s -> REVENUE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("metric name 'Share' is taken");
    }

    @Test
    void a_blank_per_segment_metric_name_is_rejected() {
        assertThatThrownBy(() -> SegmentReport.builder(index()).metric(" ", s -> REVENUE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("metric name must not be blank");
    }

    @Test
    void a_blank_title_or_population_label_is_rejected() {
        assertThatThrownBy(() -> SegmentReport.builder(index()).title(""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("title must not be blank");
        assertThatThrownBy(() -> SegmentReport.builder(index()).populationLabel(" "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("populationLabel must not be blank");
    }

    @Test
    void a_null_in_the_population_is_rejected_naming_its_position() {
        List<Customer> withNull = new ArrayList<>(SIX);
        withNull.add(2, null);
        assertThatThrownBy(() -> SegmentReport.builder(withNull, CONTEXT))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("population contains null at position 2");
    }

    @Test
    void a_calculator_returning_null_is_reported_naming_metric_and_row() {
        MetricCalculator<Customer, Figure> broken =
                MetricCalculator.of("Broken", () -> new int[1], (a, c) -> {}, (a, b) -> a, a -> null);
        SegmentReport.Builder<Customer> builder =
                SegmentReport.builder(index()).segments(VIP).metric(broken).minimumSize(1);
        assertThatThrownBy(builder::build)
                .isInstanceOf(NullPointerException.class)
                .hasMessage("metric 'Broken' returned null for All customers");
    }

    @Test
    void a_per_segment_metric_without_a_calculator_for_a_segment_is_reported() {
        SegmentReport.Builder<Customer> builder = SegmentReport.builder(index())
                .segments(VIP, LAPSED)
                .metric("ROI", s -> s.equals(VIP) ? REVENUE : null)
                .minimumSize(1);
        assertThatThrownBy(builder::build)
                .isInstanceOf(NullPointerException.class)
                .hasMessage("metric 'ROI' gave no calculator (null) for segment 'lapsed'");
    }

    @Test
    void results_in_different_units_are_reported_naming_the_rows() {
        MetricCalculator<Customer, Figure> moody = MetricCalculator.of(
                "Moody",
                () -> new int[1],
                (a, c) -> a[0]++,
                (a, b) -> a,
                a -> new Figure(a[0], a[0] == 6 ? MetricUnit.COUNT : MetricUnit.MONEY));
        SegmentReport.Builder<Customer> builder =
                SegmentReport.builder(index()).segments(VIP).metric(moody).minimumSize(1);
        assertThatThrownBy(builder::build)
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("metric 'Moody' gave results in different units: COUNT for 'All customers' but MONEY"
                        + " for 'vip'");
    }

    @Test
    void build_can_be_called_again_after_more_settings() {
        SegmentReport.Builder<Customer> builder =
                SegmentReport.builder(index()).segments(VIP).minimumSize(1);
        SegmentReport<Customer> first = builder.build();
        SegmentReport<Customer> second = builder.segments(LAPSED).build();
        assertThat(first.rows()).hasSize(1);
        assertThat(second.rows()).hasSize(2);
    }
}
