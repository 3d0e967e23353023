/**
 * How segment reports, overlap matrices and diagnostics are written out: fixed number formats and the wording of
 * notes ({@link io.segmentation.internal.report.ReportFormat}), an aligned text table, RFC 4180 CSV, a small JSON
 * writer, and a self-contained HTML page with inline SVG bar charts. Renderers read only the public accessors of
 * {@link io.segmentation.metrics.SegmentReport}, so they cannot show a figure the report withholds.
 *
 * <p>Not exported: implementation of {@code io.segmentation.metrics}.
 */
package io.segmentation.internal.report;
