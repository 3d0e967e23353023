package io.segmentation.plan;

import io.segmentation.EvaluationContext;

/**
 * The normal form of a condition: what values it accepts, written in one shape per family of values, so that
 * evaluators and renderers read its meaning instead of re-deriving it from each operator.
 *
 * <p>A normal form only tests present values; a {@link Plan} says what a missing value does. Every implementation is
 * immutable, thread-safe and has structural equality.
 *
 * @param <V> the type of value tested
 * @since 0.3.0
 */
public sealed interface NormalForm<V> permits NumberIntervals, InstantBounds, TextMatch, SetMatch, BooleanMatch {

    /**
     * Tests a present value, with the same answer as the condition this normal form was computed from.
     *
     * @param value the value, never null
     * @param context the evaluation time, for bounds relative to it
     * @return whether the value is accepted
     * @throws NullPointerException if an argument is null
     * @since 0.3.0
     */
    boolean test(V value, EvaluationContext context);

    /**
     * Calls the visitor method for this normal form's family.
     *
     * @param visitor the visitor
     * @param <R> the visitor's result type
     * @return the visitor's result
     * @since 0.3.0
     */
    <R> R accept(Visitor<R> visitor);

    /**
     * One method per family of normal form, for renderers that write each family in their own terms.
     *
     * @param <R> the result type
     * @since 0.3.0
     */
    interface Visitor<R> {

        /**
         * Visits the normal form of a number condition.
         *
         * @param numbers the intervals
         * @return the result
         * @since 0.3.0
         */
        R visitNumbers(NumberIntervals numbers);

        /**
         * Visits the normal form of an instant condition.
         *
         * @param instants the bounds
         * @return the result
         * @since 0.3.0
         */
        R visitInstants(InstantBounds instants);

        /**
         * Visits the normal form of a text condition.
         *
         * @param text the match
         * @return the result
         * @since 0.3.0
         */
        R visitText(TextMatch text);

        /**
         * Visits the normal form of a set condition.
         *
         * @param set the match
         * @return the result
         * @since 0.3.0
         */
        R visitSet(SetMatch set);

        /**
         * Visits the normal form of a boolean condition.
         *
         * @param bool the match
         * @return the result
         * @since 0.3.0
         */
        R visitBoolean(BooleanMatch bool);
    }
}
