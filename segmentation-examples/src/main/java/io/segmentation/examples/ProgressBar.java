package io.segmentation.examples;

import java.io.PrintStream;
import java.util.Locale;

/**
 * A one-line console progress bar, redrawn in place with a carriage return only when the whole percentage changes, so
 * a batch over millions of customers writes at most 101 updates:
 *
 * <pre>
 * assigning  [##########################··············]  65%  6,500,000 / 10,000,000
 * </pre>
 *
 * <p>Not thread-safe: advance it from one thread (e.g. between parallel chunks).
 *
 * @since 0.1.0
 */
public final class ProgressBar {

    private static final int WIDTH = 40;

    private final String label;
    private final long total;
    private final PrintStream out;
    private long done;
    private int shownPercent = -1;

    /**
     * A bar for {@code total} units of work; draws 0% at once.
     *
     * @param label what is being done, e.g. {@code "assigning"}
     * @param total the units of work, at least 0
     * @param out where to draw, typically {@code System.err}
     * @throws IllegalArgumentException if {@code total} is negative
     */
    public ProgressBar(String label, long total, PrintStream out) {
        if (total < 0) {
            throw new IllegalArgumentException("total must be at least 0, was " + total);
        }
        this.label = label;
        this.total = total;
        this.out = out;
        draw();
    }

    /**
     * Records finished units of work.
     *
     * @param units how many more units are done, at least 0
     * @throws IllegalArgumentException if {@code units} is negative or the total would be exceeded
     */
    public void advance(long units) {
        if (units < 0 || done + units > total) {
            throw new IllegalArgumentException(
                    "advance(" + units + "): " + done + " of " + total + " units are done already");
        }
        done += units;
        draw();
    }

    /**
     * How many units are done.
     *
     * @return the units done so far
     */
    public long done() {
        return done;
    }

    /** Finishes the line: the bar stays on screen and later output starts on a new line. */
    public void finish() {
        out.print(System.lineSeparator());
        out.flush();
    }

    private void draw() {
        int percent = total == 0 ? 100 : (int) (100 * done / total);
        if (percent == shownPercent) {
            return;
        }
        shownPercent = percent;
        int filled = WIDTH * percent / 100;
        out.print(String.format(
                Locale.ROOT,
                "\r%-10s [%s%s] %3d%%  %,d / %,d",
                label,
                "#".repeat(filled),
                "·".repeat(WIDTH - filled),
                percent,
                done,
                total));
        out.flush();
    }
}
