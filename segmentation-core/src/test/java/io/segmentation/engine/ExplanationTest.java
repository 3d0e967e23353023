package io.segmentation.engine;

import static io.segmentation.Attributes.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import io.segmentation.Criterion;
import io.segmentation.EvaluationContext;
import io.segmentation.Segment;
import io.segmentation.TimePoint;
import io.segmentation.customer.Customer;
import io.segmentation.customer.Event;
import io.segmentation.customer.Order;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExplanationTest {

    private static final EvaluationContext JUNE = EvaluationContext.asOf(Instant.parse("2026-06-01T00:00:00Z"));

    private static final Customer ANNA = Customer.builder("c-42")
            .birthDate(LocalDate.of(2001, 3, 14))
            .gender("female")
            .country("DE")
            .city("Berlin")
            .interests("running", "eco")
            .tags("newsletter")
            .order(Order.builder("o-1", Instant.parse("2026-05-02T10:15:30Z"), new BigDecimal("59.90"))
                    .channel("web")
                    .item("sku-7", "shoes", 1, new BigDecimal("59.90"))
                    .build())
            .event(Event.of("page_view", Instant.parse("2026-05-20T08:00:00Z"), Map.of("path", "/shoes/trail")))
            .build();

    private static final Customer NOBODY = Customer.builder("c-0").build();

    private static final Segment<Customer> YOUNG_REPEAT =
            Segment.where(age().between(18, 25)).and(purchases().atLeast(3)).named("young-repeat");

    private static Explanation explain(Segment<Customer> segment, Customer customer) {
        return SegmentMatcher.of(segment).explain(customer, JUNE);
    }

    private static Explanation explain(Criterion<Customer> criterion, Customer customer) {
        return explain(Segment.where(criterion), customer);
    }

    /** What a criterion requires, in the wording of explanations. */
    private static String describe(Criterion<Customer> criterion) {
        return body(explain(criterion, ANNA)).expected();
    }

    /** The one node under the segment root. */
    private static Explanation body(Explanation root) {
        assertThat(root.children()).hasSize(1);
        return root.children().get(0);
    }

    @Test
    void anna_is_not_young_repeat() {
        assertThat(explain(YOUNG_REPEAT, ANNA).matched()).isFalse();
    }

    @Test
    void young_repeat_for_anna_names_both_clauses_with_their_values() {
        assertThat(explain(YOUNG_REPEAT, ANNA).toString())
                .contains("✗ segment 'young-repeat'")
                .contains("✓ age 25 is between 18 and 25")
                .contains("✗ purchases 1 is not at least 3");
    }

    @Test
    void young_repeat_for_anna_prints_the_tree_of_the_readme() {
        assertThat(explain(YOUNG_REPEAT, ANNA))
                .hasToString(String.join(
                        "\n",
                        "✗ segment 'young-repeat'",
                        "  ✗ all of (1 of 2 hold)",
                        "    ✓ age 25 is between 18 and 25",
                        "    ✗ purchases 1 is not at least 3"));
    }

    @Test
    void the_root_expects_the_whole_criterion_in_the_wording_of_its_nodes() {
        assertThat(explain(YOUNG_REPEAT, ANNA).expected())
                .isEqualTo("age is between 18 and 25 and purchases is at least 3");
    }

    @Test
    void the_root_of_an_unnamed_segment_is_called_segment() {
        assertThat(explain(country().is("DE"), ANNA).summary()).isEqualTo("segment");
    }

    @Test
    void a_leaf_has_expected_actual_and_summary() {
        Explanation ageLeaf = body(explain(YOUNG_REPEAT, ANNA)).children().get(0);

        assertThat(ageLeaf.matched()).isTrue();
        assertThat(ageLeaf.expected()).isEqualTo("age is between 18 and 25");
        assertThat(ageLeaf.actual()).contains("25");
        assertThat(ageLeaf.summary()).isEqualTo("age 25 is between 18 and 25");
        assertThat(ageLeaf.children()).isEmpty();
    }

    @Test
    void a_failing_leaf_has_the_value_read() {
        Explanation purchasesLeaf = body(explain(YOUNG_REPEAT, ANNA)).children().get(1);

        assertThat(purchasesLeaf.matched()).isFalse();
        assertThat(purchasesLeaf.expected()).isEqualTo("purchases is at least 3");
        assertThat(purchasesLeaf.actual()).contains("1");
    }

    @Test
    void a_combination_node_has_no_actual_value() {
        Explanation and = body(explain(YOUNG_REPEAT, ANNA));

        assertThat(and.actual()).isEmpty();
        assertThat(and.expected()).isEqualTo("age is between 18 and 25 and purchases is at least 3");
    }

    @Test
    void every_operand_is_explained_even_after_a_failing_one() {
        Explanation and = body(explain(
                allOf(purchases().atLeast(3), age().atLeast(18), country().is("DE")), ANNA));

        assertThat(and.children()).hasSize(3);
        assertThat(and.summary()).isEqualTo("all of (2 of 3 hold)");
    }

    @Test
    void a_missing_value_says_it_is_missing() {
        Explanation leaf = body(explain(age().between(18, 25), NOBODY));

        assertThat(leaf.matched()).isFalse();
        assertThat(leaf.summary()).contains("is missing").isEqualTo("age is missing, so it is not between 18 and 25");
        assertThat(leaf.actual()).contains("missing");
    }

    @Test
    void is_missing_on_a_missing_value_holds_and_says_so() {
        Explanation leaf = body(explain(age().isMissing(), NOBODY));

        assertThat(leaf.matched()).isTrue();
        assertThat(leaf.summary()).isEqualTo("age is missing");
    }

    @Test
    void is_present_shows_the_value() {
        Explanation leaf = body(explain(age().isPresent(), ANNA));

        assertThat(leaf.matched()).isTrue();
        assertThat(leaf.summary()).isEqualTo("age 25 is present");
    }

    @Test
    void text_values_are_quoted() {
        assertThat(body(explain(country().is("FR"), ANNA)).summary()).isEqualTo("country 'DE' is not 'FR'");
    }

    @Test
    void set_values_are_bracketed() {
        assertThat(body(explain(tags().contains("vip"), ANNA)).summary())
                .isEqualTo("tags ['newsletter'] does not contain 'vip'");
    }

    @Test
    void describes_number_operators() {
        assertThat(List.of(
                        age().between(18, 25),
                        age().atLeast(18),
                        age().atMost(18.5),
                        age().greaterThan(18),
                        age().lessThan(18),
                        age().is(18),
                        age().in(18, 21)))
                .extracting(ExplanationTest::describe)
                .containsExactly(
                        "age is between 18 and 25",
                        "age is at least 18",
                        "age is at most 18.5",
                        "age is greater than 18",
                        "age is less than 18",
                        "age is 18",
                        "age is one of [18, 21]");
    }

    @Test
    void describes_text_operators() {
        assertThat(List.of(
                        city().is("Berlin"),
                        city().isIgnoringCase("Berlin"),
                        city().in("Berlin", "Paris"),
                        city().inIgnoringCase("Berlin"),
                        city().startsWith("Ber"),
                        city().startsWithIgnoringCase("Ber"),
                        city().endsWith("lin"),
                        city().endsWithIgnoringCase("LIN"),
                        city().contains("erl"),
                        city().containsIgnoringCase("ERL"),
                        city().matches("B.*"),
                        city().matchesIgnoringCase("b.*")))
                .extracting(ExplanationTest::describe)
                .containsExactly(
                        "city is 'Berlin'",
                        "city is 'berlin' (ignoring case)",
                        "city is one of ['Berlin', 'Paris']",
                        "city is one of ['berlin'] (ignoring case)",
                        "city starts with 'Ber'",
                        "city starts with 'ber' (ignoring case)",
                        "city ends with 'lin'",
                        "city ends with 'lin' (ignoring case)",
                        "city contains 'erl'",
                        "city contains 'erl' (ignoring case)",
                        "city matches 'B.*'",
                        "city matches 'b.*' (ignoring case)");
    }

    @Test
    void describes_boolean_operators() {
        assertThat(describe(subscribedTo("Email").isTrue())).isEqualTo("subscribed_to('email') is true");
        assertThat(describe(subscribedTo("email").isFalse())).isEqualTo("subscribed_to('email') is false");
    }

    @Test
    void describes_instant_operators() {
        Instant jan1 = Instant.parse("2026-01-01T00:00:00Z");
        Instant feb1 = Instant.parse("2026-02-01T00:00:00Z");

        assertThat(List.of(
                        lastPurchase().before(jan1),
                        lastPurchase().after(jan1),
                        lastPurchase().between(jan1, feb1),
                        lastPurchase().within(Duration.ofDays(30)),
                        lastPurchase().moreThan(Duration.ofDays(90)).ago(),
                        lastPurchase().before(TimePoint.today()),
                        lastPurchase().after(TimePoint.on(LocalDate.of(2026, 1, 31))),
                        lastPurchase().before(TimePoint.now())))
                .extracting(ExplanationTest::describe)
                .containsExactly(
                        "last_purchase is before 2026-01-01T00:00:00Z",
                        "last_purchase is after 2026-01-01T00:00:00Z",
                        "last_purchase is between 2026-01-01T00:00:00Z and 2026-02-01T00:00:00Z",
                        "last_purchase is within the last 30d",
                        "last_purchase is before 90d ago",
                        "last_purchase is before today",
                        "last_purchase is after 2026-01-31",
                        "last_purchase is before now");
    }

    @Test
    void describes_set_operators() {
        assertThat(List.of(
                        tags().contains("vip"),
                        tags().containsAny("vip", "gold"),
                        tags().containsAll("web", "store"),
                        tags().isEmpty()))
                .extracting(ExplanationTest::describe)
                .containsExactly(
                        "tags contains 'vip'",
                        "tags contains any of ['vip', 'gold']",
                        "tags contains all of ['web', 'store']",
                        "tags is empty");
    }

    @Test
    void describes_presence_references_and_custom_criteria() {
        Segment<Customer> german = Segment.where(country().is("DE")).named("german");

        assertThat(describe(age().isPresent())).isEqualTo("age is present");
        assertThat(describe(age().isMissing())).isEqualTo("age is missing");
        assertThat(describe(inSegment(german))).isEqualTo("in segment 'german'");
        assertThat(describe(satisfies("even-id", x -> true))).isEqualTo("custom 'even-id'");
    }

    @Test
    void describes_text_quoted_and_escaped() {
        assertThat(describe(city().is("O'Brien\\"))).isEqualTo("city is 'O\\'Brien\\\\'");
    }

    @Test
    void failing_text_operators_are_phrased_negatively() {
        assertThat(List.of(
                        city().startsWith("Mun"),
                        city().endsWithIgnoringCase("ich"),
                        city().contains("xyz"),
                        city().matches("M.*")))
                .extracting(criterion -> body(explain(criterion, ANNA)).summary())
                .containsExactly(
                        "city 'Berlin' does not start with 'Mun'",
                        "city 'Berlin' does not end with 'ich' (ignoring case)",
                        "city 'Berlin' does not contain 'xyz'",
                        "city 'Berlin' does not match 'M.*'");
    }

    @Test
    void failing_set_operators_are_phrased_negatively() {
        assertThat(List.of(
                        interests().containsAny("yoga", "tech"),
                        interests().containsAll("running", "yoga"),
                        interests().isEmpty()))
                .extracting(criterion -> body(explain(criterion, ANNA)).summary())
                .containsExactly(
                        "interests ['running', 'eco'] contains none of ['yoga', 'tech']",
                        "interests ['running', 'eco'] does not contain all of ['running', 'yoga']",
                        "interests ['running', 'eco'] is not empty");
    }

    @Test
    void holding_operators_are_phrased_affirmatively() {
        assertThat(List.of(
                        city().startsWith("Ber"),
                        interests().containsAny("eco"),
                        subscribedTo("email").isFalse(),
                        gender().in("female", "diverse")))
                .extracting(criterion -> body(explain(criterion, ANNA)).summary())
                .containsExactly(
                        "city 'Berlin' starts with 'Ber'",
                        "interests ['running', 'eco'] contains any of ['eco']",
                        "subscribed_to('email') false is false",
                        "gender 'female' is one of ['female', 'diverse']");
    }

    @Test
    void a_not_node_holds_when_its_operand_fails() {
        Explanation not = body(explain(not(country().is("FR")), ANNA));

        assertThat(not.matched()).isTrue();
        assertThat(not.summary()).isEqualTo("not");
        assertThat(not.children()).singleElement().satisfies(child -> {
            assertThat(child.matched()).isFalse();
            assertThat(child.summary()).isEqualTo("country 'DE' is not 'FR'");
        });
    }

    @Test
    void not_of_a_missing_value_holds() {
        Explanation root = explain(not(age().atLeast(18)), NOBODY);

        assertThat(root.matched()).isTrue();
        assertThat(root.toString()).contains("✓ not").contains("✗ age is missing");
    }

    @Test
    void an_or_node_counts_the_operands_that_hold() {
        Explanation or = body(explain(anyOf(age().atLeast(30), country().is("DE")), ANNA));

        assertThat(or.matched()).isTrue();
        assertThat(or.summary()).isEqualTo("any of (1 of 2 hold)");
    }

    @Test
    void an_in_segment_node_names_the_segment_and_explains_it() {
        Segment<Customer> dach = Segment.where(country().in("DE", "AT", "CH")).named("dach");

        Explanation ref = body(explain(inSegment(dach), ANNA));

        assertThat(ref.matched()).isTrue();
        assertThat(ref.summary()).isEqualTo("in segment 'dach'");
        assertThat(ref.children())
                .singleElement()
                .satisfies(child -> assertThat(child.summary()).isEqualTo("country 'DE' is one of ['DE', 'AT', 'CH']"));
    }

    @Test
    void a_custom_node_says_whether_it_holds() {
        Explanation holds = body(explain(custom("berliner", (c, ctx) -> true), ANNA));
        Explanation fails = body(explain(custom("berliner", (c, ctx) -> false), ANNA));

        assertThat(holds.summary()).isEqualTo("custom 'berliner' holds");
        assertThat(fails.summary()).isEqualTo("custom 'berliner' does not hold");
        assertThat(holds.expected()).isEqualTo("custom 'berliner'");
        assertThat(holds.actual()).isEmpty();
    }

    @Test
    void an_instant_condition_shows_the_instant_and_the_window() {
        assertThat(body(explain(lastPurchase().within(Duration.ofDays(30)), ANNA))
                        .summary())
                .isEqualTo("last_purchase 2026-05-02T10:15:30Z is within the last 30d");
    }

    @Test
    void an_event_count_explains_the_shoe_browser_segment() {
        Segment<Customer> shoeBrowsersDach = Segment.where(event("page_view")
                        .where(property("path").startsWith("/shoes"))
                        .count()
                        .inLast(Duration.ofDays(30))
                        .atLeast(1))
                .and(country().in("DE", "AT", "CH"));

        Explanation root = explain(shoeBrowsersDach, ANNA);

        assertThat(root.matched()).isTrue();
        assertThat(root.failures()).isEmpty();
    }

    @Test
    void failures_are_the_failing_leaves() {
        assertThat(explain(YOUNG_REPEAT, ANNA).failures())
                .extracting(Explanation::summary)
                .containsExactly("purchases 1 is not at least 3");
    }

    @Test
    void failures_lists_every_failing_leaf_depth_first() {
        Explanation root = explain(
                anyOf(
                        allOf(age().atLeast(30), tags().contains("vip")),
                        country().is("FR")),
                ANNA);

        assertThat(root.failures())
                .extracting(Explanation::expected)
                .containsExactly("age is at least 30", "tags contains 'vip'", "country is 'FR'");
    }

    @Test
    void failures_of_a_match_are_empty_even_with_a_failing_alternative() {
        Explanation root = explain(anyOf(age().atLeast(30), country().is("DE")), ANNA);

        assertThat(root.matched()).isTrue();
        assertThat(root.failures()).isEmpty();
    }

    @Test
    void failures_of_a_match_are_empty_under_a_holding_not() {
        Explanation root = explain(not(country().is("FR")), ANNA);

        assertThat(root.matched()).isTrue();
        assertThat(root.failures()).isEmpty();
    }

    @Test
    void children_are_unmodifiable() {
        List<Explanation> children = explain(YOUNG_REPEAT, ANNA).children();

        assertThatThrownBy(children::clear).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void explanations_are_equal_by_content() {
        Customer older = ANNA.toBuilder().birthDate(LocalDate.of(1990, 1, 1)).build();

        new EqualsTester()
                .addEqualityGroup(explain(YOUNG_REPEAT, ANNA), explain(YOUNG_REPEAT, ANNA))
                .addEqualityGroup(explain(YOUNG_REPEAT, older))
                .addEqualityGroup(explain(YOUNG_REPEAT, NOBODY))
                .addEqualityGroup(explain(
                        Segment.where(age().between(18, 25)).and(purchases().atLeast(3)), ANNA))
                .addEqualityGroup(body(explain(YOUNG_REPEAT, ANNA)))
                .testEquals();
    }
}
