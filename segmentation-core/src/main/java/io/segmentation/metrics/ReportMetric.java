package io.segmentation.metrics;

import io.segmentation.Segment;
import io.segmentation.internal.report.ReportFormat;
import java.util.Optional;
import java.util.function.Function;

/**
 * A metric column as configured: one calculator for every row, or a calculator chosen per segment (then the
 * population row has no value).
 */
final class ReportMetric<T> {

    private final String name;
    private final Optional<MetricCalculator<? super T, ? extends MetricValue>> forAll;
    private final Function<? super Segment<T>, ? extends MetricCalculator<? super T, ? extends MetricValue>> forSegment;

    private ReportMetric(
            String name,
            Optional<MetricCalculator<? super T, ? extends MetricValue>> forAll,
            Function<? super Segment<T>, ? extends MetricCalculator<? super T, ? extends MetricValue>> forSegment) {
        this.name = name;
        this.forAll = forAll;
        this.forSegment = forSegment;
    }

    static <T> ReportMetric<T> of(MetricCalculator<? super T, ? extends MetricValue> calculator) {
        return new ReportMetric<>(calculator.name(), Optional.of(calculator), segment -> calculator);
    }

    static <T> ReportMetric<T> perSegment(
            String name,
            Function<? super Segment<T>, ? extends MetricCalculator<? super T, ? extends MetricValue>> calculators) {
        return new ReportMetric<>(name, Optional.empty(), calculators);
    }

    String name() {
        return name;
    }

    /** The calculator for the population row; empty for a per-segment metric. */
    Optional<MetricCalculator<? super T, ? extends MetricValue>> forPopulation() {
        return forAll;
    }

    /** The calculator for a segment's row. */
    MetricCalculator<? super T, ? extends MetricValue> forSegment(Segment<T> segment) {
        MetricCalculator<? super T, ? extends MetricValue> calculator = forSegment.apply(segment);
        if (calculator == null) {
            throw new NullPointerException(
                    "metric '" + name + "' gave no calculator (null) for segment " + ReportFormat.quoted(segment));
        }
        return calculator;
    }

    ReportColumn.Kind kind() {
        return forAll.isPresent() ? ReportColumn.Kind.METRIC : ReportColumn.Kind.SEGMENT_METRIC;
    }
}
