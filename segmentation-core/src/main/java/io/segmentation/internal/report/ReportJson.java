package io.segmentation.internal.report;

import io.segmentation.metrics.ReportCell;
import io.segmentation.metrics.ReportColumn;
import io.segmentation.metrics.ReportRow;
import io.segmentation.metrics.SegmentReport;
import java.util.OptionalDouble;

/** A report as JSON, in the schema documented on {@link SegmentReport#toJson()}. */
public final class ReportJson {

    private ReportJson() {}

    /**
     * Renders a report.
     *
     * @param report the report
     * @return the JSON text
     */
    public static String render(SegmentReport<?> report) {
        Json json = new Json().beginObject();
        json.name("title").value(report.title());
        json.name("asOf").value(report.context().asOf().toString());
        json.name("zone").value(report.context().zone().getId());
        json.name("minimumSize").value(report.minimumSize());
        json.name("secondarySuppression").value(report.secondarySuppression());
        json.name("epsilon").value(report.epsilon());
        json.name("columns").beginArray();
        for (ReportColumn column : report.columns()) {
            json.beginInlineObject();
            json.name("name").value(column.name());
            json.name("kind").value(column.kind().name());
            json.name("unit").value(column.unit().name());
            json.endObject();
        }
        json.endArray();
        json.name("rows").beginArray();
        ReportNotes.allRows(report).forEach(row -> row(json, row));
        json.endArray();
        json.name("notes").beginArray();
        for (ReportNotes.Note note : ReportNotes.of(report)) {
            json.beginInlineObject();
            json.name("marker").value(note.marker());
            json.name("text").value(note.text());
            json.endObject();
        }
        json.endArray();
        return json.endObject().text();
    }

    private static void row(Json json, ReportRow<?> row) {
        json.beginObject();
        json.name("label").value(row.label());
        json.name("baseline").value(row.isBaseline());
        json.name("description").value(row.description().orElse(null));
        json.name("suppressed").value(row.isSuppressed());
        json.name("size")
                .value(row.size().isPresent() ? OptionalDouble.of(row.size().getAsInt()) : OptionalDouble.empty());
        json.name("cells").beginArray();
        for (ReportCell cell : row.cells()) {
            json.beginInlineObject();
            json.name("column").value(cell.column().name());
            json.name("value").value(cell.value());
            json.name("text").value(cell.text());
            json.name("lift").value(cell.lift());
            json.name("liftText").value(cell.lift().isPresent() ? cell.liftText() : null);
            json.name("suppressed").value(cell.isSuppressed());
            json.name("secondarySuppressed").value(cell.isSecondarilySuppressed());
            json.name("noisy").value(cell.isNoisy());
            json.endObject();
        }
        json.endArray();
        json.endObject();
    }
}
