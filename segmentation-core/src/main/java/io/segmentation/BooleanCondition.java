package io.segmentation;

import io.segmentation.plan.BooleanMatch;

/**
 * Conditions on booleans.
 *
 * @since 0.1.0
 */
public sealed interface BooleanCondition extends Condition<Boolean> {

    @Override
    default Class<Boolean> valueType() {
        return Boolean.class;
    }

    /**
     * The value this condition accepts. {@code match().accepts(v)} equals {@code test(v, context)}.
     *
     * @return the match
     * @since 0.3.0
     */
    BooleanMatch match();

    /**
     * Same as {@link #match()}.
     *
     * @return the match
     * @since 0.3.0
     */
    @Override
    default BooleanMatch normalForm() {
        return match();
    }

    /**
     * The value equals {@code expected}.
     *
     * @param expected the expected value
     */
    record Is(boolean expected) implements BooleanCondition {
        @Override
        public boolean test(Boolean value, EvaluationContext context) {
            return match().accepts(value);
        }

        @Override
        public BooleanMatch match() {
            return new BooleanMatch(expected);
        }

        @Override
        public <R> R accept(ConditionVisitor<R> visitor) {
            return visitor.visit(this);
        }
    }
}
