package io.segmentation.examples;

/** RFC 4180 rows: fields with a comma, quote or line break are quoted, quotes doubled; rows end in {@code \n}. */
final class Csv {

    private Csv() {}

    static String row(String... fields) {
        StringBuilder row = new StringBuilder();
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                row.append(',');
            }
            String field = fields[i];
            if (field.indexOf(',') >= 0
                    || field.indexOf('"') >= 0
                    || field.indexOf('\n') >= 0
                    || field.indexOf('\r') >= 0) {
                row.append('"').append(field.replace("\"", "\"\"")).append('"');
            } else {
                row.append(field);
            }
        }
        return row.append('\n').toString();
    }
}
