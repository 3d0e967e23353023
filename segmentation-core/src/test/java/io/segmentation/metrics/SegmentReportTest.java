package io.segmentation.metrics;

import static io.segmentation.Attributes.tags;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.segmentation.EvaluationContext;
import io.segmentation.Segment;
import io.segmentation.customer.Customer;
import io.segmentation.customer.Order;
import io.segmentation.index.PopulationIndex;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The report's data API, computed by hand on six customers. The fixtures here are shared by the other report tests.
 *
 * <pre>
 * customer  orders          revenue  tags
 * a         100, 200        300      vip, promoter
 * b         50              50       vip
 * c         150, 150, 100   400      vip, promoter
 * d         -               0        lapsed, detractor
 * e         100             100      lapsed
 * f         50              50       new, detractor
 * all       8 orders        900
 * </pre>
 */
class SegmentReportTest {

    static final Instant AS_OF = Instant.parse("2026-06-01T00:00:00Z");
    static final EvaluationContext CONTEXT = EvaluationContext.asOf(AS_OF);

    /** A metric result of the tests' own calculators. */
    record Figure(double value, MetricUnit unit) implements MetricValue {}

    static Customer customer(String id, List<Integer> orders, String... tags) {
        Customer.Builder b = Customer.builder(id).tags(tags);
        for (int i = 0; i < orders.size(); i++) {
            b.order(Order.builder(id + "-" + i, AS_OF.minus(Duration.ofDays(i + 1)), BigDecimal.valueOf(orders.get(i)))
                    .build());
        }
        return b.build();
    }

    static final List<Customer> SIX = List.of(
            customer("a", List.of(100, 200), "vip", "promoter"),
            customer("b", List.of(50), "vip"),
            customer("c", List.of(150, 150, 100), "vip", "promoter"),
            customer("d", List.of(), "lapsed", "detractor"),
            customer("e", List.of(100), "lapsed"),
            customer("f", List.of(50), "new", "detractor"));

    static final Segment<Customer> VIP = Segment.where(tags().contains("vip")).named("vip");
    static final Segment<Customer> LAPSED =
            Segment.where(tags().contains("lapsed")).named("lapsed");
    static final Segment<Customer> NEW = Segment.where(tags().contains("new")).named("new");

    static double revenueOf(Customer c) {
        return c.orders().stream().mapToDouble(o -> o.total().doubleValue()).sum();
    }

    /** Sum of order totals: MONEY. */
    static final MetricCalculator<Customer, Figure> REVENUE = MetricCalculator.of(
            "Revenue",
            () -> new double[1],
            (a, c) -> a[0] += revenueOf(c),
            (a, b) -> {
                a[0] += b[0];
                return a;
            },
            a -> new Figure(a[0], MetricUnit.MONEY));

    /** Revenue per order: MONEY, NaN without orders. */
    static final MetricCalculator<Customer, Figure> AOV = MetricCalculator.of(
            "AOV",
            () -> new double[2],
            (a, c) -> {
                a[0] += revenueOf(c);
                a[1] += c.orders().size();
            },
            (a, b) -> {
                a[0] += b[0];
                a[1] += b[1];
                return a;
            },
            a -> new Figure(a[1] == 0 ? Double.NaN : a[0] / a[1], MetricUnit.MONEY));

    /** Share of members with two or more orders: FRACTION. */
    static final MetricCalculator<Customer, Figure> REPEAT = MetricCalculator.of(
            "Repeat",
            () -> new double[2],
            (a, c) -> {
                a[0] += c.orders().size() >= 2 ? 1 : 0;
                a[1]++;
            },
            (a, b) -> {
                a[0] += b[0];
                a[1] += b[1];
                return a;
            },
            a -> new Figure(a[1] == 0 ? Double.NaN : a[0] / a[1], MetricUnit.FRACTION));

    /** Orders per member: RATE. */
    static final MetricCalculator<Customer, Figure> FREQUENCY = MetricCalculator.of(
            "Frequency",
            () -> new double[2],
            (a, c) -> {
                a[0] += c.orders().size();
                a[1]++;
            },
            (a, b) -> {
                a[0] += b[0];
                a[1] += b[1];
                return a;
            },
            a -> new Figure(a[1] == 0 ? Double.NaN : a[0] / a[1], MetricUnit.RATE));

    /** 100 × (promoters − detractors) ÷ members: SCORE. */
    static final MetricCalculator<Customer, Figure> NPS = MetricCalculator.of(
            "NPS",
            () -> new double[2],
            (a, c) -> {
                a[0] += c.tags().contains("promoter") ? 1 : c.tags().contains("detractor") ? -1 : 0;
                a[1]++;
            },
            (a, b) -> {
                a[0] += b[0];
                a[1] += b[1];
                return a;
            },
            a -> new Figure(a[1] == 0 ? Double.NaN : 100 * a[0] / a[1], MetricUnit.SCORE));

    /** Return on a spend given per segment: (revenue − spend) ÷ spend, RATE. */
    static MetricCalculator<Customer, Figure> roi(double spend) {
        return REVENUE.map("ROI", r -> new Figure((r.value() - spend) / spend, MetricUnit.RATE));
    }

    static final Map<Segment<Customer>, Double> SPEND = Map.of(VIP, 250.0, LAPSED, 50.0, NEW, 10.0);

    static PopulationIndex<Customer> index() {
        return PopulationIndex.build(SIX, CONTEXT);
    }

    /**
     * vip (3), lapsed (2), new (1, suppressed) at minimum size 2, with every kind of unit and a per-segment ROI.
     * Secondary suppression is off: the three segments partition the six, so it would withhold lapsed too (see
     * {@link SegmentReportSecondarySuppressionTest}).
     */
    static SegmentReport<Customer> sixReport() {
        return SegmentReport.builder(index())
                .secondarySuppression(false)
                .segments(VIP, LAPSED, NEW)
                .metric(REVENUE)
                .metric(AOV)
                .metric(REPEAT)
                .metric(FREQUENCY)
                .metric(NPS)
                .metric("ROI", s -> roi(SPEND.get(s)))
                .minimumSize(2)
                .build();
    }

    @Test
    void rows_are_the_segments_in_the_given_order_after_the_population() {
        SegmentReport<Customer> report = sixReport();
        assertThat(report.baseline().label()).isEqualTo("All customers");
        assertThat(report.baseline().isBaseline()).isTrue();
        assertThat(report.baseline().segment()).isEmpty();
        assertThat(report.rows()).extracting(ReportRow::label).containsExactly("vip", "lapsed", "new");
        assertThat(report.rows().get(0).segment()).contains(VIP);
    }

    @Test
    void columns_are_size_and_share_then_the_metrics_in_the_order_added() {
        assertThat(sixReport().columns())
                .extracting(ReportColumn::name, ReportColumn::kind, ReportColumn::unit)
                .containsExactly(
                        tuple("Size", ReportColumn.Kind.SIZE, MetricUnit.COUNT),
                        tuple("Share", ReportColumn.Kind.SHARE, MetricUnit.FRACTION),
                        tuple("Revenue", ReportColumn.Kind.METRIC, MetricUnit.MONEY),
                        tuple("AOV", ReportColumn.Kind.METRIC, MetricUnit.MONEY),
                        tuple("Repeat", ReportColumn.Kind.METRIC, MetricUnit.FRACTION),
                        tuple("Frequency", ReportColumn.Kind.METRIC, MetricUnit.RATE),
                        tuple("NPS", ReportColumn.Kind.METRIC, MetricUnit.SCORE),
                        tuple("ROI", ReportColumn.Kind.SEGMENT_METRIC, MetricUnit.RATE));
    }

    @Test
    void size_and_share_come_from_the_member_count() {
        SegmentReport<Customer> report = sixReport();
        // vip = a, b, c: 3 of 6; lapsed = d, e: 2 of 6
        assertThat(report.row(VIP).size()).hasValue(3);
        assertThat(report.cell(VIP, "Share").value()).hasValue(3 / 6.0);
        assertThat(report.cell(LAPSED, "Size").value()).hasValue(2);
        assertThat(report.cell(LAPSED, "Share").value()).hasValue(2 / 6.0);
        assertThat(report.baseline().size()).hasValue(6);
        assertThat(report.baseline().cell("Share").value()).hasValue(1.0);
    }

    @Test
    void metrics_are_computed_over_each_rows_members() {
        SegmentReport<Customer> report = sixReport();
        // all: 300 + 50 + 400 + 0 + 100 + 50 = 900 over 8 orders; vip: 300 + 50 + 400 = 750 over 6; lapsed: 100 over 1
        assertThat(report.baseline().cell("Revenue").value()).hasValue(900);
        assertThat(report.baseline().cell("AOV").value()).hasValue(900 / 8.0);
        assertThat(report.cell(VIP, "Revenue").value()).hasValue(750);
        assertThat(report.cell(VIP, "AOV").value()).hasValue(125);
        assertThat(report.cell(LAPSED, "Revenue").value()).hasValue(100);
        // two or more orders: a, c of all six and of the three vips; nobody lapsed
        assertThat(report.baseline().cell("Repeat").value()).hasValue(2 / 6.0);
        assertThat(report.cell(VIP, "Repeat").value()).hasValue(2 / 3.0);
        assertThat(report.cell(LAPSED, "Repeat").value()).hasValue(0);
        // NPS: all (2 promoters - 2 detractors) / 6 = 0; vip 100 * 2 / 3; lapsed 100 * -1 / 2
        assertThat(report.baseline().cell("NPS").value()).hasValue(0);
        assertThat(report.cell(VIP, "NPS").value()).hasValue(200 / 3.0);
        assertThat(report.cell(LAPSED, "NPS").value()).hasValue(-50);
    }

    @Test
    void the_result_of_a_cell_is_the_calculators_own_value() {
        assertThat(sixReport().cell(VIP, "Revenue").result()).contains(new Figure(750, MetricUnit.MONEY));
    }

    @Test
    void lift_is_the_ratio_to_the_population_figure() {
        SegmentReport<Customer> report = sixReport();
        assertThat(report.cell(VIP, "Revenue").lift()).hasValue(750 / 900.0);
        assertThat(report.cell(VIP, "AOV").lift()).hasValue(125 / 112.5);
        assertThat(report.cell(VIP, "Repeat").lift().getAsDouble()).isCloseTo(2.0, within(1e-12)); // (2/3) / (2/6)
        assertThat(report.cell(LAPSED, "Frequency").lift()).hasValue(0.5 / (8 / 6.0)); // 1 order per 2 vs 8 per 6
    }

    @Test
    void lift_of_a_score_is_the_difference_in_points() {
        SegmentReport<Customer> report = sixReport();
        assertThat(report.cell(VIP, "NPS").lift()).hasValue(200 / 3.0 - 0);
        assertThat(report.cell(LAPSED, "NPS").lift()).hasValue(-50.0 - 0);
        assertThat(report.cell(LAPSED, "NPS").liftText()).isEqualTo("-50.0 pts");
    }

    @Test
    void lift_is_undefined_against_a_population_figure_of_zero() {
        MetricCalculator<Customer, Figure> lapsedCount = MetricCalculator.of(
                "Promoters",
                () -> new int[1],
                (a, c) -> a[0] += c.tags().contains("nobody") ? 1 : 0,
                (a, b) -> {
                    a[0] += b[0];
                    return a;
                },
                a -> new Figure(a[0], MetricUnit.COUNT));
        SegmentReport<Customer> report = SegmentReport.builder(index())
                .segments(VIP)
                .metric(lapsedCount)
                .minimumSize(1)
                .build();
        assertThat(report.cell(VIP, "Promoters").value()).hasValue(0);
        assertThat(report.cell(VIP, "Promoters").lift()).isEmpty();
        assertThat(report.cell(VIP, "Promoters").liftText()).isEmpty();
    }

    @Test
    void the_population_row_and_size_and_share_have_no_lift() {
        SegmentReport<Customer> report = sixReport();
        assertThat(report.baseline().cells())
                .allSatisfy(c -> assertThat(c.lift()).isEmpty());
        assertThat(report.cell(VIP, "Size").lift()).isEmpty();
        assertThat(report.cell(VIP, "Share").lift()).isEmpty();
    }

    @Test
    void an_undefined_result_has_no_value_and_shows_a_dash() {
        Segment<Customer> noOrders = Segment.where(tags().contains("detractor")).named("detractors"); // d, f
        Segment<Customer> onlyD =
                Segment.where(tags().containsAll("lapsed", "detractor")).named("d");
        SegmentReport<Customer> report = SegmentReport.builder(index())
                .segments(noOrders, onlyD)
                .metric(AOV)
                .minimumSize(1)
                .build();
        ReportCell cell = report.cell(onlyD, "AOV"); // d has no order: 0 / 0
        assertThat(cell.isSuppressed()).isFalse();
        assertThat(cell.value()).isEmpty();
        assertThat(cell.lift()).isEmpty();
        assertThat(cell.text()).isEqualTo("–");
        assertThat(cell.result())
                .hasValueSatisfying(r -> assertThat(r.isDefined()).isFalse());
    }

    @Test
    void a_per_segment_metric_uses_each_segments_calculator() {
        SegmentReport<Customer> report = sixReport();
        // vip: (750 - 250) / 250 = 2; lapsed: (100 - 50) / 50 = 1
        assertThat(report.cell(VIP, "ROI").value()).hasValue(2);
        assertThat(report.cell(LAPSED, "ROI").value()).hasValue(1);
    }

    @Test
    void a_per_segment_metric_has_no_population_value_and_no_lift() {
        SegmentReport<Customer> report = sixReport();
        assertThat(report.baseline().cell("ROI").value()).isEmpty();
        assertThat(report.baseline().cell("ROI").text()).isEqualTo("–");
        assertThat(report.cell(VIP, "ROI").lift()).isEmpty();
        assertThat(report.columns().get(7).hasLift()).isFalse();
    }

    @Test
    void a_collection_gives_the_same_report_as_an_index() {
        SegmentReport<Customer> fromCollection = SegmentReport.builder(SIX, CONTEXT)
                .secondarySuppression(false)
                .segments(VIP, LAPSED, NEW)
                .metric(REVENUE)
                .metric(AOV)
                .metric(REPEAT)
                .metric(FREQUENCY)
                .metric(NPS)
                .metric("ROI", s -> roi(SPEND.get(s)))
                .minimumSize(2)
                .build();
        assertThat(fromCollection).isEqualTo(sixReport());
        assertThat(fromCollection.toText()).isEqualTo(sixReport().toText());
    }

    @Test
    void calculators_over_a_supertype_fit_a_report_of_a_subtype() {
        MetricCalculator<Object, Figure> members = MetricCalculator.of(
                "Members",
                () -> new long[1],
                (a, o) -> a[0]++,
                (a, b) -> {
                    a[0] += b[0];
                    return a;
                },
                a -> new Figure(a[0], MetricUnit.COUNT));
        SegmentReport<Customer> report = SegmentReport.builder(index())
                .segments(VIP)
                .metric(members)
                .minimumSize(1)
                .build();
        assertThat(report.baseline().cell("Members").value()).hasValue(6);
    }

    @Test
    void cell_names_the_column_it_does_not_know() {
        assertThatThrownBy(() -> sixReport().cell(VIP, "CLV"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'CLV'")
                .hasMessageContaining("Revenue");
    }

    @Test
    void row_names_the_segment_it_does_not_know() {
        Segment<Customer> other = Segment.where(tags().contains("other")).named("other");
        assertThatThrownBy(() -> sixReport().row(other))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'other'");
    }

    @Test
    void accessors_return_the_configuration() {
        SegmentReport<Customer> report = SegmentReport.builder(index())
                .segments(VIP)
                .title("June")
                .populationLabel("Everyone")
                .build();
        assertThat(report.title()).isEqualTo("June");
        assertThat(report.baseline().label()).isEqualTo("Everyone");
        assertThat(report.context()).isEqualTo(CONTEXT);
        assertThat(report.minimumSize()).isEqualTo(SegmentReport.DEFAULT_MINIMUM_SIZE);
        assertThat(report.toString()).contains("1 segments", "Size", "Share", AS_OF.toString());
    }

    @Test
    void reports_with_the_same_figures_are_equal() {
        new EqualsTester()
                .addEqualityGroup(sixReport(), sixReport())
                .addEqualityGroup(SegmentReport.builder(index()).segments(VIP).build())
                .addEqualityGroup(SegmentReport.builder(index())
                        .segments(VIP)
                        .title("other")
                        .build())
                .testEquals();
    }

    @Test
    void public_methods_reject_nulls() {
        NullPointerTester tester = new NullPointerTester()
                .setDefault(PopulationIndex.class, index())
                .setDefault(EvaluationContext.class, CONTEXT)
                .setDefault(Segment.class, VIP)
                .setDefault(String.class, "Size");
        tester.testAllPublicStaticMethods(SegmentReport.class);
        tester.testAllPublicInstanceMethods(sixReport());
        tester.testAllPublicInstanceMethods(SegmentReport.builder(index()));
        tester.testAllPublicInstanceMethods(sixReport().baseline());
    }
}
