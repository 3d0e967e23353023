package io.segmentation.internal.report;

import io.segmentation.metrics.ReportRow;
import io.segmentation.metrics.SegmentReport;

/**
 * The "Segment definitions" section of the HTML page: each segment row's name and its definition, so a reader sees
 * what each row counts. The definition is {@link io.segmentation.Segment#toString()}: the canonical query text, or,
 * for a segment with a custom predicate (which has no text form), a readable description.
 */
final class ReportDefinitionsHtml {

    /** The section's CSS, added to the page's style sheet. */
    static final String STYLE = """
            dl.definitions { margin: .5rem 0 1rem; }
            dl.definitions dt { font-weight: 600; margin-top: .6rem; }
            dl.definitions dd { margin: .15rem 0 0 1.2rem; }
            dl.definitions code { white-space: pre-wrap; overflow-wrap: anywhere; }
            """;

    private ReportDefinitionsHtml() {}

    /**
     * Appends the section; nothing when the report has no segment rows.
     *
     * @param html the page so far
     * @param report the report
     */
    static void append(StringBuilder html, SegmentReport<?> report) {
        if (report.rows().isEmpty()) {
            return;
        }
        html.append("<h2>Segment definitions</h2>\n")
                .append("<p class=\"meta\">In the query language; a segment that uses a custom predicate, which has")
                .append(" no text form, is described instead.</p>\n")
                .append("<dl class=\"definitions\">\n");
        for (ReportRow<?> row : report.rows()) {
            row.segment()
                    .ifPresent(segment -> html.append("<dt>")
                            .append(Html.escape(row.label()))
                            .append("</dt><dd><code>")
                            .append(Html.escape(segment.toString()))
                            .append("</code></dd>\n"));
        }
        html.append("</dl>\n");
    }
}
