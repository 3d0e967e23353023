package io.segmentation.examples;

import io.segmentation.engine.ProgressListener;
import java.io.PrintStream;
import java.util.Locale;

/**
 * Console progress for long batch work: a {@link ProgressListener} to give to {@code SegmentEngine.assign}, {@code
 * PopulationIndex.build}, {@code SegmentReport.Builder.progress} or {@link NightlyBatch#run}. It draws in one of two
 * {@linkplain Mode modes}:
 *
 * <ul>
 *   <li>{@link Mode#TERMINAL}: one line per phase, redrawn in place with a carriage return only when the whole
 *       percentage changes, so a batch over millions of customers writes at most 101 updates:
 *       <pre>
 * assign     [##########################··············]  65%  6,500,000 / 10,000,000
 * </pre>
 *   <li>{@link Mode#LINES}: for logs, CI and redirected output, where a carriage return makes one endless line: a
 *       plain line at the start of each phase and at every further ten percent:
 *       <pre>
 * assign       0%  0 / 10,000,000
 * assign      10%  1,000,000 / 10,000,000
 * </pre>
 * </ul>
 *
 * <p>{@link Mode#detect()} picks {@code TERMINAL} when the JVM has a console ({@link System#console()} is not null)
 * and {@code LINES} otherwise.
 *
 * <p>It lives in the examples, not the library: how progress is shown (a console, a log, a web page) is the
 * application's business, and the library only promises the {@link ProgressListener} calls.
 *
 * <p>Not thread-safe, but it need not be: the library never calls one listener concurrently for one operation. Give
 * one bar to one operation at a time.
 *
 * @since 0.1.0
 */
public final class ProgressBar implements ProgressListener {

    /**
     * How progress is drawn.
     *
     * @since 0.2.0
     */
    public enum Mode {
        /** One line per phase, redrawn in place with {@code \r}: for an interactive terminal. */
        TERMINAL,
        /** A new line at the start of each phase and every ten percent, no {@code \r}: for logs and pipes. */
        LINES;

        /**
         * The mode for this JVM's output: {@link #TERMINAL} when it has a console, else {@link #LINES}.
         *
         * @return the mode
         * @since 0.2.0
         */
        public static Mode detect() {
            return System.console() == null ? LINES : TERMINAL;
        }
    }

    private static final int WIDTH = 40;

    private final PrintStream out;
    private final Mode mode;
    private String label;
    private long total;
    private long done;
    private int shownPercent = -1;
    private boolean lineOpen;

    /**
     * A bar for one job of {@code total} units of work, drawn in {@link Mode#TERMINAL} mode; draws 0% at once.
     * Advance it with {@link #advance(long)}.
     *
     * @param label what is being done, e.g. {@code "assigning"}
     * @param total the units of work, at least 0
     * @param out where to draw, typically {@code System.err}
     * @throws IllegalArgumentException if {@code total} is negative
     */
    public ProgressBar(String label, long total, PrintStream out) {
        this(out, Mode.TERMINAL);
        start(label, total);
    }

    /**
     * A listener drawing every phase it is told about.
     *
     * <pre>{@code
     * ProgressBar bar = new ProgressBar(System.err, ProgressBar.Mode.detect());
     * engine.assign(customers, context, AssignmentMode.EXCLUSIVE, batchPool, bar);
     * bar.finish();
     * }</pre>
     *
     * @param out where to draw, typically {@code System.err}
     * @param mode how to draw
     * @since 0.2.0
     */
    public ProgressBar(PrintStream out, Mode mode) {
        if (out == null) {
            throw new NullPointerException("out");
        }
        if (mode == null) {
            throw new NullPointerException("mode");
        }
        this.out = out;
        this.mode = mode;
    }

    /**
     * Draws a phase's progress; a new phase starts a new line.
     *
     * @param phase the phase, shown as the label
     * @param done the units done
     * @param total the units of the phase
     * @throws IllegalArgumentException if {@code done} is not in {@code [0, total]}
     * @since 0.2.0
     */
    @Override
    public void onProgress(String phase, long done, long total) {
        if (done < 0 || done > total) {
            throw new IllegalArgumentException(phase + ": " + done + " of " + total + " is not progress");
        }
        if (!phase.equals(label) || total != this.total || done < this.done) {
            finishLine();
            start(phase, total);
        }
        this.done = done;
        draw();
    }

    /**
     * Records finished units of work of the job given to {@link #ProgressBar(String, long, PrintStream)}.
     *
     * @param units how many more units are done, at least 0
     * @throws IllegalArgumentException if {@code units} is negative or the total would be exceeded
     * @throws IllegalStateException if no job was started
     */
    public void advance(long units) {
        if (label == null) {
            throw new IllegalStateException("advance(" + units + "): no job started");
        }
        if (units < 0 || done + units > total) {
            throw new IllegalArgumentException(
                    "advance(" + units + "): " + done + " of " + total + " units are done already");
        }
        done += units;
        draw();
    }

    /**
     * How many units of the current phase are done.
     *
     * @return the units done so far
     */
    public long done() {
        return done;
    }

    /** Finishes the line: the bar stays on screen and later output starts on a new line. */
    public void finish() {
        finishLine();
        out.flush();
    }

    private void start(String label, long total) {
        if (total < 0) {
            throw new IllegalArgumentException("total must be at least 0, was " + total);
        }
        this.label = label;
        this.total = total;
        this.done = 0;
        this.shownPercent = -1;
        draw();
    }

    private void finishLine() {
        if (lineOpen) {
            out.print(System.lineSeparator());
            lineOpen = false;
        }
    }

    private void draw() {
        int percent = total == 0 ? 100 : (int) (100 * done / total);
        if (mode == Mode.LINES) {
            if (shownPercent >= 0 && percent / 10 == shownPercent / 10) {
                return;
            }
            shownPercent = percent;
            out.print(String.format(Locale.ROOT, "%-10s %3d%%  %,d / %,d%n", label, percent, done, total));
            out.flush();
            return;
        }
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
        lineOpen = true;
    }
}
