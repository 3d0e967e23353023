package io.segmentation.index;

import io.segmentation.Criterion;
import io.segmentation.CriterionVisitor;
import io.segmentation.CustomPredicate;
import io.segmentation.EvaluationContext;
import io.segmentation.NumberCondition;
import io.segmentation.Segment;
import io.segmentation.plan.NumberIntervals;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.roaringbitmap.FastAggregation;
import org.roaringbitmap.RoaringBitmap;

/**
 * One evaluation of criteria over an index, leaf by leaf into bitmaps: comparisons and presence tests come from
 * columns, {@code and}/{@code or} intersect and unite, {@code not} complements against all rows (or, inside an
 * {@code and}, subtracts). Leaves and referenced segments met twice in one query are evaluated once. Custom
 * predicates are the slow path: asked row by row, and only for the rows still in question when they are operands of
 * an {@code and}. Not thread-safe; one query per call.
 *
 * <p>Bitmaps from columns are shared, so results are only ever combined with the non-mutating static operations.
 */
final class Query<T> implements CriterionVisitor<T, RoaringBitmap> {

    private final PopulationIndex<T> index;
    private final EvaluationContext context;
    private final int size;
    private final Map<Criterion<T>, RoaringBitmap> leaves = new HashMap<>();
    private final Map<Segment<T>, RoaringBitmap> segments = new HashMap<>();

    Query(PopulationIndex<T> index) {
        this.index = index;
        this.context = index.context();
        this.size = index.size();
    }

    /** The rows satisfying {@code criterion}; shared, do not modify. */
    RoaringBitmap rows(Criterion<T> criterion) {
        return criterion.accept(this);
    }

    @Override
    public <V> RoaringBitmap visitComparison(Criterion.Comparison<T, V> comparison) {
        index.meet(comparison.attribute());
        RoaringBitmap rows = leaves.get(comparison);
        if (rows == null) {
            Column column = index.column(comparison.attribute());
            rows = comparison.condition().normalForm().accept(new Leaves(column, context));
            leaves.put(comparison, rows);
        }
        return rows;
    }

    @Override
    public RoaringBitmap visitPresence(Criterion.Presence<T> presence) {
        index.meet(presence.attribute());
        RoaringBitmap rows = leaves.get(presence);
        if (rows == null) {
            RoaringBitmap present = index.column(presence.attribute()).present();
            rows = presence.present() ? present : Rows.complement(present, size);
            leaves.put(presence, rows);
        }
        return rows;
    }

    @Override
    public RoaringBitmap visitAnd(Criterion.And<T> and) {
        List<Criterion<T>> negated = new ArrayList<>();
        List<Criterion<T>> rowByRow = new ArrayList<>();
        List<Criterion<T>> ranges = new ArrayList<>();
        RoaringBitmap result = null;
        for (Criterion<T> operand : and.operands()) {
            if (operand instanceof Criterion.Custom || isNegatedCustom(operand)) {
                rowByRow.add(operand);
            } else if (operand instanceof Criterion.Not<T> not) {
                negated.add(not.operand());
            } else if (range(operand) != null && !leaves.containsKey(operand)) {
                ranges.add(operand);
            } else {
                RoaringBitmap rows = rows(operand);
                result = result == null ? rows : RoaringBitmap.and(result, rows);
                if (result.isEmpty()) {
                    return result;
                }
            }
        }
        // Number ranges last: once the other operands leave few candidates, narrowing those beats a column scan.
        for (Criterion<T> operand : ranges) {
            if (result != null && result.getCardinality() < size / FILTER_RATIO) {
                double[] bounds = range(operand);
                Criterion.Comparison<T, ?> comparison = (Criterion.Comparison<T, ?>) operand;
                NumberColumn column = (NumberColumn) index.column(comparison.attribute());
                result = column.rangeWithin(result, bounds[0], bounds[1]);
            } else {
                RoaringBitmap rows = rows(operand);
                result = result == null ? rows : RoaringBitmap.and(result, rows);
            }
            if (result.isEmpty()) {
                return result;
            }
        }
        for (Criterion<T> operand : negated) {
            RoaringBitmap rows = rows(operand);
            result = result == null ? Rows.complement(rows, size) : RoaringBitmap.andNot(result, rows);
            if (result.isEmpty()) {
                return result;
            }
        }
        for (Criterion<T> operand : rowByRow) {
            if (result == null) {
                result = rows(operand);
            } else {
                boolean holds = operand instanceof Criterion.Custom;
                CustomPredicate<? super T> predicate = holds
                        ? ((Criterion.Custom<T>) operand).predicate()
                        : ((Criterion.Custom<T>) ((Criterion.Not<T>) operand).operand()).predicate();
                result = Rows.where(result, row -> predicate.test(index.subject(row), context) == holds);
            }
            if (result.isEmpty()) {
                return result;
            }
        }
        return result;
    }

    /** Below one candidate in this many rows, number ranges narrow the candidates instead of scanning the column. */
    private static final int FILTER_RATIO = 4;

    /** The closed bounds over doubles of a number comparison whose normal form is one interval, or null. */
    private static double[] range(Criterion<?> c) {
        if (!(c instanceof Criterion.Comparison<?, ?> comparison)
                || !(comparison.condition() instanceof NumberCondition condition)) {
            return null;
        }
        NumberIntervals intervals = condition.intervals();
        if (intervals.intervals().size() != 1) {
            return null;
        }
        NumberIntervals.Interval interval = intervals.intervals().get(0);
        return new double[] {interval.lowestIncluded(), interval.highestIncluded()};
    }

    private static boolean isNegatedCustom(Criterion<?> c) {
        return c instanceof Criterion.Not<?> not && not.operand() instanceof Criterion.Custom;
    }

    @Override
    public RoaringBitmap visitOr(Criterion.Or<T> or) {
        RoaringBitmap[] parts = new RoaringBitmap[or.operands().size()];
        for (int i = 0; i < parts.length; i++) {
            parts[i] = rows(or.operands().get(i));
        }
        return FastAggregation.or(parts);
    }

    @Override
    public RoaringBitmap visitNot(Criterion.Not<T> not) {
        return Rows.complement(rows(not.operand()), size);
    }

    @Override
    public RoaringBitmap visitInSegment(Criterion.InSegment<T> inSegment) {
        Segment<T> segment = inSegment.segment();
        RoaringBitmap rows = segments.get(segment);
        if (rows == null) {
            rows = rows(segment.criterion());
            segments.put(segment, rows);
        }
        return rows;
    }

    @Override
    public RoaringBitmap visitCustom(Criterion.Custom<T> custom) {
        CustomPredicate<? super T> predicate = custom.predicate();
        return Rows.where(size, index.parallelism(), row -> predicate.test(index.subject(row), context));
    }
}
