package io.segmentation.index;

import com.google.common.collect.ImmutableSet;
import com.google.common.primitives.Doubles;
import io.segmentation.BooleanCondition;
import io.segmentation.ConditionVisitor;
import io.segmentation.EvaluationContext;
import io.segmentation.InstantCondition;
import io.segmentation.NumberCondition;
import io.segmentation.SetCondition;
import io.segmentation.TextCondition;
import io.segmentation.internal.base.Instants;
import java.time.Instant;
import org.roaringbitmap.RoaringBitmap;

/**
 * The rows of one column that satisfy one condition: each operator mapped to a column operation with the
 * interpreter's meaning. A visitor, so that a new operator does not compile until the index handles it. The
 * comparison's attribute and condition are of the same family, so the column is always of the kind cast to.
 */
final class Leaves implements ConditionVisitor<RoaringBitmap> {

    private final Column column;
    private final EvaluationContext context;

    Leaves(Column column, EvaluationContext context) {
        this.column = column;
        this.context = context;
    }

    private NumberColumn numbers() {
        return (NumberColumn) column;
    }

    private TextColumn texts() {
        return (TextColumn) column;
    }

    private InstantColumn instants() {
        return (InstantColumn) column;
    }

    private SetColumn sets() {
        return (SetColumn) column;
    }

    @Override
    public RoaringBitmap visit(NumberCondition.Between c) {
        return numbers().range(c.lower(), c.upper());
    }

    @Override
    public RoaringBitmap visit(NumberCondition.AtLeast c) {
        return numbers().range(c.bound(), Double.POSITIVE_INFINITY);
    }

    @Override
    public RoaringBitmap visit(NumberCondition.AtMost c) {
        return numbers().range(Double.NEGATIVE_INFINITY, c.bound());
    }

    @Override
    public RoaringBitmap visit(NumberCondition.GreaterThan c) {
        // x > b exactly when x >= nextUp(b), for every double x.
        return numbers().range(Math.nextUp(c.bound()), Double.POSITIVE_INFINITY);
    }

    @Override
    public RoaringBitmap visit(NumberCondition.LessThan c) {
        return numbers().range(Double.NEGATIVE_INFINITY, Math.nextDown(c.bound()));
    }

    @Override
    public RoaringBitmap visit(NumberCondition.Is c) {
        return numbers().range(c.expected(), c.expected());
    }

    @Override
    public RoaringBitmap visit(NumberCondition.In c) {
        return numbers().in(Doubles.toArray(c.values()));
    }

    @Override
    public RoaringBitmap visit(TextCondition.Is c) {
        return texts().equalTo(ImmutableSet.of(c.expected()), c.ignoreCase());
    }

    @Override
    public RoaringBitmap visit(TextCondition.In c) {
        return texts().equalTo(c.values(), c.ignoreCase());
    }

    @Override
    public RoaringBitmap visit(TextCondition.StartsWith c) {
        return texts().matching(value -> c.test(value, context));
    }

    @Override
    public RoaringBitmap visit(TextCondition.EndsWith c) {
        return texts().matching(value -> c.test(value, context));
    }

    @Override
    public RoaringBitmap visit(TextCondition.Contains c) {
        return texts().matching(value -> c.test(value, context));
    }

    @Override
    public RoaringBitmap visit(TextCondition.Matches c) {
        return texts().matching(value -> c.test(value, context));
    }

    @Override
    public RoaringBitmap visit(BooleanCondition.Is c) {
        return ((BooleanColumn) column).is(c.expected());
    }

    @Override
    public RoaringBitmap visit(InstantCondition.Before c) {
        Instant point = c.point().resolve(context);
        return point.equals(Instant.MIN) ? new RoaringBitmap() : instants().between(Instant.MIN, point.minusNanos(1));
    }

    @Override
    public RoaringBitmap visit(InstantCondition.After c) {
        Instant point = c.point().resolve(context);
        return point.equals(Instant.MAX) ? new RoaringBitmap() : instants().between(point.plusNanos(1), Instant.MAX);
    }

    @Override
    public RoaringBitmap visit(InstantCondition.Between c) {
        return instants().between(c.from().resolve(context), c.to().resolve(context));
    }

    @Override
    public RoaringBitmap visit(InstantCondition.Within c) {
        Instant asOf = context.asOf();
        return instants().between(Instants.minusSaturated(asOf, c.duration()), asOf);
    }

    @Override
    public RoaringBitmap visit(SetCondition.Contains c) {
        return sets().containing(c.element());
    }

    @Override
    public RoaringBitmap visit(SetCondition.ContainsAny c) {
        return sets().containingAny(c.elements());
    }

    @Override
    public RoaringBitmap visit(SetCondition.ContainsAll c) {
        return sets().containingAll(c.elements());
    }

    @Override
    public RoaringBitmap visit(SetCondition.IsEmpty c) {
        return sets().empty();
    }
}
