package io.segmentation.internal;

import com.google.common.collect.ImmutableList;
import io.segmentation.Criterion;
import io.segmentation.Segment;

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
}
