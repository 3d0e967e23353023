package io.segmentation;

import io.segmentation.plan.NormalForm;

/**
 * A test on one present value of an attribute: the right-hand side of a comparison such as {@code between 18 and 25}.
 *
 * <p>Conditions are data: immutable records with structural equality, grouped in one sealed family per kind of
 * value ({@link NumberCondition}, {@link TextCondition}, {@link BooleanCondition}, {@link InstantCondition},
 * {@link SetCondition}). Users do not build them directly; the operator methods of the attribute families do, and
 * validate their arguments there. A condition is only ever asked about a present value: a missing value fails every
 * comparison before its condition is consulted.
 *
 * @param <V> the type of value tested
 * @since 0.1.0
 */
public sealed interface Condition<V>
        permits NumberCondition, TextCondition, BooleanCondition, InstantCondition, SetCondition {

    /**
     * Tests a present value.
     *
     * @param value the attribute's value, never null
     * @param context the evaluation time, for conditions relative to it such as {@code within(30 days)}
     * @return whether the value satisfies the condition
     */
    boolean test(V value, EvaluationContext context);

    /**
     * The type of value this condition tests; matches the attribute family it belongs to.
     *
     * @return the value type
     */
    Class<V> valueType();

    /**
     * The condition's normal form: the values it accepts, in the one shape of its family, which evaluators and
     * renderers read instead of re-deriving each operator's meaning. {@code normalForm().test(v, context)} equals
     * {@code test(v, context)} for every present value.
     *
     * @return the normal form, computed from the record's operands
     * @since 0.3.0
     */
    NormalForm<V> normalForm();

    /**
     * Calls the visitor method for this condition's record type.
     *
     * @param visitor the visitor
     * @param <R> the visitor's result type
     * @return the visitor's result
     */
    <R> R accept(ConditionVisitor<R> visitor);
}
