package io.segmentation.index;

import io.segmentation.EvaluationContext;
import io.segmentation.attribute.BooleanAttribute;
import io.segmentation.internal.base.Parallelism;
import java.util.List;
import org.roaringbitmap.RoaringBitmap;

/** A yes/no value per row as two bitmaps, the rows holding {@code true} and those holding {@code false}. */
final class BooleanColumn implements Column {

    private final RoaringBitmap trueRows;
    private final RoaringBitmap falseRows;
    private final RoaringBitmap present;

    private BooleanColumn(RoaringBitmap trueRows, RoaringBitmap falseRows) {
        this.trueRows = trueRows;
        this.falseRows = falseRows;
        this.present = RoaringBitmap.or(trueRows, falseRows);
    }

    static <T> BooleanColumn read(
            List<T> subjects, BooleanAttribute<T> attribute, EvaluationContext context, Parallelism parallelism) {
        long[] trueWords = Rows.words(subjects.size());
        long[] falseWords = Rows.words(subjects.size());
        Rows.inChunks(subjects.size(), parallelism, (from, to) -> {
            for (int row = from; row < to; row++) {
                Boolean value = attribute.read(subjects.get(row), context);
                if (value != null) {
                    (value ? trueWords : falseWords)[row >>> 6] |= 1L << row;
                }
            }
        });
        RoaringBitmap trueRows = Rows.bitmap(trueWords);
        RoaringBitmap falseRows = Rows.bitmap(falseWords);
        trueRows.runOptimize();
        falseRows.runOptimize();
        return new BooleanColumn(trueRows, falseRows);
    }

    @Override
    public RoaringBitmap present() {
        return present;
    }

    @Override
    public long sizeInBytes() {
        return trueRows.getLongSizeInBytes() + falseRows.getLongSizeInBytes() + present.getLongSizeInBytes();
    }

    /** The rows holding {@code expected}. */
    RoaringBitmap is(boolean expected) {
        return expected ? trueRows : falseRows;
    }
}
