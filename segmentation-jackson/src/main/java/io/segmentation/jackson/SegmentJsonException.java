package io.segmentation.jackson;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * A segment that cannot be read from JSON, or cannot be written to it. The message starts with the JSONPath of the
 * offending value, then says what is wrong and, for a misspelt name, what was probably meant:
 *
 * <pre>
 * $.criterion.and[1].op: unknown operator 'atleast' — did you mean 'atLeast'?
 * </pre>
 *
 * <p>When writing, the path is where the part without JSON form would have gone, and the message names that part
 * (a custom predicate, a window in react-querybuilder output, …).
 *
 * @since 0.1.0
 */
public class SegmentJsonException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /**
     * The most characters of the path, and of the problem, that the message shows: {@value}. Longer ones (a huge
     * unknown name quoted back, say) are cut off with {@code …}; {@link #path()} and {@link #problem()} keep them whole.
     *
     * @since 0.2.0
     */
    public static final int MAX_QUOTED = 500;

    private final String path;
    private final String problem;

    /**
     * Creates the exception.
     *
     * @param path the JSONPath of the offending value, e.g. {@code $.criterion.and[1].op}
     * @param problem what is wrong, e.g. {@code unknown operator 'atleast' — did you mean 'atLeast'?}
     */
    public SegmentJsonException(String path, String problem) {
        this(path, problem, null);
    }

    /**
     * Creates the exception with a cause.
     *
     * @param path the JSONPath of the offending value
     * @param problem what is wrong
     * @param cause the underlying failure, or {@code null}
     */
    public SegmentJsonException(String path, String problem, Throwable cause) {
        super(abbreviate(checkNotNull(path, "path")) + ": " + abbreviate(checkNotNull(problem, "problem")), cause);
        this.path = path;
        this.problem = problem;
    }

    /** Messages stay short whatever the document: a path or problem over {@value #MAX_QUOTED} characters is cut off. */
    private static String abbreviate(String text) {
        return text.length() <= MAX_QUOTED
                ? text
                : text.substring(0, MAX_QUOTED) + "… (" + text.length() + " characters)";
    }

    static SegmentJsonException at(JsonPath path, String problem) {
        return new SegmentJsonException(path.toString(), problem);
    }

    /**
     * The JSONPath of the offending value, e.g. {@code $.criterion.and[1].op}; {@code $} for the whole document.
     *
     * @return the path
     */
    public String path() {
        return path;
    }

    /**
     * What is wrong, without the path.
     *
     * @return the problem
     */
    public String problem() {
        return problem;
    }
}
