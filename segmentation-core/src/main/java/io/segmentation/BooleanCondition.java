package io.segmentation;

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
     * The value equals {@code expected}.
     *
     * @param expected the expected value
     */
    record Is(boolean expected) implements BooleanCondition {
        @Override
        public boolean test(Boolean value, EvaluationContext context) {
            return value == expected;
        }

        @Override
        public <R> R accept(ConditionVisitor<R> visitor) {
            return visitor.visit(this);
        }
    }
}
