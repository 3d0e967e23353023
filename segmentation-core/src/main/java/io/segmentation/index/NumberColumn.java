package io.segmentation.index;

import io.segmentation.EvaluationContext;
import io.segmentation.attribute.NumberAttribute;
import io.segmentation.internal.base.Parallelism;
import java.util.Arrays;
import java.util.List;
import org.roaringbitmap.PeekableIntIterator;
import org.roaringbitmap.RoaringBitmap;
import org.roaringbitmap.RoaringBitmapWriter;

/**
 * A number per row, stored as a {@code long} key that orders like the double it encodes: the double's bits with the
 * magnitude bits of negatives flipped, {@code -0.0} stored as {@code 0.0}, and {@link Long#MIN_VALUE} — below the
 * key of {@code -Infinity} — for a missing value ({@code NaN}), which so falls outside every range.
 *
 * <p>So ranges of numbers are ranges of keys, found by a branch-free scan ({@link Rows#keysBetween}).
 */
final class NumberColumn implements Column {

    private static final long MISSING = Long.MIN_VALUE;

    private final long[] keys;
    private final RoaringBitmap present;

    private NumberColumn(long[] keys) {
        this.keys = keys;
        this.present = range(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
    }

    static <T> NumberColumn read(
            List<T> subjects, NumberAttribute<T> attribute, EvaluationContext context, Parallelism parallelism) {
        long[] keys = new long[subjects.size()];
        Rows.inChunks(keys.length, parallelism, (from, to) -> {
            for (int row = from; row < to; row++) {
                keys[row] = key(attribute.readDouble(subjects.get(row), context));
            }
        });
        return new NumberColumn(keys);
    }

    /** The order-preserving key of a double; {@code -0.0} and {@code 0.0} share one, every NaN is missing. */
    static long key(double value) {
        if (Double.isNaN(value)) {
            return MISSING;
        }
        long bits = Double.doubleToRawLongBits(value + 0.0); // -0.0 + 0.0 is 0.0
        return bits ^ ((bits >> 63) & Long.MAX_VALUE);
    }

    /** The double of a key; NaN for missing. */
    static double value(long key) {
        return Double.longBitsToDouble(key ^ ((key >> 63) & Long.MAX_VALUE));
    }

    @Override
    public RoaringBitmap present() {
        return present;
    }

    @Override
    public long sizeInBytes() {
        return 8L * keys.length + present.getLongSizeInBytes();
    }

    /**
     * The rows with {@code low <= value <= high}, bounds not NaN; exclusive bounds are passed as their neighbouring
     * doubles ({@link Math#nextUp}, {@link Math#nextDown}), which is exact for every double.
     */
    RoaringBitmap range(double low, double high) {
        return Rows.keysBetween(keys, key(low), key(high));
    }

    /**
     * The rows of {@code candidates} with {@code low <= value <= high}: for narrowing a few candidates without
     * scanning the whole column.
     */
    RoaringBitmap rangeWithin(RoaringBitmap candidates, double low, double high) {
        long lowKey = key(low);
        long highKey = key(high);
        RoaringBitmapWriter<RoaringBitmap> kept = RoaringBitmapWriter.writer().get();
        PeekableIntIterator it = candidates.getIntIterator();
        while (it.hasNext()) {
            int row = it.next();
            long k = keys[row];
            if (k >= lowKey && k <= highKey) {
                kept.add(row);
            }
        }
        return kept.get();
    }

    /** The rows whose value is one of {@code accepted}, which holds no NaN. */
    RoaringBitmap in(double[] accepted) {
        long[] wanted = new long[accepted.length];
        for (int i = 0; i < wanted.length; i++) {
            wanted[i] = key(accepted[i]);
        }
        long[] k = keys;
        long[] words = Rows.words(k.length);
        if (wanted.length > 8) {
            Arrays.sort(wanted);
            for (int row = 0; row < k.length; row++) {
                if (Arrays.binarySearch(wanted, k[row]) >= 0) {
                    words[row >>> 6] |= 1L << row;
                }
            }
        } else {
            for (int row = 0; row < k.length; row++) {
                long key = k[row];
                long equal = 0L;
                for (long w : wanted) {
                    long d = key ^ w;
                    equal |= ((d | -d) >>> 63) ^ 1L; // 1 when d == 0, without a branch
                }
                words[row >>> 6] |= equal << row;
            }
        }
        return Rows.bitmap(words);
    }

    /** The sum over {@code rows} of the present values, in row order. */
    double sum(RoaringBitmap rows) {
        double sum = 0.0;
        PeekableIntIterator it = rows.getIntIterator();
        while (it.hasNext()) {
            long key = keys[it.next()];
            if (key != MISSING) {
                sum += value(key);
            }
        }
        return sum;
    }
}
