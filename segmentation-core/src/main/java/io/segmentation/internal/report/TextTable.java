package io.segmentation.internal.report;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A plain-text table: a header, a rule, rows; the first column left-aligned, the others right-aligned, columns two
 * spaces apart. Control characters in cells are shown as spaces so that a name cannot break the layout, and lone
 * surrogates as U+FFFD so that the text can always be encoded.
 */
public final class TextTable {

    private final List<String[]> rows = new ArrayList<>();
    private final List<Integer> rulesAfter = new ArrayList<>();
    private final int columns;

    /**
     * A table with a header row.
     *
     * @param header the column headings
     */
    public TextTable(List<String> header) {
        this.columns = header.size();
        rows.add(header.toArray(new String[0]));
        rulesAfter.add(0);
    }

    /**
     * Adds a row.
     *
     * @param cells one text per column
     * @return this table
     */
    public TextTable row(List<String> cells) {
        checkArgument(cells.size() == columns, "row has %s cells, table has %s columns", cells.size(), columns);
        rows.add(cells.toArray(new String[0]));
        return this;
    }

    /**
     * Draws a rule under the last row added.
     *
     * @return this table
     */
    public TextTable rule() {
        rulesAfter.add(rows.size() - 1);
        return this;
    }

    /**
     * The table as lines joined by {@code \n}, ending with a newline.
     *
     * @return the text
     */
    public String render() {
        int[] widths = new int[columns];
        for (String[] row : rows) {
            for (int c = 0; c < columns; c++) {
                widths[c] = Math.max(widths[c], width(clean(row[c])));
            }
        }
        int total = Arrays.stream(widths).sum() + 2 * Math.max(0, columns - 1);
        StringBuilder out = new StringBuilder();
        for (int r = 0; r < rows.size(); r++) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < columns; c++) {
                String cell = clean(rows.get(r)[c]);
                String padding = " ".repeat(widths[c] - width(cell));
                if (c > 0) {
                    line.append("  ");
                }
                line.append(c == 0 ? cell + padding : padding + cell);
            }
            out.append(line.toString().stripTrailing()).append('\n');
            if (rulesAfter.contains(r)) {
                out.append("-".repeat(total)).append('\n');
            }
        }
        return out.toString();
    }

    private static String clean(String cell) {
        StringBuilder clean = new StringBuilder(cell.length());
        ReportFormat.wellFormed(cell)
                .codePoints()
                .forEach(cp -> clean.appendCodePoint(Character.isISOControl(cp) ? ' ' : cp));
        return clean.toString();
    }

    private static int width(String text) {
        return text.codePointCount(0, text.length());
    }
}
