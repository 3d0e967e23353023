package io.segmentation.index;

import io.segmentation.EvaluationContext;
import io.segmentation.attribute.InstantAttribute;
import io.segmentation.internal.base.Parallelism;
import java.time.Instant;
import java.util.List;
import org.roaringbitmap.RoaringBitmap;

/**
 * A point in time per row, held exactly. Usually as nanoseconds since the epoch in one {@code long} (which covers the
 * years 1677 to 2262), {@link Long#MIN_VALUE} for missing, so that conditions are the branch-free range scans of
 * {@link Rows#keysBetween}. When some value lies outside that span, as epoch seconds and nanoseconds of the second in
 * two arrays instead, a missing value having the second before {@link Instant#MIN}.
 */
final class InstantColumn implements Column {

    private static final long MISSING_NANOS = Long.MIN_VALUE;
    private static final long MISSING_SECOND = Instant.MIN.getEpochSecond() - 1;

    // Exactly one representation is used: epochNanos, or seconds and nanos.
    private final long[] epochNanos;
    private final long[] seconds;
    private final int[] nanos;
    private final RoaringBitmap present;

    private InstantColumn(long[] epochNanos, long[] seconds, int[] nanos) {
        this.epochNanos = epochNanos;
        this.seconds = seconds;
        this.nanos = nanos;
        this.present = between(Instant.MIN, Instant.MAX);
    }

    static <T> InstantColumn read(
            List<T> subjects, InstantAttribute<T> attribute, EvaluationContext context, Parallelism parallelism) {
        Instant[] values = new Instant[subjects.size()];
        Rows.inChunks(values.length, parallelism, (from, to) -> {
            for (int row = from; row < to; row++) {
                values[row] = attribute.read(subjects.get(row), context);
            }
        });
        long[] epochNanos = new long[values.length];
        for (int row = 0; row < values.length; row++) {
            Instant value = values[row];
            long key = value == null ? MISSING_NANOS : epochNanos(value);
            if (value != null && key == MISSING_NANOS) {
                return wide(values);
            }
            epochNanos[row] = key;
        }
        return new InstantColumn(epochNanos, null, null);
    }

    private static InstantColumn wide(Instant[] values) {
        long[] seconds = new long[values.length];
        int[] nanos = new int[values.length];
        for (int row = 0; row < values.length; row++) {
            Instant value = values[row];
            seconds[row] = value == null ? MISSING_SECOND : value.getEpochSecond();
            nanos[row] = value == null ? 0 : value.getNano();
        }
        return new InstantColumn(null, seconds, nanos);
    }

    /** Nanoseconds since the epoch, or {@link #MISSING_NANOS} when they do not fit in a long (or equal it). */
    private static long epochNanos(Instant instant) {
        try {
            return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000_000L), instant.getNano());
        } catch (ArithmeticException e) {
            return MISSING_NANOS;
        }
    }

    @Override
    public RoaringBitmap present() {
        return present;
    }

    @Override
    public long sizeInBytes() {
        long perRow = epochNanos != null ? 8L : 12L;
        return perRow * (epochNanos != null ? epochNanos.length : seconds.length) + present.getLongSizeInBytes();
    }

    /** The rows with {@code from <= value <= to}; none when {@code from} is after {@code to}. */
    RoaringBitmap between(Instant from, Instant to) {
        if (from.isAfter(to)) {
            return new RoaringBitmap();
        }
        return epochNanos != null ? narrow(from, to) : wide(from, to);
    }

    private RoaringBitmap narrow(Instant from, Instant to) {
        // Bounds beyond the span of longs are clamped to it: every present value lies strictly inside.
        long low = epochNanos(from);
        if (low == MISSING_NANOS) {
            if (from.getEpochSecond() > 0) {
                return new RoaringBitmap();
            }
            low = MISSING_NANOS + 1;
        }
        long high = epochNanos(to);
        if (high == MISSING_NANOS) {
            if (to.getEpochSecond() < 0) {
                return new RoaringBitmap();
            }
            high = Long.MAX_VALUE;
        }
        return Rows.keysBetween(epochNanos, low, high);
    }

    private RoaringBitmap wide(Instant from, Instant to) {
        long fromSecond = from.getEpochSecond();
        int fromNano = from.getNano();
        long toSecond = to.getEpochSecond();
        int toNano = to.getNano();
        long[] s = seconds;
        int[] n = nanos;
        long[] words = Rows.words(s.length);
        for (int row = 0; row < s.length; row++) {
            long second = s[row];
            int nano = n[row];
            // Seconds differ by less than 2^57 and nanos by less than 2^30, so sign(seconds) * 2^31 + nanos has the
            // sign of the comparison of (second, nano) pairs: negative exactly when the value is before from (a) or
            // after to (b). Arithmetic rather than comparisons, for the reason given at Rows.keysBetween.
            long a = ((long) Long.signum(second - fromSecond) << 31) + (nano - fromNano);
            long b = ((long) Long.signum(toSecond - second) << 31) + (toNano - nano);
            words[row >>> 6] |= (((a | b) >>> 63) ^ 1L) << row;
        }
        return Rows.bitmap(words);
    }
}
