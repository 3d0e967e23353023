package io.segmentation.metrics;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.segmentation.EvaluationContext;
import io.segmentation.Segment;
import io.segmentation.engine.ProgressListener;
import io.segmentation.index.PopulationIndex;
import io.segmentation.internal.base.Parallelism;
import io.segmentation.internal.report.ReportCsv;
import io.segmentation.internal.report.ReportFormat;
import io.segmentation.internal.report.ReportHtml;
import io.segmentation.internal.report.ReportJson;
import io.segmentation.internal.report.ReportText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Segments side by side: one row per segment and one for the whole population (the baseline), one column per
 * metric, each figure with its lift against the population; small segments' figures withheld. Renders as an aligned
 * text table, CSV, JSON, and a self-contained HTML page with charts.
 *
 * <pre>{@code
 * SegmentReport<Customer> report = SegmentReport.builder(index)      // or builder(customers, context)
 *         .segments(vip, lapsed, newsletter)
 *         .metric(Metrics.revenue())
 *         .metric(Metrics.averageOrderValue())
 *         .metric("ROI", segment -> Metrics.roi(spend.get(segment), margin, Duration.ofDays(30)))  // per segment
 *         .minimumSize(10)                                           // the default
 *         .build();
 * System.out.println(report.toText());
 * report.writeHtml(Path.of("segments.html"));
 * }</pre>
 *
 * <h2>Rows and columns</h2>
 *
 * <p>The population row comes first ({@link #baseline()}, labelled "All customers" unless {@link
 * Builder#populationLabel(String) relabelled}), then one row per segment in the order given ({@link #rows()}).
 * Columns are {@code Size} (the number of members) and {@code Share} (size ÷ population size), always, then one per
 * metric in the order added. A metric is a {@link MetricCalculator} whose result implements {@link MetricValue}; its
 * {@link MetricValue#unit() unit} decides the format: COUNT {@code 1,234}, MONEY {@code 12,345.67}, FRACTION
 * {@code 12.3%}, RATE {@code 2.35}, SCORE {@code +12.0} — always with {@link Locale#ROOT} separators, never the
 * machine's locale. An undefined result ({@code NaN}) shows as {@code –}.
 *
 * <h2>Lift</h2>
 *
 * <p>Each metric cell of a segment row carries its lift against the population row: the ratio segment ÷ population
 * for COUNT, MONEY, FRACTION and RATE ({@code ×1.42}; undefined when the population's figure is 0), and the
 * difference segment − population in points for SCORE ({@code +3.5 pts}), since a ratio of scores that can be
 * negative means nothing. A lift is undefined when either figure is. A metric added {@linkplain
 * Builder#metric(String, Function) per segment} has no population figure and so no lift.
 *
 * <h2>Suppression of small segments</h2>
 *
 * <p>A segment with fewer members than the minimum size (default {@value #DEFAULT_MINIMUM_SIZE}) is suppressed: its
 * members are never given to a calculator, its row holds no figure — not its size, share, metrics or lifts — and
 * every rendering shows only markers ({@code <10} for the size, {@code *} elsewhere) and a note saying why. The data
 * accessors answer the same way ({@link ReportCell#isSuppressed()}, empty values). If the population itself is smaller
 * than the minimum, its row and so every row is suppressed.
 *
 * <h2>Secondary suppression</h2>
 *
 * <p>Suppressing a small row alone does not hide it when other rows give it away: with segments {@code A} and {@code
 * not A} in one report, {@code A}'s size and revenue are the population's minus {@code not A}'s; with {@code A} and
 * {@code A minus one customer}, that customer's revenue is the difference. So, unless turned off with {@link
 * Builder#secondarySuppression(boolean) secondarySuppression(false)}, the report also withholds rows (marker {@code
 * **}, {@link ReportRow#isSecondarilySuppressed()}) until, from the members' exact overlaps:
 *
 * <ul>
 *   <li>no suppressed (nonempty) row's membership is a linear combination — sums and differences with any
 *       coefficients — of the rows shown, the population row included. This covers a complement ({@code P − not A}),
 *       a partition of the population into pairwise disjoint rows ({@code P − B − C}), a partition of a shown row,
 *       and any inclusion–exclusion over shown rows; and
 *   <li>no two rows shown, one containing the other, differ by 1 to {@code minimumSize − 1} members (the inner one is
 *       withheld, and from then on their difference is protected as in the first point).
 * </ul>
 *
 * <p>Every figure a report shows is a sum over a row's members (size, revenue, orders) or a ratio of such sums
 * (averages, rates, shares), so what is not a linear combination of shown rows cannot be computed exactly from this
 * report's figures. Rows are withheld greedily, smallest first; the population row never. Overlaps come from the
 * index's bitmaps (or the engine's assignment), are counted only when a row is small or two sizes are close, and the
 * check is exact (integer arithmetic on the rows' pairwise overlaps), with a cost that grows with the cube of the number
 * of rows and more: meant for reports of tens of segments.
 *
 * <p>What it does <b>not</b> protect against: figures from other reports, or published elsewhere (two reports, on
 * {@code A} and on {@code A} minus one customer, each safe alone, still give that customer's revenue away — use a
 * differentially private report); combinations that are not exact, such as bounds (a suppressed row's size is
 * between 1 and {@code minimumSize − 1}, and inequalities between shown rows can narrow it); small groups that are
 * neither a row of the report nor the difference of two nested shown rows, yet are a combination of shown rows (with
 * {@code A}, {@code B} and {@code A or B} shown, the overlap {@code A and B} is {@code A + B − (A or B)}, however small);
 * and anything learnt from which rows are withheld.
 *
 * <h2>Differential privacy</h2>
 *
 * <p>{@link Builder#differentialPrivacy(double) differentialPrivacy(ε)} makes the report ε-differentially private
 * (Dwork and Roth, "The Algorithmic Foundations of Differential Privacy", 2014): whether any one customer is in the
 * population or not changes the probability of any output by a factor of at most e<sup>ε</sup>, so no report, and no
 * difference of reports, tells much about one customer. It works with the Laplace mechanism:
 *
 * <ul>
 *   <li>Only figures with a known sensitivity are released: sizes (1) and {@link ClampedSum} metrics — totals in which
 *       each customer's contribution is clamped to {@code [0, bound]} ({@link Metrics#clampedRevenue(java.math.BigDecimal)},
 *       {@link Metrics#clampedOrders(long)}); the bound is the sensitivity. Any other metric is refused by {@link
 *       Builder#build()}.
 *   <li>The budget ε is for the whole report and is split evenly over its {@code F = (1 + segments) × (1 + metrics)}
 *       figures (sequential composition): each gets Laplace noise of scale {@code sensitivity × F / ε}. For ε = 1,
 *       three segments and clamped revenue bounded at 1,000.00, a size's noise has a mean absolute value of 8 and a
 *       revenue's of 8,000.00.
 *   <li>Shown figures are rounded (sizes to whole numbers, money to cents, never below 0); shares are noisy size over
 *       noisy population; a row is suppressed when its <i>noisy</i> size is under the minimum. These are
 *       post-processing and cost nothing. Secondary suppression is not applied: it reads exact overlaps.
 *   <li>Every figure is marked noisy ({@link ReportCell#isNoisy()}; {@code ~} in text and HTML, a {@code noisy} field
 *       in CSV and JSON, and a note).
 * </ul>
 *
 * <p>Limits. The guarantee is per report under the stated sensitivities (adding or removing one customer): budgets add
 * up, so k reports on the same customers are together (k·ε)-differentially private, and the caller must count what
 * has been released. It protects individuals, not aggregates: large differences between segments stay visible, as
 * they should. Noise comes from the {@link Builder#noiseSource(java.util.random.RandomGenerator) noise source}, by
 * default a {@link java.security.SecureRandom}; a seeded source is for tests only, since whoever knows the seed can
 * remove the noise. Sampling uses floating point, whose rounding can leak through the low bits of unrounded values
 * (Mironov, "On Significance of the Least Significant Bits for Differential Privacy", CCS 2012); rounding the released
 * figures to whole numbers and cents reduces but does not formally remove this, so treat the guarantee as holding up
 * to that caveat. Clamping biases totals downwards for customers above the bound; choose bounds from the domain, not
 * from the data.
 *
 * <h2>Long reports</h2>
 *
 * <p>{@link Builder#executor(Executor)} computes the figures (and, for a report over a collection, the assignment of
 * members to segments) on an executor of your choosing, off the common pool and off request threads; each figure is
 * still computed by one calculator over its members, so the report is the same. {@link Builder#progress} reports
 * the phases {@value #SEGMENTS_PHASE} (segments sized) and {@value #METRICS_PHASE} (figures computed), preceded for
 * a report over a collection by the engine's {@code "assign"} phase. Logger
 * {@code io.segmentation.metrics.SegmentReport} writes one DEBUG line per report built (segments, metrics, suppressed
 * rows, time), never a customer's data.
 *
 * <p>Immutable and thread-safe once built; everything is computed by {@link Builder#build()}. Equal when title,
 * evaluation context, minimum size, columns and rows are.
 *
 * @param <T> the member type, usually {@link io.segmentation.customer.Customer}
 * @since 0.1.0
 */
public final class SegmentReport<T> {

    /** The minimum size of a segment whose figures are shown, unless {@link Builder#minimumSize(int)} says otherwise. */
    public static final int DEFAULT_MINIMUM_SIZE = 10;

    /**
     * The progress phase of sizing the segments, counted in segments.
     *
     * @since 0.2.0
     */
    public static final String SEGMENTS_PHASE = "report segments";

    /**
     * The progress phase of computing the figures, counted in figures (one metric over one row's members).
     *
     * @since 0.2.0
     */
    public static final String METRICS_PHASE = "report metrics";

    private static final Logger log = LoggerFactory.getLogger(SegmentReport.class);

    private final String title;
    private final EvaluationContext context;
    private final int minimumSize;
    private final boolean secondarySuppression;
    private final OptionalDouble epsilon;
    private final ImmutableList<ReportColumn> columns;
    private final ReportRow<T> baseline;
    private final ImmutableList<ReportRow<T>> rows;
    private final ImmutableMap<Segment<T>, ReportRow<T>> bySegment;

    private SegmentReport(
            String title,
            int minimumSize,
            boolean secondarySuppression,
            OptionalDouble epsilon,
            ReportCalculation<T> calculation) {
        this.title = title;
        this.context = calculation.context();
        this.minimumSize = minimumSize;
        this.secondarySuppression = secondarySuppression;
        this.epsilon = epsilon;
        this.columns = ImmutableList.copyOf(calculation.columns());
        this.baseline = calculation.baseline();
        this.rows = ImmutableList.copyOf(calculation.rows());
        ImmutableMap.Builder<Segment<T>, ReportRow<T>> map = ImmutableMap.builder();
        rows.forEach(row -> map.put(row.segment().orElseThrow(), row));
        this.bySegment = map.build();
    }

    /**
     * Starts a report over the population of an index: sizes are bitmap counts, members come from
     * {@link PopulationIndex#members(Segment)}, and metrics are computed as of {@link PopulationIndex#context()}.
     *
     * @param index the population
     * @param <T> the member type
     * @return a builder
     */
    public static <T> Builder<T> builder(PopulationIndex<T> index) {
        checkNotNull(index, "index");
        return new Builder<>(index, null, null);
    }

    /**
     * Starts a report over a collection: segments are evaluated by a {@link io.segmentation.engine.SegmentEngine} in
     * one pass over the population, as of {@code context}.
     *
     * @param population the population, no nulls; copied when the report is built
     * @param context the evaluation time of segments and metrics
     * @param <T> the member type
     * @return a builder
     */
    public static <T> Builder<T> builder(Collection<? extends T> population, EvaluationContext context) {
        checkNotNull(population, "population");
        checkNotNull(context, "context");
        List<T> copy = new ArrayList<>(population.size());
        int i = 0;
        for (T member : population) {
            copy.add(checkNotNull(member, "population contains null at position %s", i));
            i++;
        }
        return new Builder<>(null, ImmutableList.copyOf(copy), context);
    }

    /**
     * The report's title, shown above renderings.
     *
     * @return the title, "Segment report" unless set
     */
    public String title() {
        return title;
    }

    /**
     * The evaluation time of segments and metrics.
     *
     * @return the context
     */
    public EvaluationContext context() {
        return context;
    }

    /**
     * The minimum number of members a segment needs for its figures to be shown.
     *
     * @return at least 1
     */
    public int minimumSize() {
        return minimumSize;
    }

    /**
     * Whether rows whose figures would give a small group's away were withheld too (see "Secondary suppression"
     * above); never in a differentially private report.
     *
     * @return true unless turned off, or the report is differentially private
     * @since 0.2.0
     */
    public boolean secondarySuppression() {
        return secondarySuppression;
    }

    /**
     * The privacy budget of a differentially private report (see "Differential privacy" above).
     *
     * @return ε; empty for an exact report
     * @since 0.2.0
     */
    public OptionalDouble epsilon() {
        return epsilon;
    }

    /**
     * Whether the report is differentially private: every figure carries noise.
     *
     * @return true when built with {@link Builder#differentialPrivacy(double)}
     * @since 0.2.0
     */
    public boolean isDifferentiallyPrivate() {
        return epsilon.isPresent();
    }

    /**
     * The columns: {@code Size}, {@code Share}, then the metrics in the order added.
     *
     * @return the columns, an immutable list
     */
    public List<ReportColumn> columns() {
        return columns;
    }

    /**
     * The population row, the baseline of every lift.
     *
     * @return the population row
     */
    public ReportRow<T> baseline() {
        return baseline;
    }

    /**
     * The segment rows, in the order the segments were given (the population row is {@link #baseline()}).
     *
     * @return the rows, an immutable list
     */
    public List<ReportRow<T>> rows() {
        return rows;
    }

    /**
     * The row of a segment.
     *
     * @param segment one of the report's segments
     * @return its row
     * @throws IllegalArgumentException if the segment is not in the report
     */
    public ReportRow<T> row(Segment<T> segment) {
        checkNotNull(segment, "segment");
        ReportRow<T> row = bySegment.get(segment);
        checkArgument(row != null, "segment %s is not in this report", ReportFormat.quoted(segment));
        return row;
    }

    /**
     * The cell of a segment in a column.
     *
     * <pre>{@code
     * report.cell(vip, "AOV").value();       // OptionalDouble, empty when suppressed or undefined
     * report.cell(vip, "AOV").liftText();    // "×1.42"
     * }</pre>
     *
     * @param segment one of the report's segments
     * @param column a column name: {@code Size}, {@code Share} or a metric's name
     * @return the cell
     * @throws IllegalArgumentException if the segment or the column is not in the report
     */
    public ReportCell cell(Segment<T> segment, String column) {
        return row(segment).cell(column);
    }

    /**
     * The report as an aligned text table: the population row, a rule, the segment rows; numbers right-aligned, each
     * metric followed by its lift column; notes on suppressed and undefined figures and on lift below.
     *
     * <pre>{@code
     * Segment report, as of 2026-06-01T00:00:00Z; segments under 2 members suppressed
     *
     * Segment        Size   Share  Revenue   lift    NPS       lift
     * -------------------------------------------------------------
     * All customers     6  100.0%   900.00           0.0
     * -------------------------------------------------------------
     * vip               3   50.0%   750.00  ×0.83  +66.7  +66.7 pts
     * lapsed           **      **       **     **     **         **
     * new              <2       *        *      *      *          *
     *
     * <2, *  fewer than 2 members: figures withheld so that small groups cannot be singled out
     * **     withheld too: with the figures shown, they would give a small group's figures away
     * lift   the segment's figure divided by the population's (×); for scores, the difference in points
     * }</pre>
     *
     * @return the text, lines ending in {@code \n}
     */
    public String toText() {
        return ReportText.render(this);
    }

    /**
     * The report as CSV (RFC 4180: comma-separated, CRLF line ends, fields with a comma, quote or line break quoted,
     * quotes doubled). One header row: {@code segment,suppressed,Size,Share}, then per metric its name and, for
     * metrics with a lift, {@code <name> lift}. Then the population row and the segment rows. Figures are raw numbers
     * for machines ({@code 1234}, {@code 0.25} for 25%), not formatted text; a suppressed or undefined figure is an
     * empty field, and the {@code suppressed} field ({@code true}/{@code false}) tells the two apart (it is {@code
     * true} for secondarily suppressed rows too). A differentially private report has one more field at the end,
     * {@code noisy} ({@code true} in every row whose figures carry noise).
     *
     * <p>Safe to open in a spreadsheet: text fields — segment names, the population label, metric names — are written
     * by {@link SafeCsv#text(String)}, so one that starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a
     * carriage return is prefixed with {@code '} and quoted, and is shown as text, never run as a formula (OWASP's
     * guidance on CSV injection). Figures are the report's own numbers, written by {@link SafeCsv#number(double)} as
     * plain decimals ({@code 25116329.43}, {@code -3.2}) and never prefixed, so they stay numbers.
     *
     * @return the CSV text
     */
    public String toCsv() {
        return ReportCsv.render(this);
    }

    /**
     * The report as one JSON object, with these fields (stable; new fields may be added):
     *
     * <pre>{@code
     * {
     *   "title": "Segment report", "asOf": "2026-06-01T00:00:00Z", "zone": "UTC", "minimumSize": 10,
     *   "columns": [ {"name": "Size", "kind": "SIZE", "unit": "COUNT"}, ... ],
     *   "rows": [
     *     { "label": "All customers", "baseline": true, "description": null, "suppressed": false, "size": 1234,
     *       "cells": [ {"column": "Size", "value": 1234, "text": "1,234", "lift": null, "liftText": null,
     *                   "suppressed": false}, ... ] },
     *     ...
     *   ],
     *   "notes": [ "...", ... ]
     * }
     * }</pre>
     *
     * <p>{@code rows} starts with the population row. A suppressed row has {@code "size": null} and cells with
     * {@code "value": null}; undefined and infinite figures are {@code null} too (their {@code text} says which).
     * Strings are escaped per RFC 8259, with {@code </} written as {@code <\/} so the JSON can be embedded in HTML.
     *
     * <p>Since 0.2.0: {@code "secondarySuppression"} (boolean) and {@code "epsilon"} (a number for a differentially
     * private report, else {@code null}) at the top, and in each cell {@code "secondarySuppressed"} and {@code
     * "noisy"} (booleans).
     *
     * @return the JSON text
     */
    public String toJson() {
        return ReportJson.render(this);
    }

    /**
     * The report as one self-contained HTML page: inline CSS, the table (scrolling sideways inside its box when it is
     * wider than the window), each segment's definition ({@link Segment#toString()}), and inline SVG bar charts — the
     * segments' sizes, then one chart per metric with the population as a reference bar — with axis labels and
     * values. It needs
     * no network access and no scripts: no external style sheets, fonts, images or links. Every text from segments
     * and metrics (names, descriptions) is HTML-escaped.
     *
     * @return the page
     */
    public String toHtml() {
        return ReportHtml.render(this);
    }

    /**
     * Writes {@link #toHtml()} to a file in UTF-8, replacing it if it exists.
     *
     * @param file the file to write
     * @throws IOException if the file cannot be written
     */
    public void writeHtml(Path file) throws IOException {
        checkNotNull(file, "file");
        Files.writeString(file, toHtml(), StandardCharsets.UTF_8);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SegmentReport<?> other
                && title.equals(other.title)
                && context.equals(other.context)
                && minimumSize == other.minimumSize
                && secondarySuppression == other.secondarySuppression
                && epsilon.equals(other.epsilon)
                && columns.equals(other.columns)
                && baseline.equals(other.baseline)
                && rows.equals(other.rows);
    }

    @Override
    public int hashCode() {
        return Objects.hash(title, context, minimumSize, secondarySuppression, epsilon, columns, baseline, rows);
    }

    /** A one-line summary: the number of segments and columns and the evaluation time; {@link #toText()} for all. */
    @Override
    public String toString() {
        return "SegmentReport[" + rows.size() + " segments, columns "
                + columns.stream().map(ReportColumn::name).toList() + ", asOf " + context.asOf() + ", minimumSize "
                + minimumSize + (epsilon.isPresent() ? ", epsilon " + epsilon.getAsDouble() : "") + "]";
    }

    /**
     * Configures a {@link SegmentReport}; each setting is checked when it is made. Not thread-safe; {@link #build()}
     * may be called more than once.
     *
     * @param <T> the member type
     * @since 0.1.0
     */
    public static final class Builder<T> {

        private final PopulationIndex<T> index;
        private final List<T> population;
        private final EvaluationContext context;
        private final ReportSegments<T> segments = new ReportSegments<>();
        private final List<ReportMetric<T>> metrics = new ArrayList<>();
        private final Set<String> metricNames = new HashSet<>();
        private int minimumSize = DEFAULT_MINIMUM_SIZE;
        private String title = "Segment report";
        private String populationLabel = "All customers";
        private boolean secondarySuppression = true;
        private double epsilon = Double.NaN;
        private RandomGenerator noiseSource;
        private Executor executor;
        private ProgressListener progress = ProgressListener.none();

        private Builder(PopulationIndex<T> index, List<T> population, EvaluationContext context) {
            this.index = index;
            this.population = population;
            this.context = context;
        }

        /**
         * Adds segments, as rows in this order, after those added before.
         *
         * @param segments the segments
         * @return this builder
         * @throws IllegalArgumentException if a segment is already in the report, or has the label (name, or query
         *     text when unnamed) of another row
         */
        @SafeVarargs
        public final Builder<T> segments(Segment<T>... segments) {
            checkNotNull(segments, "segments");
            return segments(Arrays.asList(segments));
        }

        /**
         * Adds segments, as rows in iteration order, after those added before.
         *
         * @param segments the segments
         * @return this builder
         * @throws IllegalArgumentException if a segment is already in the report, or has the label (name, or query
         *     text when unnamed) of another row
         */
        public Builder<T> segments(Iterable<? extends Segment<T>> segments) {
            this.segments.addAll(segments, "segments", populationLabel);
            return this;
        }

        /**
         * Adds a metric column computed by {@code calculator} for every row, the population included; its cells carry
         * a lift. The column is named after the calculator ({@link MetricCalculator#named(String)} renames one).
         *
         * @param calculator the calculator; its results must implement {@link MetricValue}, all in one unit
         * @return this builder
         * @throws IllegalArgumentException if a column of that name (ignoring case) exists, {@code Size} and
         *     {@code Share} included
         */
        public Builder<T> metric(MetricCalculator<? super T, ? extends MetricValue> calculator) {
            checkNotNull(calculator, "calculator");
            String name = checkNotNull(calculator.name(), "the name of calculator %s is null", calculator);
            addName(name);
            metrics.add(ReportMetric.of(calculator));
            return this;
        }

        /**
         * Adds a metric column whose calculator depends on the segment — marketing ROI with a spend per segment, a
         * target per segment. {@code calculators} is asked once per shown segment when the report is built; the
         * population row has no value ({@code –}), so the column has no lift.
         *
         * <pre>{@code
         * Map<Segment<Customer>, BigDecimal> spend = Map.of(vip, new BigDecimal("500"), lapsed, new BigDecimal("80"));
         * builder.metric("ROI", segment -> roi(spend.get(segment)));   // roi(spend): a MetricCalculator<Customer, ...>
         * }</pre>
         *
         * @param name the column's name
         * @param calculators gives the calculator of a segment, never null
         * @return this builder
         * @throws IllegalArgumentException if {@code name} is blank or a column of that name (ignoring case) exists
         */
        public Builder<T> metric(
                String name,
                Function<? super Segment<T>, ? extends MetricCalculator<? super T, ? extends MetricValue>>
                        calculators) {
            checkNotNull(name, "name");
            checkNotNull(calculators, "calculators");
            addName(name);
            metrics.add(ReportMetric.perSegment(name, calculators));
            return this;
        }

        /**
         * Sets the minimum number of members a segment needs for its figures to be shown; smaller segments are
         * suppressed. {@code 1} shows every non-empty segment.
         *
         * @param minimumSize at least 1; default {@value SegmentReport#DEFAULT_MINIMUM_SIZE}
         * @return this builder
         * @throws IllegalArgumentException if {@code minimumSize} is less than 1
         */
        public Builder<T> minimumSize(int minimumSize) {
            checkArgument(minimumSize >= 1, "minimumSize must be at least 1 but was %s", minimumSize);
            this.minimumSize = minimumSize;
            return this;
        }

        /**
         * Turns secondary suppression on or off: withholding rows whose figures, with the others shown, would give a
         * small group's figures away (see {@link SegmentReport}, "Secondary suppression"). Off only when every reader
         * may see every figure anyway.
         *
         * @param enabled whether to withhold such rows; default true
         * @return this builder
         * @since 0.2.0
         */
        public Builder<T> secondarySuppression(boolean enabled) {
            this.secondarySuppression = enabled;
            return this;
        }

        /**
         * Makes the report ε-differentially private: Laplace noise on every size and {@link ClampedSum} total, the
         * budget split over them (see {@link SegmentReport}, "Differential privacy", for the guarantee and its limits).
         * Such a report accepts only {@link ClampedSum} metrics, e.g. {@link Metrics#clampedRevenue}.
         *
         * <pre>{@code
         * SegmentReport<Customer> report = SegmentReport.builder(index)
         *         .segments(vip, lapsed)
         *         .metric(Metrics.clampedRevenue(new BigDecimal("1000.00")))
         *         .differentialPrivacy(1.0)
         *         .build();
         * }</pre>
         *
         * @param epsilon the budget for the whole report, finite and greater than 0; smaller is more private and
         *     noisier
         * @return this builder
         * @throws IllegalArgumentException if {@code epsilon} is not finite or not greater than 0
         * @since 0.2.0
         */
        public Builder<T> differentialPrivacy(double epsilon) {
            checkArgument(
                    Double.isFinite(epsilon) && epsilon > 0,
                    "epsilon must be finite and greater than 0 but was %s",
                    epsilon);
            this.epsilon = epsilon;
            return this;
        }

        /**
         * Sets where the noise of a differentially private report comes from. A seeded generator makes reports
         * reproducible, for tests; never use one in production, since whoever knows the seed can subtract the noise.
         *
         * @param random the generator; default a new {@link java.security.SecureRandom} per report; used by {@link
         *     #build()} only, from one thread
         * @return this builder
         * @since 0.2.0
         */
        public Builder<T> noiseSource(RandomGenerator random) {
            this.noiseSource = checkNotNull(random, "random");
            return this;
        }

        /**
         * Sets the title shown above the renderings.
         *
         * @param title a non-blank title; default "Segment report"
         * @return this builder
         */
        public Builder<T> title(String title) {
            checkNotNull(title, "title");
            checkArgument(!title.isBlank(), "title must not be blank");
            this.title = title;
            return this;
        }

        /**
         * Sets the label of the population row, e.g. "All accounts" when the members are not customers.
         *
         * @param populationLabel a non-blank label; default "All customers"
         * @return this builder
         * @throws IllegalArgumentException if a segment already has that label
         */
        public Builder<T> populationLabel(String populationLabel) {
            checkNotNull(populationLabel, "populationLabel");
            checkArgument(!populationLabel.isBlank(), "populationLabel must not be blank");
            checkArgument(
                    !segments.hasLabel(populationLabel),
                    "populationLabel '%s' is the label of a segment",
                    populationLabel);
            this.populationLabel = populationLabel;
            return this;
        }

        /**
         * Computes the figures on {@code executor}, one task per figure (a metric over one row's members), and for a
         * report over a collection also assigns the members to segments there; the calling thread of {@link #build()}
         * waits. The way to keep a large report off the common fork-join pool and off request threads. A report over
         * an index reads its columns where the index was told to ({@link PopulationIndex#build(Iterable,
         * EvaluationContext, Executor, ProgressListener)}). The report is the same as without an executor;
         * calculators must be thread-safe, as {@link MetricCalculator} requires.
         *
         * @param executor runs the work; by default the figures are computed on the calling thread
         * @return this builder
         * @since 0.2.0
         */
        public Builder<T> executor(Executor executor) {
            this.executor = checkNotNull(executor, "executor");
            return this;
        }

        /**
         * Reports the progress of {@link #build()}: phases {@value SegmentReport#SEGMENTS_PHASE} and
         * {@value SegmentReport#METRICS_PHASE}, preceded by {@code "assign"} for a report over a collection.
         *
         * @param progress the listener; by default {@link ProgressListener#none()}
         * @return this builder
         * @since 0.2.0
         */
        public Builder<T> progress(ProgressListener progress) {
            this.progress = checkNotNull(progress, "progress");
            return this;
        }

        /**
         * Computes the report: sizes, then every metric over the members of every row that is not suppressed.
         *
         * @return the report
         * @throws IllegalStateException if no segment was added, a metric's results are in different units, or the
         *     report is differentially private and a metric is not a {@link ClampedSum} added with {@link
         *     #metric(MetricCalculator)}
         * @throws NullPointerException if a calculator returns null or a per-segment metric gives no calculator
         */
        public SegmentReport<T> build() {
            checkState(!segments.isEmpty(), "a report needs at least one segment: call segments(...) before build()");
            long start = System.nanoTime();
            List<Segment<T>> rows = ImmutableList.copyOf(segments.list());
            ReportSource<T> source = index != null
                    ? ReportSource.of(index)
                    : ReportSource.of(population, context, rows, executor, progress);
            boolean noisy = !Double.isNaN(epsilon);
            if (noisy) {
                for (ReportMetric<T> metric : metrics) {
                    checkState(
                            metric.forPopulation()
                                    .filter(c -> c instanceof ClampedSum)
                                    .isPresent(),
                            "metric '%s' has no bounded contribution per member: a differentially private report "
                                    + "shows only sizes and ClampedSum metrics (Metrics.clampedRevenue(bound), "
                                    + "Metrics.clampedOrders(bound), ClampedSum.of(...))",
                            metric.name());
                }
            }
            NoisyReport.Settings noise = noisy
                    ? new NoisyReport.Settings(epsilon, noiseSource != null ? noiseSource : new SecureRandom())
                    : null;
            ReportCalculation<T> calculation = new ReportCalculation<>(
                    source,
                    rows,
                    ImmutableList.copyOf(metrics),
                    minimumSize,
                    populationLabel,
                    secondarySuppression && !noisy,
                    noise,
                    executor == null ? Parallelism.commonPool() : Parallelism.on(executor),
                    progress);
            SegmentReport<T> report = new SegmentReport<>(
                    title,
                    minimumSize,
                    secondarySuppression && !noisy,
                    noisy ? OptionalDouble.of(epsilon) : OptionalDouble.empty(),
                    calculation);
            if (log.isDebugEnabled()) {
                log.debug(
                        "SegmentReport '{}' built: {} segments ({} suppressed), {} metrics, population {}, in {} ms",
                        title,
                        report.rows.size(),
                        report.rows.stream().filter(ReportRow::isSuppressed).count(),
                        metrics.size(),
                        index != null ? index.size() : population.size(),
                        TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
            }
            return report;
        }

        private void addName(String name) {
            checkArgument(!name.isBlank(), "metric name must not be blank");
            String key = name.toLowerCase(Locale.ROOT);
            checkArgument(
                    !key.equals(ReportColumn.SIZE.toLowerCase(Locale.ROOT))
                            && !key.equals(ReportColumn.SHARE.toLowerCase(Locale.ROOT)),
                    "metric name '%s' is taken: every report has the columns Size and Share; rename it with "
                            + "calculator.named(...)",
                    name);
            checkArgument(
                    metricNames.add(key), "metric '%s' is added twice; rename one with calculator.named(...)", name);
        }
    }
}
