package io.segmentation.index;

import io.segmentation.EvaluationContext;
import io.segmentation.attribute.SetAttribute;
import io.segmentation.internal.base.Parallelism;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.roaringbitmap.FastAggregation;
import org.roaringbitmap.RoaringBitmap;

/**
 * A set of texts per row as one bitmap per element (the rows whose set contains it), plus the rows with a set and the
 * rows with an empty one. Elements compare with {@link String#equals}, as sets of the usual implementations do.
 */
final class SetColumn implements Column {

    private final Map<String, RoaringBitmap> rowsByElement;
    private final RoaringBitmap present;
    private final RoaringBitmap empty;

    private SetColumn(Map<String, RoaringBitmap> rowsByElement, RoaringBitmap present, RoaringBitmap empty) {
        this.rowsByElement = rowsByElement;
        this.present = present;
        this.empty = empty;
    }

    static <T> SetColumn read(
            List<T> subjects, SetAttribute<T> attribute, EvaluationContext context, Parallelism parallelism) {
        @SuppressWarnings({"unchecked", "rawtypes"}) // no generic array creation in Java
        Set<String>[] sets = new Set[subjects.size()];
        Rows.inChunks(sets.length, parallelism, (from, to) -> {
            for (int row = from; row < to; row++) {
                sets[row] = attribute.read(subjects.get(row), context);
            }
        });
        Map<String, RoaringBitmap> rowsByElement = new HashMap<>();
        long[] presentWords = Rows.words(sets.length);
        long[] emptyWords = Rows.words(sets.length);
        for (int row = 0; row < sets.length; row++) {
            Set<String> set = sets[row];
            if (set == null) {
                continue;
            }
            presentWords[row >>> 6] |= 1L << row;
            if (set.isEmpty()) {
                emptyWords[row >>> 6] |= 1L << row;
            }
            for (String element : set) {
                rowsByElement.computeIfAbsent(element, e -> new RoaringBitmap()).add(row);
            }
        }
        rowsByElement.values().forEach(RoaringBitmap::runOptimize);
        return new SetColumn(rowsByElement, Rows.bitmap(presentWords), Rows.bitmap(emptyWords));
    }

    @Override
    public RoaringBitmap present() {
        return present;
    }

    @Override
    public long sizeInBytes() {
        long bytes = present.getLongSizeInBytes() + empty.getLongSizeInBytes();
        for (Map.Entry<String, RoaringBitmap> e : rowsByElement.entrySet()) {
            bytes += 40L + 2L * e.getKey().length() + 48L + e.getValue().getLongSizeInBytes();
        }
        return bytes;
    }

    /** The rows whose set contains {@code element}. */
    RoaringBitmap containing(String element) {
        RoaringBitmap rows = rowsByElement.get(element);
        return rows == null ? new RoaringBitmap() : rows;
    }

    /** The rows whose set contains at least one of {@code elements}. */
    RoaringBitmap containingAny(Collection<String> elements) {
        return FastAggregation.or(elements.stream().map(this::containing).toArray(RoaringBitmap[]::new));
    }

    /** The rows whose set contains every one of {@code elements}, at least one. */
    RoaringBitmap containingAll(Collection<String> elements) {
        return FastAggregation.and(elements.stream().map(this::containing).toArray(RoaringBitmap[]::new));
    }

    /** The rows whose set is present and empty. */
    RoaringBitmap empty() {
        return empty;
    }
}
