/**
 * The plan: one description of a segment that every evaluator and renderer reads, so that the meaning of a comparison
 * is written once.
 *
 * <p>Each condition has a <em>normal form</em> ({@link io.segmentation.plan.NormalForm}), computed from its record by
 * one method ({@code NumberCondition#intervals()}, {@code InstantCondition#bounds()}, {@code TextCondition#match()},
 * {@code SetCondition#match()}, {@code BooleanCondition#match()}):
 *
 * <ul>
 *   <li>numbers: {@link io.segmentation.plan.NumberIntervals}, a union of disjoint intervals with open or closed
 *       bounds ({@code in(1, 2, 3)} is three points);
 *   <li>instants: {@link io.segmentation.plan.InstantBounds}, a lower and an upper bound made of
 *       {@link io.segmentation.TimePoint}s, each saying whether and how it moves with the evaluation time;
 *   <li>text: {@link io.segmentation.plan.TextMatch}, an exact set, a prefix, a suffix, a part or a regular
 *       expression, with a case mode;
 *   <li>sets: {@link io.segmentation.plan.SetMatch}, any of, all of, or empty;
 *   <li>booleans: {@link io.segmentation.plan.BooleanMatch}, the expected value.
 * </ul>
 *
 * <p>A normal form only speaks about present values. What a missing value does is stated by the
 * {@link io.segmentation.plan.Plan} of a whole criterion: a comparison leaf is false for a missing value (so under
 * {@code not} it is true), a presence leaf is true for a missing value exactly when it tests {@code isMissing()}.
 *
 * <pre>{@code
 * Plan<Customer> plan = Plan.of(Segment.where(age().between(18, 25)).and(country().in("DE", "AT")));
 * // plan: All[Compare(age, [18.0, 25.0]), Compare(country, EXACT_SET {DE, AT})]
 * NumberIntervals adults = ((NumberCondition) new NumberCondition.AtLeast(18)).intervals(); // [18.0, +Infinity]
 * adults.complement();                                                                     // [-Infinity, 18.0)
 * }</pre>
 *
 * <p>All types here are immutable, thread-safe and reject {@code null} arguments.
 *
 * @since 0.3.0
 */
package io.segmentation.plan;
