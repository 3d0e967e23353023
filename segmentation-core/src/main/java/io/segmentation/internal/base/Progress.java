package io.segmentation.internal.base;

import static com.google.common.base.Preconditions.checkArgument;

import io.segmentation.engine.ProgressListener;

/**
 * One phase of an operation's progress, as {@link ProgressListener} promises it: reported at 0 when started, then
 * after each chunk, ending at the total; calls serialised, whatever thread finishes a chunk.
 */
public final class Progress {

    private final ProgressListener listener;
    private final String phase;
    private final long total;
    private long done;

    private Progress(ProgressListener listener, String phase, long total) {
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
    public static Progress start(ProgressListener listener, String phase, long total) {
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
