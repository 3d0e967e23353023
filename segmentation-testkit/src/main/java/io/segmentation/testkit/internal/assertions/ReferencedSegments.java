package io.segmentation.testkit.internal.assertions;

import io.segmentation.Criterion;
import io.segmentation.CriterionVisitor;
import io.segmentation.Segment;
import io.segmentation.attribute.AttributeRegistry;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The named segments a criterion refers to with {@code IN SEGMENT}, so that a text round trip can resolve them. Only
 * the criterion's own references are collected: a referenced segment's criterion is already part of that segment.
 *
 * @param <T> the subject type
 */
public final class ReferencedSegments<T> implements CriterionVisitor<T, Void> {

    private final Set<Segment<T>> found = new LinkedHashSet<>();

    private ReferencedSegments() {}

    /**
     * The registry with every segment the criterion refers to that it does not know yet.
     *
     * @param registry the registry
     * @param criterion the criterion
     * @param <T> the subject type
     * @return the registry, extended
     */
    public static <T> AttributeRegistry<T> register(AttributeRegistry<T> registry, Criterion<T> criterion) {
        ReferencedSegments<T> visitor = new ReferencedSegments<>();
        criterion.accept(visitor);
        AttributeRegistry<T> extended = registry;
        for (Segment<T> s : visitor.found) {
            if (extended.segment(s.name().orElseThrow()).isEmpty()) {
                extended = extended.withSegment(s);
            }
        }
        return extended;
    }

    @Override
    public <V> Void visitComparison(Criterion.Comparison<T, V> comparison) {
        return null;
    }

    @Override
    public Void visitPresence(Criterion.Presence<T> presence) {
        return null;
    }

    @Override
    public Void visitAnd(Criterion.And<T> and) {
        and.operands().forEach(c -> c.accept(this));
        return null;
    }

    @Override
    public Void visitOr(Criterion.Or<T> or) {
        or.operands().forEach(c -> c.accept(this));
        return null;
    }

    @Override
    public Void visitNot(Criterion.Not<T> not) {
        return not.operand().accept(this);
    }

    @Override
    public Void visitInSegment(Criterion.InSegment<T> inSegment) {
        found.add(inSegment.segment());
        return null;
    }

    @Override
    public Void visitCustom(Criterion.Custom<T> custom) {
        return null;
    }
}
