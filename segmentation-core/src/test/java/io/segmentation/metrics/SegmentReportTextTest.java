package io.segmentation.metrics;

import static io.segmentation.Attributes.tags;
import static io.segmentation.metrics.SegmentReportTest.AOV;
import static io.segmentation.metrics.SegmentReportTest.AS_OF;
import static io.segmentation.metrics.SegmentReportTest.LAPSED;
import static io.segmentation.metrics.SegmentReportTest.NEW;
import static io.segmentation.metrics.SegmentReportTest.NPS;
import static io.segmentation.metrics.SegmentReportTest.REVENUE;
import static io.segmentation.metrics.SegmentReportTest.SIX;
import static io.segmentation.metrics.SegmentReportTest.VIP;
import static io.segmentation.metrics.SegmentReportTest.index;
import static org.assertj.core.api.Assertions.assertThat;

import io.segmentation.EvaluationContext;
import io.segmentation.Segment;
import io.segmentation.customer.Customer;
import io.segmentation.index.PopulationIndex;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class SegmentReportTextTest {

    @Test
    void the_text_is_an_aligned_table_with_notes() {
        SegmentReport<Customer> report = SegmentReport.builder(index())
                .segments(VIP, LAPSED, NEW)
                .metric(REVENUE)
                .metric(NPS)
                .minimumSize(2)
                .build();
        // Column widths: label 13 ("All customers"), Size 4, Share 6 ("100.0%"), Revenue 7, lift 5 ("×0.83"),
        // NPS 5 ("+66.7"), lift 9 ("+66.7 pts"); 13 + 4 + 6 + 7 + 5 + 5 + 9 + 6 gaps of 2 = 61 dashes.
        // vip: 750 / 900 = ×0.83, NPS 100 * 2 / 3 = +66.7 against 0. The three segments partition the six, so new
        // (1) would be 6 - 3 - 2: secondary suppression withholds lapsed, the smallest row that gives it away.
        String rule = "-".repeat(61);
        assertThat(report.toText())
                .isEqualTo(String.join(
                        "\n",
                        "Segment report, as of 2026-06-01T00:00:00Z; segments under 2 members suppressed",
                        "",
                        "Segment        Size   Share  Revenue   lift    NPS       lift",
                        rule,
                        "All customers     6  100.0%   900.00           0.0",
                        rule,
                        "vip               3   50.0%   750.00  ×0.83  +66.7  +66.7 pts",
                        "lapsed           **      **       **     **     **         **",
                        "new              <2       *        *      *      *          *",
                        "",
                        "<2, *  fewer than 2 members: figures withheld so that small groups cannot be singled out",
                        "**     withheld too: with the figures shown, they would give a small group's figures away",
                        "lift   the segment's figure divided by the population's (×); for scores, the difference in"
                                + " points",
                        ""));
    }

    @Test
    void a_report_without_metrics_has_size_and_share_and_no_notes() {
        SegmentReport<Customer> report =
                SegmentReport.builder(index()).segments(VIP).minimumSize(1).build();
        assertThat(report.toText())
                .isEqualTo(String.join(
                        "\n",
                        "Segment report, as of 2026-06-01T00:00:00Z; segments under 1 member suppressed",
                        "",
                        "Segment        Size   Share",
                        "-".repeat(27),
                        "All customers     6  100.0%",
                        "-".repeat(27),
                        "vip               3   50.0%",
                        ""));
    }

    @Test
    void undefined_figures_show_a_dash_and_get_a_note() {
        Segment<Customer> d =
                Segment.where(tags().containsAll("lapsed", "detractor")).named("d"); // d: no orders
        String text = SegmentReport.builder(index())
                .segments(d)
                .metric(AOV)
                .minimumSize(1)
                .build()
                .toText();
        // AOV of d: 0 / 0; its lift is undefined too
        assertThat(text).containsPattern("\nd +1 +16\\.7% +– +–\n");
        assertThat(text).contains("–     undefined: no data, or no population figure for a per-segment metric");
    }

    @Test
    void the_zone_is_shown_when_it_is_not_utc() {
        EvaluationContext berlin = EvaluationContext.asOf(AS_OF, ZoneId.of("Europe/Berlin"));
        String text = SegmentReport.builder(PopulationIndex.build(SIX, berlin))
                .segments(VIP)
                .build()
                .toText();
        assertThat(text).startsWith("Segment report, as of 2026-06-01T00:00:00Z (Europe/Berlin);");
    }

    @Test
    void control_characters_in_names_cannot_break_the_layout() {
        Segment<Customer> tricky = Segment.where(tags().contains("vip")).named("two\nlines\tand\rmore");
        String text = SegmentReport.builder(index())
                .segments(tricky)
                .minimumSize(1)
                .build()
                .toText();
        assertThat(text).contains("two lines and more     3   50.0%");
        assertThat(text.lines()).hasSize(7);
    }

    @Test
    void the_title_is_the_first_line() {
        String text = SegmentReport.builder(index())
                .segments(List.of(VIP))
                .title("June segments")
                .build()
                .toText();
        assertThat(text).startsWith("June segments, as of ");
    }
}
