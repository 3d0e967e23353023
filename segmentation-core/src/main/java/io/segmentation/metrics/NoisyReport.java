package io.segmentation.metrics;

import io.segmentation.EvaluationContext;
import io.segmentation.Segment;
import io.segmentation.internal.report.ReportFormat;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.random.RandomGenerator;

/**
 * The rows of a differentially private report: the Laplace mechanism (Dwork and Roth 2014, definition 3.3) on every
 * figure released, with the report's ε split evenly over them (sequential composition, theorem 3.16).
 *
 * <p>The figures are, for the population row and each segment row, the size (sensitivity 1: adding or removing one
 * member changes it by at most 1) and each {@link ClampedSum} (sensitivity: its bound). With {@code F = rows × (1 +
 * sums)} figures, each gets ε / F, so its noise is Laplace with scale {@code sensitivity × F / ε}. Everything shown
 * afterwards — rounding (sizes to whole numbers, money to cents, never below 0), shares (noisy size over noisy
 * population), and suppression of rows whose noisy size is under the minimum — is post-processing of noisy figures
 * and costs no privacy (proposition 2.1). Unlike the exact report, every row's members are summed, small ones included,
 * because whether a row is shown must not depend on its exact size; nothing exact leaves this class.
 */
final class NoisyReport<T> {

    /**
     * What a differentially private report needs: its budget and its source of randomness.
     *
     * @param epsilon the privacy budget of the whole report, finite and greater than 0
     * @param random the noise source
     */
    record Settings(double epsilon, RandomGenerator random) {}

    private final List<ReportColumn> columns = new ArrayList<>();
    private ReportRow<T> baseline;
    private final List<ReportRow<T>> rows = new ArrayList<>();

    NoisyReport(
            ReportSource<T> source,
            List<Segment<T>> segments,
            List<ReportMetric<T>> metrics,
            int minimumSize,
            String populationLabel,
            Settings settings) {
        List<ClampedSum<? super T>> sums = new ArrayList<>();
        for (ReportMetric<T> metric : metrics) {
            ClampedSum<? super T> sum =
                    (ClampedSum<? super T>) metric.forPopulation().orElseThrow();
            sums.add(sum);
        }
        columns.add(new ReportColumn(ReportColumn.SIZE, ReportColumn.Kind.SIZE, MetricUnit.COUNT));
        columns.add(new ReportColumn(ReportColumn.SHARE, ReportColumn.Kind.SHARE, MetricUnit.FRACTION));
        for (int m = 0; m < sums.size(); m++) {
            columns.add(new ReportColumn(
                    metrics.get(m).name(), ReportColumn.Kind.METRIC, sums.get(m).unit(), true));
        }

        int figures = (1 + segments.size()) * (1 + sums.size());
        double scalePerUnit = figures / settings.epsilon();
        EvaluationContext context = source.context();
        RandomGenerator random = settings.random();

        Noisy population = noisy(source.population(), sums, context, random, scalePerUnit);
        List<Noisy> noisyRows = new ArrayList<>();
        for (Segment<T> segment : segments) {
            noisyRows.add(noisy(source.members(segment), sums, context, random, scalePerUnit));
        }

        boolean populationShown = population.size >= minimumSize;
        baseline = row(populationLabel, Optional.empty(), population, population, populationShown, minimumSize, sums);
        for (int s = 0; s < segments.size(); s++) {
            Noisy row = noisyRows.get(s);
            boolean shown = populationShown && row.size >= minimumSize;
            rows.add(row(
                    ReportFormat.label(segments.get(s)),
                    Optional.of(segments.get(s)),
                    row,
                    population,
                    shown,
                    minimumSize,
                    sums));
        }
    }

    List<ReportColumn> columns() {
        return columns;
    }

    ReportRow<T> baseline() {
        return baseline;
    }

    List<ReportRow<T>> rows() {
        return rows;
    }

    /** A row's noisy figures: its size, and each sum's total. */
    private record Noisy(long size, List<BigDecimal> totals) {}

    private Noisy noisy(
            List<T> members,
            List<ClampedSum<? super T>> sums,
            EvaluationContext context,
            RandomGenerator random,
            double scalePerUnit) {
        long size = Math.max(0, Math.round(members.size() + laplace(random, scalePerUnit)));
        List<BigDecimal> totals = new ArrayList<>();
        for (ClampedSum<? super T> sum : sums) {
            BigDecimal total = BigDecimal.ZERO;
            for (T member : members) {
                total = total.add(sum.contribution(member, context));
            }
            double noise = laplace(random, sum.bound().doubleValue() * scalePerUnit);
            int scale = sum.unit() == MetricUnit.MONEY ? 2 : 0;
            BigDecimal noisy = total.add(new BigDecimal(noise)).setScale(scale, RoundingMode.HALF_EVEN);
            totals.add(noisy.max(BigDecimal.ZERO.setScale(scale)));
        }
        return new Noisy(size, totals);
    }

    private ReportRow<T> row(
            String label,
            Optional<Segment<T>> segment,
            Noisy figures,
            Noisy population,
            boolean shown,
            int minimumSize,
            List<ClampedSum<? super T>> sums) {
        List<ReportCell> cells = new ArrayList<>();
        if (!shown) {
            for (ReportColumn column : columns) {
                cells.add(ReportCell.suppressed(column, minimumSize));
            }
            return new ReportRow<>(label, segment, true, OptionalInt.empty(), cells);
        }
        double share = Math.min(1, (double) figures.size / population.size);
        cells.add(ReportCell.noisy(columns.get(0), new ReportFigure(figures.size, MetricUnit.COUNT), Double.NaN));
        cells.add(ReportCell.noisy(columns.get(1), new ReportFigure(share, MetricUnit.FRACTION), Double.NaN));
        for (int m = 0; m < sums.size(); m++) {
            cells.add(ReportCell.noisy(columns.get(2 + m), sums.get(m).result(figures.totals.get(m)), Double.NaN));
        }
        int size = (int) Math.min(Integer.MAX_VALUE, figures.size);
        return new ReportRow<>(label, segment, false, OptionalInt.of(size), cells);
    }

    /**
     * A draw from the Laplace distribution with mean 0 and this scale (mean absolute value {@code scale}): the
     * difference of two exponential draws.
     */
    static double laplace(RandomGenerator random, double scale) {
        double u = 1 - random.nextDouble(); // (0, 1]
        double v = 1 - random.nextDouble();
        return scale * (Math.log(u) - Math.log(v));
    }
}
