package io.segmentation.metrics;

/** A figure the report computes itself: a size or a share. */
record ReportFigure(double value, MetricUnit unit) implements MetricValue {}
