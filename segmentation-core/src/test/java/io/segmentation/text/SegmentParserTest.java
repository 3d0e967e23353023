package io.segmentation.text;

import static io.segmentation.Attributes.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.segmentation.EvaluationContext;
import io.segmentation.Segment;
import io.segmentation.attribute.Attribute;
import io.segmentation.attribute.AttributeRegistry;
import io.segmentation.attribute.NumberAttribute;
import io.segmentation.attribute.TextAttribute;
import io.segmentation.customer.Customer;
import io.segmentation.engine.SegmentMatcher;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SegmentParserTest {

    record Account(String id, Integer points, String plan) {}

    private static final NumberAttribute<Account> POINTS = Attribute.number("points", Account::points);
    private static final TextAttribute<Account> PLAN = Attribute.text("plan", Account::plan);

    private static SegmentSyntaxException error(String text) {
        try {
            SegmentQuery.parse(text);
        } catch (SegmentSyntaxException e) {
            return e;
        }
        throw new AssertionError("expected a syntax error for " + text);
    }

    @Test
    void a_registry_for_any_subject_type_parses_its_own_attributes() {
        AttributeRegistry<Account> registry =
                AttributeRegistry.<Account>empty().with(POINTS).with(PLAN);
        Segment<Account> parsed = SegmentQuery.parser(registry).parse("points >= 1000 AND plan = 'pro'");
        assertThat(parsed).isEqualTo(Segment.where(POINTS.atLeast(1000)).and(PLAN.is("pro")));
        assertThat(SegmentMatcher.of(parsed)
                        .matches(new Account("a", 1500, "pro"), EvaluationContext.asOf(Instant.EPOCH)))
                .isTrue();
    }

    @Test
    void a_registry_rejects_a_name_registered_twice() {
        assertThatThrownBy(() -> AttributeRegistry.<Account>empty().with(POINTS).with(POINTS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'points' is already registered");
    }

    @Test
    void parse_all_resolves_references_in_any_order() {
        Map<String, String> definitions = new LinkedHashMap<>();
        definitions.put("dach-buyers", "IN SEGMENT 'buyers' AND country IN ('DE', 'AT', 'CH')");
        definitions.put("buyers", "purchases >= 1");
        Map<String, Segment<Customer>> segments =
                SegmentQuery.parser(AttributeRegistry.builtIn()).parseAll(definitions);
        Segment<Customer> buyers = Segment.where(purchases().atLeast(1)).named("buyers");
        assertThat(segments.get("buyers")).isEqualTo(buyers);
        assertThat(segments.get("dach-buyers"))
                .isEqualTo(Segment.where(inSegment(buyers))
                        .and(country().in("DE", "AT", "CH"))
                        .named("dach-buyers"));
        assertThat(segments.keySet()).containsExactly("dach-buyers", "buyers");
    }

    @Test
    void parse_all_rejects_a_cycle_naming_it() {
        Map<String, String> definitions = new LinkedHashMap<>();
        definitions.put("a", "IN SEGMENT 'b'");
        definitions.put("b", "age > 3 AND IN SEGMENT 'c'");
        definitions.put("c", "IN SEGMENT 'a'");
        assertThatThrownBy(
                        () -> SegmentQuery.parser(AttributeRegistry.builtIn()).parseAll(definitions))
                .isInstanceOf(SegmentSyntaxException.class)
                .hasMessageContaining("segment 'a' refers to itself through the cycle a → b → c → a");
    }

    @Test
    void unknown_segment_is_an_error_with_a_suggestion() {
        AttributeRegistry<Customer> registry = AttributeRegistry.builtIn()
                .withSegment(Segment.where(tags().contains("newsletter")).named("newsletter"));
        assertThatThrownBy(() -> SegmentQuery.parser(registry).parse("IN SEGMENT 'newsleter'"))
                .isInstanceOf(SegmentSyntaxException.class)
                .hasMessageContaining("unknown segment 'newsleter' — did you mean 'newsletter'?");
    }

    @Test
    void errors_on_later_lines_report_line_and_column() {
        SegmentSyntaxException e = error("age >= 18\nAND country IN ('DE',\n  'FR'");
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.column()).isEqualTo(7);
        assertThat(e.problem()).contains("expected ',' or ')'");
        assertThat(e.sourceLine()).isEqualTo("  'FR'");
        assertThat(e.getMessage()).endsWith("  'FR'\n        ^");
    }

    @Test
    void misspelled_operators_get_a_suggestion() {
        assertThat(error("age BETWEN 18 AND 25").suggestion()).contains("BETWEEN");
    }

    @Test
    void unclosed_text_is_reported_where_it_starts() {
        SegmentSyntaxException e = error("city = 'Berlin");
        assertThat(e.column()).isEqualTo(8);
        assertThat(e.problem()).contains("not closed");
    }

    @Test
    void times_compare_strictly_and_say_so() {
        assertThat(error("last_purchase <= -30d").problem()).contains("< or > (both strict)");
    }

    @Test
    void windows_take_fixed_lengths_not_months() {
        assertThat(error("purchases(last: 3m) > 1").problem()).contains("not months or years");
    }

    @Test
    void a_window_needs_both_ends() {
        assertThat(error("purchases(from: 2026-01-01T00:00:00Z) > 1").problem())
                .contains("needs both 'from:' and 'to:'");
    }

    @Test
    void attributes_without_parameters_refuse_arguments() {
        assertThat(error("age(last: 30d) > 1").problem()).contains("'age' takes no window");
    }

    @Test
    void custom_predicates_have_no_text_form_and_say_which() {
        Segment<Customer> custom = Segment.where(satisfies("even-id", (Customer c) -> c.id().length() % 2 == 0));
        assertThatThrownBy(() -> SegmentQuery.toText(custom))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("custom criterion 'even-id' has no text form");
        assertThat(custom.toString()).isEqualTo("custom 'even-id'");
    }

    @Test
    void shorthands_read_as_their_canonical_forms() {
        assertThat(SegmentQuery.parse("country != 'DE'"))
                .isEqualTo(Segment.where(not(country().is("DE"))));
        assertThat(SegmentQuery.parse("country NOT IN ('DE')"))
                .isEqualTo(Segment.where(not(country().in("DE"))));
        assertThat(SegmentQuery.parse("age IS NOT MISSING")).isEqualTo(Segment.where(age().isPresent()));
        assertThat(SegmentQuery.toText(SegmentQuery.parse("country != 'DE'"))).isEqualTo("country != 'DE'");
    }

    @Test
    void keywords_are_case_insensitive_and_comments_are_ignored() {
        assertThat(SegmentQuery.parse("age between 18 and 25 -- young adults\nor age is missing"))
                .isEqualTo(Segment.where(anyOf(age().between(18, 25), age().isMissing())));
    }

    @Test
    void and_binds_tighter_than_or() {
        assertThat(SegmentQuery.parse("age > 1 OR age > 2 AND age > 3"))
                .isEqualTo(
                        Segment.where(anyOf(age().greaterThan(1), allOf(age().greaterThan(2), age().greaterThan(3)))));
    }

    @Test
    void custom_attribute_types_are_inferred_and_printed_explicitly() {
        Segment<Customer> parsed = SegmentQuery.parse("attribute('points') >= 5 AND attribute('tier') IS MISSING");
        assertThat(parsed)
                .isEqualTo(Segment.where(attribute("points").number().atLeast(5))
                        .and(attribute("tier").text().isMissing()));
        assertThat(SegmentQuery.toText(parsed))
                .isEqualTo("attribute('points', number) >= 5 AND attribute('tier', text) IS MISSING");
    }

    @Test
    void segment_to_string_is_the_canonical_text() {
        assertThat(Segment.where(age().between(18, 25))
                        .and(purchases().atLeast(3))
                        .named("young-repeat"))
                .hasToString("age BETWEEN 18 AND 25 AND purchases >= 3");
    }
}
