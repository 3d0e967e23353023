package io.segmentation.jackson;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * A customer that cannot be read from JSON, or cannot be written to it. The message starts with the JSONPath of the
 * offending value, then says what is wrong:
 *
 * <pre>
 * $.orders[2].total: expected a number but found the string "12"
 * </pre>
 *
 * <p>When the document was one line of a JSON Lines text ({@link CustomerJson#readLines}), the message starts with
 * the line: {@code line 17: $.country: country: 'XX' is not an ISO 3166-1 alpha-2 code}, and {@link #line()} says
 * which.
 *
 * @since 0.3.0
 */
public class CustomerJsonException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String path;
    private final String problem;
    private final int line;

    /**
     * Creates the exception.
     *
     * @param path the JSONPath of the offending value, e.g. {@code $.orders[2].total}
     * @param problem what is wrong, e.g. {@code expected a number but found the string "12"}
     */
    public CustomerJsonException(String path, String problem) {
        this(path, problem, 0, null);
    }

    /**
     * Creates the exception with the line it was found on and a cause.
     *
     * @param path the JSONPath of the offending value
     * @param problem what is wrong
     * @param line the 1-based line of a JSON Lines text, or 0 if the document was not read by line
     * @param cause the underlying failure, or {@code null}
     * @throws IllegalArgumentException if {@code line} is negative
     */
    public CustomerJsonException(String path, String problem, int line, Throwable cause) {
        super(message(path, problem, line), cause);
        this.path = path;
        this.problem = problem;
        this.line = line;
    }

    private static String message(String path, String problem, int line) {
        checkNotNull(path, "path");
        checkNotNull(problem, "problem");
        checkArgument(line >= 0, "line must not be negative but was %s", line);
        String at = abbreviate(path) + ": " + abbreviate(problem);
        return line == 0 ? at : "line " + line + ": " + at;
    }

    /** Messages stay short whatever the document, as in {@link SegmentJsonException#MAX_QUOTED}. */
    private static String abbreviate(String text) {
        int max = SegmentJsonException.MAX_QUOTED;
        return text.length() <= max ? text : text.substring(0, max) + "… (" + text.length() + " characters)";
    }

    static CustomerJsonException at(JsonPath path, String problem) {
        return new CustomerJsonException(path.toString(), problem);
    }

    /** This failure as found on a line of a JSON Lines text. */
    CustomerJsonException onLine(int number) {
        return new CustomerJsonException(path, problem, number, getCause());
    }

    /**
     * The JSONPath of the offending value, e.g. {@code $.orders[2].total}; {@code $} for the whole document.
     *
     * @return the path
     */
    public String path() {
        return path;
    }

    /**
     * What is wrong, without the path or the line.
     *
     * @return the problem
     */
    public String problem() {
        return problem;
    }

    /**
     * The 1-based line of the JSON Lines text the document was on, or 0 if it was not read by line.
     *
     * @return the line, or 0
     */
    public int line() {
        return line;
    }
}
