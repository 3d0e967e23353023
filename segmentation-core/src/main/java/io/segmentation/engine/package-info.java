/**
 * Evaluation: {@link io.segmentation.engine.SegmentMatcher} decides membership and
 * {@link io.segmentation.engine.Explanation explains} it, at the time given by an
 * {@link io.segmentation.engine.EvaluationContext} — never the wall clock.
 *
 * <pre>{@code
 * SegmentMatcher<Customer> matcher = SegmentMatcher.of(youngRepeat);
 * EvaluationContext june = EvaluationContext.asOf(Instant.parse("2026-06-01T00:00:00Z"));
 * if (!matcher.matches(anna, june)) {
 *     System.out.println(matcher.explain(anna, june));
 *     // ✗ segment 'young-repeat'
 *     //   ✗ all of (1 of 2 hold)
 *     //     ✓ age 25 is between 18 and 25
 *     //     ✗ purchases 1 is not at least 3
 * }
 * }</pre>
 */
package io.segmentation.engine;
