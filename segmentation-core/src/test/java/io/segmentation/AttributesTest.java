package io.segmentation;

import static io.segmentation.Attributes.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.google.common.testing.NullPointerTester;
import io.segmentation.attribute.Attribute;
import io.segmentation.attribute.Window;
import io.segmentation.customer.Customer;
import io.segmentation.customer.Event;
import io.segmentation.customer.Order;
import io.segmentation.engine.SegmentMatcher;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class AttributesTest {

    static final Instant AS_OF = Instant.parse("2026-06-01T00:00:00Z");
    static final EvaluationContext CONTEXT = EvaluationContext.asOf(AS_OF);
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final Duration DAYS_30 = Duration.ofDays(30);

    static final Customer EMPTY = Customer.builder("c-0").build();

    static <V> Optional<V> read(Attribute<Customer, V> attribute, Customer customer) {
        return read(attribute, customer, CONTEXT);
    }

    static <V> Optional<V> read(Attribute<Customer, V> attribute, Customer customer, EvaluationContext context) {
        return attribute.valueOf(customer, context);
    }

    static boolean holds(Criterion<Customer> criterion, Customer customer) {
        return SegmentMatcher.of(Segment.where(criterion)).matches(customer, CONTEXT);
    }

    static Customer bornOn(LocalDate birthDate) {
        return Customer.builder("c-1").birthDate(birthDate).build();
    }

    static Order order(String id, Instant at, String total) {
        return Order.builder(id, at, new BigDecimal(total)).build();
    }

    @Nested
    class Age {

        @Test
        void is_whole_years_at_the_evaluation_date() {
            assertThat(read(age(), bornOn(LocalDate.of(2001, 3, 14)))).contains(25.0);
        }

        @Test
        void counts_the_birthday_on_the_evaluation_date() {
            assertThat(read(age(), bornOn(LocalDate.of(2001, 6, 1)))).contains(25.0);
        }

        @Test
        void does_not_count_a_birthday_the_day_after_the_evaluation_date() {
            assertThat(read(age(), bornOn(LocalDate.of(2001, 6, 2)))).contains(24.0);
        }

        @Test
        void leap_day_birthday_is_not_reached_on_28_february_of_a_common_year() {
            EvaluationContext feb28 = EvaluationContext.asOf(Instant.parse("2025-02-28T12:00:00Z"));

            assertThat(read(age(), bornOn(LocalDate.of(2004, 2, 29)), feb28)).contains(20.0);
        }

        @Test
        void leap_day_birthday_is_reached_on_1_march_of_a_common_year() {
            EvaluationContext mar1 = EvaluationContext.asOf(Instant.parse("2025-03-01T00:00:00Z"));

            assertThat(read(age(), bornOn(LocalDate.of(2004, 2, 29)), mar1)).contains(21.0);
        }

        @Test
        void is_zero_on_the_day_of_birth() {
            assertThat(read(age(), bornOn(LocalDate.of(2026, 6, 1)))).contains(0.0);
        }

        @Test
        void is_missing_without_a_birth_date() {
            assertThat(read(age(), EMPTY)).isEmpty();
        }

        @Test
        void is_missing_for_a_birth_date_after_the_evaluation_date() {
            assertThat(read(age(), bornOn(LocalDate.of(2026, 6, 2)))).isEmpty();
        }

        @Test
        void is_counted_in_the_context_zone_near_midnight() {
            Customer birthdayOnJune1 = bornOn(LocalDate.of(2001, 6, 1));
            Instant lateMay31Utc = Instant.parse("2026-05-31T23:30:00Z");

            assertThat(read(age(), birthdayOnJune1, EvaluationContext.asOf(lateMay31Utc)))
                    .contains(24.0);
            assertThat(read(age(), birthdayOnJune1, EvaluationContext.asOf(lateMay31Utc, BERLIN)))
                    .contains(25.0);
        }
    }

    @Nested
    class Profile {

        private final Customer full = Customer.builder("c-1")
                .gender("female")
                .income(new BigDecimal("52000.50"))
                .education("master")
                .occupation("engineer")
                .country("de")
                .region("Berlin")
                .city("Berlin")
                .postalCode("10115")
                .companySize(250)
                .industry("retail")
                .annualRevenue(new BigDecimal("1500000"))
                .interests("running", "eco")
                .values("sustainability")
                .lifestyle("urban")
                .tags("newsletter", "vip")
                .build();

        @Test
        void income_reads_the_amount_as_a_number() {
            assertThat(read(income(), full)).contains(52000.5);
        }

        @Test
        void company_size_reads_the_employee_count() {
            assertThat(read(companySize(), full)).contains(250.0);
        }

        @Test
        void annual_revenue_reads_the_amount() {
            assertThat(read(annualRevenue(), full)).contains(1_500_000.0);
        }

        @Test
        void numeric_profile_fields_are_missing_when_unknown() {
            assertThat(read(income(), EMPTY)).isEmpty();
            assertThat(read(companySize(), EMPTY)).isEmpty();
            assertThat(read(annualRevenue(), EMPTY)).isEmpty();
        }

        @Test
        void country_reads_the_upper_case_code() {
            assertThat(holds(country().is("DE"), full)).isTrue();
            assertThat(holds(country().in("DE", "AT", "CH"), full)).isTrue();
        }

        @Test
        void text_profile_fields_read_as_recorded() {
            assertThat(read(gender(), full)).contains("female");
            assertThat(read(education(), full)).contains("master");
            assertThat(read(occupation(), full)).contains("engineer");
            assertThat(read(region(), full)).contains("Berlin");
            assertThat(read(city(), full)).contains("Berlin");
            assertThat(read(postalCode(), full)).contains("10115");
            assertThat(read(industry(), full)).contains("retail");
        }

        @Test
        void text_profile_fields_are_missing_when_unknown() {
            assertThat(List.of(gender(), education(), occupation(), country(), region(), city(), postalCode()))
                    .allSatisfy(a -> assertThat(read(a, EMPTY)).isEmpty());
            assertThat(read(industry(), EMPTY)).isEmpty();
        }

        @Test
        void set_profile_fields_read_the_elements() {
            assertThat(read(interests(), full)).contains(Set.of("running", "eco"));
            assertThat(read(values(), full)).contains(Set.of("sustainability"));
            assertThat(read(lifestyle(), full)).contains(Set.of("urban"));
            assertThat(read(tags(), full)).contains(Set.of("newsletter", "vip"));
        }

        @Test
        void set_profile_fields_are_empty_not_missing_when_unknown() {
            assertThat(List.of(interests(), values(), lifestyle(), tags()))
                    .allSatisfy(a -> assertThat(read(a, EMPTY)).contains(Set.of()));
        }

        @Test
        void tags_contains_a_given_tag() {
            assertThat(holds(tags().contains("vip"), full)).isTrue();
            assertThat(holds(tags().contains("wholesale"), full)).isFalse();
        }
    }

    @Nested
    class Distance {

        private final Customer parisian =
                Customer.builder("c-1").location(48.8566, 2.3522).build();

        @Test
        void berlin_to_paris_is_about_878_km() {
            assertThat(read(distanceKm(52.52, 13.405), parisian).orElseThrow()).isCloseTo(878, within(5.0));
        }

        @Test
        void is_zero_at_the_point_itself() {
            assertThat(read(distanceKm(48.8566, 2.3522), parisian).orElseThrow())
                    .isCloseTo(0, within(1e-9));
        }

        @Test
        void at_most_selects_customers_within_a_radius() {
            assertThat(holds(distanceKm(52.52, 13.405).atMost(900), parisian)).isTrue();
            assertThat(holds(distanceKm(52.52, 13.405).atMost(50), parisian)).isFalse();
        }

        @Test
        void is_missing_without_a_location() {
            assertThat(read(distanceKm(52.52, 13.405), EMPTY)).isEmpty();
        }

        @Test
        void rejects_a_latitude_out_of_range_naming_it() {
            assertThatThrownBy(() -> distanceKm(91, 0))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("latitude")
                    .hasMessageContaining("91");
        }

        @Test
        void rejects_a_longitude_out_of_range_naming_it() {
            assertThatThrownBy(() -> distanceKm(0, -180.5))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("longitude")
                    .hasMessageContaining("-180.5");
        }

        @Test
        void rejects_a_nan_coordinate() {
            assertThatThrownBy(() -> distanceKm(Double.NaN, 0)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class Purchases {

        private final Instant windowStart = AS_OF.minus(DAYS_30);

        private final Customer shopper = Customer.builder("c-1")
                .order(order("o-early", windowStart.minusNanos(1), "40"))
                .order(order("o-start", windowStart, "10"))
                .order(order("o-now", AS_OF, "20"))
                .order(order("o-future", AS_OF.plusNanos(1), "80"))
                .build();

        @Test
        void purchases_counts_orders_up_to_as_of() {
            assertThat(read(purchases(), shopper)).contains(3.0);
        }

        @Test
        void purchases_is_zero_not_missing_without_orders() {
            assertThat(read(purchases(), EMPTY)).contains(0.0);
        }

        @Test
        void in_last_includes_an_order_exactly_at_the_window_start_and_at_as_of() {
            Customer edges = Customer.builder("c-2")
                    .order(order("o-start", windowStart, "10"))
                    .order(order("o-now", AS_OF, "20"))
                    .build();

            assertThat(read(purchases().inLast(DAYS_30), edges)).contains(2.0);
        }

        @Test
        void in_last_excludes_an_order_one_nanosecond_before_the_window() {
            Customer early = Customer.builder("c-2")
                    .order(order("o-early", windowStart.minusNanos(1), "40"))
                    .build();

            assertThat(read(purchases().inLast(DAYS_30), early)).contains(0.0);
        }

        @Test
        void in_last_excludes_orders_after_as_of() {
            Customer future = Customer.builder("c-2")
                    .order(order("o-future", AS_OF.plusNanos(1), "80"))
                    .build();

            assertThat(read(purchases().inLast(DAYS_30), future)).contains(0.0);
        }

        @Test
        void total_spent_sums_orders_up_to_as_of() {
            assertThat(read(totalSpent(), shopper)).contains(70.0);
        }

        @Test
        void total_spent_in_last_sums_orders_in_the_window() {
            assertThat(read(totalSpent().inLast(DAYS_30), shopper)).contains(30.0);
        }

        @Test
        void total_spent_is_zero_not_missing_without_orders() {
            assertThat(read(totalSpent(), EMPTY)).contains(0.0);
        }

        @Test
        void average_order_value_divides_total_by_count() {
            assertThat(read(averageOrderValue(), shopper).orElseThrow()).isCloseTo(70.0 / 3, within(1e-9));
        }

        @Test
        void average_order_value_in_last_covers_the_window_only() {
            assertThat(read(averageOrderValue().inLast(DAYS_30), shopper)).contains(15.0);
        }

        @Test
        void average_order_value_is_missing_without_orders() {
            assertThat(read(averageOrderValue(), EMPTY)).isEmpty();
        }

        @Test
        void average_order_value_is_missing_for_a_window_without_orders() {
            Instant from = Instant.parse("2020-01-01T00:00:00Z");

            assertThat(read(averageOrderValue().during(from, from.plus(DAYS_30)), shopper))
                    .isEmpty();
        }

        @Test
        void during_includes_its_start_and_excludes_its_end() {
            assertThat(read(purchases().during(windowStart, AS_OF), shopper)).contains(1.0);
        }

        @Test
        void during_excludes_an_order_one_nanosecond_before_its_start() {
            assertThat(read(purchases().during(windowStart, AS_OF.plusSeconds(1)), shopper))
                    .contains(2.0);
            assertThat(read(purchases().during(windowStart.minusNanos(1), AS_OF), shopper))
                    .contains(2.0);
        }

        @Test
        void during_is_cut_at_as_of() {
            assertThat(read(purchases().during(windowStart, AS_OF.plus(DAYS_30)), shopper))
                    .contains(2.0);
        }

        @Test
        void during_entirely_after_as_of_counts_nothing() {
            assertThat(read(purchases().during(AS_OF.plusNanos(1), AS_OF.plus(DAYS_30)), shopper))
                    .contains(0.0);
        }

        @Test
        void first_purchase_is_the_earliest_order() {
            assertThat(read(firstPurchase(), shopper)).contains(windowStart.minusNanos(1));
        }

        @Test
        void last_purchase_is_the_latest_order_up_to_as_of() {
            assertThat(read(lastPurchase(), shopper)).contains(AS_OF);
        }

        @Test
        void first_and_last_purchase_are_missing_without_orders() {
            assertThat(read(firstPurchase(), EMPTY)).isEmpty();
            assertThat(read(lastPurchase(), EMPTY)).isEmpty();
        }

        @Test
        void first_purchase_is_missing_when_every_order_is_after_as_of() {
            Customer future = Customer.builder("c-2")
                    .order(order("o-future", AS_OF.plusNanos(1), "80"))
                    .build();

            assertThat(read(firstPurchase(), future)).isEmpty();
        }

        @Test
        void days_since_last_purchase_is_zero_on_the_same_day() {
            assertThat(read(daysSinceLastPurchase(), shopper)).contains(0.0);
        }

        @Test
        void days_since_last_purchase_counts_calendar_days_not_24_hour_periods() {
            Customer lateOrder = Customer.builder("c-2")
                    .order(order("o-1", Instant.parse("2026-05-31T23:30:00Z"), "10"))
                    .build();
            EvaluationContext halfPastMidnight = EvaluationContext.asOf(Instant.parse("2026-06-01T00:30:00Z"));

            assertThat(read(daysSinceLastPurchase(), lateOrder, halfPastMidnight))
                    .contains(1.0);
        }

        @Test
        void days_since_last_purchase_counts_days_in_the_context_zone() {
            Customer lateOrder = Customer.builder("c-2")
                    .order(order("o-1", Instant.parse("2026-05-31T23:30:00Z"), "10"))
                    .build();
            EvaluationContext halfPastMidnightUtcInBerlin =
                    EvaluationContext.asOf(Instant.parse("2026-06-01T00:30:00Z"), BERLIN);

            assertThat(read(daysSinceLastPurchase(), lateOrder, halfPastMidnightUtcInBerlin))
                    .contains(0.0);
        }

        @Test
        void days_since_last_purchase_ignores_orders_after_as_of() {
            Customer customer = Customer.builder("c-2")
                    .order(order("o-1", AS_OF.minus(Duration.ofDays(10)), "10"))
                    .order(order("o-2", AS_OF.plusSeconds(1), "10"))
                    .build();

            assertThat(read(daysSinceLastPurchase(), customer)).contains(10.0);
        }

        @Test
        void days_since_last_purchase_is_missing_without_orders() {
            assertThat(read(daysSinceLastPurchase(), EMPTY)).isEmpty();
        }
    }

    @Nested
    class Purchased {

        private final Customer shopper = Customer.builder("c-1")
                .order(Order.builder("o-1", AS_OF.minus(Duration.ofDays(60)), new BigDecimal("59.90"))
                        .item("sku-7", "shoes", 1, new BigDecimal("59.90"))
                        .build())
                .order(Order.builder("o-2", AS_OF.minus(Duration.ofDays(5)), new BigDecimal("20"))
                        .item("sku-9", "home", 2, new BigDecimal("10"))
                        .build())
                .order(Order.builder("o-3", AS_OF.plusSeconds(1), new BigDecimal("5"))
                        .item("sku-1", "beauty", 1, new BigDecimal("5"))
                        .build())
                .build();

        @Test
        void purchased_product_is_true_for_a_product_ever_bought() {
            assertThat(holds(purchasedProduct("sku-7").isTrue(), shopper)).isTrue();
        }

        @Test
        void purchased_product_compares_ids_exactly() {
            assertThat(holds(purchasedProduct("SKU-7").isTrue(), shopper)).isFalse();
        }

        @Test
        void purchased_product_in_last_ignores_older_orders() {
            assertThat(holds(purchasedProduct("sku-7").inLast(DAYS_30).isTrue(), shopper))
                    .isFalse();
            assertThat(holds(purchasedProduct("sku-9").inLast(DAYS_30).isTrue(), shopper))
                    .isTrue();
        }

        @Test
        void purchased_category_is_true_for_a_category_bought() {
            assertThat(holds(purchasedCategory("shoes").isTrue(), shopper)).isTrue();
        }

        @Test
        void purchased_category_in_last_ignores_older_orders() {
            assertThat(holds(purchasedCategory("shoes").inLast(DAYS_30).isTrue(), shopper))
                    .isFalse();
        }

        @Test
        void purchased_category_during_covers_its_window() {
            Instant from = AS_OF.minus(Duration.ofDays(61));

            assertThat(holds(
                            purchasedCategory("shoes")
                                    .during(from, from.plus(Duration.ofDays(2)))
                                    .isTrue(),
                            shopper))
                    .isTrue();
        }

        @Test
        void purchases_after_as_of_do_not_count() {
            assertThat(holds(purchasedCategory("beauty").isTrue(), shopper)).isFalse();
        }

        @Test
        void is_false_not_missing_without_orders() {
            assertThat(holds(purchasedProduct("sku-7").isFalse(), EMPTY)).isTrue();
        }

        @Test
        void purchased_product_rejects_a_blank_id() {
            assertThatThrownBy(() -> purchasedProduct(" "))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("purchasedProduct");
        }

        @Test
        void purchased_category_rejects_a_blank_category() {
            assertThatThrownBy(() -> purchasedCategory(""))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("purchasedCategory");
        }
    }

    @Nested
    class Channels {

        @Test
        void channels_are_the_distinct_channels_of_orders_up_to_as_of() {
            Customer omni = Customer.builder("c-1")
                    .order(Order.builder("o-1", AS_OF.minusSeconds(30), BigDecimal.ONE)
                            .channel("web")
                            .build())
                    .order(Order.builder("o-2", AS_OF.minusSeconds(20), BigDecimal.ONE)
                            .channel("store")
                            .build())
                    .order(Order.builder("o-3", AS_OF.minusSeconds(10), BigDecimal.ONE)
                            .channel("web")
                            .build())
                    .order(Order.builder("o-4", AS_OF.plusSeconds(10), BigDecimal.ONE)
                            .channel("app")
                            .build())
                    .build();

            assertThat(read(channels(), omni)).contains(Set.of("web", "store"));
        }

        @Test
        void channels_are_empty_not_missing_without_orders() {
            assertThat(holds(channels().isEmpty(), EMPTY)).isTrue();
        }
    }

    @Nested
    class Subscriptions {

        private final Customer subscriber =
                Customer.builder("c-1").subscribedTo("email").build();

        @Test
        void subscribed_to_is_true_for_a_subscribed_channel() {
            assertThat(holds(subscribedTo("email").isTrue(), subscriber)).isTrue();
        }

        @Test
        void subscribed_to_ignores_case() {
            assertThat(holds(subscribedTo("EMAIL").isTrue(), subscriber)).isTrue();
        }

        @Test
        void subscribed_to_is_false_not_missing_for_another_channel() {
            assertThat(holds(subscribedTo("sms").isFalse(), subscriber)).isTrue();
        }

        @Test
        void subscribed_to_rejects_a_blank_channel() {
            assertThatThrownBy(() -> subscribedTo(" "))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("subscribedTo");
        }
    }

    @Nested
    class Combinators {

        private final Criterion<Customer> a = age().atLeast(18);
        private final Criterion<Customer> b = country().is("DE");
        private final Criterion<Customer> c = tags().contains("vip");

        @Test
        void all_of_a_single_criterion_is_that_criterion() {
            assertThat(allOf(a)).isSameAs(a);
        }

        @Test
        void any_of_a_single_criterion_is_that_criterion() {
            assertThat(anyOf(a)).isSameAs(a);
        }

        @Test
        void all_of_equals_chained_and() {
            assertThat(allOf(a, b, c)).isEqualTo(a.and(b).and(c));
        }

        @Test
        void any_of_equals_chained_or() {
            assertThat(anyOf(a, b, c)).isEqualTo(a.or(b).or(c));
        }

        @Test
        void all_of_an_iterable_equals_all_of_varargs() {
            assertThat(allOf(List.of(a, b))).isEqualTo(allOf(a, b));
        }

        @Test
        void all_of_nothing_is_rejected() {
            assertThatThrownBy(() -> allOf(List.<Criterion<Customer>>of()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("allOf");
        }

        @Test
        void any_of_nothing_is_rejected() {
            assertThatThrownBy(() -> anyOf(List.<Criterion<Customer>>of()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("anyOf");
        }

        @Test
        void all_of_rejects_a_null_criterion_naming_the_call() {
            assertThatThrownBy(() -> allOf(Arrays.asList(a, null)))
                    .isInstanceOf(NullPointerException.class)
                    .hasMessageContaining("allOf");
        }

        @Test
        void not_wraps_its_operand() {
            assertThat(not(a)).isEqualTo(new Criterion.Not<>(a));
        }

        @Test
        void satisfies_tests_the_subject() {
            Criterion<Customer> even =
                    satisfies("id-c-1", customer -> customer.id().equals("c-1"));

            assertThat(holds(even, Customer.builder("c-1").build())).isTrue();
            assertThat(holds(even, Customer.builder("c-2").build())).isFalse();
        }

        @Test
        void custom_receives_the_evaluation_context() {
            Criterion<Customer> inJune =
                    custom("in-june", (customer, context) -> context.today().getMonthValue() == 6);

            assertThat(holds(inJune, EMPTY)).isTrue();
        }

        @Test
        void custom_rejects_a_blank_name() {
            assertThatThrownBy(() -> custom(" ", (customer, context) -> true))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("name");
        }
    }

    @Test
    void null_pointer_tester_on_built_in_attributes_of_every_family() {
        Customer subject = Customer.builder("c-1").build();
        List<Attribute<Customer, ?>> attributes = List.of(
                age(),
                country(),
                subscribedTo("email"),
                lastPurchase(),
                tags(),
                purchases(),
                purchasedCategory("shoes"),
                event("page_view").count(),
                event("page_view").last(),
                attribute("tier").text(),
                attribute("tier").instant());
        for (Attribute<Customer, ?> attribute : attributes) {
            NullPointerTester tester = new NullPointerTester()
                    .setDefault(EvaluationContext.class, CONTEXT)
                    .setDefault(Duration.class, DAYS_30)
                    .setDefault(TimePoint.class, TimePoint.now())
                    .setDefault(Window.class, Window.last(DAYS_30))
                    .setDefault(Object.class, subject);
            ignoreReaders(tester, attribute);
            tester.testAllPublicInstanceMethods(attribute);
        }
    }

    @Test
    void null_pointer_tester_on_event_queries_properties_and_custom_attributes() {
        NullPointerTester tester = new NullPointerTester()
                .setDefault(EvaluationContext.class, CONTEXT)
                .setDefault(Criterion.class, property("path").isPresent())
                .setDefault(Event.class, Event.of("page_view", AS_OF))
                .setDefault(Object.class, Event.of("page_view", AS_OF));
        tester.testAllPublicInstanceMethods(event("page_view"));
        tester.testAllPublicInstanceMethods(attribute("tier"));
        ignoreReaders(tester, property("path"));
        tester.testAllPublicInstanceMethods(property("path"));
    }

    // read and readDouble are the engine's unchecked hot path; valueOf is their null-checked front.
    private static void ignoreReaders(NullPointerTester tester, Attribute<?, ?> attribute) {
        for (Class<?> c = attribute.getClass(); c != null; c = c.getSuperclass()) {
            for (Method m : c.getDeclaredMethods()) {
                if (m.getName().equals("read") || m.getName().equals("readDouble")) {
                    tester.ignore(m);
                }
            }
        }
    }

    @Test
    void null_pointer_tester_on_every_static_method() {
        new NullPointerTester()
                .setDefault(String.class, "name")
                .setDefault(Criterion.class, age().atLeast(18))
                .setDefault(Segment.class, Segment.where(age().atLeast(18)).named("adults"))
                .testAllPublicStaticMethods(Attributes.class);
    }
}
