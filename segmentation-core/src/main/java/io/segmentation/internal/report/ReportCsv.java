package io.segmentation.internal.report;

import io.segmentation.metrics.ReportCell;
import io.segmentation.metrics.ReportColumn;
import io.segmentation.metrics.ReportRow;
import io.segmentation.metrics.SafeCsv;
import io.segmentation.metrics.SegmentReport;
import java.util.ArrayList;
import java.util.List;

/**
 * A report as RFC 4180 CSV of raw figures: every text field (labels, column names) through {@link SafeCsv#text}, so
 * that no cell opens as a spreadsheet formula, and every figure through {@link SafeCsv#number}, a plain decimal.
 */
public final class ReportCsv {

    private ReportCsv() {}

    /**
     * Renders a report: a header, the population row, the segment rows; CRLF after every record.
     *
     * @param report the report
     * @return the CSV text
     */
    public static String render(SegmentReport<?> report) {
        List<String> header = new ArrayList<>(List.of(text("segment"), text("baseline"), text("suppressed")));
        for (ReportColumn column : report.columns()) {
            header.add(text(column.name()));
            if (column.hasLift()) {
                header.add(text(column.name() + " lift"));
            }
        }
        boolean noisy = report.isDifferentiallyPrivate();
        if (noisy) {
            header.add(text("noisy"));
        }
        StringBuilder csv = new StringBuilder();
        record(csv, header);
        ReportNotes.allRows(report).forEach(row -> record(csv, fields(row, noisy)));
        return csv.toString();
    }

    private static List<String> fields(ReportRow<?> row, boolean noisy) {
        List<String> fields = new ArrayList<>();
        fields.add(text(row.label()));
        fields.add(Boolean.toString(row.isBaseline()));
        fields.add(Boolean.toString(row.isSuppressed()));
        for (ReportCell cell : row.cells()) {
            fields.add(cell.value().isPresent() ? SafeCsv.number(cell.value().getAsDouble()) : "");
            if (cell.column().hasLift()) {
                fields.add(cell.lift().isPresent() ? SafeCsv.number(cell.lift().getAsDouble()) : "");
            }
        }
        if (noisy) {
            fields.add(Boolean.toString(row.cells().stream().anyMatch(ReportCell::isNoisy)));
        }
        return fields;
    }

    private static String text(String text) {
        return SafeCsv.text(text);
    }

    /** Writes one record of fields already encoded, ending in CRLF. */
    private static void record(StringBuilder csv, List<String> fields) {
        csv.append(String.join(",", fields)).append("\r\n");
    }
}
