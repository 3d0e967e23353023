package io.segmentation.jackson;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * The tally of a fuzz run: how many inputs gave a value, how many a documented exception, and every other outcome
 * grouped by exception type and the first frame of ours that threw it, with the first input that did so.
 */
final class FuzzFindings {

    private static final int EXAMPLE_LENGTH = 300;

    private final String what;
    private long values;
    private long documentedErrors;
    private long slowestNanos;
    private String slowest = "";
    private final Map<String, Finding> findings = new TreeMap<>();

    FuzzFindings(String what) {
        this.what = what;
    }

    private static final class Finding {
        long count;
        final String example;
        final Throwable first;

        Finding(String example, Throwable first) {
            this.example = example;
            this.first = first;
        }
    }

    void value(String input, long nanos) {
        values++;
        timed(input, nanos);
    }

    void documentedError(String input, long nanos) {
        documentedErrors++;
        timed(input, nanos);
    }

    void finding(String input, Throwable thrown, long nanos) {
        findings.computeIfAbsent(signature(thrown), s -> new Finding(printable(input), thrown)).count++;
        timed(input, nanos);
    }

    private void timed(String input, long nanos) {
        if (nanos > slowestNanos) {
            slowestNanos = nanos;
            slowest = printable(input);
        }
    }

    long findingCount() {
        return findings.values().stream().mapToLong(f -> f.count).sum();
    }

    /** The exception type and the first frame in io.segmentation (or the top frame): one line per distinct bug. */
    static String signature(Throwable thrown) {
        StackTraceElement where = null;
        for (StackTraceElement frame : thrown.getStackTrace()) {
            if (frame.getClassName().startsWith("io.segmentation.")
                    && !frame.getClassName().endsWith("FuzzTest")) {
                where = frame;
                break;
            }
        }
        if (where == null && thrown.getStackTrace().length > 0) {
            where = thrown.getStackTrace()[0];
        }
        return thrown.getClass().getName() + (where == null ? "" : " at " + where);
    }

    /** The input with control, format and surrogate characters escaped, cut to a readable length. */
    static String printable(String input) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < input.length() && s.length() < EXAMPLE_LENGTH; i++) {
            char c = input.charAt(i);
            int type = Character.getType(c);
            if (c < 0x20
                    || c == 0x7f
                    || type == Character.FORMAT
                    || type == Character.SURROGATE
                    || type == Character.UNASSIGNED) {
                s.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            } else {
                s.append(c);
            }
        }
        if (input.length() > EXAMPLE_LENGTH) {
            s.append("… (").append(input.length()).append(" chars)");
        }
        return s.toString();
    }

    /** A summary for the log: the counts, the slowest input, and each finding with its first input and message. */
    String summary() {
        StringBuilder s = new StringBuilder();
        s.append(String.format(
                Locale.ROOT,
                "%s: %,d inputs, %,d values, %,d documented errors, %,d findings; slowest %,d ms: %s%n",
                what,
                values + documentedErrors + findingCount(),
                values,
                documentedErrors,
                findingCount(),
                TimeUnit.NANOSECONDS.toMillis(slowestNanos),
                slowest));
        findings.forEach((signature, f) -> s.append(String.format(
                Locale.ROOT,
                "  %,d × %s%n    first input: %s%n    message: %s%n",
                f.count,
                signature,
                f.example,
                printable(String.valueOf(f.first.getMessage())))));
        return s.toString();
    }
}
