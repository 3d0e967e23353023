package io.segmentation.attribute;

import static io.segmentation.Attributes.age;
import static io.segmentation.Attributes.purchases;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.segmentation.EvaluationContext;
import io.segmentation.Segment;
import io.segmentation.customer.Customer;
import io.segmentation.engine.MembershipTracker;
import io.segmentation.engine.SegmentEngine;
import io.segmentation.engine.SegmentMatcher;
import io.segmentation.index.PopulationIndex;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * One identity, one attribute: two different attributes with the same family, name and parameters are refused
 * wherever they meet, instead of silently sharing one column ("orders >= 500" used to count 167 accounts instead of 0).
 */
class AttributeIdentityTest {

    private static final EvaluationContext NOW = EvaluationContext.asOf(Instant.parse("2026-06-01T00:00:00Z"));

    private record Account(String id, int orders, int pointsBalance) {}

    /** Orders counted: at most 20 per account. */
    private static final NumberAttribute<Account> ORDERS = Attribute.number("orders", Account::orders);

    /** A second "orders", by mistake reading the points balance: up to 1,000. */
    private static final NumberAttribute<Account> ORDERS_BY_MISTAKE =
            Attribute.number("orders", Account::pointsBalance);

    private static List<Account> accounts() {
        List<Account> accounts = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            accounts.add(new Account("a-" + i, i % 21, (i * 7) % 1000));
        }
        return accounts;
    }

    @Test
    void the_two_attributes_are_equal_by_identity_but_read_differently() {
        assertThat(ORDERS_BY_MISTAKE).isEqualTo(ORDERS);
        Account a = new Account("a", 3, 900);
        assertThat(ORDERS.readDouble(a, NOW)).isEqualTo(3.0);
        assertThat(ORDERS_BY_MISTAKE.readDouble(a, NOW)).isEqualTo(900.0);
    }

    @Test
    void index_refuses_a_different_attribute_with_the_identity_of_a_column_it_holds() {
        PopulationIndex<Account> index = PopulationIndex.build(accounts(), Account::id, NOW);
        assertThat(index.count(Segment.where(ORDERS_BY_MISTAKE.atLeast(500)))).isPositive();

        assertThatIllegalArgumentException()
                .isThrownBy(() -> index.count(Segment.where(ORDERS.atLeast(500))))
                .withMessageContaining("PopulationIndex")
                .withMessageContaining("'orders'")
                .withMessageContaining("user attribute from Attribute.number")
                .withMessageContaining("share one column");
    }

    @Test
    void index_refuses_two_different_attributes_with_one_identity_in_one_query() {
        PopulationIndex<Account> index = PopulationIndex.build(accounts(), Account::id, NOW);

        assertThatIllegalArgumentException()
                .isThrownBy(() -> index.count(Segment.where(ORDERS.atLeast(500)).or(ORDERS_BY_MISTAKE.atLeast(500))))
                .withMessageContaining("'orders'");
    }

    @Test
    void engine_refuses_two_different_attributes_with_one_identity() {
        Segment<Account> heavy = Segment.where(ORDERS.atLeast(500)).named("heavy");
        Segment<Account> rich = Segment.where(ORDERS_BY_MISTAKE.atLeast(500)).named("rich");

        assertThatIllegalArgumentException()
                .isThrownBy(() -> SegmentEngine.of(heavy, rich))
                .withMessageContaining("'orders'")
                .withMessageContaining("user attribute from Attribute.number");
    }

    @Test
    void matcher_refuses_two_different_attributes_with_one_identity_in_one_segment() {
        Segment<Account> both = Segment.where(ORDERS.atLeast(5)).and(ORDERS_BY_MISTAKE.isPresent());

        assertThatIllegalArgumentException().isThrownBy(() -> SegmentMatcher.of(both));
    }

    @Test
    void tracker_cannot_be_built_over_two_different_attributes_with_one_identity() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> MembershipTracker.over(
                        SegmentEngine.of(
                                Segment.where(ORDERS.atLeast(500)).named("heavy"),
                                Segment.where(ORDERS_BY_MISTAKE.atLeast(500)).named("rich")),
                        Account::id));
    }

    @Test
    void registry_refuses_a_segment_reading_a_different_attribute_with_a_registered_identity() {
        AttributeRegistry<Account> registry = AttributeRegistry.<Account>empty().with(ORDERS);

        assertThatIllegalArgumentException()
                .isThrownBy(() -> registry.withSegment(
                        Segment.where(ORDERS_BY_MISTAKE.atLeast(1)).named("rich")))
                .withMessageContaining("AttributeRegistry")
                .withMessageContaining("'orders'");
    }

    @Test
    void registry_refuses_an_attribute_different_from_one_a_registered_segment_reads() {
        AttributeRegistry<Account> registry = AttributeRegistry.<Account>empty()
                .withSegment(Segment.where(ORDERS_BY_MISTAKE.atLeast(1)).named("x"));

        assertThatIllegalArgumentException().isThrownBy(() -> registry.with(ORDERS));
    }

    @Test
    void the_same_attribute_instance_is_reused_everywhere() {
        Segment<Account> some = Segment.where(ORDERS.atLeast(10)).named("some");
        Segment<Account> many = Segment.where(ORDERS.atLeast(15)).named("many");
        PopulationIndex<Account> index = PopulationIndex.build(accounts(), Account::id, NOW);

        assertThat(SegmentEngine.of(some, many).segments()).hasSize(2);
        assertThat(index.count(some)).isGreaterThan(index.count(many));
        assertThat(AttributeRegistry.<Account>empty()
                        .with(ORDERS)
                        .withSegment(some)
                        .withSegment(many)
                        .segmentNames())
                .containsExactly("some", "many");
    }

    @Test
    void two_attributes_made_with_the_same_getter_object_are_the_same_attribute() {
        Function<Account, Integer> getter = Account::orders;
        NumberAttribute<Account> one = Attribute.number("orders", getter);
        NumberAttribute<Account> other = Attribute.number("orders", getter);

        SegmentEngine<Account> engine = SegmentEngine.of(
                Segment.where(one.atLeast(10)).named("a"),
                Segment.where(other.atLeast(15)).named("b"));
        assertThat(engine.segmentsOf(new Account("x", 12, 0), NOW)).hasSize(1);
    }

    @Test
    void built_ins_made_twice_are_the_same_attribute() {
        SegmentEngine<Customer> engine = SegmentEngine.of(
                Segment.where(purchases().inLast(Duration.ofDays(30)).atLeast(1))
                        .named("a"),
                Segment.where(purchases().inLast(Duration.ofDays(30)).atLeast(2))
                        .named("b"),
                Segment.where(age().atLeast(18)).named("c"));

        assertThat(engine.segments()).hasSize(3);
    }

    @Test
    void a_user_attribute_with_the_identity_of_a_built_in_is_refused_naming_the_built_in() {
        NumberAttribute<Customer> myAge = Attribute.number("age", c -> 42);

        assertThatIllegalArgumentException()
                .isThrownBy(() -> SegmentEngine.of(
                        Segment.where(age().atLeast(18)).named("adults"),
                        Segment.where(myAge.atLeast(18)).named("mine")))
                .withMessageContaining("built-in attribute 'age'")
                .withMessageContaining("user attribute from Attribute.number");
    }

    @Test
    void attributes_of_different_families_or_parameters_never_conflict() {
        TextAttribute<Account> ordersText = Attribute.text("orders", a -> Integer.toString(a.orders()));

        assertThat(SegmentEngine.of(
                                Segment.where(ORDERS.atLeast(1)).named("a"),
                                Segment.where(ordersText.is("3")).named("b"))
                        .segments())
                .hasSize(2);
    }
}
