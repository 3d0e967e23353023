package io.segmentation.metrics;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.segmentation.Segment;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A row of a {@link SegmentReport}: one segment, or the whole population (the baseline), with one cell per column.
 *
 * <p>A row whose segment has fewer members than the report's minimum size is suppressed: every cell is suppressed,
 * and {@link #size()} is empty — the row says only that the segment is small. A row withheld by secondary
 * suppression ({@link #isSecondarilySuppressed()}) is suppressed the same way.
 *
 * <p>Immutable; equal when label, segment, state and cells are.
 *
 * @param <T> the member type
 * @since 0.1.0
 */
public final class ReportRow<T> {

    private final String label;
    private final Optional<Segment<T>> segment;
    private final boolean suppressed;
    private final OptionalInt size;
    private final ImmutableList<ReportCell> cells;

    ReportRow(
            String label, Optional<Segment<T>> segment, boolean suppressed, OptionalInt size, List<ReportCell> cells) {
        this.label = label;
        this.segment = segment;
        this.suppressed = suppressed;
        this.size = size;
        this.cells = ImmutableList.copyOf(cells);
    }

    /**
     * The row's heading: the segment's name (its query text when unnamed), or the population label.
     *
     * @return the label, unique within its report
     */
    public String label() {
        return label;
    }

    /**
     * The segment of this row.
     *
     * @return the segment; empty for the population row
     */
    public Optional<Segment<T>> segment() {
        return segment;
    }

    /**
     * The segment's description, if it has one.
     *
     * @return the description; empty for the population row
     */
    public Optional<String> description() {
        return segment.flatMap(Segment::description);
    }

    /**
     * Whether this is the population row, the baseline of every lift.
     *
     * @return true for the population row
     */
    public boolean isBaseline() {
        return segment.isEmpty();
    }

    /**
     * Whether the row's figures are withheld because it has fewer members than the report's minimum size.
     *
     * @return true when suppressed
     */
    public boolean isSuppressed() {
        return suppressed;
    }

    /**
     * Whether the row is withheld by secondary suppression: large enough, but its figures together with the others
     * shown would give a small group's figures away (see {@link SegmentReport}).
     *
     * @return true when secondarily suppressed; such a row is also {@linkplain #isSuppressed() suppressed}
     * @since 0.2.0
     */
    public boolean isSecondarilySuppressed() {
        return !cells.isEmpty() && cells.get(0).isSecondarilySuppressed();
    }

    /**
     * The number of members; in a {@linkplain SegmentReport.Builder#differentialPrivacy(double) differentially private
     * report}, the noisy number, rounded.
     *
     * @return the size; empty when suppressed
     */
    public OptionalInt size() {
        return size;
    }

    /**
     * The cells, in the report's column order.
     *
     * @return the cells, an immutable list
     */
    public List<ReportCell> cells() {
        return cells;
    }

    /**
     * The cell of a column.
     *
     * @param column a column name, e.g. {@code "Size"} or a metric's name
     * @return the cell
     * @throws IllegalArgumentException if the report has no such column
     */
    public ReportCell cell(String column) {
        checkNotNull(column, "column");
        for (ReportCell cell : cells) {
            if (cell.column().name().equals(column)) {
                return cell;
            }
        }
        throw new IllegalArgumentException(
                "no column '" + column + "' in this report; its columns are " + columnNames());
    }

    private List<String> columnNames() {
        return cells.stream().map(c -> c.column().name()).collect(ImmutableList.toImmutableList());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ReportRow<?> other
                && label.equals(other.label)
                && segment.equals(other.segment)
                && suppressed == other.suppressed
                && size.equals(other.size)
                && cells.equals(other.cells);
    }

    @Override
    public int hashCode() {
        return Objects.hash(label, segment, suppressed, size, cells);
    }

    @Override
    public String toString() {
        return label + cells;
    }
}
