package io.segmentation.internal.report;

import io.segmentation.Segment;
import io.segmentation.metrics.MetricUnit;
import io.segmentation.metrics.SegmentDiagnostics;
import java.util.List;

/** Segment diagnostics as text. */
public final class DiagnosticsText {

    private DiagnosticsText() {}

    /**
     * Renders diagnostics: sizes and shares, the overlap matrix, coverage, warnings.
     *
     * @param diagnostics the diagnostics
     * @return the text, lines ending in {@code \n}
     */
    public static String render(SegmentDiagnostics<?> diagnostics) {
        return render0(diagnostics);
    }

    private static <T> String render0(SegmentDiagnostics<T> diagnostics) {
        int population = diagnostics.populationSize();
        TextTable sizes = new TextTable(List.of("Segment", "Size", "Share"));
        for (Segment<T> segment : diagnostics.segments()) {
            int size = diagnostics.overlap().size(segment);
            sizes.row(List.of(
                    ReportFormat.label(segment),
                    count(size),
                    percent(population == 0 ? 0 : (double) size / population)));
        }
        SegmentDiagnostics.Coverage coverage = diagnostics.coverage();
        StringBuilder text = new StringBuilder()
                .append("Segment diagnostics, as of ")
                .append(ReportNotes.when(diagnostics.context()))
                .append("; population ")
                .append(count(population))
                .append("\n\n")
                .append(sizes.render())
                .append('\n')
                .append(diagnostics.overlap().toText())
                .append("\nCoverage: ")
                .append(count(coverage.covered()))
                .append(" members (")
                .append(percent(coverage.coveredShare()))
                .append(") in at least one segment, ")
                .append(count(coverage.inNoSegment()))
                .append(" (")
                .append(percent(coverage.inNoSegmentShare()))
                .append(") in none, ")
                .append(count(coverage.inSeveralSegments()))
                .append(" (")
                .append(percent(coverage.inSeveralSegmentsShare()))
                .append(") in several\n\n");
        List<SegmentDiagnostics.Warning<T>> warnings = diagnostics.warnings();
        if (warnings.isEmpty()) {
            text.append("No warnings\n");
        } else {
            text.append("Warnings\n");
            warnings.forEach(w -> text.append("  ")
                    .append(w.kind())
                    .append(": ")
                    .append(w.message())
                    .append('\n'));
        }
        return text.toString();
    }

    private static String count(int n) {
        return ReportFormat.value(MetricUnit.COUNT, n);
    }

    private static String percent(double share) {
        return ReportFormat.value(MetricUnit.FRACTION, share);
    }
}
