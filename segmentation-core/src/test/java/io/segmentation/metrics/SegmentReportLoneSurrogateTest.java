package io.segmentation.metrics;

import static io.segmentation.Attributes.tags;
import static io.segmentation.metrics.SegmentReportTest.index;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.segmentation.Segment;
import io.segmentation.customer.Customer;
import java.io.IOException;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every rendering of a report can be written as UTF-8, whatever its labels hold. Segment names refuse lone surrogates
 * when they are given ({@code Segment.named}), so here they come through the title, the population label, a metric
 * name and a criterion's value (shown in the definitions).
 */
class SegmentReportLoneSurrogateTest {

    private static final String LONE = "vip \uD800 and \uDC00";

    @TempDir
    Path directory;

    private static SegmentReport<Customer> report() {
        Segment<Customer> odd = Segment.where(tags().contains(LONE)).named("vip");
        return SegmentReport.builder(index())
                .segments(odd)
                .title("title \uDBFF")
                .populationLabel("all \uDC01")
                .metric(SegmentReportTest.REVENUE.named("Revenue \uD801"))
                .minimumSize(1)
                .build();
    }

    private static void assertEncodable(String text) throws CharacterCodingException {
        StandardCharsets.UTF_8
                .newEncoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .encode(CharBuffer.wrap(text));
    }

    @Test
    void writeHtml_does_not_throw_on_a_lone_surrogate_in_a_label() throws IOException {
        Path file = directory.resolve("report.html");

        assertThatCode(() -> report().writeHtml(file)).doesNotThrowAnyException();
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).contains("all \uFFFD");
    }

    @Test
    void html_replaces_lone_surrogates_with_the_replacement_character() throws CharacterCodingException {
        String html = report().toHtml();

        assertEncodable(html);
        assertThat(html).contains("all \uFFFD").contains("title \uFFFD").contains("Revenue \uFFFD");
    }

    @Test
    void text_csv_and_json_are_encodable_as_utf8() throws CharacterCodingException {
        SegmentReport<Customer> report = report();

        assertEncodable(report.toText());
        assertEncodable(report.toCsv());
        assertEncodable(report.toJson());
    }

    @Test
    void segment_names_refuse_lone_surrogates_when_given() {
        assertThatThrownBy(() -> Segment.where(tags().contains("vip")).named(LONE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("lone surrogate");
    }

    @Test
    void well_formed_pairs_are_kept() {
        Segment<Customer> emoji = Segment.where(tags().contains("vip")).named("vip \uD83D\uDE00");
        SegmentReport<Customer> report =
                SegmentReport.builder(index()).segments(emoji).minimumSize(1).build();

        assertThat(report.toHtml()).contains("vip \uD83D\uDE00");
        assertThat(report.toText()).contains("vip \uD83D\uDE00");
        assertThat(report.toCsv()).contains("vip \uD83D\uDE00");
    }
}
