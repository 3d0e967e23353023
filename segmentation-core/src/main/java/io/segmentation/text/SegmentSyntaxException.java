package io.segmentation.text;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;

/**
 * A segment query that cannot be read: a syntax error, an unknown name, a type error or a limit exceeded. The message
 * shows where and why, with the offending line and a caret under the spot:
 *
 * <pre>
 * line 1, column 1: unknown attribute 'agee' — did you mean 'age'?
 *   agee BETWEEN 18 AND 25
 *   ^
 * </pre>
 *
 * <p>Messages stay short whatever the input: a line longer than {@value #MAX_EXCERPT} characters is shown as an
 * excerpt of that many around the column, marked with {@code …}, and a problem longer than {@value #MAX_PROBLEM}
 * characters is cut off the same way.
 *
 * @since 0.1.0
 */
public final class SegmentSyntaxException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /**
     * The most characters of the offending line a message shows: {@value}.
     *
     * @since 0.2.0
     */
    public static final int MAX_EXCERPT = 120;

    /**
     * The most characters of the problem a message shows: {@value}.
     *
     * @since 0.2.0
     */
    public static final int MAX_PROBLEM = 500;

    private final int line;
    private final int column;
    private final String problem;
    private final String sourceLine;
    private final String suggestion;

    /**
     * Creates the exception.
     *
     * @param line the 1-based line
     * @param column the 1-based column
     * @param problem what is wrong, e.g. {@code expected a value after '>='}
     * @param sourceLine the text of the offending line
     * @param suggestion a name that was probably meant, or {@code null}
     */
    public SegmentSyntaxException(int line, int column, String problem, String sourceLine, String suggestion) {
        super(render(line, column, problem, sourceLine, suggestion));
        this.line = line;
        this.column = column;
        this.problem = abbreviate(checkNotNull(problem, "problem"), MAX_PROBLEM);
        this.sourceLine = excerpt(checkNotNull(sourceLine, "sourceLine"), column);
        this.suggestion = suggestion == null ? null : abbreviate(suggestion, MAX_PROBLEM);
    }

    private static String render(int line, int column, String problem, String sourceLine, String suggestion) {
        StringBuilder text = new StringBuilder()
                .append("line ")
                .append(line)
                .append(", column ")
                .append(column)
                .append(": ")
                .append(abbreviate(problem, MAX_PROBLEM));
        if (suggestion != null) {
            text.append(" — did you mean '")
                    .append(abbreviate(suggestion, MAX_PROBLEM))
                    .append("'?");
        }
        String shown = excerpt(sourceLine, column);
        int caret = column - excerptStart(sourceLine, column) + (excerptStart(sourceLine, column) > 0 ? 1 : 0);
        text.append('\n').append("  ").append(shown).append('\n').append("  ");
        for (int i = 1; i < caret && i <= shown.length(); i++) {
            text.append(shown.charAt(i - 1) == '\t' ? '\t' : ' ');
        }
        return text.append('^').toString();
    }

    /** Where the excerpt of a long line starts: so that the column sits in its first half, and the excerpt is full. */
    private static int excerptStart(String line, int column) {
        if (line.length() <= MAX_EXCERPT) {
            return 0;
        }
        int start = Math.max(0, column - 1 - MAX_EXCERPT / 2);
        return Math.min(start, line.length() - MAX_EXCERPT);
    }

    /** At most {@link #MAX_EXCERPT} characters of the line around the column, with {@code …} where it is cut. */
    private static String excerpt(String line, int column) {
        if (line.length() <= MAX_EXCERPT) {
            return line;
        }
        int start = excerptStart(line, column);
        int end = start + MAX_EXCERPT;
        return (start > 0 ? "…" : "") + line.substring(start, end) + (end < line.length() ? "…" : "");
    }

    private static String abbreviate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max) + "… (" + text.length() + " characters)";
    }

    /**
     * The 1-based line of the problem.
     *
     * @return the line
     */
    public int line() {
        return line;
    }

    /**
     * The 1-based column of the problem.
     *
     * @return the column
     */
    public int column() {
        return column;
    }

    /**
     * What is wrong, without position: {@code expected ')' but found end of input}.
     *
     * @return the problem
     */
    public String problem() {
        return problem;
    }

    /**
     * The text of the offending line; for a line longer than {@link #MAX_EXCERPT} characters, an excerpt of that many
     * around the column, marked with {@code …} where it is cut.
     *
     * @return the line's text
     */
    public String sourceLine() {
        return sourceLine;
    }

    /**
     * The name that was probably meant, for unknown names.
     *
     * @return the suggestion
     */
    public Optional<String> suggestion() {
        return Optional.ofNullable(suggestion);
    }
}
