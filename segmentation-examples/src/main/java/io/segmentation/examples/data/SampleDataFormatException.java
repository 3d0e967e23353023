package io.segmentation.examples.data;

/**
 * A line of sample data that is not a customer document of segmentation-jackson's {@code CustomerJson}, or repeats a
 * customer id; the message names the source, the line, the JSONPath and what was wrong, e.g. {@code
 * sample-customers.jsonl line 17: $.orders[2].total: expected a number but found the string "x"}.
 *
 * @since 0.1.0
 */
public final class SampleDataFormatException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String source;
    private final int line;

    SampleDataFormatException(String source, int line, String problem, Throwable cause) {
        super(source + " line " + line + ": " + problem, cause);
        this.source = source;
        this.line = line;
    }

    /**
     * The name of the data that was read, e.g. {@code sample-customers.jsonl}.
     *
     * @return the source name
     */
    public String source() {
        return source;
    }

    /**
     * The 1-based number of the malformed line.
     *
     * @return the line number
     */
    public int line() {
        return line;
    }
}
