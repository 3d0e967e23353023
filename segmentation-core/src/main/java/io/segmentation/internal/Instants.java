package io.segmentation.internal;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;

/** Instant arithmetic that saturates at {@link Instant#MIN} instead of throwing for very long look-backs. */
public final class Instants {

    private Instants() {}

    /**
     * {@code instant - duration}, or {@link Instant#MIN} when that is before the supported range.
     *
     * @param instant the instant
     * @param duration a non-negative duration
     * @return the earlier instant
     */
    public static Instant minusSaturated(Instant instant, Duration duration) {
        try {
            return instant.minus(duration);
        } catch (DateTimeException | ArithmeticException e) {
            return Instant.MIN;
        }
    }
}
