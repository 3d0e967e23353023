package io.segmentation.testkit;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import io.segmentation.Segment;
import io.segmentation.metrics.ReportCell;
import io.segmentation.metrics.ReportColumn;
import io.segmentation.metrics.ReportRow;
import io.segmentation.metrics.SegmentReport;
import io.segmentation.testkit.internal.assertions.ReportMessages;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a {@link SegmentReport}: sizes, figures, lifts and suppression of its rows. Every failure ends with
 * the whole report as a text table. Get one with {@link SegmentationAssertions#assertThat(SegmentReport)}.
 *
 * <pre>{@code
 * assertThat(report)
 *     .hasColumn("AOV")
 *     .hasSize(vip, 412)
 *     .hasValue(vip, "AOV", 87.50, 0.005)
 *     .hasLiftAbove(vip, "AOV", 1.0)
 *     .isSuppressed(tinyTestSegment);
 * }</pre>
 *
 * <p>Methods are not final so that soft assertions can proxy them.
 *
 * @param <T> the subject type
 * @since 0.1.0
 */
public class ReportAssert<T> extends AbstractAssert<ReportAssert<T>, SegmentReport<T>> {

    /**
     * Creates the assertion; prefer {@link SegmentationAssertions#assertThat(SegmentReport)}. Public so that soft
     * assertions can proxy it.
     *
     * @param actual the report, may be null
     */
    public ReportAssert(SegmentReport<T> actual) {
        super(actual, ReportAssert.class);
    }

    /**
     * Verifies that the report has a column of that name ({@code Size}, {@code Share} or a metric's name).
     *
     * @param name the column name
     * @return this assertion
     */
    public ReportAssert<T> hasColumn(String name) {
        checkNotNull(name, "name");
        isNotNull();
        if (actual.columns().stream().map(ReportColumn::name).noneMatch(name::equals)) {
            throwAssertionError(ReportMessages.about(actual, "have a column '" + name + "', but it has none"));
        }
        return myself;
    }

    /**
     * Verifies that the segment has a row, and exactly {@code expected} members; fails if the row is suppressed.
     *
     * @param segment the segment
     * @param expected the expected number of members, at least 0
     * @return this assertion
     */
    public ReportAssert<T> hasSize(Segment<T> segment, int expected) {
        checkArgument(expected >= 0, "expected size must be at least 0 but was %s", expected);
        OptionalInt size = row(segment).size();
        if (size.isEmpty()) {
            throwAssertionError(
                    ReportMessages.about(actual, segment, "size " + expected + " but its figures are suppressed"));
        } else if (size.getAsInt() != expected) {
            throwAssertionError(
                    ReportMessages.about(actual, segment, "size " + expected + " but it is " + size.getAsInt()));
        }
        return myself;
    }

    /**
     * Verifies a figure of the segment's row, within a tolerance.
     *
     * @param segment the segment
     * @param column the column name
     * @param expected the expected figure
     * @param tolerance the largest accepted absolute difference, at least 0
     * @return this assertion
     */
    public ReportAssert<T> hasValue(Segment<T> segment, String column, double expected, double tolerance) {
        checkArgument(tolerance >= 0, "tolerance must be at least 0 but was %s", tolerance);
        OptionalDouble value = cell(segment, column).value();
        if (value.isEmpty() || Math.abs(value.getAsDouble() - expected) > tolerance) {
            throwAssertionError(ReportMessages.about(
                    actual,
                    segment,
                    String.format(
                            Locale.ROOT, "%s %s (± %s) but it is %s", column, expected, tolerance, shown(value))));
        }
        return myself;
    }

    /**
     * Verifies a figure of the population row, within a tolerance.
     *
     * @param column the column name
     * @param expected the expected figure
     * @param tolerance the largest accepted absolute difference, at least 0
     * @return this assertion
     */
    public ReportAssert<T> hasPopulationValue(String column, double expected, double tolerance) {
        checkNotNull(column, "column");
        checkArgument(tolerance >= 0, "tolerance must be at least 0 but was %s", tolerance);
        isNotNull();
        OptionalDouble value = actual.baseline().cell(column).value();
        if (value.isEmpty() || Math.abs(value.getAsDouble() - expected) > tolerance) {
            throwAssertionError(ReportMessages.about(
                    actual,
                    null,
                    String.format(
                            Locale.ROOT, "%s %s (± %s) but it is %s", column, expected, tolerance, shown(value))));
        }
        return myself;
    }

    /**
     * Verifies that the segment's figure in a column is more than {@code bound} times the population's (for scores,
     * more than {@code bound} points above it).
     *
     * @param segment the segment
     * @param column the column name
     * @param bound the lift to exceed
     * @return this assertion
     */
    public ReportAssert<T> hasLiftAbove(Segment<T> segment, String column, double bound) {
        OptionalDouble lift = cell(segment, column).lift();
        if (lift.isEmpty() || !(lift.getAsDouble() > bound)) {
            throwAssertionError(ReportMessages.about(
                    actual, segment, "a lift above " + bound + " in " + column + " but it is " + shown(lift)));
        }
        return myself;
    }

    /**
     * Verifies that the segment's figure in a column is less than {@code bound} times the population's (for scores,
     * less than {@code bound} points above it).
     *
     * @param segment the segment
     * @param column the column name
     * @param bound the lift to stay under
     * @return this assertion
     */
    public ReportAssert<T> hasLiftBelow(Segment<T> segment, String column, double bound) {
        OptionalDouble lift = cell(segment, column).lift();
        if (lift.isEmpty() || !(lift.getAsDouble() < bound)) {
            throwAssertionError(ReportMessages.about(
                    actual, segment, "a lift below " + bound + " in " + column + " but it is " + shown(lift)));
        }
        return myself;
    }

    /**
     * Verifies that the segment's figures are withheld because it is smaller than the report's minimum size.
     *
     * @param segment the segment
     * @return this assertion
     */
    public ReportAssert<T> isSuppressed(Segment<T> segment) {
        ReportRow<T> row = row(segment);
        if (!row.isSuppressed()) {
            throwAssertionError(ReportMessages.about(
                    actual,
                    segment,
                    "its figures suppressed (fewer than " + actual.minimumSize() + " members) but it has "
                            + row.size().getAsInt()));
        }
        return myself;
    }

    /**
     * Verifies that the segment's figures are shown.
     *
     * @param segment the segment
     * @return this assertion
     */
    public ReportAssert<T> isNotSuppressed(Segment<T> segment) {
        ReportRow<T> row = row(segment);
        if (row.isSecondarilySuppressed()) {
            throwAssertionError(ReportMessages.about(
                    actual,
                    segment,
                    "its figures shown but they are withheld by secondary suppression (they would give a small"
                            + " group's figures away)"));
        } else if (row.isSuppressed()) {
            throwAssertionError(ReportMessages.about(
                    actual,
                    segment,
                    "its figures shown but they are suppressed (fewer than " + actual.minimumSize() + " members)"));
        }
        return myself;
    }

    /**
     * Verifies that the segment's figures are withheld by secondary suppression: the segment is large enough, but its
     * figures, with the others shown, would give a small group's figures away.
     *
     * <pre>{@code
     * assertThat(report).isSuppressed(tiny).isSecondarilySuppressed(everybodyButTiny);
     * }</pre>
     *
     * @param segment the segment
     * @return this assertion
     * @since 0.2.0
     */
    public ReportAssert<T> isSecondarilySuppressed(Segment<T> segment) {
        ReportRow<T> row = row(segment);
        if (!row.isSecondarilySuppressed()) {
            String found = row.isSuppressed()
                    ? "it is suppressed for being small (fewer than " + actual.minimumSize() + " members)"
                    : "it is shown";
            throwAssertionError(ReportMessages.about(
                    actual, segment, "its figures withheld by secondary suppression but " + found));
        }
        return myself;
    }

    private ReportRow<T> row(Segment<T> segment) {
        checkNotNull(segment, "segment");
        isNotNull();
        if (actual.rows().stream()
                .noneMatch(r -> r.segment().filter(segment::equals).isPresent())) {
            throwAssertionError(ReportMessages.about(
                    actual,
                    "have a row for segment '" + segment.name().orElse(segment.toString()) + "', but it has none"));
        }
        return actual.row(segment);
    }

    private ReportCell cell(Segment<T> segment, String column) {
        checkNotNull(column, "column");
        ReportRow<T> row = row(segment);
        hasColumn(column);
        return row.cell(column);
    }

    private static String shown(OptionalDouble value) {
        return value.isPresent() ? Double.toString(value.getAsDouble()) : "not shown (undefined or suppressed)";
    }
}
