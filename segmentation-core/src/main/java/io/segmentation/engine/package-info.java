/**
 * Evaluation: {@link io.segmentation.engine.SegmentMatcher} decides membership and
 * {@link io.segmentation.engine.Explanation explains} it, at the time given by an
 * {@link io.segmentation.EvaluationContext} — never the wall clock.
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
 *
 * <h2>Batch work: executors and progress</h2>
 *
 * <p>Large batch operations run in chunks. Without an executor they use the common fork-join pool (for inputs of
 * 10 000 or more), which a server may share with its request handling; every such operation has an overload taking
 * an {@link java.util.concurrent.Executor} — {@link io.segmentation.engine.SegmentEngine#assign(Iterable,
 * EvaluationContext, AssignmentMode, java.util.concurrent.Executor, ProgressListener) SegmentEngine.assign},
 * {@link io.segmentation.index.PopulationIndex#build(Iterable, EvaluationContext, java.util.concurrent.Executor,
 * ProgressListener) PopulationIndex.build}, {@link io.segmentation.metrics.MetricCalculator#calculateInParallel(
 * java.util.Collection, EvaluationContext, java.util.concurrent.Executor) MetricCalculator.calculateInParallel},
 * {@link io.segmentation.metrics.SegmentReport.Builder#executor SegmentReport.Builder.executor} — that runs every
 * chunk as a task there instead: the way to keep batch work off request threads. The answers are the same wherever
 * the work runs. The same operations report their progress to a {@link io.segmentation.engine.ProgressListener}.
 *
 * <pre>{@code
 * ExecutorService batch = Executors.newFixedThreadPool(2);
 * Assignment<Customer> nightly = engine.assign(customers, context, AssignmentMode.EXCLUSIVE, batch,
 *         (phase, done, total) -> log.info("{}: {} of {}", phase, done, total));
 * }</pre>
 *
 * <h2>Logging</h2>
 *
 * <p>The library logs through SLF4J under the names of its classes, and never logs customer data (ids, attribute
 * values, profiles) at any level above TRACE; nothing is logged per customer at DEBUG or above, so a disabled level
 * costs one check per operation.
 *
 * <ul>
 *   <li>{@code io.segmentation.engine.SegmentMatcher}, DEBUG: each matcher compiled (segment name, compiled nodes,
 *       distinct attributes, time).
 *   <li>{@code io.segmentation.engine.SegmentEngine}, DEBUG: each engine compiled (segments, nodes, attributes,
 *       time) and each {@code assign} (subjects, mode, where it ran, time).
 *   <li>{@code io.segmentation.index.PopulationIndex}, DEBUG: each index built (subjects, evaluation time, time
 *       taken), each column read (attribute, rows, bytes, time) and each {@code prepare}.
 *   <li>{@code io.segmentation.metrics.SegmentReport}, DEBUG: each report built (title, segments, suppressed rows,
 *       metrics, population size, time).
 *   <li>{@code io.segmentation.engine.MembershipTracker}, TRACE only: each evaluation of a customer (id, instant,
 *       changes) and the next instant scheduled for it.
 *   <li>{@code io.segmentation.metrics.SegmentDiagnostics}, WARN: each diagnostics warning (segment labels, counts,
 *       shares).
 *   <li>{@code io.segmentation.text.SegmentParser}, WARN: a query refused for exceeding its
 *       {@link io.segmentation.text.QueryLimits} (the limit and the position, never the query's text).
 * </ul>
 */
package io.segmentation.engine;

import io.segmentation.EvaluationContext;
