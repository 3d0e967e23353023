package io.segmentation.index;

import io.segmentation.Criterion;
import io.segmentation.CriterionVisitor;
import io.segmentation.Segment;
import io.segmentation.attribute.Attribute;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;

/** The attributes a criterion reads, through segment references too: the columns a query will need. */
final class UsedAttributes<T> implements CriterionVisitor<T, Void> {

    private final Set<Attribute<T, ?>> attributes = new LinkedHashSet<>();
    private final Set<Segment<T>> visited = new HashSet<>();

    /** Adds the attributes {@code criterion} reads. */
    UsedAttributes<T> add(Criterion<T> criterion) {
        criterion.accept(this);
        return this;
    }

    Set<Attribute<T, ?>> attributes() {
        return attributes;
    }

    @Override
    public <V> Void visitComparison(Criterion.Comparison<T, V> comparison) {
        attributes.add(comparison.attribute());
        return null;
    }

    @Override
    public Void visitPresence(Criterion.Presence<T> presence) {
        attributes.add(presence.attribute());
        return null;
    }

    @Override
    public Void visitAnd(Criterion.And<T> and) {
        and.operands().forEach(this::add);
        return null;
    }

    @Override
    public Void visitOr(Criterion.Or<T> or) {
        or.operands().forEach(this::add);
        return null;
    }

    @Override
    public Void visitNot(Criterion.Not<T> not) {
        return not.operand().accept(this);
    }

    @Override
    public Void visitInSegment(Criterion.InSegment<T> inSegment) {
        if (visited.add(inSegment.segment())) {
            inSegment.segment().criterion().accept(this);
        }
        return null;
    }

    @Override
    public Void visitCustom(Criterion.Custom<T> custom) {
        return null;
    }
}
