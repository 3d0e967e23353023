package io.segmentation;

/**
 * One method per {@link Condition} record, so that renderers (text, explanations, SQL) handle every operator and a new
 * operator breaks them at compile time.
 *
 * @param <R> the result type
 * @since 0.1.0
 */
public interface ConditionVisitor<R> {

    /**
     * Visits a {@code NumberCondition.Between} condition.
     *
     * @param c the condition
     * @return the result
     */
    R visit(NumberCondition.Between c);

    /**
     * Visits a {@code NumberCondition.AtLeast} condition.
     *
     * @param c the condition
     * @return the result
     */
    R visit(NumberCondition.AtLeast c);

    /**
     * Visits a {@code NumberCondition.AtMost} condition.
     *
     * @param c the condition
     * @return the result
     */
    R visit(NumberCondition.AtMost c);

    /**
     * Visits a {@code NumberCondition.GreaterThan} condition.
     *
     * @param c the condition
     * @return the result
     */
    R visit(NumberCondition.GreaterThan c);

    /**
     * Visits a {@code NumberCondition.LessThan} condition.
     *
     * @param c the condition
     * @return the result
     */
    R visit(NumberCondition.LessThan c);

    /**
     * Visits a {@code NumberCondition.Is} condition.
     *
     * @param c the condition
     * @return the result
     */
    R visit(NumberCondition.Is c);

    /**
     * Visits a {@code NumberCondition.In} condition.
     *
     * @param c the condition
     * @return the result
     */
    R visit(NumberCondition.In c);

    /**
     * Visits a {@code TextCondition.Is} condition.
     *
     * @param c the condition
     * @return the result
     */
    R visit(TextCondition.Is c);

    /**
     * Visits a {@code TextCondition.In} condition.
     *
     * @param c the condition
     * @return the result
     */
    R visit(TextCondition.In c);

    /**
     * Visits a {@code TextCondition.StartsWith} condition.
     *
     * @param c the condition
     * @return the result
     */
    R visit(TextCondition.StartsWith c);

    /**
     * Visits a {@code TextCondition.EndsWith} condition.
     *
     * @param c the condition
     * @return the result
     */
    R visit(TextCondition.EndsWith c);

    /**
     * Visits a {@code TextCondition.Contains} condition.
     *
     * @param c the condition
     * @return the result
     */
    R visit(TextCondition.Contains c);

    /**
     * Visits a {@code TextCondition.Matches} condition.
     *
     * @param c the condition
     * @return the result
     */
    R visit(TextCondition.Matches c);

    /**
     * Visits a {@code BooleanCondition.Is} condition.
     *
     * @param c the condition
     * @return the result
     */
    R visit(BooleanCondition.Is c);

    /**
     * Visits a {@code InstantCondition.Before} condition.
     *
     * @param c the condition
     * @return the result
     */
    R visit(InstantCondition.Before c);

    /**
     * Visits a {@code InstantCondition.After} condition.
     *
     * @param c the condition
     * @return the result
     */
    R visit(InstantCondition.After c);

    /**
     * Visits a {@code InstantCondition.Between} condition.
     *
     * @param c the condition
     * @return the result
     */
    R visit(InstantCondition.Between c);

    /**
     * Visits a {@code InstantCondition.Within} condition.
     *
     * @param c the condition
     * @return the result
     */
    R visit(InstantCondition.Within c);

    /**
     * Visits a {@code SetCondition.Contains} condition.
     *
     * @param c the condition
     * @return the result
     */
    R visit(SetCondition.Contains c);

    /**
     * Visits a {@code SetCondition.ContainsAny} condition.
     *
     * @param c the condition
     * @return the result
     */
    R visit(SetCondition.ContainsAny c);

    /**
     * Visits a {@code SetCondition.ContainsAll} condition.
     *
     * @param c the condition
     * @return the result
     */
    R visit(SetCondition.ContainsAll c);

    /**
     * Visits a {@code SetCondition.IsEmpty} condition.
     *
     * @param c the condition
     * @return the result
     */
    R visit(SetCondition.IsEmpty c);
}
