package io.segmentation.plan;

import static com.google.common.base.Preconditions.checkNotNull;

import io.segmentation.EvaluationContext;

/**
 * The normal form of a boolean condition: the value expected.
 *
 * @param expected the value accepted
 * @since 0.3.0
 */
public record BooleanMatch(boolean expected) implements NormalForm<Boolean> {

    /**
     * Whether a value is accepted.
     *
     * @param value the value
     * @return {@code value == expected}
     * @since 0.3.0
     */
    public boolean accepts(boolean value) {
        return value == expected;
    }

    /**
     * Same as {@link #accepts(boolean)}.
     *
     * @param value a present value
     * @param context not read
     * @return whether it is accepted
     */
    @Override
    public boolean test(Boolean value, EvaluationContext context) {
        checkNotNull(context, "context");
        return accepts(checkNotNull(value, "value"));
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return checkNotNull(visitor, "visitor").visitBoolean(this);
    }
}
