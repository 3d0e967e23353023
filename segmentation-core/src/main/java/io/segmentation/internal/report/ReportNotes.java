package io.segmentation.internal.report;

import com.google.common.collect.ImmutableList;
import io.segmentation.EvaluationContext;
import io.segmentation.metrics.ReportCell;
import io.segmentation.metrics.ReportColumn;
import io.segmentation.metrics.ReportRow;
import io.segmentation.metrics.SegmentReport;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;

/** The notes under a report: what its markers mean, only for markers it shows. */
public final class ReportNotes {

    private ReportNotes() {}

    /**
     * A note: the marker it explains and what it says.
     *
     * @param marker e.g. {@code <10, *}
     * @param text the explanation
     */
    public record Note(String marker, String text) {}

    /**
     * The notes a report needs.
     *
     * @param report the report
     * @return the notes, in a fixed order: noise, suppression, secondary suppression, undefined figures, lift
     */
    public static List<Note> of(SegmentReport<?> report) {
        ImmutableList.Builder<Note> notes = ImmutableList.builder();
        if (report.epsilon().isPresent()) {
            notes.add(new Note(
                    ReportFormat.NOISY, ReportFormat.noiseNote(report.epsilon().getAsDouble())));
        }
        if (allRows(report).anyMatch(r -> r.isSuppressed() && !r.isSecondarilySuppressed())) {
            notes.add(new Note(
                    ReportFormat.suppressedSize(report.minimumSize()) + ", " + ReportFormat.SUPPRESSED,
                    ReportFormat.suppressionNote(report.minimumSize())));
        }
        if (allRows(report).anyMatch(ReportRow::isSecondarilySuppressed)) {
            notes.add(new Note(ReportFormat.SECONDARY, ReportFormat.SECONDARY_NOTE));
        }
        boolean undefined = allRows(report)
                .flatMap(r -> r.cells().stream().flatMap(c -> Stream.of(c.text(), liftText(r, c))))
                .anyMatch(ReportFormat.UNDEFINED::equals);
        if (undefined) {
            notes.add(new Note(ReportFormat.UNDEFINED, ReportFormat.UNDEFINED_NOTE));
        }
        if (report.columns().stream().anyMatch(ReportColumn::hasLift)) {
            notes.add(new Note("lift", ReportFormat.LIFT_NOTE));
        }
        return notes.build();
    }

    /**
     * The lift as shown beside a figure in text and HTML: nothing in the population row or for columns without a
     * lift, {@code *} when suppressed, {@code –} when undefined.
     *
     * @param row the row
     * @param cell a cell of the row
     * @return the text
     */
    public static String liftText(ReportRow<?> row, ReportCell cell) {
        if (row.isBaseline() || !cell.column().hasLift()) {
            return "";
        }
        if (cell.isSuppressed()) {
            return cell.isSecondarilySuppressed() ? ReportFormat.SECONDARY : ReportFormat.SUPPRESSED;
        }
        return cell.lift().isPresent() ? cell.liftText() : ReportFormat.UNDEFINED;
    }

    /**
     * The population row, then the segment rows.
     *
     * @param report the report
     * @return the rows in rendering order
     */
    public static Stream<? extends ReportRow<?>> allRows(SegmentReport<?> report) {
        return Stream.concat(Stream.of(report.baseline()), report.rows().stream());
    }

    /**
     * An evaluation time as shown: the instant, and the zone unless it is UTC.
     *
     * @param context the evaluation context
     * @return e.g. {@code 2026-06-01T00:00:00Z} or {@code 2026-06-01T00:00:00Z (Europe/Berlin)}
     */
    public static String when(EvaluationContext context) {
        boolean utc = context.zone().normalized().equals(ZoneOffset.UTC);
        return context.asOf() + (utc ? "" : " (" + context.zone() + ")");
    }

    /**
     * The heading line of a rendering.
     *
     * @param report the report
     * @return e.g. {@code as of 2026-06-01T00:00:00Z (UTC); segments under 10 members suppressed}, and for a
     *     differentially private report {@code ; differentially private, epsilon 1 (figures are noisy)}
     */
    public static String subtitle(SegmentReport<?> report) {
        String subtitle = "as of " + when(report.context()) + "; segments under "
                + ReportFormat.members(report.minimumSize()) + " suppressed";
        return report.epsilon().isPresent()
                ? subtitle + "; differentially private, epsilon "
                        + ReportFormat.raw(report.epsilon().getAsDouble()) + " (figures are noisy)"
                : subtitle;
    }
}
