package io.segmentation.examples.data;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.segmentation.customer.Customer;
import io.segmentation.jackson.CustomerJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SampleDataTest {

    private static final String GOOD = "{\"id\":\"c-1\",\"country\":\"DE\"}";

    @Test
    void load_reads_every_bundled_customer_with_unique_ids() {
        List<Customer> customers = SampleData.load();

        assertThat(customers).hasSize(400);
        Set<String> ids = new HashSet<>();
        customers.forEach(c -> ids.add(c.id()));
        assertThat(ids).hasSize(customers.size());
    }

    @Test
    void bundled_file_is_exactly_what_customer_json_writes() throws IOException {
        List<String> lines;
        try (InputStream in = SampleData.class.getResourceAsStream(SampleData.RESOURCE)) {
            lines = new String(in.readAllBytes(), UTF_8).lines().toList();
        }
        List<Customer> customers = SampleData.load();

        assertThat(customers).hasSameSizeAs(lines);
        for (int i = 0; i < lines.size(); i++) {
            assertThat(CustomerJson.write(customers.get(i))).isEqualTo(lines.get(i));
        }
    }

    @Test
    void read_skips_blank_lines() {
        List<Customer> customers = read(GOOD + "\n\n  \n{\"id\":\"c-2\"}\n");

        assertThat(customers).extracting(Customer::id).containsExactly("c-1", "c-2");
    }

    @Test
    void malformed_json_fails_with_source_line_and_column() {
        assertThatThrownBy(() -> read(GOOD + "\n{\"id\":\"c-2\",\"country\":}\n"))
                .isInstanceOfSatisfying(SampleDataFormatException.class, e -> {
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.source()).isEqualTo("test.jsonl");
                })
                .hasMessageStartingWith(
                        "test.jsonl line 2: $.country: malformed JSON at line 1, column 23: Unexpected character");
    }

    @Test
    void truncated_line_fails_with_its_line_number() {
        assertThatThrownBy(() -> read(GOOD + "\n" + GOOD.replace("c-1", "c-2") + "\n{\"id\":\"c-3\",\"tags\":[\"vip\""))
                .isInstanceOfSatisfying(
                        SampleDataFormatException.class,
                        e -> assertThat(e.line()).isEqualTo(3))
                .hasMessageStartingWith(
                        "test.jsonl line 3: $.tags[0]: malformed JSON at line 1, column 26: Unexpected end-of-input");
    }

    @Test
    void value_the_model_rejects_fails_with_line_number_and_field() {
        assertThatThrownBy(() -> read(GOOD + "\n{\"id\":\"c-2\",\"country\":\"XX\"}"))
                .isInstanceOf(SampleDataFormatException.class)
                .hasMessage("test.jsonl line 2: $.country: country: 'XX' is not an ISO 3166-1 alpha-2 code");
    }

    @Test
    void wrong_type_fails_with_the_path_of_the_field() {
        String order =
                "{\"id\":\"c-1\",\"orders\":[{\"id\":\"o-1\",\"at\":\"2026-01-01T00:00:00Z\",\"total\":\"12\"}]}";

        assertThatThrownBy(() -> read(order))
                .hasMessage("test.jsonl line 1: $.orders[0].total: expected a number but found the string \"12\"");
    }

    @Test
    void unknown_field_fails() {
        assertThatThrownBy(() -> read("{\"id\":\"c-1\",\"contry\":\"DE\"}"))
                .hasMessageStartingWith("test.jsonl line 1: $.contry: unknown field 'contry'");
    }

    @Test
    void missing_id_fails() {
        assertThatThrownBy(() -> read("{\"country\":\"DE\"}"))
                .hasMessage("test.jsonl line 1: $.id: missing; expected a string");
    }

    @Test
    void repeated_customer_id_fails_on_the_second_occurrence() {
        assertThatThrownBy(() -> read(GOOD + "\n" + GOOD))
                .isInstanceOfSatisfying(
                        SampleDataFormatException.class,
                        e -> assertThat(e.line()).isEqualTo(2))
                .hasMessage("test.jsonl line 2: customer id 'c-1' appears twice");
    }

    private static List<Customer> read(String text) {
        return SampleData.read(new StringReader(text), "test.jsonl");
    }
}
