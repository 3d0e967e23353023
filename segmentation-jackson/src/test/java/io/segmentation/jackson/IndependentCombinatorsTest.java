package io.segmentation.jackson;

import static io.segmentation.Attributes.*;
import static io.segmentation.testkit.Generators.registry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.segmentation.Criterion;
import io.segmentation.Segment;
import io.segmentation.attribute.BooleanAttribute;
import io.segmentation.customer.Customer;
import io.segmentation.testkit.Generators;
import org.junit.jupiter.api.Test;

/**
 * react-querybuilder groups with independent combinators ({@code RuleGroupTypeIC}): combinators between the rules,
 * {@code and} before {@code or} as its {@code convertFromIC} groups them. JSON is written with single quotes.
 */
class IndependentCombinatorsTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final BooleanAttribute<Customer> VIP = Generators.vip();
    private static final String DE = "{'field':'country','operator':'=','value':'DE'}";
    private static final String OLDER = "{'field':'age','operator':'>','value':30}";
    private static final String VIP_RULE = "{'field':'vip','operator':'=','value':true}";
    private static final String KOELN = "{'field':'city','operator':'=','value':'Köln'}";

    private static Criterion<Customer> read(String singleQuoted) {
        return QueryBuilderJson.read(singleQuoted.replace('\'', '"'), registry())
                .criterion();
    }

    private static String error(String singleQuoted) {
        try {
            read(singleQuoted);
        } catch (SegmentJsonException e) {
            return e.getMessage();
        }
        throw new AssertionError("no error for " + singleQuoted);
    }

    private static String ic(String... rulesAndCombinators) {
        return "{'rules':[" + String.join(",", rulesAndCombinators) + "]}";
    }

    @Test
    void reads_a_group_with_independent_combinators() {
        assertThat(read(ic(DE, "'and'", OLDER))).isEqualTo(allOf(country().is("DE"), age().greaterThan(30)));
    }

    @Test
    void and_binds_tighter_than_or() {
        assertThat(read(ic(DE, "'or'", OLDER, "'and'", VIP_RULE)))
                .isEqualTo(anyOf(country().is("DE"), allOf(age().greaterThan(30), VIP.isTrue())));
        assertThat(read(ic(DE, "'and'", OLDER, "'or'", VIP_RULE, "'and'", KOELN)))
                .isEqualTo(anyOf(
                        allOf(country().is("DE"), age().greaterThan(30)), allOf(VIP.isTrue(), city().is("Köln"))));
    }

    @Test
    void combinators_are_read_in_any_case() {
        assertThat(read(ic(DE, "'OR'", OLDER, "'And'", VIP_RULE)))
                .isEqualTo(anyOf(country().is("DE"), allOf(age().greaterThan(30), VIP.isTrue())));
    }

    @Test
    void a_single_rule_needs_no_combinator() {
        assertThat(read(ic(DE))).isEqualTo(country().is("DE"));
    }

    @Test
    void nested_groups_and_not_are_read() {
        assertThat(read("{'not':true,'rules':[" + DE + ",'and',{'rules':[" + OLDER + ",'or'," + VIP_RULE + "]}]}"))
                .isEqualTo(not(allOf(country().is("DE"), anyOf(age().greaterThan(30), VIP.isTrue()))));
    }

    @Test
    void groups_with_and_without_a_combinator_nest_in_each_other() {
        assertThat(read("{'combinator':'or','rules':[" + DE + ",{'rules':[" + OLDER + ",'and'," + VIP_RULE + "]}]}"))
                .isEqualTo(anyOf(country().is("DE"), allOf(age().greaterThan(30), VIP.isTrue())));
    }

    @Test
    void muted_rules_are_left_out_after_and_and_or_are_grouped() {
        String mutedOlder = "{'field':'age','operator':'>','value':30,'muted':true}";

        assertThat(read(ic(DE, "'or'", mutedOlder, "'and'", VIP_RULE)))
                .isEqualTo(anyOf(country().is("DE"), VIP.isTrue()));
        assertThat(read(ic(mutedOlder, "'and'", DE, "'or'", VIP_RULE)))
                .isEqualTo(anyOf(country().is("DE"), VIP.isTrue()));
    }

    @Test
    void an_and_chain_whose_rules_are_all_muted_is_left_out_of_the_or() {
        String muted = "{'field':'age','operator':'>','value':30,'muted':true}";

        assertThat(read(ic(DE, "'or'", muted, "'and'", muted)))
                .isEqualTo(country().is("DE"));
    }

    @Test
    void a_combinator_first_is_refused_at_its_path() {
        assertThat(error(ic("'and'", DE)))
                .isEqualTo("$.rules[0]: the group starts with the combinator 'and'; combinators go between rules");
    }

    @Test
    void a_combinator_last_is_refused_at_its_path() {
        assertThat(error(ic(DE, "'and'", OLDER, "'or'")))
                .isEqualTo("$.rules[3]: the group ends with the combinator 'or'; combinators go between rules");
    }

    @Test
    void two_combinators_in_a_row_are_refused_at_the_second() {
        assertThat(error(ic(DE, "'and'", "'or'", OLDER)))
                .isEqualTo("$.rules[2]: found the combinator 'or' right after the combinator 'and'; expected a rule"
                        + " or a group");
    }

    @Test
    void two_rules_without_a_combinator_between_are_refused_at_the_second() {
        assertThat(error("{'not':false,'rules':[" + DE + "," + OLDER + "]}"))
                .isEqualTo("$.rules[1]: expected a combinator (\"and\" or \"or\") between rules[0] and rules[1]; a"
                        + " group without \"combinator\" has independent combinators between its rules");
    }

    @Test
    void a_combinator_that_is_not_a_string_is_refused() {
        assertThat(error(ic(DE, "1", OLDER)))
                .isEqualTo(
                        "$.rules[1]: expected a combinator (\"and\" or \"or\") between rules but found the number 1");
    }

    @Test
    void an_unknown_combinator_is_refused_with_a_suggestion() {
        assertThat(error(ic(DE, "'adn'", OLDER)))
                .isEqualTo("$.rules[1]: unknown combinator 'adn'; expected \"and\" or \"or\" — did you mean 'and'?");
    }

    @Test
    void xor_is_refused_saying_how_to_write_it() {
        String message = "the combinator 'xor' has no segment form: segments combine with and, or and not; write"
                + " 'a xor b' as (a and not b) or (not a and b)";

        assertThat(error(ic(DE, "'xor'", OLDER))).isEqualTo("$.rules[1]: " + message);
        assertThat(error("{'combinator':'XOR','rules':[" + DE + "," + OLDER + "]}"))
                .isEqualTo("$.combinator: " + message);
    }

    @Test
    void a_group_with_a_combinator_and_combinators_between_its_rules_is_refused() {
        assertThat(error("{'combinator':'and','rules':[" + DE + ",'or'," + OLDER + "]}"))
                .isEqualTo("$.rules[1]: found the combinator 'or' between rules of a group with \"combinator\"; a"
                        + " group has either \"combinator\" or independent combinators between its rules, not both");
    }

    @Test
    void an_empty_group_inside_is_left_out() {
        assertThat(read(ic(DE, "'or'", "{'rules':[]}"))).isEqualTo(country().is("DE"));
    }

    @Test
    void the_independent_combinator_form_of_a_written_query_reads_as_the_same_segment() {
        qt().withExamples(500).forAll(QueryBuilderCriteria.criteria(3)).checkAssert(c -> {
            Segment<Customer> s = Segment.where(c);
            try {
                JsonNode written = MAPPER.readTree(QueryBuilderJson.write(s));
                assertThat(QueryBuilderJson.read(
                                toIndependentCombinators(written).toString(), registry()))
                        .isEqualTo(s);
            } catch (java.io.IOException e) {
                throw new AssertionError(e);
            }
        });
    }

    /** A group with a combinator rewritten with that combinator between every two rules, as convertToIC does. */
    private static JsonNode toIndependentCombinators(JsonNode node) {
        if (!node.has("rules")) {
            return node;
        }
        ObjectNode group = ((ObjectNode) node).deepCopy();
        String combinator = group.remove("combinator").textValue();
        ArrayNode rules = MAPPER.createArrayNode();
        for (int i = 0; i < node.get("rules").size(); i++) {
            if (i > 0) {
                rules.add(combinator);
            }
            rules.add(toIndependentCombinators(node.get("rules").get(i)));
        }
        group.set("rules", rules);
        return group;
    }
}
