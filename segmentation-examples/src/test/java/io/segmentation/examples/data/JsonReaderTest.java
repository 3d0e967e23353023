package io.segmentation.examples.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonReaderTest {

    @Test
    void reads_nested_values_keeping_key_order() {
        Object value = JsonReader.read(" {\"b\": [1, true, null], \"a\": {\"x\": \"y\"}} ");

        assertThat(value).isInstanceOf(Map.class);
        assertThat(List.copyOf(((Map<?, ?>) value).keySet())).isEqualTo(List.of("b", "a"));
        assertThat(((Map<?, ?>) value).get("b")).isEqualTo(Arrays.asList(new BigDecimal("1"), true, null));
    }

    @Test
    void reads_numbers_exactly() {
        assertThat(JsonReader.read("-0.10")).isEqualTo(new BigDecimal("-0.10"));
        assertThat(JsonReader.read("1.5e3")).isEqualTo(new BigDecimal("1.5e3"));
    }

    @Test
    void reads_escapes() {
        assertThat(JsonReader.read("\"a\\\"b\\\\c\\/d\\n\\u00fc\"")).isEqualTo("a\"b\\c/d\nü");
    }

    @Test
    void rejects_leading_zeros_and_bare_fractions() {
        assertThatThrownBy(() -> JsonReader.read("012")).hasMessage("column 2: unexpected '1' after the value");
        assertThatThrownBy(() -> JsonReader.read("1."))
                .hasMessage("column 3: expected a digit after '.' but found the end of the text");
    }

    @Test
    void rejects_duplicate_keys() {
        assertThatThrownBy(() -> JsonReader.read("{\"a\":1,\"a\":2}")).hasMessage("column 8: duplicate key 'a'");
    }

    @Test
    void rejects_invalid_escape() {
        assertThatThrownBy(() -> JsonReader.read("\"\\x\"")).hasMessage("column 3: invalid escape '\\x'");
    }

    @Test
    void rejects_trailing_comma() {
        assertThatThrownBy(() -> JsonReader.read("[1,]")).hasMessage("column 4: expected a value but found ']'");
    }

    @Test
    void writer_output_reads_back() {
        Map<String, Object> value = Map.of("text", "tab\there \"quoted\" \u0001");

        assertThat(JsonReader.read(JsonWriter.write(value))).isEqualTo(value);
    }
}
