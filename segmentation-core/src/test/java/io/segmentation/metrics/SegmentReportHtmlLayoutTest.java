package io.segmentation.metrics;

import static io.segmentation.Attributes.satisfies;
import static io.segmentation.Attributes.tags;
import static io.segmentation.metrics.SegmentReportHtmlTest.parse;
import static io.segmentation.metrics.SegmentReportTest.LAPSED;
import static io.segmentation.metrics.SegmentReportTest.REVENUE;
import static io.segmentation.metrics.SegmentReportTest.VIP;
import static io.segmentation.metrics.SegmentReportTest.index;
import static io.segmentation.metrics.SegmentReportTest.sixReport;
import static org.assertj.core.api.Assertions.assertThat;

import io.segmentation.Segment;
import io.segmentation.customer.Customer;
import io.segmentation.metrics.SegmentReportHtmlTest.Element;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How the HTML page fits a laptop screen and says what each row counts. */
class SegmentReportHtmlLayoutTest {

    @Test
    void the_table_scrolls_inside_a_box_instead_of_widening_the_page() {
        String html = sixReport().toHtml();
        Element page = parse(html);

        List<Element> boxes = page.find("div").stream()
                .filter(div -> div.attribute("class").equals("table-scroll"))
                .toList();
        assertThat(boxes).hasSize(1);
        assertThat(boxes.get(0).find("table")).hasSize(1);
        assertThat(html).contains("div.table-scroll { overflow-x: auto;");
    }

    @Test
    void each_segment_is_listed_with_its_definition_in_the_query_language() {
        Element page = parse(SegmentReport.builder(index())
                .segments(VIP, LAPSED)
                .metric(REVENUE)
                .minimumSize(1)
                .build()
                .toHtml());

        assertThat(page.find("h2")).extracting(Element::textContent).contains("Segment definitions");
        assertThat(page.find("dt")).extracting(Element::textContent).containsExactly("vip", "lapsed");
        assertThat(page.find("dd")).extracting(Element::textContent).containsExactly(VIP.toString(), LAPSED.toString());
        assertThat(VIP.toString()).isEqualTo("tags CONTAINS 'vip'");
    }

    @Test
    void a_segment_without_text_form_is_described_instead() {
        Segment<Customer> custom = Segment.where(tags().contains("vip"))
                .and(satisfies("even-id", (Customer c) -> c.id().length() % 2 == 0))
                .named("custom");

        Element page = parse(SegmentReport.builder(index())
                .segments(custom)
                .minimumSize(1)
                .build()
                .toHtml());

        assertThat(page.find("dd"))
                .singleElement()
                .extracting(Element::textContent)
                .asString()
                .contains("even-id");
    }

    @Test
    void a_suppressed_segment_still_shows_its_definition() {
        // The definition is not data about customers: it is shown even where the figures are withheld.
        Element page = parse(sixReport().toHtml());

        assertThat(page.find("dt")).extracting(Element::textContent).containsExactly("vip", "lapsed", "new");
    }
}
