package io.segmentation.metrics;

import static io.segmentation.Attributes.tags;
import static io.segmentation.metrics.SegmentReportTest.AOV;
import static io.segmentation.metrics.SegmentReportTest.CONTEXT;
import static io.segmentation.metrics.SegmentReportTest.NPS;
import static io.segmentation.metrics.SegmentReportTest.REVENUE;
import static io.segmentation.metrics.SegmentReportTest.SIX;
import static io.segmentation.metrics.SegmentReportTest.VIP;
import static io.segmentation.metrics.SegmentReportTest.customer;
import static io.segmentation.metrics.SegmentReportTest.roi;
import static org.assertj.core.api.Assertions.assertThat;

import io.segmentation.Segment;
import io.segmentation.customer.Customer;
import io.segmentation.index.PopulationIndex;
import io.segmentation.internal.report.ReportFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * A segment below the minimum size gives nothing away: not through the data API, not through any rendering.
 *
 * <p>The secret segment is one customer, "zed", with one order of 4,321.09 and the tag "secret": distinctive figures
 * that would show up if they leaked. Population: the six customers of {@link SegmentReportTest} plus zed.
 */
class SegmentReportSuppressionTest {

    private static final Segment<Customer> SECRET =
            Segment.where(tags().contains("secret")).named("secret").describedAs("the one customer");

    private static List<Customer> seven() {
        List<Customer> seven = new ArrayList<>(SIX);
        seven.add(customer("zed", List.of(4321), "secret", "detractor"));
        return seven;
    }

    private static SegmentReport<Customer> report(int minimumSize) {
        return SegmentReport.builder(PopulationIndex.build(seven(), CONTEXT))
                .segments(VIP, SECRET)
                .metric(REVENUE)
                .metric(AOV)
                .metric(NPS)
                .metric("ROI", s -> roi(100))
                .minimumSize(minimumSize)
                .build();
    }

    /** What the secret row shows when it is not suppressed: each figure and lift, formatted and raw. */
    private static List<String> secretFigures() {
        ReportRow<Customer> shown = report(1).row(SECRET);
        assertThat(shown.isSuppressed()).isFalse();
        List<String> figures = new ArrayList<>();
        for (ReportCell cell : shown.cells()) {
            if (cell.column().kind() == ReportColumn.Kind.SIZE) {
                continue; // "1" appears everywhere; the size is checked field by field below
            }
            figures.add(cell.text());
            cell.value().ifPresent(v -> figures.add(ReportFormat.raw(v)));
            if (cell.lift().isPresent()) {
                figures.add(cell.liftText());
                figures.add(ReportFormat.raw(cell.lift().getAsDouble()));
            }
        }
        // e.g. revenue 4,321.00 / 4321, share 14.3% / 0.14285714285714285, ROI 42.21
        assertThat(figures).contains("4,321.00", "4321", "14.3%", "42.21");
        return figures;
    }

    @Test
    void a_segment_below_the_minimum_size_is_suppressed() {
        ReportRow<Customer> row = report(2).row(SECRET);
        assertThat(row.isSuppressed()).isTrue();
        assertThat(row.size()).isEmpty();
    }

    @Test
    void every_cell_of_a_suppressed_row_is_empty() {
        for (ReportCell cell : report(2).row(SECRET).cells()) {
            assertThat(cell.isSuppressed()).as(cell.column().name()).isTrue();
            assertThat(cell.value()).as(cell.column().name()).isEmpty();
            assertThat(cell.lift()).as(cell.column().name()).isEmpty();
            assertThat(cell.result()).as(cell.column().name()).isEmpty();
            assertThat(cell.liftText()).as(cell.column().name()).isEmpty();
        }
    }

    @Test
    void a_suppressed_size_shows_below_the_minimum_and_other_cells_a_star() {
        ReportRow<Customer> row = report(2).row(SECRET);
        assertThat(row.cell("Size").text()).isEqualTo("<2");
        assertThat(row.cells().subList(1, row.cells().size()))
                .extracting(ReportCell::text)
                .containsOnly("*");
        assertThat(row.toString()).doesNotContain("4,321", "4321");
    }

    @Test
    void a_segment_of_exactly_the_minimum_size_is_shown() {
        ReportRow<Customer> row = report(1).row(SECRET);
        assertThat(row.isSuppressed()).isFalse();
        assertThat(row.size()).hasValue(1);
    }

    @Test
    void calculators_never_see_the_members_of_a_suppressed_segment_alone() {
        Set<String> seen = ConcurrentHashMap.newKeySet();
        MetricCalculator<Customer, SegmentReportTest.Figure> spy = MetricCalculator.of(
                "Spy",
                ArrayList<String>::new,
                (ids, c) -> ids.add(c.id()),
                (a, b) -> {
                    a.addAll(b);
                    return a;
                },
                ids -> {
                    seen.add(String.join(",", ids));
                    return new SegmentReportTest.Figure(ids.size(), MetricUnit.COUNT);
                });
        Set<Segment<Customer>> asked = ConcurrentHashMap.newKeySet();
        SegmentReport.builder(PopulationIndex.build(seven(), CONTEXT))
                .segments(VIP, SECRET)
                .metric(spy)
                .metric("ROI", s -> {
                    asked.add(s);
                    return roi(100);
                })
                .minimumSize(2)
                .build();
        assertThat(seen).containsExactlyInAnyOrder("a,b,c,d,e,f,zed", "a,b,c");
        assertThat(asked).containsExactly(VIP);
    }

    @Test
    void the_text_rendering_does_not_show_a_suppressed_figure() {
        String text = report(2).toText();
        assertThat(text).doesNotContain(secretFigures());
        assertThat(text).containsPattern("secret +<2 +\\* +\\* ");
        assertThat(text).contains("<2, *  fewer than 2 members: figures withheld");
    }

    @Test
    void the_csv_rendering_leaves_suppressed_fields_empty() {
        String csv = report(2).toCsv();
        assertThat(csv).doesNotContain(secretFigures());
        List<String> secretLine =
                csv.lines().filter(l -> l.startsWith("secret,")).collect(Collectors.toList());
        // segment, baseline, suppressed, Size, Share, Revenue, lift, AOV, lift, NPS, lift, ROI
        assertThat(secretLine).containsExactly("secret,false,true,,,,,,,,,");
    }

    @Test
    void the_json_rendering_has_null_for_every_suppressed_figure() {
        String json = report(2).toJson();
        assertThat(json).doesNotContain(secretFigures());
        String secretRow = json.substring(json.indexOf("\"label\": \"secret\""));
        secretRow = secretRow.substring(0, secretRow.indexOf("]"));
        assertThat(secretRow).contains("\"suppressed\": true", "\"size\": null");
        assertThat(secretRow).doesNotContainPattern("\"(value|lift)\": [^n]");
    }

    @Test
    void the_html_rendering_does_not_show_a_suppressed_figure() {
        String html = report(2).toHtml();
        assertThat(html).doesNotContain(secretFigures());
        assertThat(html).contains("<tr class=\"suppressed\"><th scope=\"row\">secret");
        assertThat(html).contains("<td>&lt;2</td>");
        assertThat(html).contains("suppressed (&lt;2)");
        assertThat(html).contains("fewer than 2 members: figures withheld");
    }

    @Test
    void the_description_of_a_suppressed_segment_is_still_shown() {
        // The description says what the segment is, not who is in it.
        assertThat(report(2).row(SECRET).description()).contains("the one customer");
    }

    @Test
    void a_population_below_the_minimum_size_suppresses_every_row() {
        SegmentReport<Customer> report = report(8); // seven customers
        assertThat(report.baseline().isSuppressed()).isTrue();
        assertThat(report.baseline().size()).isEmpty();
        assertThat(report.rows()).allSatisfy(r -> assertThat(r.isSuppressed()).isTrue());
        assertThat(report.columns())
                .extracting(ReportColumn::unit)
                .containsExactly(
                        MetricUnit.COUNT,
                        MetricUnit.FRACTION,
                        MetricUnit.MONEY,
                        MetricUnit.MONEY,
                        MetricUnit.SCORE,
                        MetricUnit.RATE);
    }

    @Test
    void the_default_minimum_size_is_ten() {
        // 19 customers: ten tagged "ten", nine tagged "nine"
        List<Customer> customers = IntStream.range(0, 19)
                .mapToObj(i -> customer("c" + i, List.of(10), i < 10 ? "ten" : "nine"))
                .collect(Collectors.toList());
        Segment<Customer> ten = Segment.where(tags().contains("ten")).named("ten");
        Segment<Customer> nine = Segment.where(tags().contains("nine")).named("nine");
        SegmentReport<Customer> report = SegmentReport.builder(customers, CONTEXT)
                .secondarySuppression(false) // ten is the complement of nine
                .segments(ten, nine)
                .metric(REVENUE)
                .build();
        assertThat(report.row(ten).size()).hasValue(10);
        assertThat(report.row(nine).isSuppressed()).isTrue();
        assertThat(report.row(nine).cell("Size").text()).isEqualTo("<10");
    }

    @Test
    void members_of_a_suppressed_segment_still_count_in_the_population_row() {
        // 900 + 4,321: suppression hides the segment's row, not its members' part of the population's figures
        assertThat(report(2).baseline().cell("Revenue").value()).hasValue(900 + 4321);
    }
}
