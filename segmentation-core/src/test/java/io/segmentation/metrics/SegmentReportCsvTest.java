package io.segmentation.metrics;

import static io.segmentation.Attributes.tags;
import static io.segmentation.metrics.SegmentReportTest.VIP;
import static io.segmentation.metrics.SegmentReportTest.index;
import static io.segmentation.metrics.SegmentReportTest.sixReport;
import static org.assertj.core.api.Assertions.assertThat;

import io.segmentation.Segment;
import io.segmentation.customer.Customer;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class SegmentReportCsvTest {

    /** A strict RFC 4180 reader: CRLF record ends, quoted fields with doubled quotes; fails on anything else. */
    static List<List<String>> parse(String csv) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 0;
        boolean fieldStart = true;
        while (i < csv.length()) {
            char c = csv.charAt(i);
            if (fieldStart && c == '"') {
                i++;
                while (true) {
                    if (i >= csv.length()) {
                        throw new IllegalArgumentException("unterminated quoted field");
                    }
                    char q = csv.charAt(i);
                    if (q == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                        field.append('"');
                        i += 2;
                    } else if (q == '"') {
                        i++;
                        break;
                    } else {
                        field.append(q);
                        i++;
                    }
                }
                fieldStart = false;
                continue;
            }
            if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
                fieldStart = true;
                i++;
            } else if (c == '\r') {
                if (i + 1 >= csv.length() || csv.charAt(i + 1) != '\n') {
                    throw new IllegalArgumentException("CR without LF at " + i);
                }
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
                fieldStart = true;
                i += 2;
            } else if (c == '"' || c == '\n') {
                throw new IllegalArgumentException("unquoted " + (c == '"' ? "quote" : "LF") + " at " + i);
            } else {
                if (!fieldStart && field.length() == 0 && i > 0 && csv.charAt(i - 1) == '"') {
                    throw new IllegalArgumentException("text after a closing quote at " + i);
                }
                field.append(c);
                fieldStart = false;
                i++;
            }
        }
        if (!record.isEmpty() || field.length() > 0) {
            throw new IllegalArgumentException("last record does not end with CRLF");
        }
        return records;
    }

    @Test
    void the_header_names_each_column_and_each_lift() {
        List<String> header = parse(sixReport().toCsv()).get(0);
        assertThat(header)
                .containsExactly(
                        "segment",
                        "baseline",
                        "suppressed",
                        "Size",
                        "Share",
                        "Revenue",
                        "Revenue lift",
                        "AOV",
                        "AOV lift",
                        "Repeat",
                        "Repeat lift",
                        "Frequency",
                        "Frequency lift",
                        "NPS",
                        "NPS lift",
                        "ROI");
    }

    @Test
    void every_record_has_as_many_fields_as_the_header_and_ends_with_crlf() {
        String csv = sixReport().toCsv();
        assertThat(csv).endsWith("\r\n");
        List<List<String>> records = parse(csv);
        assertThat(records).hasSize(1 + 1 + 3); // header, population, vip, lapsed, new
        assertThat(records).allSatisfy(r -> assertThat(r).hasSize(records.get(0).size()));
    }

    @Test
    void the_population_row_comes_first_marked_as_baseline() {
        List<List<String>> records = parse(sixReport().toCsv());
        assertThat(records.get(1).subList(0, 5)).containsExactly("All customers", "true", "false", "6", "1");
        assertThat(records.get(2).subList(0, 5)).containsExactly("vip", "false", "false", "3", "0.5");
    }

    @Test
    void fields_parse_back_to_the_reports_numbers() {
        SegmentReport<Customer> report = sixReport();
        List<List<String>> records = parse(report.toCsv());
        List<ReportRow<Customer>> rows = new ArrayList<>();
        rows.add(report.baseline());
        rows.addAll(report.rows());
        for (int r = 0; r < rows.size(); r++) {
            List<String> fields = records.get(r + 1);
            int f = 3;
            for (ReportCell cell : rows.get(r).cells()) {
                assertThat(number(fields.get(f++)))
                        .as("%s %s", rows.get(r).label(), cell.column().name())
                        .isEqualTo(cell.value());
                if (cell.column().hasLift()) {
                    assertThat(number(fields.get(f++)))
                            .as("lift %s", cell.column().name())
                            .isEqualTo(cell.lift());
                }
            }
        }
    }

    @Test
    void figures_are_raw_numbers_not_formatted_text() {
        List<String> vip = parse(sixReport().toCsv()).get(2);
        // Revenue 750 (not "750.00"), its lift 750 / 900, Repeat 2 / 3 (not "66.7%")
        assertThat(vip.get(5)).isEqualTo("750");
        assertThat(Double.parseDouble(vip.get(6))).isEqualTo(750 / 900.0);
        assertThat(Double.parseDouble(vip.get(9))).isEqualTo(2 / 3.0);
    }

    @Test
    void a_suppressed_row_has_empty_figures_and_suppressed_true() {
        List<String> newRow = parse(sixReport().toCsv()).get(4);
        assertThat(newRow.get(0)).isEqualTo("new");
        assertThat(newRow.get(2)).isEqualTo("true");
        assertThat(newRow.subList(3, newRow.size())).containsOnly("");
    }

    @Test
    void an_undefined_figure_is_an_empty_field_in_a_row_that_is_not_suppressed() {
        List<String> population = parse(sixReport().toCsv()).get(1);
        assertThat(population.get(2)).isEqualTo("false");
        assertThat(population.get(15)).as("ROI has no population figure").isEmpty();
        assertThat(population.get(6)).as("no lift for the population").isEmpty();
    }

    @Test
    void names_with_commas_quotes_and_line_breaks_are_quoted_and_read_back() {
        String name = "VIP, \"gold\"\r\nand more";
        Segment<Customer> odd = Segment.where(tags().contains("vip")).named(name);
        String csv = SegmentReport.builder(index())
                .segments(odd)
                .minimumSize(1)
                .build()
                .toCsv();
        assertThat(csv).contains("\"VIP, \"\"gold\"\"\r\nand more\",false,false,3,0.5\r\n");
        assertThat(parse(csv).get(2).get(0)).isEqualTo(name);
    }

    @Test
    void plain_names_are_not_quoted() {
        assertThat(parse(SegmentReport.builder(index())
                                .segments(VIP)
                                .minimumSize(1)
                                .build()
                                .toCsv())
                        .get(2))
                .startsWith("vip");
        assertThat(SegmentReport.builder(index())
                        .segments(VIP)
                        .minimumSize(1)
                        .build()
                        .toCsv())
                .contains("\r\nvip,false,false,3,0.5\r\n");
    }

    @Test
    void segment_names_that_would_open_as_formulas_are_neutralised() {
        Segment<Customer> link = Segment.where(tags().contains("vip")).named("=HYPERLINK(\"http://evil\",\"x\")");
        Segment<Customer> sum = Segment.where(tags().contains("lapsed")).named("@SUM(A1:A9)");
        Segment<Customer> dde = Segment.where(tags().contains("new")).named("+cmd|' /C calc'!A0");
        List<List<String>> records = parse(SegmentReport.builder(index())
                .segments(link, sum, dde)
                .minimumSize(1)
                .build()
                .toCsv());

        assertThat(records.get(2).get(0)).isEqualTo("'=HYPERLINK(\"http://evil\",\"x\")");
        assertThat(records.get(3).get(0)).isEqualTo("'@SUM(A1:A9)");
        assertThat(records.get(4).get(0)).isEqualTo("'+cmd|' /C calc'!A0");
    }

    @Test
    void the_population_label_and_metric_names_are_neutralised() {
        String csv = SegmentReport.builder(index())
                .segments(VIP)
                .populationLabel("-everyone")
                .metric(SegmentReportTest.REVENUE.named("\tRevenue"))
                .minimumSize(1)
                .build()
                .toCsv();

        assertThat(csv).startsWith("segment,baseline,suppressed,Size,Share,\"'\tRevenue\",\"'\tRevenue lift\"\r\n");
        assertThat(parse(csv).get(1).get(0)).isEqualTo("'-everyone");
    }

    @Test
    void negative_figures_and_lifts_stay_numbers() {
        Segment<Customer> lapsed = SegmentReportTest.LAPSED;
        MetricCalculator<Customer, SegmentReportTest.Figure> score = MetricCalculator.of(
                "Score",
                () -> new double[1],
                (a, c) -> a[0] += c.tags().contains("lapsed") ? -3.2 : 1,
                (a, b) -> {
                    a[0] += b[0];
                    return a;
                },
                a -> new SegmentReportTest.Figure(a[0], MetricUnit.SCORE));
        List<String> row = parse(SegmentReport.builder(index())
                        .segments(lapsed)
                        .metric(score)
                        .minimumSize(1)
                        .build()
                        .toCsv())
                .get(2);

        // lapsed: 2 × -3.2 = -6.4; population: -6.4 + 4 = -2.4; lift (a difference for scores) -4.0
        assertThat(row.get(5)).isEqualTo("-6.4");
        assertThat(Double.parseDouble(row.get(6))).isEqualTo(-6.4 - (-6.4 + 4));
    }

    @Test
    void money_is_written_as_a_plain_decimal() {
        Customer rich = Customer.builder("rich")
                .tags("vip")
                .order(io.segmentation.customer.Order.builder(
                                "o1", SegmentReportTest.AS_OF.minusSeconds(60), new java.math.BigDecimal("25116329.43"))
                        .build())
                .build();
        String csv = SegmentReport.builder(List.of(rich), SegmentReportTest.CONTEXT)
                .segments(VIP)
                .metric(Metrics.revenue())
                .minimumSize(1)
                .build()
                .toCsv();

        assertThat(parse(csv).get(2).get(5)).isEqualTo("25116329.43");
        assertThat(csv).doesNotContain("E7");
    }

    private static OptionalDouble number(String field) {
        return field.isEmpty() ? OptionalDouble.empty() : OptionalDouble.of(Double.parseDouble(field));
    }
}
