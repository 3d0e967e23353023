package io.segmentation.testkit.internal.assertions;

import io.segmentation.Segment;
import io.segmentation.metrics.SegmentReport;
import org.assertj.core.error.ErrorMessageFactory;

/** The failure messages of assertions on segment reports; each ends with the report as a text table. */
public final class ReportMessages {

    private ReportMessages() {}

    /**
     * A failure about one segment's row.
     *
     * @param report the report
     * @param segment the segment, or null for the population row
     * @param problem what was expected and what was found, e.g. {@code "size 12 but it is 9"}
     * @return the message
     */
    public static ErrorMessageFactory about(SegmentReport<?> report, Segment<?> segment, String problem) {
        String row = segment == null ? "the population row" : "segment " + name(segment);
        return new TextMessage(
                "Expecting " + row + " of the report to have " + problem + "\nin the report:\n" + report.toText());
    }

    /**
     * A failure about the report as a whole.
     *
     * @param report the report
     * @param problem what was expected and what was found
     * @return the message
     */
    public static ErrorMessageFactory about(SegmentReport<?> report, String problem) {
        return new TextMessage("Expecting the report to " + problem + "\nin the report:\n" + report.toText());
    }

    private static String name(Segment<?> segment) {
        return "'" + segment.name().orElse(segment.toString()) + "'";
    }
}
