package io.segmentation.internal.model;

import io.segmentation.Condition;
import io.segmentation.Criterion;
import io.segmentation.CriterionVisitor;
import io.segmentation.EvaluationContext;

/**
 * The reference interpreter: walks a criterion tree for one subject, short-circuiting {@code and}/{@code or}. Its
 * leaf rules ({@link #holds}, {@link #present}) are the single definition of comparison semantics; the explainer
 * uses the same ones so that a match and its explanation cannot disagree.
 *
 * @param <T> the subject type
 */
public final class Evaluator<T> implements CriterionVisitor<T, Boolean> {

    private final T subject;
    private final EvaluationContext context;

    private Evaluator(T subject, EvaluationContext context) {
        this.subject = subject;
        this.context = context;
    }

    /**
     * Evaluates a criterion for one subject.
     *
     * @param criterion the criterion
     * @param subject the subject
     * @param context the evaluation context
     * @param <T> the subject type
     * @return whether the subject satisfies the criterion
     */
    public static <T> boolean matches(Criterion<T> criterion, T subject, EvaluationContext context) {
        return criterion.accept(new Evaluator<>(subject, context));
    }

    /**
     * The comparison rule: a missing value fails every condition.
     *
     * @param condition the condition
     * @param value the value read, {@code null} when missing
     * @param context the evaluation context
     * @param <V> the value type
     * @return whether the comparison holds
     */
    public static <V> boolean holds(Condition<V> condition, V value, EvaluationContext context) {
        return value != null && condition.test(value, context);
    }

    /**
     * The presence rule.
     *
     * @param presence the presence test
     * @param value the value read, {@code null} when missing
     * @return whether the presence test holds
     */
    public static boolean present(Criterion.Presence<?> presence, Object value) {
        return (value != null) == presence.present();
    }

    @Override
    public <V> Boolean visitComparison(Criterion.Comparison<T, V> comparison) {
        return holds(comparison.condition(), comparison.attribute().read(subject, context), context);
    }

    @Override
    public Boolean visitPresence(Criterion.Presence<T> presence) {
        return present(presence, presence.attribute().read(subject, context));
    }

    @Override
    public Boolean visitAnd(Criterion.And<T> and) {
        for (Criterion<T> c : and.operands()) {
            if (!c.accept(this)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public Boolean visitOr(Criterion.Or<T> or) {
        for (Criterion<T> c : or.operands()) {
            if (c.accept(this)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Boolean visitNot(Criterion.Not<T> not) {
        return !not.operand().accept(this);
    }

    @Override
    public Boolean visitInSegment(Criterion.InSegment<T> inSegment) {
        return inSegment.segment().criterion().accept(this);
    }

    @Override
    public Boolean visitCustom(Criterion.Custom<T> custom) {
        return custom.predicate().test(subject, context);
    }
}
