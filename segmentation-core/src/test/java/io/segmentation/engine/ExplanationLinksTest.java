package io.segmentation.engine;

import static io.segmentation.Attributes.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.segmentation.Criterion;
import io.segmentation.EvaluationContext;
import io.segmentation.Segment;
import io.segmentation.customer.Customer;
import io.segmentation.customer.Event;
import io.segmentation.customer.Order;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The links of an {@link Explanation} back to its criterion, its segment and the raw values read. */
class ExplanationLinksTest {

    private static final EvaluationContext JUNE = EvaluationContext.asOf(Instant.parse("2026-06-01T00:00:00Z"));
    private static final Instant MAY_SECOND = Instant.parse("2026-05-02T10:15:30Z");

    private static final Customer ANNA = Customer.builder("c-42")
            .birthDate(LocalDate.of(2001, 3, 14))
            .country("DE")
            .interests("running", "eco")
            .order(Order.builder("o-1", MAY_SECOND, new BigDecimal("59.90"))
                    .channel("web")
                    .item("sku-7", "shoes", 1, new BigDecimal("59.90"))
                    .build())
            .event(Event.of("page_view", Instant.parse("2026-05-20T08:00:00Z"), Map.of("path", "/shoes/trail")))
            .build();

    private static final Customer NOBODY = Customer.builder("c-0").build();

    private static final Segment<Customer> DACH =
            Segment.where(country().in("DE", "AT", "CH")).named("dach");

    private static Explanation explain(Segment<Customer> segment, Customer customer) {
        return SegmentMatcher.of(segment).explain(customer, JUNE);
    }

    private static Explanation leaf(Criterion<Customer> criterion, Customer customer) {
        return explain(Segment.where(criterion), customer).children().get(0);
    }

    /** Walks the explanation and the criterion in parallel: every node links to the very criterion node. */
    private static void assertLinked(Explanation node, Criterion<?> criterion) {
        assertThat(node.criterion()).isSameAs(criterion);
        if (criterion instanceof Criterion.And<?> and) {
            assertThat(node.children()).hasSameSizeAs(and.operands());
            for (int i = 0; i < and.operands().size(); i++) {
                assertLinked(node.children().get(i), and.operands().get(i));
            }
        } else if (criterion instanceof Criterion.Or<?> or) {
            assertThat(node.children()).hasSameSizeAs(or.operands());
            for (int i = 0; i < or.operands().size(); i++) {
                assertLinked(node.children().get(i), or.operands().get(i));
            }
        } else if (criterion instanceof Criterion.Not<?> not) {
            assertThat(node.children()).hasSize(1);
            assertLinked(node.children().get(0), not.operand());
        } else if (criterion instanceof Criterion.InSegment<?> ref) {
            assertThat(node.segment()).containsSame(ref.segment());
            assertThat(node.children()).hasSize(1);
            assertLinked(node.children().get(0), ref.segment().criterion());
        } else {
            assertThat(node.children()).isEmpty();
            assertThat(node.segment()).isEmpty();
        }
    }

    private static void assertRootLinked(Segment<Customer> segment, Customer customer) {
        Explanation root = explain(segment, customer);
        assertThat(root.criterion()).isSameAs(segment.criterion());
        assertThat(root.segment()).containsSame(segment);
        assertThat(root.actualValue()).isEmpty();
        assertThat(root.children()).hasSize(1);
        assertLinked(root.children().get(0), segment.criterion());
    }

    @Test
    void the_root_links_to_the_segment_and_its_whole_criterion() {
        Segment<Customer> youngRepeat =
                Segment.where(age().between(18, 25)).and(purchases().atLeast(3)).named("young-repeat");

        assertRootLinked(youngRepeat, ANNA);
    }

    @Test
    void every_node_links_to_its_node_through_and_or_not() {
        Segment<Customer> mixed = Segment.where(anyOf(
                        allOf(age().atLeast(18), not(country().is("FR"))),
                        not(anyOf(interests().contains("eco"), lastPurchase().within(Duration.ofDays(30))))))
                .named("mixed");

        assertRootLinked(mixed, ANNA);
        assertRootLinked(mixed, NOBODY);
    }

    @Test
    void an_in_segment_node_links_to_the_reference_and_the_referenced_segment() {
        Segment<Customer> viaReference =
                Segment.where(inSegment(DACH)).and(not(inSegment(DACH))).named("via-reference");

        assertRootLinked(viaReference, ANNA);
    }

    @Test
    void an_event_filter_leaf_links_to_its_comparison() {
        Segment<Customer> shoeBrowsers = Segment.where(event("page_view")
                        .where(property("path").startsWith("/shoes"))
                        .count()
                        .inLast(Duration.ofDays(30))
                        .atLeast(1))
                .and(custom("berliner", (c, ctx) -> true))
                .named("shoe-browsers");

        assertRootLinked(shoeBrowsers, ANNA);
    }

    @Test
    void a_number_leaf_keeps_the_double_read() {
        assertThat(leaf(age().atLeast(18), ANNA).actualValue()).contains(25.0);
    }

    @Test
    void a_money_leaf_keeps_the_double_read() {
        assertThat(leaf(totalSpent().atLeast(10), ANNA).actualValue())
                .contains(totalSpent().read(ANNA, JUNE));
    }

    @Test
    void a_text_leaf_keeps_the_string_read() {
        assertThat(leaf(country().is("FR"), ANNA).actualValue()).contains("DE");
    }

    @Test
    void a_set_leaf_keeps_the_set_read() {
        assertThat(leaf(interests().contains("golf"), ANNA).actualValue()).contains(Set.of("running", "eco"));
    }

    @Test
    void an_instant_leaf_keeps_the_instant_read() {
        assertThat(leaf(lastPurchase().within(Duration.ofDays(30)), ANNA).actualValue())
                .contains(MAY_SECOND);
    }

    @Test
    void a_boolean_leaf_keeps_the_boolean_read() {
        assertThat(leaf(purchasedCategory("shoes").is(true), ANNA).actualValue())
                .contains(true);
    }

    @Test
    void an_event_count_leaf_keeps_the_count_read() {
        Criterion<Customer> browsed =
                event("page_view").count().inLast(Duration.ofDays(30)).atLeast(1);

        assertThat(leaf(browsed, ANNA).actualValue()).contains(1.0);
    }

    @Test
    void a_missing_value_gives_an_empty_raw_value_and_the_text_missing() {
        Explanation missing = leaf(country().is("DE"), NOBODY);

        assertThat(missing.actualValue()).isEmpty();
        assertThat(missing.actual()).contains("missing");
    }

    @Test
    void is_missing_on_a_missing_value_holds_with_an_empty_raw_value() {
        Explanation missing = leaf(country().isMissing(), NOBODY);

        assertThat(missing.matched()).isTrue();
        assertThat(missing.actualValue()).isEmpty();
        assertThat(missing.summary()).isEqualTo("country is missing");
    }

    @Test
    void is_present_keeps_the_raw_value() {
        assertThat(leaf(country().isPresent(), ANNA).actualValue()).contains("DE");
    }

    @Test
    void combination_and_custom_nodes_have_no_raw_value() {
        Explanation and = leaf(allOf(age().atLeast(18), custom("berliner", (c, ctx) -> true)), ANNA);

        assertThat(and.actualValue()).isEmpty();
        assertThat(and.children().get(1).actualValue()).isEmpty();
        assertThat(and.segment()).isEmpty();
    }

    @Test
    void a_deep_not_chain_expects_the_whole_chain_at_every_level() {
        Criterion<Customer> chain = country().is("DE");
        for (int i = 1; i < Criterion.MAX_DEPTH - 1; i++) {
            chain = not(chain);
        }
        Explanation root = explain(Segment.where(chain), ANNA);

        assertThat(root.expected()).isEqualTo("not ".repeat(Criterion.MAX_DEPTH - 2) + "country is 'DE'");
        assertThat(root.children().get(0).children().get(0).expected())
                .isEqualTo("not ".repeat(Criterion.MAX_DEPTH - 3) + "country is 'DE'");
    }

    @Test
    void nested_combinations_are_parenthesised_as_the_describer_does() {
        Criterion<Customer> nested = allOf(
                anyOf(age().atLeast(18), country().is("DE")),
                not(allOf(interests().contains("eco"), country().is("FR"))));

        assertThat(explain(Segment.where(nested), ANNA).expected())
                .isEqualTo(io.segmentation.internal.describe.CriterionDescriber.describe(nested));
    }
}
