/**
 * The tracker's scheduler: for a segment, a customer and an evaluation time,
 * {@link io.segmentation.internal.schedule.ChangePoints} finds the next instant at which an answer can change (a
 * window sliding past an order, an age at local midnight, a declared re-evaluation cadence), so that
 * {@code MembershipTracker} re-evaluates a customer only when it must.
 *
 * <p>Layer: tracking. Not exported.
 */
package io.segmentation.internal.schedule;
