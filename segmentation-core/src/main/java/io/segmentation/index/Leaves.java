package io.segmentation.index;

import io.segmentation.EvaluationContext;
import io.segmentation.plan.BooleanMatch;
import io.segmentation.plan.InstantBounds;
import io.segmentation.plan.NormalForm;
import io.segmentation.plan.NumberIntervals;
import io.segmentation.plan.SetMatch;
import io.segmentation.plan.TextMatch;
import java.time.Instant;
import java.util.Optional;
import org.roaringbitmap.FastAggregation;
import org.roaringbitmap.RoaringBitmap;

/**
 * The rows of one column that satisfy one condition, read from the condition's normal form: each family mapped to a
 * column operation with the interpreter's meaning. A visitor over the five families, so that a new family does not
 * compile until the index handles it; a new operator needs nothing here once its normal form is written. The
 * comparison's attribute and condition are of the same family, so the column is always of the kind cast to.
 */
final class Leaves implements NormalForm.Visitor<RoaringBitmap> {

    private final Column column;
    private final EvaluationContext context;

    Leaves(Column column, EvaluationContext context) {
        this.column = column;
        this.context = context;
    }

    @Override
    public RoaringBitmap visitNumbers(NumberIntervals numbers) {
        NumberColumn column = (NumberColumn) this.column;
        if (numbers.isPoints()) {
            double[] points = new double[numbers.intervals().size()];
            for (int i = 0; i < points.length; i++) {
                points[i] = numbers.intervals().get(i).lower();
            }
            return column.in(points);
        }
        // x > b exactly when x >= nextUp(b), for every double x: each interval is a closed range of keys.
        RoaringBitmap[] parts = new RoaringBitmap[numbers.intervals().size()];
        for (int i = 0; i < parts.length; i++) {
            NumberIntervals.Interval interval = numbers.intervals().get(i);
            parts[i] = column.range(interval.lowestIncluded(), interval.highestIncluded());
        }
        return parts.length == 1 ? parts[0] : FastAggregation.or(parts);
    }

    @Override
    public RoaringBitmap visitInstants(InstantBounds instants) {
        InstantBounds.Resolved bounds = instants.resolve(context);
        Optional<Instant> from = bounds.lowestIncluded();
        Optional<Instant> to = bounds.highestIncluded();
        if (from.isEmpty() || to.isEmpty()) {
            return new RoaringBitmap();
        }
        return ((InstantColumn) column).between(from.get(), to.get());
    }

    @Override
    public RoaringBitmap visitText(TextMatch text) {
        TextColumn column = (TextColumn) this.column;
        if (text.kind() == TextMatch.Kind.EXACT_SET) {
            return column.equalTo(text.operands(), text.caseMode() == TextMatch.CaseMode.IGNORE_CASE);
        }
        return column.matching(text::accepts);
    }

    @Override
    public RoaringBitmap visitSet(SetMatch set) {
        SetColumn column = (SetColumn) this.column;
        return switch (set.kind()) {
            case ANY ->
                set.elements().size() == 1
                        ? column.containing(set.elements().iterator().next())
                        : column.containingAny(set.elements());
            case ALL -> column.containingAll(set.elements());
            case EMPTY -> column.empty();
        };
    }

    @Override
    public RoaringBitmap visitBoolean(BooleanMatch bool) {
        return ((BooleanColumn) column).is(bool.expected());
    }
}
