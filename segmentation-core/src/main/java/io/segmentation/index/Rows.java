package io.segmentation.index;

import io.segmentation.internal.base.Parallelism;
import java.util.function.IntPredicate;
import org.roaringbitmap.BitSetUtil;
import org.roaringbitmap.PeekableIntIterator;
import org.roaringbitmap.RoaringBitmap;
import org.roaringbitmap.RoaringBitmapWriter;

/**
 * Row-set plumbing shared by the columns: chunked (and, for large populations, parallel) passes over rows, and
 * bitmaps built from 64-row words so that scans write one {@code long} per 64 rows instead of one call per row.
 */
final class Rows {

    /** Populations at least this large are read and scanned row by row in parallel. */
    static final int PARALLEL_THRESHOLD = 10_000;

    /** Rows per parallel task; a multiple of 64 so that tasks never share a word. */
    private static final int CHUNK = 1 << 14;

    private Rows() {}

    /** Work on the rows {@code [from, to)}. */
    @FunctionalInterface
    interface Range {
        void run(int from, int to);
    }

    /**
     * Runs {@code body} over {@code [0, size)} in chunks: on the common pool, in parallel for large sizes and on this
     * thread for small ones; on an executor, every chunk as a task whatever the size.
     */
    static void inChunks(int size, Parallelism parallelism, Range body) {
        if (size < PARALLEL_THRESHOLD && parallelism == Parallelism.commonPool()) {
            body.run(0, size);
            return;
        }
        int chunks = (size + CHUNK - 1) / CHUNK;
        parallelism.run(chunks, true, c -> body.run(c * CHUNK, Math.min(size, (c + 1) * CHUNK)));
    }

    /** Words of a bit set of {@code size} rows. */
    static long[] words(int size) {
        return new long[(size + 63) >>> 6];
    }

    /** The bitmap of the set bits of {@code words}. */
    static RoaringBitmap bitmap(long[] words) {
        return BitSetUtil.bitmapOf(words);
    }

    /** All rows {@code [0, size)}. */
    static RoaringBitmap all(int size) {
        return RoaringBitmap.bitmapOfRange(0, size);
    }

    /** The rows of {@code [0, size)} not in {@code rows}. */
    static RoaringBitmap complement(RoaringBitmap rows, int size) {
        return RoaringBitmap.flip(rows, 0L, (long) size);
    }

    /**
     * The rows whose key lies in {@code [low, high]}, by a scan in integer arithmetic only. A comparison operator in
     * Java is a branch in bytecode, which the JIT compiles as a real branch or as a conditional move depending on the
     * profile of earlier calls; on unpredictable values a real branch makes a scan several times slower. Arithmetic
     * has no profile, so every scan runs at the same speed (one to two nanoseconds per row).
     */
    static RoaringBitmap keysBetween(long[] keys, long low, long high) {
        if (low > high) {
            return new RoaringBitmap();
        }
        // key - low, read as unsigned, is at most span exactly when low <= key <= high.
        long span = high - low;
        long[] words = words(keys.length);
        int full = keys.length >>> 6;
        for (int w = 0; w < full; w++) {
            int base = w << 6;
            long word = 0L;
            for (int j = 0; j < 64; j++) {
                word |= withinSpan(keys[base + j] - low, span) << j;
            }
            words[w] = word;
        }
        for (int row = full << 6; row < keys.length; row++) {
            words[row >>> 6] |= withinSpan(keys[row] - low, span) << row;
        }
        return bitmap(words);
    }

    /** 1 when {@code offset <= span} as unsigned numbers, else 0: no borrow out of {@code span - offset}. */
    private static long withinSpan(long offset, long span) {
        long borrow = ((~span & offset) | (~(span ^ offset) & (span - offset))) >>> 63;
        return borrow ^ 1L;
    }

    /**
     * The rows passing a per-row test: the slow path (custom predicates), in parallel for large sizes. The test must
     * be thread-safe.
     */
    static RoaringBitmap where(int size, Parallelism parallelism, IntPredicate test) {
        long[] words = words(size);
        inChunks(size, parallelism, (from, to) -> {
            for (int row = from; row < to; row++) {
                if (test.test(row)) {
                    words[row >>> 6] |= 1L << row;
                }
            }
        });
        return bitmap(words);
    }

    /** The rows of {@code candidates} passing a per-row test, tested in row order on this thread. */
    static RoaringBitmap where(RoaringBitmap candidates, IntPredicate test) {
        RoaringBitmapWriter<RoaringBitmap> passed = RoaringBitmapWriter.writer().get();
        PeekableIntIterator rows = candidates.getIntIterator();
        while (rows.hasNext()) {
            int row = rows.next();
            if (test.test(row)) {
                passed.add(row);
            }
        }
        return passed.get();
    }
}
