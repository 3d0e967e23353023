package io.segmentation.jackson;

import static io.segmentation.Attributes.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.segmentation.Criterion;
import io.segmentation.Segment;
import io.segmentation.TimePoint;
import io.segmentation.attribute.AttributeRegistry;
import io.segmentation.customer.Customer;
import io.segmentation.testkit.Generators;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * What react-querybuilder 8 means by {@code disabled}, {@code muted}, placeholder rules and the values its own
 * {@code parseSQL} and editors produce, read the same way. JSON is written with single quotes for legibility.
 */
class QueryBuilderInteropTest {

    private static final AttributeRegistry<Customer> REGISTRY = Generators.registry();
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** The query with single quotes turned into double quotes. */
    private static String json(String singleQuoted) {
        return singleQuoted.replace('\'', '"');
    }

    private static Criterion<Customer> read(String singleQuoted) {
        return QueryBuilderJson.read(json(singleQuoted), REGISTRY).criterion();
    }

    private static String error(String singleQuoted) {
        try {
            QueryBuilderJson.read(json(singleQuoted), REGISTRY);
        } catch (SegmentJsonException e) {
            return e.getMessage();
        }
        throw new AssertionError("no error for " + singleQuoted);
    }

    private static Criterion<Customer> rule(String field, String operator, String value) {
        return read("{'combinator': 'and', 'rules': [{'field': '" + field + "', 'operator': '" + operator
                + "', 'value': " + value + "}]}");
    }

    @Test
    void a_disabled_rule_is_read_since_disabled_only_locks_it_in_the_ui() {
        assertThat(read("{'combinator':'and','rules':[{'field':'age','operator':'>=','value':30},"
                        + "{'field':'country','operator':'in','value':'DE,AT,CH','disabled':true}]}"))
                .isEqualTo(allOf(age().atLeast(30), country().in("DE", "AT", "CH")));
    }

    @Test
    void a_disabled_group_and_a_disabled_query_are_read() {
        assertThat(
                        read(
                                "{'combinator':'or','disabled':true,'rules':[{'field':'age','operator':'>=','value':30},"
                                        + "{'combinator':'and','disabled':true,'rules':[{'field':'city','operator':'=','value':'Köln'}]}]}"))
                .isEqualTo(anyOf(age().atLeast(30), city().is("Köln")));
    }

    @Test
    void a_muted_rule_is_left_out() {
        assertThat(read("{'combinator':'and','rules':[{'field':'age','operator':'>=','value':30},"
                        + "{'field':'country','operator':'in','value':'DE,AT,CH','muted':true}]}"))
                .isEqualTo(age().atLeast(30));
    }

    @Test
    void a_muted_rule_is_not_checked() {
        assertThat(read("{'combinator':'and','rules':[{'field':'age','operator':'>=','value':30},"
                        + "{'field':'agee','operator':'??','muted':true}]}"))
                .isEqualTo(age().atLeast(30));
    }

    @Test
    void a_muted_group_is_left_out_with_everything_in_it() {
        assertThat(read("{'combinator':'or','rules':[{'field':'age','operator':'>=','value':30},"
                        + "{'combinator':'and','muted':true,'rules':[{'field':'city','operator':'=','value':'Köln'},"
                        + "{'field':'agee','operator':'??'}]}]}"))
                .isEqualTo(age().atLeast(30));
    }

    @Test
    void muted_false_and_muted_null_are_read() {
        assertThat(read("{'combinator':'and','muted':false,'rules':[{'field':'age','operator':'>=','value':30,"
                        + "'muted':null},{'field':'city','operator':'=','value':'Köln','muted':false}]}"))
                .isEqualTo(allOf(age().atLeast(30), city().is("Köln")));
    }

    @Test
    void muted_must_be_a_boolean() {
        assertThat(error("{'combinator':'and','rules':[{'field':'age','operator':'>=','value':30,'muted':'yes'}]}"))
                .isEqualTo("$.rules[0].muted: expected true or false but found the string \"yes\"");
    }

    @Test
    void a_group_whose_rules_are_all_muted_is_left_out_of_its_parent() {
        String query = "{'combinator':'%s','rules':[{'field':'age','operator':'>=','value':30},"
                + "{'combinator':'and','not':true,'rules':[{'field':'city','operator':'=','value':'Köln','muted':true},"
                + "{'field':'vip','operator':'=','value':true,'muted':true}]}]}";

        assertThat(read(String.format(query, "and"))).isEqualTo(age().atLeast(30));
        assertThat(read(String.format(query, "or"))).isEqualTo(age().atLeast(30));
    }

    @Test
    void an_empty_group_inside_a_query_is_left_out() {
        assertThat(read("{'combinator':'or','rules':[{'field':'age','operator':'>=','value':30},"
                        + "{'combinator':'and','rules':[]},{'combinator':'or','not':true,'rules':[{'combinator':'and',"
                        + "'rules':[]}]}]}"))
                .isEqualTo(age().atLeast(30));
    }

    @Test
    void a_query_whose_rules_are_all_muted_is_refused_saying_why() {
        assertThat(error("{'combinator':'and','rules':[{'field':'age','operator':'>=','value':30,'muted':true},"
                        + "{'combinator':'or','rules':[]}]}"))
                .isEqualTo("$.rules: nothing is left of the query once muted rules, placeholder rules (field or"
                        + " operator '~') and empty groups are left out, so it has no criterion; add or unmute a"
                        + " rule");
    }

    @Test
    void an_empty_query_is_refused() {
        assertThat(error("{'combinator':'and','rules':[]}"))
                .isEqualTo("$.rules: an empty query has no criterion; add a rule");
        assertThat(error("{'rules':[]}")).isEqualTo("$.rules: an empty query has no criterion; add a rule");
    }

    @Test
    void a_muted_query_is_refused() {
        assertThat(error("{'combinator':'and','muted':true,'rules':[{'field':'age','operator':'>=','value':30}]}"))
                .isEqualTo("$.muted: the whole query is muted, so react-querybuilder exports nothing and there is no"
                        + " criterion");
    }

    @Test
    void a_placeholder_rule_is_left_out() {
        assertThat(read("{'combinator':'and','rules':[{'field':'age','operator':'>=','value':30},"
                        + "{'field':'~','operator':'=','value':''},{'field':'city','operator':'~','value':''}]}"))
                .isEqualTo(age().atLeast(30));
    }

    @Test
    void writing_emits_neither_disabled_nor_muted() {
        String written = QueryBuilderJson.write(Segment.where(anyOf(
                age().atLeast(30),
                not(allOf(city().is("Köln"), tags().contains("vip"))),
                country().isMissing())));

        assertThat(written).doesNotContain("disabled").doesNotContain("muted");
        assertThat(QueryBuilderJson.read(written).criterion())
                .isEqualTo(anyOf(
                        age().atLeast(30),
                        not(allOf(city().is("Köln"), tags().contains("vip"))),
                        country().isMissing()));
    }

    @Test
    void between_with_reversed_number_bounds_reads_them_in_ascending_order() {
        assertThat(rule("age", "between", "'30,20'")).isEqualTo(age().between(20, 30));
        assertThat(rule("age", "between", "[30, '20']")).isEqualTo(age().between(20, 30));
        assertThat(rule("age", "notBetween", "'30, 20'")).isEqualTo(not(age().between(20, 30)));
    }

    @Test
    void between_with_reversed_instants_is_refused_naming_the_bounds() {
        assertThat(error("{'combinator':'and','rules':[{'field':'last_purchase','operator':'between',"
                        + "'value':'2026-02-01T00:00:00Z,2026-01-01T00:00:00Z'}]}"))
                .isEqualTo("$.rules[0].value: between(2026-02-01T00:00:00Z, 2026-01-01T00:00:00Z): start"
                        + " 2026-02-01T00:00:00Z is after end 2026-01-01T00:00:00Z for attribute 'last_purchase'");
    }

    @Test
    void between_with_reversed_dates_is_kept_as_written_like_react_querybuilder_does() {
        assertThat(rule("last_purchase", "between", "'2026-02-01,2026-01-01'"))
                .isEqualTo(lastPurchase()
                        .between(TimePoint.on(LocalDate.of(2026, 2, 1)), TimePoint.on(LocalDate.of(2026, 1, 1))));
    }

    @Test
    void a_json_number_for_a_text_field_is_its_text() {
        assertThat(rule("postal_code", "=", "10115")).isEqualTo(postalCode().is("10115"));
        assertThat(rule("postal_code", "!=", "10115.0"))
                .isEqualTo(not(postalCode().is("10115")));
        assertThat(rule("postal_code", "in", "[10115, '10117', 2.5]"))
                .isEqualTo(postalCode().in("10115", "10117", "2.5"));
        assertThat(rule("postal_code", "beginsWith", "10"))
                .isEqualTo(postalCode().startsWith("10"));
    }

    @Test
    void in_with_a_single_number_is_a_list_of_one() {
        assertThat(rule("age", "in", "30")).isEqualTo(age().in(30));
        assertThat(rule("age", "notIn", "30")).isEqualTo(not(age().in(30)));
        assertThat(rule("postal_code", "in", "10115")).isEqualTo(postalCode().in("10115"));
    }

    @Test
    void a_number_with_a_thousands_separator_is_refused_suggesting_the_plain_number() {
        assertThat(error("{'combinator':'and','rules':[{'field':'income','operator':'>=','value':'50,000'}]}"))
                .isEqualTo("$.rules[0].value: expected a number but found the string \"50,000\", with a thousands"
                        + " separator; write 50000");
        assertThat(error("{'combinator':'and','rules':[{'field':'income','operator':'between',"
                        + "'value':['1,250.5', 90000]}]}"))
                .isEqualTo("$.rules[0].value[0]: expected a number but found the string \"1,250.5\", with a"
                        + " thousands separator; write 1250.5");
    }

    @Test
    void disabling_every_rule_and_group_changes_nothing() {
        qt().withExamples(300).forAll(QueryBuilderCriteria.criteria(3)).checkAssert(c -> {
            ObjectNode query = written(c);
            query.findParents("operator").forEach(rule -> ((ObjectNode) rule).put("disabled", true));
            query.findParents("rules").forEach(group -> ((ObjectNode) group).put("disabled", true));

            assertThat(QueryBuilderJson.read(query.toString(), REGISTRY).criterion())
                    .isEqualTo(c);
        });
    }

    @Test
    void a_muted_copy_of_the_query_inside_it_changes_nothing() {
        qt().withExamples(300).forAll(QueryBuilderCriteria.criteria(3)).checkAssert(c -> {
            ObjectNode query = written(c);
            ObjectNode mutedCopy = query.deepCopy().put("muted", true);
            ((ArrayNode) query.get("rules")).insert(0, mutedCopy);

            assertThat(QueryBuilderJson.read(query.toString(), REGISTRY).criterion())
                    .isEqualTo(c);
        });
    }

    private static ObjectNode written(Criterion<Customer> criterion) {
        try {
            JsonNode query = MAPPER.readTree(QueryBuilderJson.write(Segment.where(criterion)));
            return (ObjectNode) query;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
