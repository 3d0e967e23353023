/**
 * The built-in metric calculators behind {@code io.segmentation.metrics.Metrics}: order, activity, retention,
 * conversion and survey figures, each accumulated in a {@code Tally} so that
 * sequential, parallel and index calculations agree exactly.
 *
 * <p>Layer: metrics and reports. Not exported: implementation of {@code io.segmentation.metrics}.
 */
package io.segmentation.internal.metrics;
