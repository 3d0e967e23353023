package io.segmentation.internal.model;

import com.google.common.collect.ImmutableList;
import io.segmentation.Criterion;
import io.segmentation.Segment;
import io.segmentation.attribute.Attribute;

/** Structural queries over criterion trees. */
public final class Criteria {

    private Criteria() {}

    /**
     * The segments a criterion refers to directly (not through them), in order of appearance.
     *
     * @param criterion the criterion
     * @return the referenced segments, with repeats
     */
    public static ImmutableList<Segment<?>> references(Criterion<?> criterion) {
        ImmutableList.Builder<Segment<?>> found = ImmutableList.builder();
        collect(criterion, found);
        return found.build();
    }

    private static void collect(Criterion<?> c, ImmutableList.Builder<Segment<?>> found) {
        if (c instanceof Criterion.InSegment<?> ref) {
            found.add(ref.segment());
        } else if (c instanceof Criterion.And<?> and) {
            and.operands().forEach(o -> collect(o, found));
        } else if (c instanceof Criterion.Or<?> or) {
            or.operands().forEach(o -> collect(o, found));
        } else if (c instanceof Criterion.Not<?> not) {
            collect(not.operand(), found);
        }
    }

    /**
     * The attributes a criterion's leaves read, including those of the segments it refers to, in order of appearance.
     *
     * @param criterion the criterion
     * @param <T> the subject type
     * @return the attributes, with repeats
     */
    public static <T> ImmutableList<Attribute<T, ?>> attributes(Criterion<T> criterion) {
        ImmutableList.Builder<Attribute<T, ?>> found = ImmutableList.builder();
        attributes(criterion, found);
        return found.build();
    }

    private static <T> void attributes(Criterion<T> c, ImmutableList.Builder<Attribute<T, ?>> found) {
        if (c instanceof Criterion.Comparison<T, ?> comparison) {
            found.add(comparison.attribute());
        } else if (c instanceof Criterion.Presence<T> presence) {
            found.add(presence.attribute());
        } else if (c instanceof Criterion.InSegment<T> ref) {
            attributes(ref.segment().criterion(), found);
        } else if (c instanceof Criterion.And<T> and) {
            and.operands().forEach(o -> attributes(o, found));
        } else if (c instanceof Criterion.Or<T> or) {
            or.operands().forEach(o -> attributes(o, found));
        } else if (c instanceof Criterion.Not<T> not) {
            attributes(not.operand(), found);
        }
    }
}
