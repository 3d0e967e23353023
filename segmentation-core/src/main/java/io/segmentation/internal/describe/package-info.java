/**
 * Criteria as text: the canonical query text ({@link io.segmentation.internal.describe.Printer}, which
 * {@code SegmentQuery.toText} and {@code Segment.toString()} use), the value types the text implies, the English
 * phrases of explanations ({@link io.segmentation.internal.describe.Phrases}), a short description of any criterion,
 * and the number, duration and period formats they share.
 *
 * <p>Layer: model and vocabulary, so that the model can print itself without the query-language package above it.
 * Not exported.
 */
package io.segmentation.internal.describe;
