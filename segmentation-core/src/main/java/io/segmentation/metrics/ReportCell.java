package io.segmentation.metrics;

import io.segmentation.internal.report.ReportFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One figure of a {@link SegmentReport}: a row's value in a column, formatted, with its lift against the population.
 *
 * <p>A cell is in one of three states:
 *
 * <ul>
 *   <li><b>a figure</b>: {@link #value()} and {@link #result()} are present, {@link #text()} is the formatted value
 *       ({@code 12,345.67});
 *   <li><b>undefined</b>: the calculator's result is {@code NaN} (the average order value of members without
 *       orders), or the column has no value for the population ({@link ReportColumn.Kind#SEGMENT_METRIC}):
 *       {@link #value()} is empty and {@link #text()} is {@code –};
 *   <li><b>suppressed</b>: the row's segment is smaller than the report's minimum size. The cell holds no figure at
 *       all — {@link #value()}, {@link #lift()} and {@link #result()} are empty — and its text is a marker:
 *       {@code <10} for the size, {@code *} for every other column. A row withheld by {@linkplain
 *       SegmentReport.Builder#secondarySuppression(boolean) secondary suppression}, because its figures would give a
 *       small group's away, is suppressed too ({@link #isSecondarilySuppressed()}), with the marker {@code **}.
 * </ul>
 *
 * <p>In a {@linkplain SegmentReport.Builder#differentialPrivacy(double) differentially private report} every figure is
 * noisy ({@link #isNoisy()}): its text starts with {@code ~} ({@code ~1,234}).
 *
 * <p>Immutable; equal when column, state, figure, lift and text are.
 *
 * @since 0.1.0
 */
public final class ReportCell {

    private final ReportColumn column;
    private final boolean suppressed;
    private final boolean secondary;
    private final boolean noisy;
    private final Optional<MetricValue> result;
    private final double value;
    private final double lift;
    private final String text;

    private ReportCell(
            ReportColumn column, boolean suppressed, Optional<MetricValue> result, double lift, String text) {
        this(column, suppressed, false, false, result, lift, text);
    }

    private ReportCell(
            ReportColumn column,
            boolean suppressed,
            boolean secondary,
            boolean noisy,
            Optional<MetricValue> result,
            double lift,
            String text) {
        this.column = column;
        this.suppressed = suppressed;
        this.secondary = secondary;
        this.noisy = noisy;
        this.result = result;
        this.value = result.map(MetricValue::value).orElse(Double.NaN);
        this.lift = lift;
        this.text = text;
    }

    /** A cell showing a result, with a lift ({@code NaN} for none). */
    static ReportCell of(ReportColumn column, MetricValue result, double lift) {
        return new ReportCell(
                column, false, Optional.of(result), lift, ReportFormat.value(column.unit(), result.value()));
    }

    /** A cell without a value: a per-segment metric's population cell. */
    static ReportCell notApplicable(ReportColumn column) {
        return new ReportCell(column, false, Optional.empty(), Double.NaN, ReportFormat.UNDEFINED);
    }

    /** A withheld cell: it is given no figure, so it cannot give one away. */
    static ReportCell suppressed(ReportColumn column, int minimumSize) {
        String marker = column.kind() == ReportColumn.Kind.SIZE
                ? ReportFormat.suppressedSize(minimumSize)
                : ReportFormat.SUPPRESSED;
        return new ReportCell(column, true, Optional.empty(), Double.NaN, marker);
    }

    /** A withheld cell of a row whose figures would give a small group's away. */
    static ReportCell secondarilySuppressed(ReportColumn column) {
        return new ReportCell(column, true, true, false, Optional.empty(), Double.NaN, ReportFormat.SECONDARY);
    }

    /** A cell showing a noisy figure of a differentially private report, with a lift ({@code NaN} for none). */
    static ReportCell noisy(ReportColumn column, MetricValue result, double lift) {
        return new ReportCell(
                column,
                false,
                false,
                true,
                Optional.of(result),
                lift,
                ReportFormat.NOISY + ReportFormat.value(column.unit(), result.value()));
    }

    /**
     * The column of this cell.
     *
     * @return the column
     */
    public ReportColumn column() {
        return column;
    }

    /**
     * Whether the figure is withheld because the segment is smaller than the report's minimum size.
     *
     * @return true for a suppressed cell
     */
    public boolean isSuppressed() {
        return suppressed;
    }

    /**
     * Whether the figure is withheld by secondary suppression: the row is large enough, but its figures together with
     * the others shown would give a small group's figures away (see {@link SegmentReport}).
     *
     * @return true for a secondarily suppressed cell, which is also {@linkplain #isSuppressed() suppressed}
     * @since 0.2.0
     */
    public boolean isSecondarilySuppressed() {
        return secondary;
    }

    /**
     * Whether the figure carries Laplace noise, in a {@linkplain SegmentReport.Builder#differentialPrivacy(double)
     * differentially private report}: it is not the exact figure.
     *
     * @return true for a noisy figure
     * @since 0.2.0
     */
    public boolean isNoisy() {
        return noisy;
    }

    /**
     * The figure.
     *
     * @return the figure; empty when suppressed or undefined
     */
    public OptionalDouble value() {
        return Double.isNaN(value) ? OptionalDouble.empty() : OptionalDouble.of(value);
    }

    /**
     * The calculator's result itself, for its own accessors (a currency, a count behind a ratio).
     *
     * @return the result; empty when suppressed or when the column has no value for this row
     */
    public Optional<MetricValue> result() {
        return result;
    }

    /**
     * The lift against the population: the ratio of this figure to the population's for {@link MetricUnit#COUNT},
     * {@link MetricUnit#MONEY}, {@link MetricUnit#FRACTION} and {@link MetricUnit#RATE}, the difference in points for
     * {@link MetricUnit#SCORE}.
     *
     * @return the lift; empty in the population row, in size, share and per-segment columns, when suppressed, and
     *     when undefined (either figure undefined, or a ratio against a population figure of 0)
     */
    public OptionalDouble lift() {
        return Double.isNaN(lift) ? OptionalDouble.empty() : OptionalDouble.of(lift);
    }

    /**
     * The figure formatted by its unit ({@code 1,234}, {@code 12,345.67}, {@code 12.3%}, {@code 2.35},
     * {@code +12.0}), {@code –} when undefined, or the suppression marker ({@code <10} for the size, {@code *}
     * otherwise; {@code **} when secondarily suppressed); a noisy figure starts with {@code ~}.
     *
     * @return the text shown in renderings
     */
    public String text() {
        return text;
    }

    /**
     * The lift formatted: {@code ×1.42}, or {@code +3.5 pts} for scores.
     *
     * @return the text, empty when there is no lift
     */
    public String liftText() {
        return ReportFormat.lift(column.unit(), lift);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ReportCell other
                && column.equals(other.column)
                && suppressed == other.suppressed
                && secondary == other.secondary
                && noisy == other.noisy
                && Double.compare(value, other.value) == 0
                && Double.compare(lift, other.lift) == 0
                && text.equals(other.text);
    }

    @Override
    public int hashCode() {
        return Objects.hash(column, suppressed, secondary, noisy, value, lift, text);
    }

    @Override
    public String toString() {
        String liftText = liftText();
        return column.name() + "=" + text + (liftText.isEmpty() ? "" : " (" + liftText + ")");
    }
}
