package io.segmentation.jackson;

import static io.segmentation.Attributes.*;
import static java.util.stream.Collectors.joining;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.segmentation.Criterion;
import io.segmentation.Segment;
import io.segmentation.TimePoint;
import io.segmentation.attribute.Attribute;
import io.segmentation.attribute.AttributeRegistry;
import io.segmentation.attribute.BooleanAttribute;
import io.segmentation.attribute.ValueType;
import io.segmentation.customer.Customer;
import io.segmentation.testkit.Generators;
import io.segmentation.text.QueryLimits;
import java.time.Duration;
import java.time.LocalDate;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class QueryBuilderJsonTest {

    private static final AttributeRegistry<Customer> REGISTRY = Generators.registry();
    private static final BooleanAttribute<Customer> VIP = Generators.vip();

    private static Criterion<Customer> read(String json) {
        return QueryBuilderJson.read(json, REGISTRY).criterion();
    }

    private static Criterion<Customer> rule(String field, String operator, String value) {
        return read("{\"combinator\": \"and\", \"rules\": [{\"field\": \"" + field + "\", \"operator\": \"" + operator
                + "\", \"value\": " + value + "}]}");
    }

    private static String write(Criterion<Customer> criterion) {
        return QueryBuilderJson.write(Segment.where(criterion));
    }

    private static String error(String json) {
        try {
            QueryBuilderJson.read(json, REGISTRY);
        } catch (SegmentJsonException e) {
            return e.getMessage();
        }
        throw new AssertionError("no error for " + json);
    }

    private static String writeError(Criterion<Customer> criterion) {
        try {
            write(criterion);
        } catch (SegmentJsonException e) {
            return e.getMessage();
        }
        throw new AssertionError("no error for " + criterion);
    }

    @Test
    void reads_the_documented_example() {
        Segment<Customer> s = QueryBuilderJson.read("{\"combinator\": \"and\", \"rules\": ["
                + "{\"field\": \"age\", \"operator\": \"between\", \"value\": \"18,25\"},"
                + "{\"field\": \"country\", \"operator\": \"in\", \"value\": [\"DE\", \"AT\", \"CH\"]},"
                + "{\"field\": \"tags\", \"operator\": \"doesNotContain\", \"value\": \"wholesale\"},"
                + "{\"combinator\": \"or\", \"not\": true, \"rules\": ["
                + "  {\"field\": \"purchases\", \"operator\": \"<\", \"value\": \"2\"},"
                + "  {\"field\": \"last_purchase\", \"operator\": \"null\", \"value\": \"\"}]}]}");

        assertThat(s)
                .isEqualTo(Segment.where(allOf(
                        age().between(18, 25),
                        country().in("DE", "AT", "CH"),
                        not(tags().contains("wholesale")),
                        not(anyOf(purchases().lessThan(2), lastPurchase().isMissing())))));
    }

    @Test
    void maps_every_number_operator() {
        assertThat(rule("age", "=", "30")).isEqualTo(age().is(30));
        assertThat(rule("age", "!=", "30")).isEqualTo(not(age().is(30)));
        assertThat(rule("age", "<", "30")).isEqualTo(age().lessThan(30));
        assertThat(rule("age", ">", "30")).isEqualTo(age().greaterThan(30));
        assertThat(rule("age", "<=", "30")).isEqualTo(age().atMost(30));
        assertThat(rule("age", ">=", "30")).isEqualTo(age().atLeast(30));
        assertThat(rule("age", "in", "[1, 2]")).isEqualTo(age().in(1, 2));
        assertThat(rule("age", "notIn", "\"1, 2\"")).isEqualTo(not(age().in(1, 2)));
        assertThat(rule("age", "between", "[18, \"25\"]")).isEqualTo(age().between(18, 25));
        assertThat(rule("age", "notBetween", "\"18,25\"")).isEqualTo(not(age().between(18, 25)));
        assertThat(rule("age", "null", "null")).isEqualTo(age().isMissing());
        assertThat(rule("age", "notNull", "\"\"")).isEqualTo(age().isPresent());
    }

    @Test
    void numeric_strings_are_numbers_for_number_fields() {
        assertThat(rule("income", ">=", "\" 1.5e3 \"")).isEqualTo(income().atLeast(1500));
        assertThat(rule("income", ">=", "\"-2.5\"")).isEqualTo(income().atLeast(-2.5));
    }

    @Test
    void maps_every_text_operator() {
        assertThat(rule("city", "=", "\"Berlin\"")).isEqualTo(city().is("Berlin"));
        assertThat(rule("city", "!=", "\"Berlin\"")).isEqualTo(not(city().is("Berlin")));
        assertThat(rule("city", "contains", "\"er\"")).isEqualTo(city().contains("er"));
        assertThat(rule("city", "beginsWith", "\"Be\"")).isEqualTo(city().startsWith("Be"));
        assertThat(rule("city", "endsWith", "\"in\"")).isEqualTo(city().endsWith("in"));
        assertThat(rule("city", "doesNotContain", "\"er\"")).isEqualTo(not(city().contains("er")));
        assertThat(rule("city", "doesNotBeginWith", "\"Be\"")).isEqualTo(not(city().startsWith("Be")));
        assertThat(rule("city", "doesNotEndWith", "\"in\"")).isEqualTo(not(city().endsWith("in")));
        assertThat(rule("city", "in", "\"Berlin, Paris\"")).isEqualTo(city().in("Berlin", "Paris"));
        assertThat(rule("city", "notIn", "[\"Berlin\", \"Paris\"]")).isEqualTo(not(city().in("Berlin", "Paris")));
        assertThat(rule("city", "null", "\"\"")).isEqualTo(city().isMissing());
    }

    @Test
    void comma_separated_lists_honour_escaped_commas() {
        assertThat(rule("city", "in", "\"a\\\\,b, c\"")).isEqualTo(city().in("a,b", "c"));
    }

    @Test
    void maps_boolean_instant_and_set_operators() {
        assertThat(rule("vip", "=", "true")).isEqualTo(VIP.isTrue());
        assertThat(rule("vip", "=", "\"false\"")).isEqualTo(VIP.isFalse());
        assertThat(rule("vip", "!=", "true")).isEqualTo(not(VIP.isTrue()));
        assertThat(rule("last_purchase", "<", "\"-30d\""))
                .isEqualTo(lastPurchase().before(TimePoint.ago(Duration.ofDays(30))));
        assertThat(rule("last_purchase", ">", "\"2026-01-31\""))
                .isEqualTo(lastPurchase().after(TimePoint.on(LocalDate.of(2026, 1, 31))));
        assertThat(rule("last_purchase", "between", "\"2026-01-01,today\""))
                .isEqualTo(lastPurchase().between(TimePoint.on(LocalDate.of(2026, 1, 1)), TimePoint.today()));
        assertThat(rule("tags", "contains", "\"vip\"")).isEqualTo(tags().contains("vip"));
        assertThat(rule("tags", "in", "\"vip,newsletter\"")).isEqualTo(tags().containsAny("vip", "newsletter"));
        assertThat(rule("tags", "notIn", "[\"vip\"]")).isEqualTo(not(tags().containsAny("vip")));
    }

    @Test
    void a_json_number_or_string_decides_the_family_of_attributes_typed_by_the_comparison() {
        AttributeRegistry<Customer> registry = AttributeRegistry.<Customer>empty()
                .with(
                        "score",
                        args -> args.typeOrInferred() == ValueType.NUMBER
                                ? Attribute.number("score", c -> 1)
                                : Attribute.text("score", c -> "one"));

        assertThat(QueryBuilderJson.read(
                                "{\"combinator\": \"and\", \"rules\": [{\"field\": \"score\", \"operator\": \"=\","
                                        + " \"value\": 5}]}",
                                registry)
                        .criterion())
                .isEqualTo(Attribute.<Customer>number("score", c -> 1).is(5));
        assertThat(QueryBuilderJson.read(
                                "{\"combinator\": \"and\", \"rules\": [{\"field\": \"score\", \"operator\": \"=\","
                                        + " \"value\": \"5\"}]}",
                                registry)
                        .criterion())
                .isEqualTo(Attribute.<Customer>text("score", c -> "one").is("5"));
    }

    @Test
    void ignores_ids_and_ui_state() {
        assertThat(read("{\"id\": \"g-1\", \"path\": [], \"combinator\": \"AND\", \"rules\": ["
                        + "{\"id\": \"r-1\", \"field\": \"age\", \"operator\": \">=\", \"value\": 18, \"valueSource\":"
                        + " \"value\", \"disabled\": false}]}"))
                .isEqualTo(age().atLeast(18));
    }

    @Test
    void writes_groups_rules_and_negations() {
        assertThat(write(allOf(age().between(18, 25), not(country().in("DE", "FR")))))
                .isEqualTo("{\"combinator\":\"and\",\"rules\":["
                        + "{\"field\":\"age\",\"operator\":\"between\",\"value\":[18,25]},"
                        + "{\"field\":\"country\",\"operator\":\"notIn\",\"value\":[\"DE\",\"FR\"]}]}");
        assertThat(write(not(anyOf(tags().contains("vip"), purchases().lessThan(3)))))
                .isEqualTo("{\"combinator\":\"or\",\"not\":true,\"rules\":["
                        + "{\"field\":\"tags\",\"operator\":\"contains\",\"value\":\"vip\"},"
                        + "{\"field\":\"purchases\",\"operator\":\"<\",\"value\":3}]}");
    }

    @Test
    void a_single_rule_is_wrapped_in_an_and_group() {
        assertThat(write(VIP.isTrue()))
                .isEqualTo(
                        "{\"combinator\":\"and\",\"rules\":[{\"field\":\"vip\",\"operator\":\"=\",\"value\":true}]}");
        assertThat(write(city().isMissing()))
                .isEqualTo(
                        "{\"combinator\":\"and\",\"rules\":[{\"field\":\"city\",\"operator\":\"null\",\"value\":\"\"}]}");
    }

    @Test
    void a_negation_without_a_negated_operator_is_a_not_group() {
        assertThat(write(not(age().lessThan(18))))
                .isEqualTo("{\"combinator\":\"and\",\"not\":true,\"rules\":"
                        + "[{\"field\":\"age\",\"operator\":\"<\",\"value\":18}]}");
        assertThat(write(allOf(not(city().isMissing()), not(not(vipOrYoung())))))
                .isEqualTo("{\"combinator\":\"and\",\"rules\":["
                        + "{\"combinator\":\"and\",\"not\":true,\"rules\":[{\"field\":\"city\",\"operator\":\"null\","
                        + "\"value\":\"\"}]},"
                        + "{\"combinator\":\"and\",\"not\":true,\"rules\":[{\"combinator\":\"or\",\"not\":true,"
                        + "\"rules\":[{\"field\":\"vip\",\"operator\":\"=\",\"value\":true},"
                        + "{\"field\":\"age\",\"operator\":\"<\",\"value\":25}]}]}]}");
    }

    private static Criterion<Customer> vipOrYoung() {
        return anyOf(VIP.isTrue(), age().lessThan(25));
    }

    @Test
    void writing_refuses_windows_filters_arguments_and_references_naming_the_node() {
        assertThat(writeError(allOf(
                        age().atLeast(18),
                        purchases().inLast(Duration.ofDays(30)).atLeast(3))))
                .isEqualTo("$.rules[1]: 'purchases(last: 30d) >= 3' has no react-querybuilder form: its attribute"
                        + " has a window (last:, from:, to:), and react-querybuilder fields are plain attribute names");
        assertThat(writeError(event("page_view")
                        .where(property("path").startsWith("/shoes"))
                        .count()
                        .atLeast(1)))
                .isEqualTo("$: 'event('page_view', path STARTS WITH '/shoes') >= 1' has no react-querybuilder form:"
                        + " its attribute has an event filter, and react-querybuilder fields are plain attribute"
                        + " names");
        assertThat(writeError(subscribedTo("email").isTrue()))
                .isEqualTo("$: 'subscribed_to('email') IS TRUE' has no react-querybuilder form: its attribute"
                        + " 'subscribed_to('email')' takes arguments, and react-querybuilder fields are plain"
                        + " attribute names");
        assertThat(writeError(anyOf(
                        age().atLeast(18), inSegment(Generators.catalogue().get(0)))))
                .isEqualTo("$.rules[1]: segment reference IN SEGMENT 'newsletter' has no react-querybuilder form;"
                        + " inline the segment's criterion or use the segmentation/1 schema");
        assertThat(writeError(not(satisfies("vip-check", c -> true))))
                .startsWith("$.rules[0]: custom criterion 'vip-check' has no JSON form");
    }

    @Test
    void writing_refuses_operators_react_querybuilder_lacks() {
        assertThat(writeError(city().startsWithIgnoringCase("be")))
                .isEqualTo("$: 'city STARTS WITH 'be' IGNORING CASE' has no react-querybuilder form: react-querybuilder"
                        + " has no operator for startsWithIgnoringCase");
        assertThat(writeError(city().matches("[a-z]+"))).contains("no operator for matches");
        assertThat(writeError(lastPurchase().within(Duration.ofDays(30)))).contains("no operator for within");
        assertThat(writeError(tags().containsAll("a", "b"))).contains("no operator for containsAll");
        assertThat(writeError(tags().isEmpty())).contains("no operator for isEmpty");
    }

    @Test
    void errors_name_the_json_path() {
        assertThat(error(
                        "{\"combinator\": \"and\", \"rules\": [{\"field\": \"age\", \"operator\": \">=\", \"value\": 1},"
                                + " {\"field\": \"city\", \"operator\": \"beginWith\", \"value\": \"B\"}]}"))
                .isEqualTo("$.rules[1].operator: unknown react-querybuilder operator 'beginWith' — did you mean"
                        + " 'beginsWith'?");
        assertThat(
                        error(
                                "{\"combinator\": \"and\", \"rules\": [{\"field\": \"agee\", \"operator\": \">=\", \"value\": 1}]}"))
                .isEqualTo("$.rules[0].field: unknown field 'agee' — did you mean 'age'?");
        assertThat(error("{\"combinator\": \"and\", \"rules\": [{\"combinator\": \"or\", \"rules\": ["
                        + "{\"field\": \"age\", \"operator\": \">=\", \"value\": \"abc\"}]}]}"))
                .isEqualTo("$.rules[0].rules[0].value: expected a number but found the string \"abc\"");
        assertThat(error("{\"combinator\": \"and\", \"rules\": [{\"field\": \"age\", \"operator\": \"beginsWith\","
                        + " \"value\": \"1\"}]}"))
                .isEqualTo("$.rules[0].operator: 'age' is a number, compared with =, !=, <, >, <=, >=, null, notNull,"
                        + " in, notIn, between or notBetween, not 'beginsWith'");
        assertThat(
                        error(
                                "{\"combinator\": \"and\", \"rules\": [{\"field\": \"country\", \"operator\": \"=\", \"value\": [5]}]}"))
                .isEqualTo("$.rules[0].value: expected a string but found an array");
        assertThat(error("{\"combinator\": \"and\", \"rules\": [{\"field\": \"age\", \"operator\": \"between\","
                        + " \"value\": \"18\"}]}"))
                .isEqualTo("$.rules[0].value: expected two numbers [low, high] but found 1 element");
        assertThat(
                        error(
                                "{\"combinator\": \"and\", \"rules\": [{\"field\": \"vip\", \"operator\": \"=\", \"value\": \"yes\"}]}"))
                .isEqualTo("$.rules[0].value: expected true or false but found the string \"yes\"");
    }

    @Test
    void errors_for_malformed_groups() {
        assertThat(error("{\"combinator\": \"and\", \"rules\": []}"))
                .isEqualTo("$.rules: an empty query has no criterion; add a rule");
        assertThat(error("{\"combinator\": \"nor\", \"rules\": []}"))
                .isEqualTo("$.combinator: unknown combinator 'nor'; expected \"and\" or \"or\" — did you mean 'or'?");
        assertThat(error("{\"combinator\": \"and\"}"))
                .isEqualTo("$.rules: expected an array of rules and groups but found nothing");
        assertThat(error("{\"combinator\": \"and\", \"not\": \"yes\", \"rules\": []}"))
                .isEqualTo("$.not: expected true or false but found the string \"yes\"");
        assertThat(error("{\"combinator\": \"and\", \"rules\": [{\"operator\": \">=\", \"value\": 1}]}"))
                .startsWith("$.rules[0].field: missing");
        assertThat(error("{\"combinator\": \"and\", \"rules\": [{\"field\": \"age\", \"value\": 1}]}"))
                .startsWith("$.rules[0].operator: missing");
        assertThat(error("{\"combinator\": \"and\", \"rules\": [{\"field\": \"age\", \"operator\": \"=\","
                        + " \"valueSource\": \"field\", \"value\": \"income\"}]}"))
                .startsWith("$.rules[0].valueSource: comparing with another field");
        assertThat(error("[]")).startsWith("$: expected a rule group");
        assertThat(
                        error(
                                "{\"combinator\": \"and\", \"rules\": [{\"field\": \"age\", \"operator\": \"=\", \"value\": 1}],}"))
                .startsWith("$.rules: malformed JSON");
    }

    @Test
    void deep_nesting_fails_cleanly() {
        String deep = "{\"combinator\": \"and\", \"rules\": [".repeat(100)
                + "{\"field\": \"age\", \"operator\": \"=\", \"value\": 1}" + "]}".repeat(100);

        assertThat(error(deep)).contains("groups are nested deeper than the limit of 32");
    }

    @Test
    void groups_nested_to_the_depth_limit_are_read_and_one_more_is_refused() {
        String rule = "{\"field\": \"age\", \"operator\": \"=\", \"value\": 1}";
        String atLimit = "{\"combinator\": \"and\", \"rules\": [".repeat(33) + rule + "]}".repeat(33);
        String over = "{\"combinator\": \"and\", \"rules\": [".repeat(34) + rule + "]}".repeat(34);

        assertThat(QueryBuilderJson.read(atLimit).criterion()).isEqualTo(age().is(1));
        assertThat(error(over)).contains("groups are nested deeper than the limit of 32 (QueryLimits.maxDepth)");
        assertThat(QueryBuilderJson.read(
                                over,
                                AttributeRegistry.builtIn(),
                                QueryLimits.defaults().withMaxDepth(33))
                        .criterion())
                .isEqualTo(age().is(1));
    }

    @Test
    void rule_value_lists_are_bounded_by_the_query_limits() {
        String values =
                IntStream.rangeClosed(1, 1001).mapToObj(i -> "\"C" + i + "\"").collect(joining(", "));
        String array = "{\"combinator\": \"and\", \"rules\": [{\"field\": \"city\", \"operator\": \"in\", \"value\": ["
                + values + "]}]}";
        String commas =
                "{\"combinator\": \"and\", \"rules\": [{\"field\": \"city\", \"operator\": \"in\", \"value\": \""
                        + "x,".repeat(1000) + "x\"}]}";

        assertThat(error(array)).startsWith("$.rules[0].value: list has 1001 values, over the limit of 1000");
        assertThat(error(commas)).startsWith("$.rules[0].value: list has 1001 values, over the limit of 1000");
        assertThat(QueryBuilderJson.read(
                                array,
                                AttributeRegistry.builtIn(),
                                QueryLimits.defaults().withMaxListSize(1001))
                        .criterion())
                .isInstanceOf(Criterion.Comparison.class);
    }

    @Test
    void reads_and_writes_with_the_built_in_registry_by_default() {
        Segment<Customer> s = Segment.where(allOf(age().atLeast(18), country().is("DE")));

        assertThat(QueryBuilderJson.read(QueryBuilderJson.write(s))).isEqualTo(s);
    }

    @Test
    void names_and_descriptions_are_not_written() {
        Segment<Customer> s = Segment.where(age().atLeast(18)).named("adults").describedAs("Adults");

        assertThat(QueryBuilderJson.write(s)).doesNotContain("adults").doesNotContain("Adults");
    }

    @Test
    void rejects_null_arguments() {
        assertThatThrownBy(() -> QueryBuilderJson.read(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> QueryBuilderJson.write(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> QueryBuilderJson.read("{}", null)).isInstanceOf(NullPointerException.class);
    }
}
