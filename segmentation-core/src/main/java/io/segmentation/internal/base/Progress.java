package io.segmentation.internal.base;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * One phase of an operation's progress, as {@code io.segmentation.engine.ProgressListener} promises it: reported at 0
 * when started, then after each chunk, ending at the total; calls serialised, whatever thread finishes a chunk.
 * Callers pass the public listener as a {@link Sink} ({@code listener::onProgress}), so that this bottom-layer
 * helper does not depend on the engine package.
 */
public final class Progress {

    /** Where the reports go: {@code (phase, done, total)}. */
    @FunctionalInterface
    public interface Sink {
        /**
         * Receives one report.
         *
         * @param phase the phase's name
         * @param done the units done so far
         * @param total the units of the phase
         */
        void onProgress(String phase, long done, long total);
    }

    private final Sink listener;
    private final String phase;
    private final long total;
    private long done;

    private Progress(Sink listener, String phase, long total) {
        this.listener = listener;
        this.phase = phase;
        this.total = total;
    }

    /**
     * Starts a phase: tells the listener {@code (phase, 0, total)}.
     *
     * @param listener the listener
     * @param phase the phase's name
     * @param total the units of the phase, at least 0
     * @return the phase, to {@link #advance(long)}
     */
    public static Progress start(Sink listener, String phase, long total) {
        checkArgument(total >= 0, "total must not be negative but was %s", total);
        Progress progress = new Progress(listener, phase, total);
        synchronized (progress) {
            listener.onProgress(phase, 0, total);
        }
        return progress;
    }

    /**
     * Records that {@code units} more are done and tells the listener; thread-safe.
     *
     * @param units the units just finished, at least 1
     */
    public synchronized void advance(long units) {
        checkArgument(units > 0 && done + units <= total, "cannot advance %s by %s of %s", phase, units, total);
        done += units;
        listener.onProgress(phase, done, total);
    }
}
