package io.segmentation.testkit;

import static io.segmentation.Attributes.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.segmentation.Criterion;
import io.segmentation.EvaluationContext;
import io.segmentation.Segment;
import io.segmentation.attribute.Attribute;
import io.segmentation.attribute.NumberAttribute;
import io.segmentation.customer.Customer;
import io.segmentation.customer.Event;
import io.segmentation.customer.Order;
import io.segmentation.engine.SegmentMatcher;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class FixturesTest {

    private static final EvaluationContext DEFAULT = TestKit.defaultContext();

    private static final Segment<Customer> VIP = Segment.where(
                    totalSpent().inLast(Duration.ofDays(365)).atLeast(1_000))
            .and(country().in("DE", "AT"))
            .named("vip");

    private static boolean in(Segment<Customer> segment, Customer customer, EvaluationContext context) {
        return SegmentMatcher.of(segment).matches(customer, context);
    }

    private static boolean in(Criterion<Customer> criterion, Customer customer) {
        return in(Segment.where(criterion), customer, DEFAULT);
    }

    @Test
    void readme_example_customer_in_is_a_member() {
        Customer inside = Fixtures.customerIn(VIP);

        assertThat(in(VIP, inside, DEFAULT)).isTrue();
    }

    @Test
    void readme_example_customer_not_in_is_not_a_member() {
        Customer outside = Fixtures.customerNotIn(VIP);

        assertThat(in(VIP, outside, DEFAULT)).isFalse();
    }

    @Test
    void readme_example_boundary_cases_agree_with_the_engine() {
        List<BoundaryCase> cases = Fixtures.boundaryCases(VIP);

        // One bound (total spent >= 1000), probed on, just inside and just outside.
        assertThat(cases).hasSize(3);
        for (BoundaryCase c : cases) {
            assertThat(in(VIP, c.customer(), DEFAULT)).as(c.description()).isEqualTo(c.expectedIn());
        }
    }

    @Test
    void customer_in_places_the_orders_inside_the_window() {
        Customer inside = Fixtures.customerIn(VIP);

        double spent = totalSpent().inLast(Duration.ofDays(365)).readDouble(inside, DEFAULT);
        assertThat(spent).isGreaterThanOrEqualTo(1_000);
        assertThat(inside.orders()).extracting(Order::instant).allMatch(i -> !i.isAfter(TestKit.DEFAULT_AS_OF));
    }

    @Test
    void customer_in_prefers_a_plausible_adult_age() {
        Customer c = Fixtures.customerIn(country().is("FR"));

        assertThat(age().readDouble(c, DEFAULT)).isBetween(18.0, 90.0);
    }

    @Test
    void customer_in_takes_a_criterion() {
        Criterion<Customer> adults = age().atLeast(18);

        assertThat(in(adults, Fixtures.customerIn(adults))).isTrue();
        assertThat(in(adults, Fixtures.customerNotIn(adults))).isFalse();
    }

    @Test
    void same_seed_gives_equal_customers() {
        Customer first = Fixtures.seed(7).customerIn(VIP);
        Customer second = Fixtures.seed(7).customerIn(VIP);

        assertThat(first).isEqualTo(second);
    }

    @Test
    void different_seeds_give_different_customers() {
        assertThat(Fixtures.seed(7).customerIn(VIP))
                .isNotEqualTo(Fixtures.seed(8).customerIn(VIP));
    }

    @Test
    void static_methods_use_the_default_seed_and_context() {
        Fixtures.Factory defaults = Fixtures.asOf(TestKit.defaultContext()).seed(TestKit.DEFAULT_SEED);

        assertThat(Fixtures.customerIn(VIP)).isEqualTo(defaults.customerIn(VIP));
        assertThat(Fixtures.defaults()).isEqualTo(defaults);
    }

    @Test
    void as_of_builds_for_the_requested_evaluation_time() {
        Instant june = Instant.parse("2026-06-15T12:00:00Z");
        Segment<Customer> recent = Segment.where(lastPurchase().within(Duration.ofDays(30)));

        Customer c = Fixtures.asOf(june).customerIn(recent);

        assertThat(in(recent, c, EvaluationContext.asOf(june))).isTrue();
        // Its last order lies in the 30 days before 15 June, so it is at least 5 months old on 1 January 2027.
        assertThat(in(recent, c, EvaluationContext.asOf(Instant.parse("2027-01-01T00:00:00Z"))))
                .isFalse();
    }

    @Test
    void as_of_an_instant_keeps_the_factory_zone() {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        Fixtures.Factory factory = Fixtures.asOf(EvaluationContext.asOf(TestKit.DEFAULT_AS_OF, berlin))
                .asOf(Instant.parse("2026-03-01T00:00:00Z"));

        assertThat(factory.context().zone()).isEqualTo(berlin);
        assertThat(factory.context().asOf()).isEqualTo(Instant.parse("2026-03-01T00:00:00Z"));
    }

    @Test
    void customers_in_gives_distinct_members() {
        List<Customer> customers = Fixtures.customersIn(VIP, 5);

        assertThat(customers).hasSize(5).doesNotHaveDuplicates();
        assertThat(customers).allMatch(c -> in(VIP, c, DEFAULT));
    }

    @Test
    void customers_in_starts_with_customer_in() {
        assertThat(Fixtures.customersIn(VIP, 3).get(0)).isEqualTo(Fixtures.customerIn(VIP));
    }

    @Test
    void customers_in_of_zero_is_empty() {
        assertThat(Fixtures.customersIn(VIP, 0)).isEmpty();
    }

    @Test
    void customers_in_rejects_a_negative_count() {
        assertThatThrownBy(() -> Fixtures.customersIn(VIP, -1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("customersIn: count must be at least 0 but was -1");
    }

    @Test
    void null_segment_is_rejected_with_its_name() {
        assertThatThrownBy(() -> Fixtures.customerIn((Segment<Customer>) null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("segment");
        assertThatThrownBy(() -> Fixtures.customerNotIn((Criterion<Customer>) null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("criterion");
        assertThatThrownBy(() -> Fixtures.boundaryCases(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("segment");
        assertThatThrownBy(() -> Fixtures.asOf((Instant) null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("asOf");
        assertThatThrownBy(() -> Fixtures.asOf((EvaluationContext) null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("context");
    }

    @Test
    void factories_with_equal_context_and_seed_are_equal() {
        assertThat(Fixtures.seed(3)).isEqualTo(Fixtures.seed(3)).hasSameHashCodeAs(Fixtures.seed(3));
        assertThat(Fixtures.seed(3)).isNotEqualTo(Fixtures.seed(4));
        assertThat(Fixtures.seed(3)).isNotEqualTo(Fixtures.seed(3).asOf(Instant.parse("2025-01-01T00:00:00Z")));
    }

    @Test
    void factory_says_what_it_builds_for() {
        assertThat(Fixtures.seed(3).toString()).isEqualTo("Fixtures.Factory[context=" + DEFAULT + ", seed=3]");
    }

    @Test
    void aggregates_over_the_same_orders_are_solved_together() {
        // 3+ orders in 30 days, 500+ in total, at most 100 per order: at least 5 orders (500 / 100).
        Criterion<Customer> joint = allOf(
                purchases().inLast(Duration.ofDays(30)).atLeast(3),
                totalSpent().atLeast(500),
                averageOrderValue().atMost(100));

        Customer c = Fixtures.customerIn(joint);

        assertThat(in(joint, c)).isTrue();
        assertThat(c.orders()).hasSizeGreaterThanOrEqualTo(5);
    }

    @Test
    void events_are_built_with_properties_passing_the_filter() {
        Criterion<Customer> browsers = event("page_view")
                .where(property("path").startsWith("/shoes"))
                .count()
                .inLast(Duration.ofDays(30))
                .atLeast(2)
                .and(event("page_view").count().atMost(3));

        Customer c = Fixtures.customerIn(browsers);

        assertThat(in(browsers, c)).isTrue();
        assertThat(c.events())
                .filteredOn(e -> e.property("path")
                        .map(p -> ((String) p).startsWith("/shoes"))
                        .orElse(false))
                .extracting(Event::type)
                .hasSizeBetween(2, 3);
    }

    @Test
    void texts_are_built_to_match_a_regular_expression() {
        Criterion<Customer> berlinCodes = postalCode().matches("1[0-4][0-9]{3}");

        Customer c = Fixtures.customerIn(berlinCodes);

        assertThat(c.postalCode()).hasValueSatisfying(p -> assertThat(p).matches("1[0-4][0-9]{3}"));
    }

    @Test
    void sets_meet_any_of_and_none_of() {
        Criterion<Customer> yogis =
                interests().containsAny("running", "yoga").and(not(interests().contains("running")));

        Customer c = Fixtures.customerIn(yogis);

        assertThat(c.interests()).contains("yoga").doesNotContain("running");
    }

    @Test
    void a_negated_comparison_may_be_met_by_a_missing_value_or_another_value() {
        // NOT age >= 18 holds for a customer under 18 and for one without a birth date.
        Criterion<Customer> minors = not(age().atLeast(18));

        Customer c = Fixtures.customerIn(minors);

        assertThat(in(minors, c)).isTrue();
        age().valueOf(c, DEFAULT).ifPresent(a -> assertThat(a).isLessThan(18));
    }

    @Test
    void segment_references_are_solved_through() {
        Segment<Customer> french = Segment.where(country().is("FR")).named("french");
        Criterion<Customer> frenchAdults = inSegment(french).and(age().atLeast(30));

        Customer c = Fixtures.customerIn(frenchAdults);

        assertThat(c.country()).contains("FR");
        assertThat(in(frenchAdults, c)).isTrue();
    }

    @Test
    void a_custom_predicate_is_satisfied_by_random_search_when_it_can_be() {
        // Half of all ids have an even hash, so a few random customers find one.
        Criterion<Customer> even = satisfies("even-id", c -> c.id().hashCode() % 2 == 0);

        Customer c = Fixtures.customerIn(even);

        assertThat(c.id().hashCode() % 2).isZero();
    }

    @Test
    void an_opaque_attribute_reading_a_built_in_field_is_found_by_random_search() {
        // The fixtures cannot see that 'spend' reads the income, but random incomes of 15000 to 150000 find one.
        NumberAttribute<Customer> spend =
                Attribute.number("spend", c -> c.income().orElse(null));

        Customer c = Fixtures.customerIn(spend.atLeast(50_000));

        assertThat(c.income()).hasValueSatisfying(i -> assertThat(i).isGreaterThanOrEqualTo(new BigDecimal("50000")));
    }

    @Test
    void custom_attributes_get_a_value_of_the_type_read() {
        Criterion<Customer> gold = attribute("tier")
                .text()
                .in("gold", "platinum")
                .and(attribute("points").number().atLeast(1_000));

        Customer c = Fixtures.customerIn(gold);

        assertThat(c.customAttribute("tier"))
                .hasValueSatisfying(t -> assertThat(t).isIn("gold", "platinum"));
        assertThat(c.customAttribute("points"))
                .hasValueSatisfying(p -> assertThat((Double) p).isGreaterThanOrEqualTo(1000));
    }

    @Test
    void a_location_is_placed_within_a_distance() {
        Criterion<Customer> nearBerlin = distanceKm(52.52, 13.405).atMost(50);

        Customer c = Fixtures.customerIn(nearBerlin);

        assertThat(distanceKm(52.52, 13.405).readDouble(c, DEFAULT)).isLessThanOrEqualTo(50);
    }

    @Test
    void a_product_bought_in_one_window_and_not_in_another_is_placed_between_them() {
        Criterion<Customer> lapsedShoes = purchasedCategory("shoes")
                .inLast(Duration.ofDays(90))
                .isTrue()
                .and(not(purchasedCategory("shoes").inLast(Duration.ofDays(30)).isTrue()));

        Customer c = Fixtures.customerIn(lapsedShoes);

        Instant ninetyDaysAgo = TestKit.DEFAULT_AS_OF.minus(Duration.ofDays(90));
        Instant thirtyDaysAgo = TestKit.DEFAULT_AS_OF.minus(Duration.ofDays(30));
        assertThat(c.orders())
                .filteredOn(o -> o.items().stream().anyMatch(i -> i.category().equals("shoes")))
                .extracting(Order::instant)
                .isNotEmpty()
                .allMatch(i -> !i.isBefore(ninetyDaysAgo) && i.isBefore(thirtyDaysAgo));
    }

    @Test
    void amounts_are_two_decimal_money() {
        Customer c = Fixtures.customerIn(totalSpent().between(10.05, 10.05));

        assertThat(c.orders()).extracting(Order::total).containsExactly(new BigDecimal("10.05"));
    }
}
