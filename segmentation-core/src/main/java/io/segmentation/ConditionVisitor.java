package io.segmentation;

/**
 * One method per {@link Condition} record, so that renderers (text, explanations, SQL) handle every operator and a new
 * operator breaks them at compile time.
 *
 * @param <R> the result type
 * @since 0.1.0
 */
public interface ConditionVisitor<R> {

    /** @param c the condition; @return the result */
    R visit(NumberCondition.Between c);

    /** @param c the condition; @return the result */
    R visit(NumberCondition.AtLeast c);

    /** @param c the condition; @return the result */
    R visit(NumberCondition.AtMost c);

    /** @param c the condition; @return the result */
    R visit(NumberCondition.GreaterThan c);

    /** @param c the condition; @return the result */
    R visit(NumberCondition.LessThan c);

    /** @param c the condition; @return the result */
    R visit(NumberCondition.Is c);

    /** @param c the condition; @return the result */
    R visit(NumberCondition.In c);

    /** @param c the condition; @return the result */
    R visit(TextCondition.Is c);

    /** @param c the condition; @return the result */
    R visit(TextCondition.In c);

    /** @param c the condition; @return the result */
    R visit(TextCondition.StartsWith c);

    /** @param c the condition; @return the result */
    R visit(TextCondition.EndsWith c);

    /** @param c the condition; @return the result */
    R visit(TextCondition.Contains c);

    /** @param c the condition; @return the result */
    R visit(TextCondition.Matches c);

    /** @param c the condition; @return the result */
    R visit(BooleanCondition.Is c);

    /** @param c the condition; @return the result */
    R visit(InstantCondition.Before c);

    /** @param c the condition; @return the result */
    R visit(InstantCondition.After c);

    /** @param c the condition; @return the result */
    R visit(InstantCondition.Between c);

    /** @param c the condition; @return the result */
    R visit(InstantCondition.Within c);

    /** @param c the condition; @return the result */
    R visit(InstantCondition.MoreThanAgo c);

    /** @param c the condition; @return the result */
    R visit(SetCondition.Contains c);

    /** @param c the condition; @return the result */
    R visit(SetCondition.ContainsAny c);

    /** @param c the condition; @return the result */
    R visit(SetCondition.ContainsAll c);

    /** @param c the condition; @return the result */
    R visit(SetCondition.IsEmpty c);
}
