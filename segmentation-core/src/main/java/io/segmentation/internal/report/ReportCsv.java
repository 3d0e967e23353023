package io.segmentation.internal.report;

import io.segmentation.metrics.ReportCell;
import io.segmentation.metrics.ReportColumn;
import io.segmentation.metrics.ReportRow;
import io.segmentation.metrics.SegmentReport;
import java.util.ArrayList;
import java.util.List;

/** A report as RFC 4180 CSV of raw figures. */
public final class ReportCsv {

    private ReportCsv() {}

    /**
     * Renders a report: a header, the population row, the segment rows; CRLF after every record.
     *
     * @param report the report
     * @return the CSV text
     */
    public static String render(SegmentReport<?> report) {
        List<String> header = new ArrayList<>(List.of("segment", "baseline", "suppressed"));
        for (ReportColumn column : report.columns()) {
            header.add(column.name());
            if (column.hasLift()) {
                header.add(column.name() + " lift");
            }
        }
        StringBuilder csv = new StringBuilder();
        record(csv, header);
        ReportNotes.allRows(report).forEach(row -> record(csv, fields(row)));
        return csv.toString();
    }

    private static List<String> fields(ReportRow<?> row) {
        List<String> fields = new ArrayList<>();
        fields.add(row.label());
        fields.add(Boolean.toString(row.isBaseline()));
        fields.add(Boolean.toString(row.isSuppressed()));
        for (ReportCell cell : row.cells()) {
            fields.add(cell.value().isPresent() ? ReportFormat.raw(cell.value().getAsDouble()) : "");
            if (cell.column().hasLift()) {
                fields.add(
                        cell.lift().isPresent() ? ReportFormat.raw(cell.lift().getAsDouble()) : "");
            }
        }
        return fields;
    }

    private static void record(StringBuilder csv, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(field(fields.get(i)));
        }
        csv.append("\r\n");
    }

    /**
     * One CSV field: quoted, with quotes doubled, when it holds a comma, a quote or a line break.
     *
     * @param text the field's text
     * @return the field as written
     */
    public static String field(String text) {
        boolean quote =
                text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0;
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }
}
