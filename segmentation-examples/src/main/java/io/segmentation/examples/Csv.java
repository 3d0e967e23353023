package io.segmentation.examples;

import io.segmentation.metrics.SafeCsv;

/**
 * RFC 4180 rows of text fields written by {@link SafeCsv#text(String)}: quoted where needed, and neutralised so that
 * no id or segment name opens as a spreadsheet formula; rows end in {@code \n}.
 */
final class Csv {

    private Csv() {}

    static String row(String... fields) {
        StringBuilder row = new StringBuilder();
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                row.append(',');
            }
            row.append(SafeCsv.text(fields[i]));
        }
        return row.append('\n').toString();
    }
}
