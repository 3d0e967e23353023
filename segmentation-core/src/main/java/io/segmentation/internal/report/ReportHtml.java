package io.segmentation.internal.report;

import io.segmentation.metrics.MetricUnit;
import io.segmentation.metrics.ReportCell;
import io.segmentation.metrics.ReportColumn;
import io.segmentation.metrics.ReportRow;
import io.segmentation.metrics.SegmentReport;
import java.util.ArrayList;
import java.util.List;

/**
 * A report as one self-contained HTML page: inline CSS, the table, notes and inline SVG charts. Nothing is loaded
 * from elsewhere and nothing runs: no scripts, links, images or fonts. Every text is escaped.
 */
public final class ReportHtml {

    private static final String STYLE = """
            body { font-family: system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; margin: 2rem; color: #222;
                   max-width: 80rem; }
            h1 { font-size: 1.5rem; margin-bottom: .25rem; }
            h2 { font-size: 1.2rem; margin-top: 2rem; }
            p.meta { color: #555; margin-top: 0; }
            table { border-collapse: collapse; margin: 1rem 0; font-variant-numeric: tabular-nums; }
            th, td { padding: .3rem .7rem; border-bottom: 1px solid #ddd; text-align: right; white-space: nowrap;
                     vertical-align: top; }
            th:first-child { text-align: left; }
            thead th { border-bottom: 2px solid #444; }
            tr.baseline th, tr.baseline td { font-weight: 600; background: #f3f3f3; }
            tr.suppressed th, tr.suppressed td { color: #888; font-style: italic; }
            td.lift { color: #555; font-size: .9em; }
            .desc { display: block; font-weight: normal; color: #666; font-size: .85em; white-space: normal;
                    max-width: 24rem; }
            ul.notes { color: #555; font-size: .9em; padding-left: 1.2rem; }
            section.charts { display: flex; flex-wrap: wrap; gap: 1.5rem; }
            figure { margin: 0; }
            svg text { font-size: 12px; fill: #222; }
            svg text.chart-title { font-size: 14px; font-weight: 600; }
            svg text.tick, svg text.axis-label, svg text.muted { fill: #666; }
            svg text.muted { font-style: italic; }
            svg text.baseline { font-weight: 600; }
            svg rect.bar { fill: #3b6ea8; }
            svg rect.bar.baseline { fill: #9a9a9a; }
            svg line.axis { stroke: #444; stroke-width: 1; }
            svg line.grid { stroke: #e2e2e2; stroke-width: 1; }
            div.table-scroll { overflow-x: auto; max-width: 100%; }
            """ + ReportDefinitionsHtml.STYLE;

    private ReportHtml() {}

    /**
     * Renders a report.
     *
     * @param report the report
     * @return the page
     */
    public static String render(SegmentReport<?> report) {
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
                .append("<title>")
                .append(Html.escape(report.title()))
                .append("</title>\n<style>\n")
                .append(STYLE)
                .append("</style>\n</head>\n<body>\n")
                .append("<h1>")
                .append(Html.escape(report.title()))
                .append("</h1>\n<p class=\"meta\">")
                .append(Html.escape(ReportNotes.subtitle(report)))
                .append("</p>\n");
        table(html, report);
        List<ReportNotes.Note> notes = ReportNotes.of(report);
        if (!notes.isEmpty()) {
            html.append("<ul class=\"notes\">\n");
            for (ReportNotes.Note note : notes) {
                html.append("<li><strong>")
                        .append(Html.escape(note.marker()))
                        .append("</strong>: ")
                        .append(Html.escape(note.text()))
                        .append("</li>\n");
            }
            html.append("</ul>\n");
        }
        ReportDefinitionsHtml.append(html, report);
        html.append("<h2>Charts</h2>\n<section class=\"charts\">\n");
        for (String chart : charts(report)) {
            html.append("<figure>\n").append(chart).append("\n</figure>\n");
        }
        return html.append("</section>\n</body>\n</html>\n").toString();
    }

    private static void table(StringBuilder html, SegmentReport<?> report) {
        // A wide table scrolls inside its box instead of widening the page.
        html.append("<div class=\"table-scroll\">\n<table>\n<thead><tr><th scope=\"col\">Segment</th>");
        for (ReportColumn column : report.columns()) {
            html.append("<th scope=\"col\">").append(Html.escape(column.name())).append("</th>");
            if (column.hasLift()) {
                html.append("<th scope=\"col\">lift</th>");
            }
        }
        html.append("</tr></thead>\n<tbody>\n");
        ReportNotes.allRows(report).forEach(row -> row(html, row));
        html.append("</tbody>\n</table>\n</div>\n");
    }

    private static void row(StringBuilder html, ReportRow<?> row) {
        String cssClass = row.isBaseline() ? "baseline" : row.isSuppressed() ? "suppressed" : "";
        html.append(cssClass.isEmpty() ? "<tr>" : "<tr class=\"" + cssClass + "\">")
                .append("<th scope=\"row\">")
                .append(Html.escape(row.label()));
        row.description()
                .ifPresent(d -> html.append("<span class=\"desc\">")
                        .append(Html.escape(d))
                        .append("</span>"));
        html.append("</th>");
        for (ReportCell cell : row.cells()) {
            html.append("<td>").append(Html.escape(cell.text())).append("</td>");
            if (cell.column().hasLift()) {
                html.append("<td class=\"lift\">")
                        .append(Html.escape(ReportNotes.liftText(row, cell)))
                        .append("</td>");
            }
        }
        html.append("</tr>\n");
    }

    /** The size chart, then one chart per metric column. */
    private static List<String> charts(SegmentReport<?> report) {
        List<String> charts = new ArrayList<>();
        for (ReportColumn column : report.columns()) {
            if (column.kind() == ReportColumn.Kind.SHARE) {
                continue;
            }
            boolean withBaseline = column.kind() == ReportColumn.Kind.METRIC;
            List<SvgBarChart.Bar> bars = new ArrayList<>();
            if (withBaseline) {
                bars.add(bar(report.baseline(), report.baseline().cell(column.name()), report.minimumSize()));
            }
            for (ReportRow<?> row : report.rows()) {
                bars.add(bar(row, row.cell(column.name()), report.minimumSize()));
            }
            String title = column.kind() == ReportColumn.Kind.SIZE ? "Segment size" : column.name();
            String axis = column.kind() == ReportColumn.Kind.SIZE
                    ? "members"
                    : column.name() + " (" + unitName(column.unit()) + ")";
            charts.add(SvgBarChart.render(title, axis, column.unit(), bars));
        }
        return charts;
    }

    private static SvgBarChart.Bar bar(ReportRow<?> row, ReportCell cell, int minimumSize) {
        if (cell.isSecondarilySuppressed()) {
            return new SvgBarChart.Bar(
                    row.label(), Double.NaN, "withheld (" + ReportFormat.SECONDARY + ")", row.isBaseline());
        }
        if (cell.isSuppressed()) {
            return new SvgBarChart.Bar(
                    row.label(),
                    Double.NaN,
                    "suppressed (" + ReportFormat.suppressedSize(minimumSize) + ")",
                    row.isBaseline());
        }
        double value = cell.value().orElse(Double.NaN);
        String text = Double.isNaN(value) ? "undefined" : cell.text();
        return new SvgBarChart.Bar(row.label(), value, text, row.isBaseline());
    }

    private static String unitName(MetricUnit unit) {
        return switch (unit) {
            case COUNT -> "count";
            case MONEY -> "amount";
            case FRACTION -> "%";
            case RATE -> "rate";
            case SCORE -> "points";
        };
    }
}
