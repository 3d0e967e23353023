package io.segmentation.internal.base;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;

/** Instant arithmetic that saturates at {@link Instant#MIN} instead of throwing for very long look-backs. */
public final class Instants {

    private Instants() {}

    /**
     * The calendar day (days since 1970-01-01) of an instant in a zone, without allocating a date.
     *
     * @param instant the instant
     * @param zone the zone
     * @return the epoch day
     */
    public static long epochDay(Instant instant, java.time.ZoneId zone) {
        int offset = zone.getRules().getOffset(instant).getTotalSeconds();
        return Math.floorDiv(instant.getEpochSecond() + offset, 86_400L);
    }

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

    /**
     * {@code instant + duration}, or {@link Instant#MAX} when that is after the supported range.
     *
     * @param instant the instant
     * @param duration a non-negative duration
     * @return the later instant
     */
    public static Instant plusSaturated(Instant instant, Duration duration) {
        try {
            return instant.plus(duration);
        } catch (DateTimeException | ArithmeticException e) {
            return Instant.MAX;
        }
    }
}
