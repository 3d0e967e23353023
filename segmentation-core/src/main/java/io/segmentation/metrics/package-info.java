/**
 * What a segment is worth: metric calculators, the segment report, and diagnostics of a set of segments.
 *
 * <p>A {@link io.segmentation.metrics.MetricCalculator} is a named, collector-shaped calculation over a segment's
 * members; {@link io.segmentation.metrics.Metrics} holds the built-in ones (size, revenue, orders, average order value,
 * purchase frequency, repeat-purchase rate, retention and churn, historic CLV, conversion, NPS, CSAT, ROI, engagement),
 * each with its formula in its javadoc. A {@link io.segmentation.metrics.SegmentReport} puts segments side by side
 * with the whole population as baseline.
 *
 * @since 0.1.0
 */
package io.segmentation.metrics;
