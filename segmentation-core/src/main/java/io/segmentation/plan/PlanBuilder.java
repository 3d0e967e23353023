package io.segmentation.plan;

import com.google.common.collect.ImmutableList;
import io.segmentation.Criterion;
import io.segmentation.CriterionVisitor;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a {@link Plan} from a criterion, once per distinct sub-criterion: equal sub-criteria, and segments referred
 * to several times, share one plan node.
 */
final class PlanBuilder<T> implements CriterionVisitor<T, Plan<T>> {

    private final Map<Criterion<T>, Plan<T>> built = new HashMap<>();

    private PlanBuilder() {}

    static <T> Plan<T> build(Criterion<T> criterion) {
        return new PlanBuilder<T>().plan(criterion);
    }

    private Plan<T> plan(Criterion<T> criterion) {
        Plan<T> plan = built.get(criterion);
        if (plan == null) {
            plan = criterion.accept(this);
            built.put(criterion, plan);
        }
        return plan;
    }

    private ImmutableList<Plan<T>> plans(List<Criterion<T>> criteria) {
        ImmutableList.Builder<Plan<T>> plans = ImmutableList.builderWithExpectedSize(criteria.size());
        for (Criterion<T> c : criteria) {
            plans.add(plan(c));
        }
        return plans.build();
    }

    @Override
    public <V> Plan<T> visitComparison(Criterion.Comparison<T, V> comparison) {
        return Plan.Compare.of(comparison);
    }

    @Override
    public Plan<T> visitPresence(Criterion.Presence<T> presence) {
        return new Plan.Presence<>(presence, presence.attribute(), presence.present());
    }

    @Override
    public Plan<T> visitAnd(Criterion.And<T> and) {
        return new Plan.All<>(and, plans(and.operands()));
    }

    @Override
    public Plan<T> visitOr(Criterion.Or<T> or) {
        return new Plan.Any<>(or, plans(or.operands()));
    }

    @Override
    public Plan<T> visitNot(Criterion.Not<T> not) {
        return new Plan.Not<>(not, plan(not.operand()));
    }

    @Override
    public Plan<T> visitInSegment(Criterion.InSegment<T> inSegment) {
        return new Plan.Reference<>(inSegment, plan(inSegment.segment().criterion()));
    }

    @Override
    public Plan<T> visitCustom(Criterion.Custom<T> custom) {
        return new Plan.Opaque<>(custom);
    }
}
