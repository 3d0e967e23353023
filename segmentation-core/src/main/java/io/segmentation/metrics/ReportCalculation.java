package io.segmentation.metrics;

import com.google.common.collect.ImmutableList;
import io.segmentation.EvaluationContext;
import io.segmentation.Segment;
import io.segmentation.engine.ProgressListener;
import io.segmentation.internal.base.Parallelism;
import io.segmentation.internal.base.Progress;
import io.segmentation.internal.report.ReportFormat;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Computes a report's rows: sizes first, then which rows to withhold (small ones, and with secondary suppression those
 * whose figures would give a small group's away), then each metric over the members of every row that is shown. Rows
 * withheld are never given to a calculator, so no figure of theirs exists to leak. A differentially private report is
 * computed by {@link NoisyReport} instead.
 */
final class ReportCalculation<T> {

    private final ReportSource<T> source;
    private final List<Segment<T>> segments;
    private final List<ReportMetric<T>> metrics;
    private final int minimumSize;
    private final String populationLabel;
    private final boolean secondarySuppression;
    private final Parallelism parallelism;
    private final ProgressListener progress;

    private int populationSize;
    private final List<Integer> sizes = new ArrayList<>();
    private final List<ReportColumn> columns = new ArrayList<>();
    private ReportRow<T> baseline;
    private final List<ReportRow<T>> rows = new ArrayList<>();
    // rows withheld by secondary suppression: 1 + the segment's position
    private BitSet secondary = new BitSet();

    ReportCalculation(
            ReportSource<T> source,
            List<Segment<T>> segments,
            List<ReportMetric<T>> metrics,
            int minimumSize,
            String populationLabel,
            boolean secondarySuppression,
            NoisyReport.Settings noise,
            Parallelism parallelism,
            ProgressListener progress) {
        this.source = source;
        this.segments = segments;
        this.metrics = metrics;
        this.minimumSize = minimumSize;
        this.populationLabel = populationLabel;
        this.secondarySuppression = secondarySuppression;
        this.parallelism = parallelism;
        this.progress = progress;
        if (noise == null) {
            run();
        } else {
            NoisyReport<T> report = new NoisyReport<>(source, segments, metrics, minimumSize, populationLabel, noise);
            columns.addAll(report.columns());
            baseline = report.baseline();
            rows.addAll(report.rows());
        }
    }

    List<ReportColumn> columns() {
        return ImmutableList.copyOf(columns);
    }

    ReportRow<T> baseline() {
        return baseline;
    }

    List<ReportRow<T>> rows() {
        return ImmutableList.copyOf(rows);
    }

    /**
     * The lift of a figure against the population's: {@code value / baseline} for counts, money, fractions and rates
     * ({@code NaN} when the baseline is 0), {@code value - baseline} for scores; {@code NaN} when either is.
     */
    static double lift(MetricUnit unit, double value, double baseline) {
        if (Double.isNaN(value) || Double.isNaN(baseline)) {
            return Double.NaN;
        }
        if (unit == MetricUnit.SCORE) {
            return value - baseline;
        }
        return baseline == 0 ? Double.NaN : value / baseline;
    }

    private void run() {
        populationSize = source.populationSize();
        boolean populationShown = populationSize >= minimumSize;
        Progress sized = Progress.start(progress::onProgress, SegmentReport.SEGMENTS_PHASE, segments.size());
        for (Segment<T> segment : segments) {
            sizes.add(source.size(segment));
            sized.advance(1);
        }
        if (secondarySuppression && populationShown) {
            secondary = secondary();
        }

        // results[m][0] is the population's, results[m][1 + s] segment s's; null where suppressed or not applicable
        MetricValue[][] results = new MetricValue[metrics.size()][1 + segments.size()];
        List<Cell> cells = new ArrayList<>();
        if (populationShown && metrics.stream().anyMatch(m -> m.forPopulation().isPresent())) {
            List<T> population = source.population();
            for (int m = 0; m < metrics.size(); m++) {
                Optional<MetricCalculator<? super T, ? extends MetricValue>> calculator =
                        metrics.get(m).forPopulation();
                if (calculator.isPresent()) {
                    cells.add(new Cell(m, 0, calculator.get(), population, populationLabel));
                }
            }
        }
        for (int s = 0; s < segments.size(); s++) {
            if (shown(sizes.get(s)) && !secondary.get(1 + s) && !metrics.isEmpty()) {
                Segment<T> segment = segments.get(s);
                List<T> members = source.members(segment);
                for (int m = 0; m < metrics.size(); m++) {
                    ReportMetric<T> metric = metrics.get(m);
                    cells.add(new Cell(m, 1 + s, metric.forSegment(segment), members, ReportFormat.quoted(segment)));
                }
            }
        }
        // Each cell is computed sequentially by its calculator, wherever it runs, so figures never depend on it.
        Progress calculated = Progress.start(progress::onProgress, SegmentReport.METRICS_PHASE, cells.size());
        parallelism.run(cells.size(), false, i -> {
            Cell cell = cells.get(i);
            results[cell.metric][cell.position] =
                    calculate(metrics.get(cell.metric), cell.calculator, cell.members, cell.row);
            calculated.advance(1);
        });

        columns.add(new ReportColumn(ReportColumn.SIZE, ReportColumn.Kind.SIZE, MetricUnit.COUNT));
        columns.add(new ReportColumn(ReportColumn.SHARE, ReportColumn.Kind.SHARE, MetricUnit.FRACTION));
        for (int m = 0; m < metrics.size(); m++) {
            ReportMetric<T> metric = metrics.get(m);
            columns.add(new ReportColumn(metric.name(), metric.kind(), unit(metric, results[m]), total(results[m])));
        }

        baseline = row(populationLabel, Optional.empty(), populationSize, results, 0);
        for (int s = 0; s < segments.size(); s++) {
            rows.add(row(
                    ReportFormat.label(segments.get(s)), Optional.of(segments.get(s)), sizes.get(s), results, s + 1));
        }
    }

    /**
     * The segment rows to withhold because, with the rows shown, they would give a small group's figures away (see
     * {@link SecondarySuppression}). Overlaps are only counted when some row is small or two rows' sizes differ by
     * less than the minimum size; otherwise nothing can be derived.
     */
    private BitSet secondary() {
        int n = segments.size() + 1;
        long[] size = new long[n];
        size[0] = populationSize;
        for (int s = 0; s < segments.size(); s++) {
            size[1 + s] = sizes.get(s);
        }
        BitSet small = new BitSet();
        boolean closeSizes = false;
        for (int i = 0; i < n; i++) {
            if (size[i] < minimumSize) {
                small.set(i);
            }
            for (int j = 0; j < n; j++) {
                long difference = size[i] - size[j];
                closeSizes |= difference > 0 && difference < minimumSize;
            }
        }
        boolean smallNonEmpty = small.stream().anyMatch(i -> size[i] > 0);
        if (!smallNonEmpty && !closeSizes) {
            return new BitSet();
        }
        long[][] gram = new long[n][n];
        for (int i = 0; i < n; i++) {
            gram[0][i] = size[i];
            gram[i][0] = size[i];
            gram[i][i] = size[i];
        }
        for (int i = 1; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                long overlap =
                        size[i] == 0 || size[j] == 0 ? 0 : source.overlap(segments.get(i - 1), segments.get(j - 1));
                gram[i][j] = overlap;
                gram[j][i] = overlap;
            }
        }
        return SecondarySuppression.of(gram, small, minimumSize);
    }

    private static boolean total(MetricValue[] results) {
        for (MetricValue result : results) {
            if (result != null && result.isTotal()) {
                return true;
            }
        }
        return false;
    }

    private boolean shown(int size) {
        return size >= minimumSize;
    }

    private ReportRow<T> row(
            String label, Optional<Segment<T>> segment, int size, MetricValue[][] results, int position) {
        List<ReportCell> cells = new ArrayList<>(columns.size());
        if (!shown(size)) {
            for (ReportColumn column : columns) {
                cells.add(ReportCell.suppressed(column, minimumSize));
            }
            return new ReportRow<>(label, segment, true, OptionalInt.empty(), cells);
        }
        if (secondary.get(position)) {
            for (ReportColumn column : columns) {
                cells.add(ReportCell.secondarilySuppressed(column));
            }
            return new ReportRow<>(label, segment, true, OptionalInt.empty(), cells);
        }
        cells.add(ReportCell.of(columns.get(0), new ReportFigure(size, MetricUnit.COUNT), Double.NaN));
        cells.add(ReportCell.of(
                columns.get(1), new ReportFigure((double) size / populationSize, MetricUnit.FRACTION), Double.NaN));
        for (int m = 0; m < metrics.size(); m++) {
            ReportColumn column = columns.get(2 + m);
            MetricValue result = results[m][position];
            if (result == null) {
                cells.add(ReportCell.notApplicable(column));
            } else {
                MetricValue population = results[m][0];
                double lift = position == 0 || population == null || !column.hasLift()
                        ? Double.NaN
                        : lift(column.unit(), result.value(), population.value());
                cells.add(ReportCell.of(column, result, lift));
            }
        }
        return new ReportRow<>(label, segment, false, OptionalInt.of(size), cells);
    }

    private MetricValue calculate(
            ReportMetric<T> metric,
            MetricCalculator<? super T, ? extends MetricValue> calculator,
            List<T> members,
            String row) {
        MetricValue result = calculator.calculate(members, source.context());
        if (result == null || result.unit() == null) {
            throw new NullPointerException("metric '" + metric.name() + "' returned "
                    + (result == null ? "null" : "a result without a unit") + " for " + row);
        }
        return result;
    }

    /**
     * The unit of a metric's column: that of its results, which must agree. When every row is suppressed, the unit of
     * the calculator's result over no members.
     */
    private MetricUnit unit(ReportMetric<T> metric, MetricValue[] results) {
        MetricUnit unit = null;
        int first = -1;
        for (int i = 0; i < results.length; i++) {
            if (results[i] == null) {
                continue;
            }
            if (unit == null) {
                unit = results[i].unit();
                first = i;
            } else if (results[i].unit() != unit) {
                throw new IllegalStateException("metric '" + metric.name() + "' gave results in different units: "
                        + unit + " for " + rowName(first) + " but " + results[i].unit() + " for " + rowName(i));
            }
        }
        if (unit != null) {
            return unit;
        }
        MetricCalculator<? super T, ? extends MetricValue> calculator =
                metric.forPopulation().orElseGet(() -> metric.forSegment(segments.get(0)));
        return calculate(metric, calculator, List.of(), "no members").unit();
    }

    private String rowName(int position) {
        return position == 0 ? "'" + populationLabel + "'" : ReportFormat.quoted(segments.get(position - 1));
    }

    EvaluationContext context() {
        return source.context();
    }

    /** One figure to compute: a metric over the members of a row. */
    private final class Cell {
        final int metric;
        final int position;
        final MetricCalculator<? super T, ? extends MetricValue> calculator;
        final List<T> members;
        final String row;

        Cell(
                int metric,
                int position,
                MetricCalculator<? super T, ? extends MetricValue> calculator,
                List<T> members,
                String row) {
            this.metric = metric;
            this.position = position;
            this.calculator = calculator;
            this.members = members;
            this.row = row;
        }
    }
}
