package io.segmentation.metrics;

import java.util.Objects;

/**
 * A column of a {@link SegmentReport}: the segment size, its share of the population, or one metric. Columns come in
 * the report's order: {@code Size}, {@code Share}, then the metrics in the order they were added.
 *
 * <p>Immutable; equal when name, kind and unit are.
 *
 * @since 0.1.0
 */
public final class ReportColumn {

    /**
     * What a column shows.
     *
     * @since 0.1.0
     */
    public enum Kind {
        /** The number of members ({@link MetricUnit#COUNT}); always present, named {@code Size}. */
        SIZE,
        /** Members as a share of the population ({@link MetricUnit#FRACTION}); always present, named {@code Share}. */
        SHARE,
        /** A metric computed by one calculator for every row, the population included: cells have a lift. */
        METRIC,
        /**
         * A metric whose calculator depends on the segment (marketing ROI with a spend per segment): the population
         * row has no value, so cells have no lift.
         */
        SEGMENT_METRIC
    }

    /** The name of the size column. */
    public static final String SIZE = "Size";

    /** The name of the share column. */
    public static final String SHARE = "Share";

    private final String name;
    private final Kind kind;
    private final MetricUnit unit;
    private final boolean total;

    ReportColumn(String name, Kind kind, MetricUnit unit) {
        this(name, kind, unit, false);
    }

    ReportColumn(String name, Kind kind, MetricUnit unit, boolean total) {
        this.name = name;
        this.kind = kind;
        this.unit = unit;
        this.total = total;
    }

    /**
     * The heading: {@code Size}, {@code Share}, or the metric's name.
     *
     * @return the name, unique within its report
     */
    public String name() {
        return name;
    }

    /**
     * What the column shows.
     *
     * @return the kind
     */
    public Kind kind() {
        return kind;
    }

    /**
     * The unit of the column's figures, which decides their format and how lift is computed.
     *
     * @return the unit
     */
    public MetricUnit unit() {
        return unit;
    }

    /**
     * Whether the column's cells carry a lift against the population: true for {@link Kind#METRIC} columns whose
     * figures are not totals ({@link MetricValue#isTotal()}) — revenue and order counts have none, since a segment's
     * total over the population's is only its share.
     *
     * @return whether there is a lift
     */
    public boolean hasLift() {
        return kind == Kind.METRIC && !total;
    }

    /**
     * Whether the column's figures are totals over the members ({@link MetricValue#isTotal()}).
     *
     * @return whether the figures are totals
     */
    public boolean isTotal() {
        return total;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ReportColumn other
                && name.equals(other.name)
                && kind == other.kind
                && unit == other.unit
                && total == other.total;
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, kind, unit, total);
    }

    @Override
    public String toString() {
        return name + " (" + kind + ", " + unit + ")";
    }
}
