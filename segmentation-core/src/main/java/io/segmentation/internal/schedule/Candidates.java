package io.segmentation.internal.schedule;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;

/**
 * The earliest instant offered that lies strictly after a fixed "now" and strictly before {@link Instant#MAX} (the
 * last instant an evaluation context accepts). Offers of {@code null} — a candidate that overflowed the supported
 * range — are ignored.
 */
final class Candidates {

    private final Instant now;
    private Instant earliest;

    Candidates(Instant now) {
        this.now = now;
    }

    Instant now() {
        return now;
    }

    /** Keeps {@code candidate} if it is after now and earlier than every candidate kept so far. */
    void offer(Instant candidate) {
        if (candidate != null
                && candidate.isAfter(now)
                && candidate.isBefore(Instant.MAX)
                && (earliest == null || candidate.isBefore(earliest))) {
            earliest = candidate;
        }
    }

    /** The earliest candidate kept, or {@code null} when there is none. */
    Instant earliest() {
        return earliest;
    }

    /** {@code instant + duration}, or {@code null} past the supported range. */
    static Instant plus(Instant instant, Duration duration) {
        try {
            return instant.plus(duration);
        } catch (DateTimeException | ArithmeticException e) {
            return null;
        }
    }

    /**
     * Where a test against a point moving forward in step with the evaluation time flips, for a value {@code v}. The
     * point is {@code p(t) = t - lag}; {@code exceeds} asks for the first {@code t} with {@code p(t) > v} (so
     * {@code t = v + lag + 1ns}), otherwise for the first {@code t} with {@code p(t) >= v} ({@code t = v + lag}).
     *
     * @return the flip instant, or {@code null} past the supported range
     */
    static Instant linearFlip(Instant v, Duration lag, boolean exceeds) {
        Instant reached = plus(v, lag);
        if (reached == null || !exceeds) {
            return reached;
        }
        return reached.equals(Instant.MAX) ? null : reached.plusNanos(1);
    }
}
