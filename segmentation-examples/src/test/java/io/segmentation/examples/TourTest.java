package io.segmentation.examples;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.segmentation.EvaluationContext;
import io.segmentation.Segment;
import io.segmentation.customer.Customer;
import io.segmentation.engine.SegmentMatcher;
import io.segmentation.examples.ExampleSegments.Example;
import io.segmentation.examples.data.SampleData;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TourTest {

    private static final List<Customer> CUSTOMERS = SampleData.load();
    private static final EvaluationContext JUNE = EvaluationContext.asOf(Tour.AS_OF);

    @Test
    void report_names_every_segment() {
        String report = Tour.report(CUSTOMERS, JUNE);

        for (Example example : ExampleSegments.ALL) {
            assertThat(report).contains(example.segment().name().orElseThrow());
        }
    }

    @Test
    void report_explains_a_member_and_a_non_member_of_the_combined_segment() {
        String report = Tour.report(CUSTOMERS, JUNE);

        assertThat(report)
                .contains("✓ segment 'dach-high-value-email'")
                .contains("✗ segment 'dach-high-value-email'")
                .contains("in segment 'dach'");
    }

    @Test
    void every_example_segment_is_non_empty_and_smaller_than_the_population() {
        for (Example example : ExampleSegments.ALL) {
            int size =
                    SegmentMatcher.of(example.segment()).filter(CUSTOMERS, JUNE).size();

            assertThat(size).as(example.segment().toString()).isPositive().isLessThan(CUSTOMERS.size());
        }
    }

    @Test
    void report_is_the_same_every_time() {
        assertThat(Tour.report(CUSTOMERS, JUNE)).isEqualTo(Tour.report(CUSTOMERS, JUNE));
    }

    @Test
    void run_tours_the_endpoint_the_replay_and_the_batch(@TempDir Path directory) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        Tour.run(CUSTOMERS, directory, new PrintStream(bytes, true, UTF_8));

        String tour = bytes.toString(UTF_8);
        assertThat(tour)
                .startsWith(Tour.report(CUSTOMERS, JUNE))
                .contains("GET http://127.0.0.1:")
                .contains("→ 200 {\"customer\":\"c-0001\"")
                .contains("membership changes (")
                .contains("Exclusive, in priority order: dach-high-value-email ")
                .contains("100%  400 / 400");
        assertThat(directory.resolve("assignments.csv")).exists();
        assertThat(tour)
                .contains("What the example segments are worth")
                .contains("Champions")
                .contains("report.html");
        assertThat(directory.resolve("report.html")).content(UTF_8).startsWith("<!DOCTYPE html>");
        assertThat(tour).contains(SegmentValue.P_ALIVE_NOTE);
    }

    @Test
    void the_html_report_lists_each_example_segments_definition(@TempDir Path directory) throws Exception {
        List<Segment<Customer>> segments =
                ExampleSegments.ALL.stream().map(Example::segment).toList();

        NightlyBatch.writeReport(CUSTOMERS, segments, JUNE, directory);

        String html = Files.readString(directory.resolve("report.html"), UTF_8);
        assertThat(html).contains("<h2>Segment definitions</h2>").contains("<div class=\"table-scroll\">");
        for (Segment<Customer> segment : segments) {
            assertThat(html)
                    .contains("<dt>" + segment.name().orElseThrow() + "</dt>")
                    .contains(escaped(segment.toString()));
        }
        assertThat(Files.readString(directory.resolve("report.txt"), UTF_8)).contains(SegmentValue.P_ALIVE_NOTE);
    }

    private static String escaped(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
