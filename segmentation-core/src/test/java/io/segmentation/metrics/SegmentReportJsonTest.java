package io.segmentation.metrics;

import static io.segmentation.Attributes.tags;
import static io.segmentation.metrics.SegmentReportTest.CONTEXT;
import static io.segmentation.metrics.SegmentReportTest.REVENUE;
import static io.segmentation.metrics.SegmentReportTest.index;
import static io.segmentation.metrics.SegmentReportTest.sixReport;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.segmentation.Segment;
import io.segmentation.customer.Customer;
import io.segmentation.metrics.SegmentReportTest.Figure;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SegmentReportJsonTest {

    /**
     * A strict RFC 8259 reader for the tests: objects as maps, arrays as lists, numbers as doubles. It rejects what
     * JSON does not allow — trailing commas, raw control characters in strings, bad escapes, NaN, text after the
     * value — so that reading a report proves it well-formed.
     */
    static final class JsonReader {
        private static final Pattern NUMBER = Pattern.compile("-?(?:0|[1-9]\\d*)(?:\\.\\d+)?(?:[eE][+-]?\\d+)?");
        private final String text;
        private int at;

        private JsonReader(String text) {
            this.text = text;
        }

        static Object read(String text) {
            JsonReader reader = new JsonReader(text);
            Object value = reader.value();
            reader.space();
            if (reader.at != text.length()) {
                throw reader.error("text after the value");
            }
            return value;
        }

        private Object value() {
            space();
            if (at >= text.length()) {
                throw error("end of text where a value was expected");
            }
            char c = text.charAt(at);
            switch (c) {
                case '{':
                    return object();
                case '[':
                    return array();
                case '"':
                    return string();
                case 't':
                    return literal("true", Boolean.TRUE);
                case 'f':
                    return literal("false", Boolean.FALSE);
                case 'n':
                    return literal("null", null);
                default:
                    Matcher m = NUMBER.matcher(text).region(at, text.length());
                    if (!m.lookingAt()) {
                        throw error("not a value");
                    }
                    at = m.end();
                    return Double.parseDouble(m.group());
            }
        }

        private Map<String, Object> object() {
            Map<String, Object> members = new LinkedHashMap<>();
            at++;
            space();
            if (peek() == '}') {
                at++;
                return members;
            }
            while (true) {
                space();
                if (peek() != '"') {
                    throw error("member name expected");
                }
                String name = string();
                space();
                expect(':');
                if (members.containsKey(name)) {
                    throw error("duplicate member " + name);
                }
                members.put(name, value());
                space();
                if (peek() == ',') {
                    at++;
                } else {
                    expect('}');
                    return members;
                }
            }
        }

        private List<Object> array() {
            List<Object> items = new ArrayList<>();
            at++;
            space();
            if (peek() == ']') {
                at++;
                return items;
            }
            while (true) {
                items.add(value());
                space();
                if (peek() == ',') {
                    at++;
                } else {
                    expect(']');
                    return items;
                }
            }
        }

        private String string() {
            expect('"');
            StringBuilder s = new StringBuilder();
            while (true) {
                if (at >= text.length()) {
                    throw error("unterminated string");
                }
                char c = text.charAt(at++);
                if (c == '"') {
                    return s.toString();
                }
                if (c < 0x20) {
                    throw error("raw control character in a string");
                }
                if (c != '\\') {
                    s.append(c);
                    continue;
                }
                char e = text.charAt(at++);
                switch (e) {
                    case '"', '\\', '/' -> s.append(e);
                    case 'b' -> s.append('\b');
                    case 'f' -> s.append('\f');
                    case 'n' -> s.append('\n');
                    case 'r' -> s.append('\r');
                    case 't' -> s.append('\t');
                    case 'u' -> {
                        s.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
                        at += 4;
                    }
                    default -> throw error("bad escape \\" + e);
                }
            }
        }

        private Object literal(String word, Object value) {
            if (!text.startsWith(word, at)) {
                throw error("not a value");
            }
            at += word.length();
            return value;
        }

        private void space() {
            while (at < text.length() && " \t\r\n".indexOf(text.charAt(at)) >= 0) {
                at++;
            }
        }

        private char peek() {
            return at < text.length() ? text.charAt(at) : '\0';
        }

        private void expect(char c) {
            if (peek() != c) {
                throw error("'" + c + "' expected");
            }
            at++;
        }

        private IllegalArgumentException error(String what) {
            return new IllegalArgumentException(what + " at " + at);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> read(SegmentReport<?> report) {
        return (Map<String, Object>) JsonReader.read(report.toJson());
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object value) {
        return (List<Map<String, Object>>) value;
    }

    @Test
    void the_reader_rejects_malformed_json() {
        assertThatThrownBy(() -> JsonReader.read("{\"a\": 1,}")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> JsonReader.read("[NaN]")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> JsonReader.read("\"a\nb\"")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> JsonReader.read("{} {}")).isInstanceOf(IllegalArgumentException.class);
        assertThat(JsonReader.read(" {\"a\": [1, -2.5e3, true, null, \"\\u00e9\"]} "))
                .isEqualTo(Map.of("a", java.util.Arrays.asList(1.0, -2500.0, true, null, "é")));
    }

    @Test
    void the_top_level_fields_describe_the_report() {
        Map<String, Object> json = read(sixReport());
        assertThat(json.keySet())
                .containsExactly(
                        "title",
                        "asOf",
                        "zone",
                        "minimumSize",
                        "secondarySuppression",
                        "epsilon",
                        "columns",
                        "rows",
                        "notes");
        assertThat(json.get("title")).isEqualTo("Segment report");
        assertThat(json.get("asOf")).isEqualTo("2026-06-01T00:00:00Z");
        assertThat(json.get("zone")).isEqualTo("Z");
        assertThat(json.get("minimumSize")).isEqualTo(2.0);
    }

    @Test
    void columns_have_name_kind_and_unit() {
        List<Map<String, Object>> columns = list(read(sixReport()).get("columns"));
        assertThat(columns).hasSize(8);
        assertThat(columns.get(0)).isEqualTo(Map.of("name", "Size", "kind", "SIZE", "unit", "COUNT"));
        assertThat(columns.get(6)).isEqualTo(Map.of("name", "NPS", "kind", "METRIC", "unit", "SCORE"));
        assertThat(columns.get(7)).isEqualTo(Map.of("name", "ROI", "kind", "SEGMENT_METRIC", "unit", "RATE"));
    }

    @Test
    void rows_start_with_the_population_and_carry_the_reports_numbers() {
        SegmentReport<Customer> report = sixReport();
        List<Map<String, Object>> rows = list(read(report).get("rows"));
        List<ReportRow<Customer>> expected = new ArrayList<>();
        expected.add(report.baseline());
        expected.addAll(report.rows());
        assertThat(rows).hasSize(expected.size());
        for (int r = 0; r < rows.size(); r++) {
            Map<String, Object> row = rows.get(r);
            ReportRow<Customer> want = expected.get(r);
            assertThat(row.keySet()).containsExactly("label", "baseline", "description", "suppressed", "size", "cells");
            assertThat(row.get("label")).isEqualTo(want.label());
            assertThat(row.get("baseline")).isEqualTo(want.isBaseline());
            assertThat(row.get("suppressed")).isEqualTo(want.isSuppressed());
            assertThat(row.get("size"))
                    .isEqualTo(want.size().isPresent() ? (double) want.size().getAsInt() : null);
            List<Map<String, Object>> cells = list(row.get("cells"));
            for (int c = 0; c < cells.size(); c++) {
                Map<String, Object> cell = cells.get(c);
                ReportCell cellWanted = want.cells().get(c);
                assertThat(cell.get("column")).isEqualTo(cellWanted.column().name());
                assertThat(cell.get("value")).isEqualTo(boxed(cellWanted.value()));
                assertThat(cell.get("lift")).isEqualTo(boxed(cellWanted.lift()));
                assertThat(cell.get("text")).isEqualTo(cellWanted.text());
                assertThat(cell.get("suppressed")).isEqualTo(cellWanted.isSuppressed());
            }
        }
    }

    @Test
    void a_cell_with_a_lift_gives_it_as_number_and_text() {
        Map<String, Object> vip = list(read(sixReport()).get("rows")).get(1);
        Map<String, Object> revenue = list(vip.get("cells")).get(2);
        // 750 / 900
        assertThat(revenue)
                .containsEntry("column", "Revenue")
                .containsEntry("value", 750.0)
                .containsEntry("text", "750.00")
                .containsEntry("lift", 750 / 900.0)
                .containsEntry("liftText", "×0.83");
    }

    @Test
    void notes_have_a_marker_and_a_text() {
        List<Map<String, Object>> notes = list(read(sixReport()).get("notes"));
        assertThat(notes).extracting(n -> n.get("marker")).containsExactly("<2, *", "–", "lift");
    }

    @Test
    void names_and_descriptions_are_escaped_and_read_back() {
        String name = "quote \" backslash \\ tab \t newline \n bell \u0007 </script> \u2028 emoji \uD83D\uDE00";
        Segment<Customer> odd =
                Segment.where(tags().contains("vip")).named(name).describedAs("line\r\nbreak");
        String json = SegmentReport.builder(index())
                .segments(odd)
                .minimumSize(1)
                .build()
                .toJson();
        assertThat(json).doesNotContain("</script>").contains("<\\/script>", "\\u0007", "\\u2028");
        Map<String, Object> row =
                list(((Map<?, ?>) JsonReader.read(json)).get("rows")).get(1);
        assertThat(row.get("label")).isEqualTo(name);
        assertThat(row.get("description")).isEqualTo("line\r\nbreak");
    }

    @Test
    void a_lone_surrogate_is_escaped() {
        // Segment names cannot hold a lone surrogate (Segment.named refuses it); labels still can.
        Segment<Customer> odd = Segment.where(tags().contains("vip")).named("vip");
        String json = SegmentReport.builder(index())
                .segments(odd)
                .populationLabel("broken \uD83D pair")
                .minimumSize(1)
                .build()
                .toJson();
        assertThat(json).contains("broken \\ud83d pair");
    }

    @Test
    void infinite_figures_are_null_with_their_text() {
        MetricCalculator<Customer, Figure> infinite =
                REVENUE.map("Infinite", r -> new Figure(Double.POSITIVE_INFINITY, MetricUnit.RATE));
        Segment<Customer> all = Segment.where(tags().isPresent()).named("all");
        SegmentReport<Customer> report = SegmentReport.builder(SegmentReportTest.SIX, CONTEXT)
                .segments(all)
                .metric(infinite)
                .minimumSize(1)
                .build();
        Map<String, Object> cell =
                list(list(read(report).get("rows")).get(1).get("cells")).get(2);
        assertThat(cell).containsEntry("value", null).containsEntry("text", "∞");
    }

    private static Double boxed(java.util.OptionalDouble value) {
        return value.isPresent() && Double.isFinite(value.getAsDouble()) ? value.getAsDouble() : null;
    }
}
