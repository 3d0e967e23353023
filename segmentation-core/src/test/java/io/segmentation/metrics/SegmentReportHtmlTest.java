package io.segmentation.metrics;

import static io.segmentation.Attributes.tags;
import static io.segmentation.metrics.SegmentReportTest.LAPSED;
import static io.segmentation.metrics.SegmentReportTest.NPS;
import static io.segmentation.metrics.SegmentReportTest.REVENUE;
import static io.segmentation.metrics.SegmentReportTest.VIP;
import static io.segmentation.metrics.SegmentReportTest.index;
import static io.segmentation.metrics.SegmentReportTest.sixReport;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.segmentation.Segment;
import io.segmentation.customer.Customer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML page. It is written as well-formed XML (void elements self-closed, only the five predefined character
 * references), so the tests read it with a strict little reader and inspect elements and text rather than searching
 * strings.
 */
class SegmentReportHtmlTest {

    private static final String INJECTION = "<script>alert('x')</script>";

    /** An element: its name, attributes, children and text content (character references resolved). */
    record Element(String name, Map<String, String> attributes, List<Element> children, StringBuilder text) {
        List<Element> find(String tag) {
            List<Element> found = new ArrayList<>();
            for (Element child : children) {
                if (tag.equals("*") || child.name.equals(tag)) {
                    found.add(child);
                }
                found.addAll(child.find(tag));
            }
            return found;
        }

        String textContent() {
            return text.toString();
        }

        String attribute(String name) {
            return attributes.getOrDefault(name, "");
        }
    }

    private static final Pattern TAG =
            Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\\s+[a-zA-Z][a-zA-Z0-9:-]*=\"[^\"<]*\")*)\\s*(/?)>");
    private static final Pattern ATTRIBUTE = Pattern.compile("([a-zA-Z][a-zA-Z0-9:-]*)=\"([^\"<]*)\"");
    private static final Pattern REFERENCE = Pattern.compile("&(amp|lt|gt|quot|#39);");

    /**
     * Reads the page strictly: one doctype, then properly nested elements; attributes double-quoted; in text and
     * attributes no raw {@code <} and no {@code &} other than the five references. Fails on anything else.
     */
    static Element parse(String html) {
        String doctype = "<!DOCTYPE html>\n";
        assertThat(html).startsWith(doctype);
        Element document = new Element("#document", Map.of(), new ArrayList<>(), new StringBuilder());
        List<Element> open = new ArrayList<>(List.of(document));
        int at = doctype.length();
        while (at < html.length()) {
            int lt = html.indexOf('<', at);
            String text = html.substring(at, lt < 0 ? html.length() : lt);
            String resolved = unescape(text);
            open.forEach(e -> e.text.append(resolved));
            if (lt < 0) {
                break;
            }
            Matcher tag = TAG.matcher(html).region(lt, html.length());
            if (!tag.lookingAt()) {
                throw new IllegalArgumentException(
                        "malformed tag at " + lt + ": " + html.substring(lt, Math.min(html.length(), lt + 40)));
            }
            String name = tag.group(2);
            if (!tag.group(1).isEmpty()) {
                Element closed = open.remove(open.size() - 1);
                if (!closed.name.equals(name)) {
                    throw new IllegalArgumentException("</" + name + "> closes <" + closed.name + "> at " + lt);
                }
            } else {
                Map<String, String> attributes = new LinkedHashMap<>();
                Matcher a = ATTRIBUTE.matcher(tag.group(3));
                while (a.find()) {
                    if (attributes.put(a.group(1), unescape(a.group(2))) != null) {
                        throw new IllegalArgumentException("duplicate attribute " + a.group(1) + " at " + lt);
                    }
                }
                Element element = new Element(name, attributes, new ArrayList<>(), new StringBuilder());
                open.get(open.size() - 1).children.add(element);
                if (tag.group(4).isEmpty()) {
                    open.add(element);
                }
            }
            at = tag.end();
        }
        if (open.size() != 1) {
            throw new IllegalArgumentException("unclosed <" + open.get(open.size() - 1).name + ">");
        }
        assertThat(document.children).hasSize(1);
        return document.children.get(0);
    }

    private static String unescape(String text) {
        StringBuilder out = new StringBuilder();
        Matcher m = REFERENCE.matcher(text);
        int last = 0;
        while (m.find()) {
            out.append(text, last, m.start());
            out.append(
                    switch (m.group(1)) {
                        case "amp" -> "&";
                        case "lt" -> "<";
                        case "gt" -> ">";
                        case "quot" -> "\"";
                        default -> "'";
                    });
            last = m.end();
        }
        String rest = text.substring(last);
        if (rest.contains("&")
                || text.substring(0, last).replaceAll(REFERENCE.pattern(), "").contains("&")) {
            throw new IllegalArgumentException("bare & in " + text);
        }
        if (text.indexOf('>') >= 0) {
            throw new IllegalArgumentException("raw > in " + text);
        }
        return out.append(rest).toString();
    }

    @Test
    void the_reader_rejects_malformed_pages() {
        assertThatThrownBy(() -> parse("<!DOCTYPE html>\n<html><b></html>"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> parse("<!DOCTYPE html>\n<html>a & b</html>"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> parse("<!DOCTYPE html>\n<html title='x'></html>"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(parse("<!DOCTYPE html>\n<html a=\"&lt;\"><br/>x &amp; y</html>")
                        .textContent())
                .isEqualTo("x & y");
    }

    private static List<Element> elements(Element page, String name) {
        List<Element> found = new ArrayList<>(page.name().equals(name) ? List.of(page) : List.of());
        found.addAll(page.find(name));
        return found;
    }

    @Test
    void the_page_is_well_formed_with_one_table() {
        Element page = parse(sixReport().toHtml());
        assertThat(page.name()).isEqualTo("html");
        assertThat(elements(page, "table")).hasSize(1);
        // header row, population, vip, lapsed, new
        assertThat(elements(page, "tr")).hasSize(5);
    }

    @Test
    void the_page_needs_no_network_and_runs_no_script() {
        String html = sixReport().toHtml();
        Element page = parse(html);
        assertThat(elements(page, "script")).isEmpty();
        assertThat(elements(page, "link")).isEmpty();
        assertThat(elements(page, "img")).isEmpty();
        assertThat(elements(page, "iframe")).isEmpty();
        for (Element element : elements(page, "*")) {
            for (String attribute : element.attributes().keySet()) {
                assertThat(attribute)
                        .as("on <%s>", element.name())
                        .isNotIn("href", "src", "xlink:href", "action", "srcset")
                        .doesNotStartWith("on");
            }
        }
        assertThat(html).doesNotContain("http:", "https:", "//", "url(", "@import");
    }

    @Test
    void segment_names_descriptions_metric_names_and_title_are_escaped() {
        Segment<Customer> evil =
                Segment.where(tags().contains("vip")).named(INJECTION).describedAs(INJECTION + " & co");
        SegmentReport<Customer> report = SegmentReport.builder(index())
                .segments(evil)
                .metric(REVENUE.named(INJECTION + "€"))
                .title(INJECTION)
                .populationLabel("\"all\" <customers>")
                .minimumSize(1)
                .build();
        String html = report.toHtml();
        assertThat(html).doesNotContain("<script", "<customers>");
        assertThat(html).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
        Element page = parse(html);
        assertThat(elements(page, "script")).isEmpty();
        assertThat(elements(page, "title").get(0).textContent()).isEqualTo(INJECTION);
        assertThat(elements(page, "th"))
                .extracting(Element::textContent)
                .contains(INJECTION + "€", "\"all\" <customers>", INJECTION + INJECTION + " & co");
    }

    @Test
    void control_characters_not_allowed_in_html_are_replaced() {
        Segment<Customer> odd = Segment.where(tags().contains("vip")).named("bell\u0007 and\ttab");
        String html = SegmentReport.builder(index())
                .segments(odd)
                .minimumSize(1)
                .build()
                .toHtml();
        assertThat(html).doesNotContain("\u0007").contains("bell\uFFFD and\ttab");
    }

    @Test
    void there_is_a_size_chart_and_one_chart_per_metric() {
        Element page = parse(sixReport().toHtml());
        // Size, then Revenue, AOV, Repeat, Frequency, NPS and ROI; Share is the size chart again and gets none
        assertThat(elements(page, "svg"))
                .extracting(svg -> svg.attribute("aria-label"))
                .containsExactly("Segment size", "Revenue", "AOV", "Repeat", "Frequency", "NPS", "ROI");
    }

    @Test
    void a_chart_has_a_bar_per_row_with_labels_values_and_axis() {
        Element page = parse(SegmentReport.builder(index())
                .segments(VIP, LAPSED)
                .metric(REVENUE)
                .minimumSize(1)
                .build()
                .toHtml());
        Element revenue = elements(page, "svg").get(1);
        List<String> texts = new ArrayList<>();
        revenue.find("text").forEach(t -> texts.add(t.textContent()));
        // title; ticks every 200 (900 / 4 = 225, rounded to a 1-2-5 step) up to 1,000; the axis label; then label and
        // value of the population (900) and of each segment (vip 750, lapsed 100)
        assertThat(texts)
                .containsExactly(
                        "Revenue",
                        "0",
                        "200",
                        "400",
                        "600",
                        "800",
                        "1,000",
                        "Revenue (amount)",
                        "All customers",
                        "900.00",
                        "vip",
                        "750.00",
                        "lapsed",
                        "100.00");
        assertThat(revenue.find("rect")).hasSize(3);
    }

    @Test
    void ticks_of_counts_are_whole_numbers() {
        Element sizes = elements(parse(sixReport().toHtml()), "svg").get(0);
        // sizes 3 and 2: 3 / 4 rounds to a step of 1
        assertThat(sizes.find("text"))
                .extracting(Element::textContent)
                .startsWith("Segment size", "0", "1", "2", "3", "members");
    }

    @Test
    void ticks_of_scores_span_negative_and_positive_values() {
        Element nps = elements(
                        parse(SegmentReport.builder(index())
                                .segments(VIP, LAPSED)
                                .metric(NPS)
                                .minimumSize(1)
                                .build()
                                .toHtml()),
                        "svg")
                .get(1);
        // -50 to +66.7: a range of 116.7, step 20 (116.7 / 4 = 29.2 rounds to 2 x 10), from -60 to +80
        assertThat(nps.find("text"))
                .extracting(Element::textContent)
                .startsWith("NPS", "-60", "-40", "-20", "0", "+20", "+40", "+60", "+80", "NPS (points)");
    }

    @Test
    void bars_are_proportional_to_their_values() {
        Element page = parse(SegmentReport.builder(index())
                .segments(VIP, LAPSED)
                .metric(REVENUE)
                .minimumSize(1)
                .build()
                .toHtml());
        List<Element> bars = elements(page, "svg").get(1).find("rect");
        double population = width(bars.get(0));
        // 750 / 900 and 100 / 900 of the population's bar, to the 0.1 px the page is written with
        assertThat(width(bars.get(1)) / population).isCloseTo(750 / 900.0, within(0.001));
        assertThat(width(bars.get(2)) / population).isCloseTo(100 / 900.0, within(0.001));
    }

    @Test
    void negative_scores_get_bars_to_the_left_of_zero() {
        Element page = parse(SegmentReport.builder(index())
                .segments(VIP, LAPSED)
                .metric(NPS)
                .minimumSize(1)
                .build()
                .toHtml());
        List<Element> bars = elements(page, "svg").get(1).find("rect");
        // population NPS 0: a hairline; vip +66.7 starts at zero; lapsed -50 ends at zero
        double vipStart = x(bars.get(1));
        double lapsedEnd = x(bars.get(2)) + width(bars.get(2));
        assertThat(lapsedEnd).isCloseTo(vipStart, within(0.11));
        assertThat(width(bars.get(2)) / width(bars.get(1))).isCloseTo(50 / (200 / 3.0), within(0.01));
    }

    @Test
    void suppressed_rows_show_no_bar_and_say_why() {
        Element page = parse(sixReport().toHtml());
        Element sizes = elements(page, "svg").get(0);
        // vip and lapsed have bars; new is suppressed
        assertThat(sizes.find("rect")).hasSize(2);
        assertThat(sizes.textContent()).contains("suppressed (<2)");
    }

    @Test
    void write_html_writes_the_page_in_utf8(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("report.html");
        SegmentReport<Customer> report = sixReport();
        report.writeHtml(file);
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(report.toHtml());
    }

    private static double width(Element rect) {
        return Double.parseDouble(rect.attribute("width"));
    }

    private static double x(Element rect) {
        return Double.parseDouble(rect.attribute("x"));
    }
}
