package io.segmentation.internal.report;

import io.segmentation.metrics.ReportCell;
import io.segmentation.metrics.ReportColumn;
import io.segmentation.metrics.ReportRow;
import io.segmentation.metrics.SegmentReport;
import java.util.ArrayList;
import java.util.List;

/** A report as an aligned text table with its notes. */
public final class ReportText {

    private ReportText() {}

    /**
     * Renders a report.
     *
     * @param report the report
     * @return the text, lines ending in {@code \n}
     */
    public static String render(SegmentReport<?> report) {
        List<String> header = new ArrayList<>();
        header.add("Segment");
        for (ReportColumn column : report.columns()) {
            header.add(column.name());
            if (column.hasLift()) {
                header.add("lift");
            }
        }
        TextTable table = new TextTable(header);
        table.row(cells(report.baseline())).rule();
        report.rows().forEach(row -> table.row(cells(row)));

        StringBuilder text = new StringBuilder()
                .append(ReportFormat.wellFormed(report.title()))
                .append(", ")
                .append(ReportNotes.subtitle(report))
                .append("\n\n")
                .append(table.render());
        List<ReportNotes.Note> notes = ReportNotes.of(report);
        if (!notes.isEmpty()) {
            text.append('\n');
            int width = notes.stream().mapToInt(n -> n.marker().length()).max().orElse(0);
            notes.forEach(note -> text.append(note.marker())
                    .append(" ".repeat(width - note.marker().length() + 2))
                    .append(ReportFormat.wellFormed(note.text()))
                    .append('\n'));
        }
        return text.toString();
    }

    private static List<String> cells(ReportRow<?> row) {
        List<String> cells = new ArrayList<>();
        cells.add(row.label());
        for (ReportCell cell : row.cells()) {
            cells.add(cell.text());
            if (cell.column().hasLift()) {
                cells.add(ReportNotes.liftText(row, cell));
            }
        }
        return cells;
    }
}
