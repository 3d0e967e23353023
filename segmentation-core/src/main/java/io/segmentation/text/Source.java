package io.segmentation.text;

/** The query text being read, to quote the offending line in errors. */
final class Source {

    private final String[] lines;

    Source(String text) {
        this.lines = text.split("\n", -1);
    }

    SegmentSyntaxException error(int line, int column, String problem, String suggestion) {
        String sourceLine = line >= 1 && line <= lines.length ? lines[line - 1] : "";
        return new SegmentSyntaxException(line, column, problem, stripReturn(sourceLine), suggestion);
    }

    SegmentSyntaxException error(Token at, String problem) {
        return error(at.line(), at.column(), problem, null);
    }

    private static String stripReturn(String line) {
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }
}
