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
 * @since 0.1.0
 */
public final class SegmentSyntaxException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

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
        this.problem = checkNotNull(problem, "problem");
        this.sourceLine = checkNotNull(sourceLine, "sourceLine");
        this.suggestion = suggestion;
    }

    private static String render(int line, int column, String problem, String sourceLine, String suggestion) {
        StringBuilder text = new StringBuilder()
                .append("line ")
                .append(line)
                .append(", column ")
                .append(column)
                .append(": ")
                .append(problem);
        if (suggestion != null) {
            text.append(" — did you mean '").append(suggestion).append("'?");
        }
        text.append('\n').append("  ").append(sourceLine).append('\n').append("  ");
        for (int i = 1; i < column && i <= sourceLine.length(); i++) {
            text.append(sourceLine.charAt(i - 1) == '\t' ? '\t' : ' ');
        }
        return text.append('^').toString();
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
     * The text of the offending line.
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
