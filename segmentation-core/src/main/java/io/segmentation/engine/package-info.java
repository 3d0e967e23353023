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
 *
 * <p>{@link io.segmentation.engine.MembershipTracker} keeps memberships live: fed profile changes and the passing of
 * time, it tells {@link io.segmentation.engine.MembershipListener listeners} when a customer
 * {@link io.segmentation.engine.MembershipChange enters or leaves} a segment, at the exact instant, re-evaluating a
 * customer only when one of its answers can change.
 *
 * <pre>{@code
 * MembershipTracker<Customer> tracker = MembershipTracker.over(SegmentEngine.of(recentBuyers, lapsed));
 * tracker.addListener(change -> outbox.add(change));
 * tracker.update(anna, orderPlacedAt);     // Entered recent-buyers
 * tracker.advanceTo(clock.instant());      // Exited recent-buyers 30 days and 1ns after her last order, once due
 * }</pre>
 */
package io.segmentation.engine;
