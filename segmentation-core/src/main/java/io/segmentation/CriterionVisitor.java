package io.segmentation;

/**
 * One method per {@link Criterion} record. Evaluators and renderers are visitors, so that adding a node breaks every
 * one of them at compile time instead of at run time.
 *
 * @param <T> the subject type of the criteria visited
 * @param <R> the result type
 * @since 0.1.0
 */
public interface CriterionVisitor<T, R> {

    /**
     * Visits a comparison of an attribute's value with a condition.
     *
     * @param comparison the node
     * @param <V> the attribute's value type
     * @return the result
     */
    <V> R visitComparison(Criterion.Comparison<T, V> comparison);

    /**
     * Visits a presence test.
     *
     * @param presence the node
     * @return the result
     */
    R visitPresence(Criterion.Presence<T> presence);

    /**
     * Visits a conjunction.
     *
     * @param and the node
     * @return the result
     */
    R visitAnd(Criterion.And<T> and);

    /**
     * Visits a disjunction.
     *
     * @param or the node
     * @return the result
     */
    R visitOr(Criterion.Or<T> or);

    /**
     * Visits a negation.
     *
     * @param not the node
     * @return the result
     */
    R visitNot(Criterion.Not<T> not);

    /**
     * Visits a reference to another segment.
     *
     * @param inSegment the node
     * @return the result
     */
    R visitInSegment(Criterion.InSegment<T> inSegment);

    /**
     * Visits a custom predicate.
     *
     * @param custom the node
     * @return the result
     */
    R visitCustom(Criterion.Custom<T> custom);
}
