package io.segmentation.internal.report;

import io.segmentation.metrics.MetricUnit;
import io.segmentation.metrics.OverlapMatrix;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** An overlap matrix as two text tables: counts, then Jaccard similarities. */
public final class OverlapText {

    private OverlapText() {}

    /**
     * Renders a matrix.
     *
     * @param matrix the matrix
     * @return the text, lines ending in {@code \n}
     */
    public static String render(OverlapMatrix<?> matrix) {
        int n = matrix.segments().size();
        TextTable counts = new TextTable(header(n));
        TextTable jaccard = new TextTable(header(n));
        for (int i = 0; i < n; i++) {
            List<String> countRow = new ArrayList<>();
            List<String> jaccardRow = new ArrayList<>();
            String label = (i + 1) + " " + ReportFormat.label(matrix.segments().get(i));
            countRow.add(label);
            jaccardRow.add(label);
            for (int j = 0; j < n; j++) {
                countRow.add(ReportFormat.value(MetricUnit.COUNT, matrix.count(i, j)));
                jaccardRow.add(String.format(Locale.ROOT, "%.2f", matrix.jaccard(i, j)));
            }
            counts.row(countRow);
            jaccard.row(jaccardRow);
        }
        return "Members in both (the diagonal: segment size)\n\n"
                + counts.render()
                + "\nJaccard similarity (members in both ÷ members in either; 0 for two empty segments)\n\n"
                + jaccard.render();
    }

    private static List<String> header(int n) {
        List<String> header = new ArrayList<>();
        header.add("  Segment");
        for (int j = 0; j < n; j++) {
            header.add(Integer.toString(j + 1));
        }
        return header;
    }
}
