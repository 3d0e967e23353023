package io.segmentation.index;

import io.segmentation.EvaluationContext;
import io.segmentation.attribute.Attribute;
import io.segmentation.attribute.BooleanAttribute;
import io.segmentation.attribute.InstantAttribute;
import io.segmentation.attribute.NumberAttribute;
import io.segmentation.attribute.SetAttribute;
import io.segmentation.attribute.TextAttribute;
import io.segmentation.internal.base.Parallelism;
import java.util.List;
import org.roaringbitmap.RoaringBitmap;

/**
 * The values of one attribute for every row of an index, read once at the index's evaluation time, in a layout that
 * suits the attribute's family. Immutable once built; the bitmaps a column hands out are shared and must never be
 * modified.
 */
sealed interface Column permits NumberColumn, TextColumn, BooleanColumn, InstantColumn, SetColumn {

    /**
     * The rows that have a value.
     *
     * @return the rows, shared: do not modify
     */
    RoaringBitmap present();

    /**
     * Roughly how much memory the column holds, for diagnostics.
     *
     * @return an estimate in bytes
     */
    long sizeInBytes();

    /**
     * Reads a column: {@code attribute.read(subject, context)} for every subject, once.
     *
     * @param subjects the rows
     * @param attribute the attribute
     * @param context the index's evaluation context
     * @param parallelism where the chunks of rows are read
     * @param <T> the subject type
     * @return the column for the attribute's family
     */
    @SuppressWarnings("unchecked") // an attribute of a family reads the same subjects as the Attribute<T, ?> it is
    static <T> Column read(
            List<T> subjects, Attribute<T, ?> attribute, EvaluationContext context, Parallelism parallelism) {
        if (attribute instanceof NumberAttribute) {
            return NumberColumn.read(subjects, (NumberAttribute<T>) attribute, context, parallelism);
        }
        if (attribute instanceof TextAttribute) {
            return TextColumn.read(subjects, (TextAttribute<T>) attribute, context, parallelism);
        }
        if (attribute instanceof BooleanAttribute) {
            return BooleanColumn.read(subjects, (BooleanAttribute<T>) attribute, context, parallelism);
        }
        if (attribute instanceof InstantAttribute) {
            return InstantColumn.read(subjects, (InstantAttribute<T>) attribute, context, parallelism);
        }
        if (attribute instanceof SetAttribute) {
            return SetColumn.read(subjects, (SetAttribute<T>) attribute, context, parallelism);
        }
        throw new IllegalStateException("attribute '" + attribute + "' is of no known family");
    }
}
