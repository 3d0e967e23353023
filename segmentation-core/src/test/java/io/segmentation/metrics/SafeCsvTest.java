package io.segmentation.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SafeCsvTest {

    @ParameterizedTest
    @ValueSource(strings = {"=1+1", "+1+1", "-1+1", "@SUM(A1)", "\t=1", "\r=1"})
    void text_neutralises_every_formula_trigger_with_a_quote_and_quotes_the_field(String formula) {
        assertThat(SafeCsv.text(formula)).isEqualTo("\"'" + formula + "\"");
    }

    @Test
    void text_neutralises_a_hyperlink_and_doubles_its_quotes() {
        assertThat(SafeCsv.text("=HYPERLINK(\"http://evil\",\"click\")"))
                .isEqualTo("\"'=HYPERLINK(\"\"http://evil\"\",\"\"click\"\")\"");
    }

    @Test
    void text_neutralises_dde_payloads() {
        assertThat(SafeCsv.text("+cmd|' /C calc'!A0")).isEqualTo("\"'+cmd|' /C calc'!A0\"");
    }

    @Test
    void text_leaves_ordinary_text_unquoted() {
        assertThat(SafeCsv.text("vip customers")).isEqualTo("vip customers");
        assertThat(SafeCsv.text("")).isEmpty();
        assertThat(SafeCsv.text("a=b")).isEqualTo("a=b");
    }

    @Test
    void text_quotes_commas_quotes_and_line_breaks() {
        assertThat(SafeCsv.text("a,b")).isEqualTo("\"a,b\"");
        assertThat(SafeCsv.text("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(SafeCsv.text("a\nb")).isEqualTo("\"a\nb\"");
    }

    @Test
    void text_neutralises_text_that_looks_like_a_negative_number() {
        assertThat(SafeCsv.text("-42")).isEqualTo("\"'-42\"");
    }

    @Test
    void text_replaces_lone_surrogates_so_the_field_encodes_as_utf8() {
        String field = SafeCsv.text("a\uD800b\uDC00c\uD83D\uDE00");

        assertThat(field).isEqualTo("a\uFFFDb\uFFFDc\uD83D\uDE00");
        assertThat(new String(field.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8))
                .isEqualTo(field);
    }

    @Test
    void text_rejects_null() {
        assertThatNullPointerException().isThrownBy(() -> SafeCsv.text(null)).withMessage("text");
    }

    @Test
    void number_keeps_negative_figures_numbers() {
        assertThat(SafeCsv.number(-3.2)).isEqualTo("-3.2");
        assertThat(SafeCsv.number(-12)).isEqualTo("-12");
    }

    @Test
    void number_writes_money_as_a_plain_decimal() {
        assertThat(SafeCsv.number(25116329.43)).isEqualTo("25116329.43");
        assertThat(SafeCsv.number(new BigDecimal("25116329.43"))).isEqualTo("25116329.43");
        assertThat(SafeCsv.number(1e20)).isEqualTo("100000000000000000000");
    }

    @Test
    void number_reads_back_to_the_same_double() {
        for (double value : new double[] {0.1, 1.0 / 3, 25116329.43, -0.00001, 123456789012.345, 1e-9, 1e22, 0}) {
            assertThat(Double.parseDouble(SafeCsv.number(value))).isEqualTo(value);
        }
    }

    @Test
    void number_keeps_the_exponent_for_extreme_magnitudes() {
        assertThat(SafeCsv.number(1e-9)).isEqualTo("1.0E-9");
        assertThat(SafeCsv.number(Double.MAX_VALUE)).isEqualTo("1.7976931348623157E308");
        assertThat(SafeCsv.number(Double.NaN)).isEqualTo("NaN");
    }
}
