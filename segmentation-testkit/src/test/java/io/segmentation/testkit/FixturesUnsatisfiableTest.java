package io.segmentation.testkit;

import static io.segmentation.Attributes.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.segmentation.Segment;
import io.segmentation.attribute.Attribute;
import io.segmentation.attribute.NumberAttribute;
import io.segmentation.attribute.TextAttribute;
import io.segmentation.customer.Customer;
import io.segmentation.customer.Event;
import io.segmentation.testkit.UnsatisfiableSegmentException.Reason;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class FixturesUnsatisfiableTest {

    private static UnsatisfiableSegmentException in(Segment<Customer> segment) {
        return catchThrowableOfType(UnsatisfiableSegmentException.class, () -> Fixtures.customerIn(segment));
    }

    private static UnsatisfiableSegmentException notIn(Segment<Customer> segment) {
        return catchThrowableOfType(UnsatisfiableSegmentException.class, () -> Fixtures.customerNotIn(segment));
    }

    @Test
    void disjoint_age_ranges_are_a_contradiction_naming_the_attribute_and_bounds() {
        Segment<Customer> kidsAndSeniors =
                Segment.where(age().lessThan(18).and(age().greaterThan(65))).named("kids-and-seniors");

        UnsatisfiableSegmentException e = in(kidsAndSeniors);

        assertThat(e.reason()).isEqualTo(Reason.CONTRADICTION);
        assertThat(e.details()).containsExactly("age: age < 18 and age > 65 cannot all hold (no value fits)");
        assertThat(e)
                .hasMessage("No customer can be in segment 'kids-and-seniors': "
                        + "age: age < 18 and age > 65 cannot all hold (no value fits)");
    }

    @Test
    void two_different_countries_are_a_contradiction() {
        UnsatisfiableSegmentException e =
                in(Segment.where(country().is("DE").and(country().is("FR"))));

        assertThat(e.reason()).isEqualTo(Reason.CONTRADICTION);
        assertThat(e.details()).singleElement().asString().startsWith("country: country = 'DE' and country = 'FR'");
    }

    @Test
    void a_criterion_and_its_negation_are_a_contradiction() {
        UnsatisfiableSegmentException e = in(Segment.where(allOf(tags().contains("vip"), not(tags().contains("vip")))));

        assertThat(e.reason()).isEqualTo(Reason.CONTRADICTION);
        assertThat(e.details())
                .containsExactly("tags: tags CONTAINS 'vip' and NOT tags CONTAINS 'vip' cannot all hold"
                        + " (one is the negation of the other)");
    }

    @Test
    void a_whole_number_attribute_between_two_whole_numbers_is_a_contradiction() {
        // 17 < age < 18 holds for no whole number of years.
        UnsatisfiableSegmentException e = in(Segment.where(age().greaterThan(17).and(age().lessThan(18))));

        assertThat(e.reason()).isEqualTo(Reason.CONTRADICTION);
        assertThat(e.details()).singleElement().asString().endsWith("(no whole number fits)");
    }

    @Test
    void every_alternative_is_reported_when_each_contradicts_itself() {
        Segment<Customer> nobody = Segment.where(anyOf(
                age().lessThan(18).and(age().greaterThan(65)),
                country().is("DE").and(country().is("FR"))));

        UnsatisfiableSegmentException e = in(nobody);

        assertThat(e.reason()).isEqualTo(Reason.CONTRADICTION);
        assertThat(e.details()).hasSize(2);
    }

    @Test
    void a_count_in_a_window_above_the_count_of_a_wider_window_is_a_contradiction() {
        UnsatisfiableSegmentException e = in(Segment.where(purchases()
                .inLast(Duration.ofDays(30))
                .atLeast(5)
                .and(purchases().atMost(3))));

        assertThat(e.reason()).isEqualTo(Reason.CONTRADICTION);
        assertThat(e.details()).singleElement().asString().contains("purchases(last 30d) must be at least 5");
    }

    @Test
    void a_recent_last_purchase_without_recent_purchases_is_a_contradiction() {
        UnsatisfiableSegmentException e = in(Segment.where(lastPurchase()
                .within(Duration.ofDays(7))
                .and(purchases().inLast(Duration.ofDays(7)).is(0))));

        assertThat(e.reason()).isEqualTo(Reason.CONTRADICTION);
    }

    @Test
    void a_tautology_has_no_customer_outside_it() {
        Segment<Customer> everyone =
                Segment.where(age().isPresent().or(age().isMissing())).named("everyone");

        UnsatisfiableSegmentException e = notIn(everyone);

        assertThat(e.reason()).isEqualTo(Reason.CONTRADICTION);
        assertThat(e).hasMessageStartingWith("No customer can be outside segment 'everyone' (every customer is in it)");
    }

    @Test
    void an_opaque_attribute_that_random_search_cannot_satisfy_is_named() {
        NumberAttribute<Customer> loyalty = Attribute.number("loyalty", c -> 5);

        UnsatisfiableSegmentException e = in(Segment.where(loyalty.atLeast(10)));

        assertThat(e.reason()).isEqualTo(Reason.OPAQUE);
        assertThat(e.details()).containsExactly("loyalty >= 10");
        assertThat(e).hasMessageContaining("the fixtures cannot solve loyalty >= 10");
    }

    @Test
    void a_custom_predicate_that_never_holds_is_named() {
        UnsatisfiableSegmentException e = in(Segment.where(satisfies("never", c -> false)));

        assertThat(e.reason()).isEqualTo(Reason.OPAQUE);
        assertThat(e.details()).containsExactly("custom predicate 'never'");
    }

    @Test
    void an_opaque_condition_inside_an_event_filter_is_named() {
        TextAttribute<Event> query =
                Attribute.text("query", e -> (String) e.property("q").orElse(null));

        UnsatisfiableSegmentException e = in(Segment.where(
                event("search").where(query.startsWith("shoes")).count().atLeast(1)));

        assertThat(e.reason()).isEqualTo(Reason.OPAQUE);
        assertThat(e.details()).containsExactly("query STARTS WITH 'shoes'");
    }

    @Test
    void contradictions_do_not_depend_on_the_seed() {
        Segment<Customer> nobody = Segment.where(age().lessThan(18).and(age().greaterThan(65)));

        UnsatisfiableSegmentException first = catchThrowableOfType(
                UnsatisfiableSegmentException.class, () -> Fixtures.seed(1).customerIn(nobody));
        UnsatisfiableSegmentException second = catchThrowableOfType(
                UnsatisfiableSegmentException.class, () -> Fixtures.seed(2).customerIn(nobody));

        assertThat(first.details()).isEqualTo(second.details());
    }
}
