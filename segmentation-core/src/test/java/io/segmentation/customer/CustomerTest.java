package io.segmentation.customer;

import static io.segmentation.customer.Samples.assertUnmodifiable;
import static io.segmentation.customer.Samples.day;
import static io.segmentation.customer.Samples.event;
import static io.segmentation.customer.Samples.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CustomerTest {

    private static Customer withOrdersOnDays(int... days) {
        Customer.Builder builder = Customer.builder("c-1");
        for (int day : days) {
            builder.order(order("o-" + day, day));
        }
        return builder.build();
    }

    private static List<String> ids(List<Order> orders) {
        return orders.stream().map(Order::id).collect(Collectors.toList());
    }

    @Test
    void readme_example_builds() {
        Customer anna = Customer.builder("c-42")
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

        assertThat(anna.id()).isEqualTo("c-42");
        assertThat(anna.birthDate()).contains(LocalDate.of(2001, 3, 14));
        assertThat(anna.country()).contains("DE");
        assertThat(anna.interests()).containsExactly("running", "eco");
        assertThat(anna.orders()).singleElement().extracting(Order::total).isEqualTo(new BigDecimal("59.90"));
        assertThat(anna.events()).singleElement().extracting(Event::type).isEqualTo("page_view");
        assertThat(anna).hasToString("Customer{id=c-42, country=DE, orders=1, events=1}");
    }

    @Test
    void unknown_attributes_are_empty() {
        Customer customer = Customer.builder("c-1").build();

        assertThat(customer.birthDate()).isEmpty();
        assertThat(customer.income()).isEmpty();
        assertThat(customer.country()).isEmpty();
        assertThat(customer.location()).isEmpty();
        assertThat(customer.companySize()).isEmpty();
        assertThat(customer.annualRevenue()).isEmpty();
        assertThat(customer.interests()).isEmpty();
        assertThat(customer.orders()).isEmpty();
        assertThat(customer.events()).isEmpty();
        assertThat(customer.customAttributes()).isEmpty();
        assertThat(customer.customAttribute("tier")).isEmpty();
        assertThat(customer).hasToString("Customer{id=c-1, orders=0, events=0}");
    }

    @Test
    void orders_given_out_of_order_are_sorted_by_instant_then_id() {
        Customer customer = Customer.builder("c-1")
                .order(order("o-3", 3))
                .order(order("o-1b", 1))
                .order(order("o-2", 2))
                .order(order("o-1a", 1))
                .build();

        assertThat(ids(customer.orders())).containsExactly("o-1a", "o-1b", "o-2", "o-3");
    }

    @Test
    void events_given_out_of_order_are_sorted_by_instant_then_type_then_insertion() {
        Event second = Event.of("view", day(1), Map.of("n", 2));
        Event first = Event.of("view", day(1), Map.of("n", 1));
        Customer customer = Customer.builder("c-1")
                .event(event("view", 2))
                .event(first)
                .event(second)
                .event(event("click", 1))
                .build();

        assertThat(customer.events()).containsExactly(event("click", 1), first, second, event("view", 2));
    }

    @Test
    void ordersBetween_includes_from_and_excludes_to() {
        Customer customer = withOrdersOnDays(1, 2, 3, 4);

        assertThat(ids(customer.ordersBetween(day(2), day(4)))).containsExactly("o-2", "o-3");
    }

    @Test
    void ordersBetween_equal_bounds_is_empty() {
        assertThat(withOrdersOnDays(1, 2, 3).ordersBetween(day(2), day(2))).isEmpty();
    }

    @Test
    void ordersBetween_wide_window_returns_all() {
        Customer customer = withOrdersOnDays(1, 2, 3);

        assertThat(customer.ordersBetween(Instant.MIN, Instant.MAX)).isEqualTo(customer.orders());
    }

    @Test
    void ordersBetween_window_outside_orders_is_empty() {
        Customer customer = withOrdersOnDays(5, 6);

        assertThat(customer.ordersBetween(day(0), day(5))).isEmpty();
        assertThat(customer.ordersBetween(day(7), day(9))).isEmpty();
    }

    @Test
    void ordersBetween_on_customer_without_orders_is_empty() {
        assertThat(Customer.builder("c-1").build().ordersBetween(day(0), day(9)))
                .isEmpty();
    }

    @Test
    void ordersBetween_keeps_all_orders_sharing_the_from_instant() {
        Customer customer = Customer.builder("c-1")
                .order(order("a", 2))
                .order(order("b", 2))
                .order(order("c", 1))
                .build();

        assertThat(ids(customer.ordersBetween(day(2), day(3)))).containsExactly("a", "b");
    }

    @Test
    void ordersBetween_rejects_reversed_bounds() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> withOrdersOnDays(1).ordersBetween(day(3), day(2)))
                .withMessage("ordersBetween: from 2026-05-04T00:00:00Z is after to 2026-05-03T00:00:00Z");
    }

    @Test
    void ordersUpTo_includes_the_bound() {
        Customer customer = withOrdersOnDays(1, 2, 3);

        assertThat(ids(customer.ordersUpTo(day(2)))).containsExactly("o-1", "o-2");
    }

    @Test
    void asOf_keeps_the_profile_and_the_history_up_to_the_instant() {
        Customer customer = withOrdersOnDays(1, 2, 3).toBuilder()
                .country("DE")
                .event(event("page_view", 2))
                .event(event("page_view", 3))
                .build();

        Customer then = customer.asOf(day(2));

        assertThat(then.id()).isEqualTo(customer.id());
        assertThat(then.country()).hasValue("DE");
        assertThat(ids(then.orders())).containsExactly("o-1", "o-2");
        assertThat(then.events()).hasSize(1);
    }

    @Test
    void asOf_after_the_last_order_and_event_is_the_same_customer() {
        Customer customer =
                withOrdersOnDays(1, 2).toBuilder().event(event("login", 2)).build();

        assertThat(customer.asOf(day(9))).isEqualTo(customer);
    }

    @Test
    void ordersUpTo_before_first_order_is_empty() {
        assertThat(withOrdersOnDays(1, 2).ordersUpTo(day(1).minusNanos(1))).isEmpty();
    }

    @Test
    void ordersUpTo_after_last_order_returns_all() {
        Customer customer = withOrdersOnDays(1, 2);

        assertThat(customer.ordersUpTo(day(2))).isEqualTo(customer.orders());
    }

    @Test
    void eventsBetween_includes_from_and_excludes_to() {
        Customer customer = Customer.builder("c-1")
                .event(event("a", 1))
                .event(event("b", 2))
                .event(event("c", 3))
                .build();

        assertThat(customer.eventsBetween(day(1), day(3))).containsExactly(event("a", 1), event("b", 2));
        assertThat(customer.eventsBetween(day(4), day(5))).isEmpty();
    }

    @Test
    void eventsBetween_rejects_reversed_bounds() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Customer.builder("c-1").build().eventsBetween(day(1), day(0)))
                .withMessage("eventsBetween: from 2026-05-02T00:00:00Z is after to 2026-05-01T00:00:00Z");
    }

    @Test
    void eventsUpTo_includes_the_bound() {
        Customer customer = Customer.builder("c-1")
                .event(event("a", 1))
                .event(event("b", 2))
                .build();

        assertThat(customer.eventsUpTo(day(1))).containsExactly(event("a", 1));
        assertThat(customer.eventsUpTo(day(0))).isEmpty();
    }

    @Test
    void windows_agree_with_filtering_for_any_orders() {
        qt().forAll(
                        lists().of(integers().between(0, 30)).ofSizeBetween(0, 40),
                        integers().between(-1, 32),
                        integers().between(0, 33))
                .checkAssert((days, from, length) -> {
                    Customer.Builder builder = Customer.builder("c-1");
                    for (int i = 0; i < days.size(); i++) {
                        builder.order(order("o-" + i, day(days.get(i))));
                    }
                    Customer customer = builder.build();
                    Instant start = day(from);
                    Instant end = day(from + length);

                    assertThat(customer.ordersBetween(start, end))
                            .containsExactlyElementsOf(customer.orders().stream()
                                    .filter(o -> !o.instant().isBefore(start)
                                            && o.instant().isBefore(end))
                                    .collect(Collectors.toList()));
                    assertThat(customer.ordersUpTo(start))
                            .containsExactlyElementsOf(customer.orders().stream()
                                    .filter(o -> !o.instant().isAfter(start))
                                    .collect(Collectors.toList()));
                    assertThat(customer.orderCountBetween(start, end))
                            .isEqualTo(customer.ordersBetween(start, end).size());
                    assertThat(customer.orderCountUpTo(start))
                            .isEqualTo(customer.ordersUpTo(start).size());
                    assertThat(customer.totalSpentBetween(start, end))
                            .isCloseTo(
                                    customer.ordersBetween(start, end).stream()
                                            .mapToDouble(o -> o.total().doubleValue())
                                            .sum(),
                                    org.assertj.core.data.Offset.offset(1e-9));
                });
    }

    @Test
    void subscriptions_are_checked_ignoring_case() {
        Customer customer = Customer.builder("c-1").subscribedTo("email").build();

        assertThat(customer.isSubscribedTo("EMAIL")).isTrue();
        assertThat(customer.isSubscribedTo("Email")).isTrue();
        assertThat(customer.isSubscribedTo("sms")).isFalse();
    }

    @Test
    void returned_collections_are_immutable() {
        Customer customer = Customer.builder("c-1")
                .interests("running")
                .tags("vip")
                .subscribedTo("email")
                .attribute("tier", "gold")
                .order(order("o-1", 1))
                .event(event("view", 1))
                .build();

        assertUnmodifiable(customer.interests());
        assertUnmodifiable(customer.values());
        assertUnmodifiable(customer.lifestyle());
        assertUnmodifiable(customer.tags());
        assertUnmodifiable(customer.subscriptions());
        assertUnmodifiable(customer.customAttributes());
        assertUnmodifiable(customer.orders());
        assertUnmodifiable(customer.events());
        assertUnmodifiable(customer.ordersBetween(day(0), day(9)));
        assertUnmodifiable(customer.eventsBetween(day(0), day(9)));
        assertUnmodifiable(customer.ordersUpTo(day(9)));
        assertUnmodifiable(customer.eventsUpTo(day(9)));
    }

    @Test
    void collections_given_to_the_builder_are_copied() {
        List<String> interests = new ArrayList<>(List.of("running"));
        Set<String> brands = new HashSet<>(Set.of("acme"));
        Customer.Builder builder = Customer.builder("c-1").interests(interests).attribute("brands", brands);
        Customer customer = builder.build();

        interests.add("eco");
        brands.add("other");
        builder.interests("yoga");

        assertThat(customer.interests()).containsExactly("running");
        assertThat(customer.customAttribute("brands")).contains(Set.of("acme"));
    }

    @Test
    void toBuilder_round_trips_every_attribute() {
        Customer customer = full("c-1").build();

        assertThat(customer.toBuilder().build()).isEqualTo(customer);
    }

    @Test
    void toBuilder_derives_a_changed_copy_without_touching_the_original() {
        Customer customer = full("c-1").build();

        Customer changed = customer.toBuilder().city("Hamburg").tags("moved").build();

        assertThat(changed.city()).contains("Hamburg");
        assertThat(changed.tags()).containsExactly("vip", "moved");
        assertThat(customer.city()).contains("Berlin");
        assertThat(customer.tags()).containsExactly("vip");
    }

    @Test
    void equals_is_structural_over_all_attributes() {
        new EqualsTester()
                .addEqualityGroup(
                        Customer.builder("c-1").build(), Customer.builder("c-1").build())
                .addEqualityGroup(Customer.builder("c-2").build())
                .addEqualityGroup(
                        full("c-1").build(),
                        full("c-1").build(),
                        full("c-1").build().toBuilder().build())
                .addEqualityGroup(
                        Customer.builder("c-1").income(new BigDecimal("10.0")).build(),
                        Customer.builder("c-1").income(BigDecimal.TEN).build())
                .addEqualityGroup(
                        Customer.builder("c-1").country("de").build(),
                        Customer.builder("c-1").country("DE").build())
                .addEqualityGroup(
                        Customer.builder("c-1")
                                .order(order("a", 1))
                                .order(order("b", 2))
                                .build(),
                        Customer.builder("c-1")
                                .order(order("b", 2))
                                .order(order("a", 1))
                                .build())
                .addEqualityGroup(
                        Customer.builder("c-1").event(event("view", 1)).build())
                .addEqualityGroup(Customer.builder("c-1").companySize(5).build())
                .addEqualityGroup(Customer.builder("c-1").tags("vip").build())
                .addEqualityGroup(Customer.builder("c-1").interests("vip").build())
                .addEqualityGroup(Customer.builder("c-1").attribute("vip", true).build())
                .addEqualityGroup(
                        Customer.builder("c-1").attribute("vip", "true").build())
                .addEqualityGroup(
                        Customer.builder("c-1").attribute("score", 0.0).build(),
                        Customer.builder("c-1").attribute("score", -0.0).build())
                .testEquals();
    }

    @Test
    void public_methods_reject_null() {
        NullPointerTester tester = new NullPointerTester().setDefault(Instant.class, day(0));
        tester.testAllPublicStaticMethods(Customer.class);
        tester.testAllPublicInstanceMethods(full("c-1").build());
    }

    private static Customer.Builder full(String id) {
        return Customer.builder(id)
                .birthDate(LocalDate.of(1990, 6, 1))
                .gender("female")
                .income(new BigDecimal("52000.00"))
                .education("master")
                .occupation("engineer")
                .country("DE")
                .region("Berlin")
                .city("Berlin")
                .postalCode("10115")
                .location(52.53, 13.38)
                .interests("running")
                .values("sustainability")
                .lifestyle("urban")
                .companySize(250)
                .industry("software")
                .annualRevenue(new BigDecimal("1.5E+7"))
                .order(order("o-1", 1))
                .event(event("view", 1))
                .subscribedTo("email")
                .tags("vip")
                .attribute("tier", "gold");
    }
}
