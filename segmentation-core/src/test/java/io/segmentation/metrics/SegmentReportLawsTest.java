package io.segmentation.metrics;

import static io.segmentation.metrics.SegmentDiagnosticsLawsTest.populations;
import static io.segmentation.metrics.SegmentDiagnosticsLawsTest.segmentLists;
import static io.segmentation.metrics.SegmentReportTest.AOV;
import static io.segmentation.metrics.SegmentReportTest.CONTEXT;
import static io.segmentation.metrics.SegmentReportTest.NPS;
import static io.segmentation.metrics.SegmentReportTest.REPEAT;
import static io.segmentation.metrics.SegmentReportTest.REVENUE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.segmentation.Segment;
import io.segmentation.customer.Customer;
import io.segmentation.engine.SegmentMatcher;
import io.segmentation.index.PopulationIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** Laws of the report over random populations and segments. */
class SegmentReportLawsTest {

    private static SegmentReport<Customer> report(
            SegmentReport.Builder<Customer> builder, List<Segment<Customer>> segments, int minimumSize) {
        return builder.segments(segments)
                .metric(REVENUE)
                .metric(AOV)
                .metric(REPEAT)
                .metric(NPS)
                .minimumSize(minimumSize)
                .build();
    }

    private static SegmentReport<Customer> fromIndex(List<Customer> customers, List<Segment<Customer>> s, int min) {
        return report(SegmentReport.builder(PopulationIndex.build(customers, CONTEXT)), s, min);
    }

    private static SegmentReport<Customer> withoutSecondary(
            List<Customer> customers, List<Segment<Customer>> s, int min) {
        return report(
                SegmentReport.builder(PopulationIndex.build(customers, CONTEXT)).secondarySuppression(false), s, min);
    }

    private static List<ReportRow<Customer>> allRows(SegmentReport<Customer> report) {
        List<ReportRow<Customer>> rows = new ArrayList<>();
        rows.add(report.baseline());
        rows.addAll(report.rows());
        return rows;
    }

    @Test
    void a_report_over_an_index_equals_one_over_the_collection() {
        qt().withExamples(200)
                .forAll(populations(30), segmentLists(), integers().between(1, 6))
                .checkAssert((customers, segments, min) -> assertThat(fromIndex(customers, segments, min))
                        .isEqualTo(report(SegmentReport.builder(customers, CONTEXT), segments, min)));
    }

    @Test
    void a_row_is_suppressed_exactly_when_its_segment_is_below_the_minimum_size() {
        qt().withExamples(200)
                .forAll(populations(30), segmentLists(), integers().between(1, 6))
                .checkAssert((customers, segments, min) -> {
                    SegmentReport<Customer> report = withoutSecondary(customers, segments, min);
                    for (Segment<Customer> s : segments) {
                        int size =
                                SegmentMatcher.of(s).filter(customers, CONTEXT).size();
                        ReportRow<Customer> row = report.row(s);
                        assertThat(row.isSuppressed())
                                .as("%s of size %s", s, size)
                                .isEqualTo(size < min);
                        if (size < min) {
                            assertThat(row.size()).isEmpty();
                            assertThat(row.cells()).allSatisfy(c -> {
                                assertThat(c.value()).isEmpty();
                                assertThat(c.lift()).isEmpty();
                                assertThat(c.result()).isEmpty();
                            });
                        } else {
                            assertThat(row.size()).hasValue(size);
                        }
                    }
                });
    }

    @Test
    void csv_and_json_read_back_to_the_figures_of_the_data_api() {
        qt().withExamples(150)
                .forAll(populations(30), segmentLists(), integers().between(1, 6))
                .checkAssert((customers, segments, min) -> {
                    SegmentReport<Customer> report = fromIndex(customers, segments, min);
                    List<List<String>> csv = SegmentReportCsvTest.parse(report.toCsv());
                    Map<?, ?> json = (Map<?, ?>) SegmentReportJsonTest.JsonReader.read(report.toJson());
                    List<?> jsonRows = (List<?>) json.get("rows");
                    List<ReportRow<Customer>> rows = allRows(report);
                    assertThat(csv).hasSize(rows.size() + 1);
                    assertThat(jsonRows).hasSize(rows.size());
                    for (int r = 0; r < rows.size(); r++) {
                        List<String> fields = csv.get(r + 1);
                        List<?> cells = (List<?>) ((Map<?, ?>) jsonRows.get(r)).get("cells");
                        int f = 3;
                        for (int c = 0; c < rows.get(r).cells().size(); c++) {
                            ReportCell cell = rows.get(r).cells().get(c);
                            Object jsonValue = ((Map<?, ?>) cells.get(c)).get("value");
                            assertThat(number(fields.get(f++))).isEqualTo(cell.value());
                            assertThat(
                                            jsonValue == null
                                                    ? OptionalDouble.empty()
                                                    : OptionalDouble.of((Double) jsonValue))
                                    .isEqualTo(cell.value());
                            if (cell.column().hasLift()) {
                                assertThat(number(fields.get(f++))).isEqualTo(cell.lift());
                            }
                        }
                    }
                });
    }

    private static OptionalDouble number(String field) {
        return field.isEmpty() ? OptionalDouble.empty() : OptionalDouble.of(Double.parseDouble(field));
    }
}
