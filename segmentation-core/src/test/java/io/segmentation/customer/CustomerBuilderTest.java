package io.segmentation.customer;

import static io.segmentation.customer.Samples.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import com.google.common.collect.ImmutableSet;
import com.google.common.testing.NullPointerTester;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CustomerBuilderTest {

    private static Customer.Builder builder() {
        return Customer.builder("c-1");
    }

    @Test
    void id_rejects_blank() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Customer.builder(" "))
                .withMessage("id: ' ' must not be blank");
    }

    @Test
    void country_is_stored_upper_case() {
        assertThat(builder().country("de").build().country()).contains("DE");
    }

    @Test
    void country_rejects_unknown_code() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> builder().country("XX"))
                .withMessage("country: 'XX' is not an ISO 3166-1 alpha-2 code");
    }

    @Test
    void country_rejects_alpha_3_code() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> builder().country("DEU"))
                .withMessage("country: 'DEU' is not an ISO 3166-1 alpha-2 code");
    }

    @Test
    void text_fields_reject_blank_naming_the_field() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> builder().gender(""))
                .withMessage("gender: '' must not be blank");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> builder().city("\t"))
                .withMessage("city: '\t' must not be blank");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> builder().industry(" "))
                .withMessage("industry: ' ' must not be blank");
    }

    @Test
    void income_rejects_negative() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> builder().income(new BigDecimal("-0.5")))
                .withMessage("income: -0.5 must not be negative");
    }

    @Test
    void income_accepts_zero() {
        assertThat(builder().income(BigDecimal.ZERO).build().income()).contains(BigDecimal.ZERO);
    }

    @Test
    void annualRevenue_rejects_negative() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> builder().annualRevenue(new BigDecimal("-1E+6")))
                .withMessage("annualRevenue: -1000000 must not be negative");
    }

    @Test
    void companySize_rejects_zero() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> builder().companySize(0))
                .withMessage("companySize: 0 must be at least 1");
    }

    @Test
    void companySize_accepts_one() {
        assertThat(builder().companySize(1).build().companySize()).hasValue(1);
    }

    @Test
    void location_rejects_out_of_range_latitude() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> builder().location(-91, 0))
                .withMessage("latitude: -91.0 is not between -90 and 90");
    }

    @Test
    void later_setter_call_replaces_earlier_value() {
        Customer customer = builder().city("Bonn").city("Berlin").build();

        assertThat(customer.city()).contains("Berlin");
    }

    @Test
    void set_valued_setters_accumulate_in_first_given_order() {
        Customer customer = builder()
                .interests("running", "eco")
                .interests(List.of("yoga", "running"))
                .tags("vip")
                .tags(List.of("newsletter"))
                .build();

        assertThat(customer.interests()).containsExactly("running", "eco", "yoga");
        assertThat(customer.tags()).containsExactly("vip", "newsletter");
    }

    @Test
    void set_elements_reject_blank_and_leave_builder_unchanged() {
        Customer.Builder builder = builder().values("family");

        assertThatIllegalArgumentException()
                .isThrownBy(() -> builder.values("honesty", " "))
                .withMessage("values: element ' ' must not be blank");
        assertThat(builder.build().values()).containsExactly("family");
    }

    @Test
    void set_elements_reject_null() {
        assertThatNullPointerException()
                .isThrownBy(() -> builder().lifestyle(Arrays.asList("urban", null)))
                .withMessage("lifestyle: null element");
    }

    @Test
    void subscriptions_are_stored_lower_case() {
        Customer customer = builder()
                .subscribedTo("Email", "SMS")
                .subscribedTo(List.of("push"))
                .build();

        assertThat(customer.subscriptions()).containsExactly("email", "sms", "push");
    }

    @Test
    void subscribedTo_rejects_blank_channel() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> builder().subscribedTo("email", ""))
                .withMessage("channels: element '' must not be blank");
    }

    @Test
    void duplicate_order_id_fails_at_build_naming_the_id() {
        Customer.Builder builder =
                builder().order(order("o-1", 1)).order(order("o-2", 2)).order(order("o-1", 3));

        assertThatIllegalArgumentException().isThrownBy(builder::build).withMessage("orders: duplicate order id 'o-1'");
    }

    @Test
    void same_order_given_twice_is_a_duplicate() {
        Order order = order("o-1", 1);

        assertThatIllegalArgumentException()
                .isThrownBy(() -> builder().orders(List.of(order, order)).build())
                .withMessage("orders: duplicate order id 'o-1'");
    }

    @Test
    void attributes_keep_their_type() {
        Instant seen = Instant.parse("2026-01-01T00:00:00Z");
        Customer customer = builder()
                .attribute("tier", "gold")
                .attribute("loyaltyPoints", 1250)
                .attribute("churnScore", 0.25)
                .attribute("vip", true)
                .attribute("lastSeen", seen)
                .attribute("memberSince", LocalDate.of(2020, 2, 29))
                .attribute("brands", Set.of("acme"))
                .build();

        assertThat(customer.customAttribute("tier"))
                .containsInstanceOf(String.class)
                .contains("gold");
        assertThat(customer.customAttribute("loyaltyPoints")).contains(1250.0);
        assertThat(customer.customAttribute("churnScore")).contains(0.25);
        assertThat(customer.customAttribute("vip")).contains(true);
        assertThat(customer.customAttribute("lastSeen")).contains(seen);
        assertThat(customer.customAttribute("memberSince")).contains(LocalDate.of(2020, 2, 29));
        assertThat(customer.customAttribute("brands"))
                .containsInstanceOf(ImmutableSet.class)
                .contains(Set.of("acme"));
        assertThat(customer.customAttributes().keySet())
                .containsExactly("tier", "loyaltyPoints", "churnScore", "vip", "lastSeen", "memberSince", "brands");
    }

    @Test
    void attribute_set_again_replaces_value_and_type() {
        Customer customer =
                builder().attribute("tier", "gold").attribute("tier", 3).build();

        assertThat(customer.customAttributes()).containsExactly(Map.entry("tier", 3.0));
    }

    @Test
    void attribute_rejects_non_finite_number() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> builder().attribute("score", Double.NEGATIVE_INFINITY))
                .withMessage("attribute 'score': -Infinity is not finite");
    }

    @Test
    void attribute_rejects_blank_name() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> builder().attribute(" ", true))
                .withMessage("attribute name: ' ' must not be blank");
    }

    @Test
    void attribute_rejects_blank_text() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> builder().attribute("tier", ""))
                .withMessage("attribute 'tier': '' must not be blank");
    }

    @Test
    void attribute_rejects_blank_set_element() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> builder().attribute("brands", Set.of("")))
                .withMessage("attribute 'brands': element '' must not be blank");
    }

    @Test
    void public_methods_reject_null() {
        NullPointerTester tester = new NullPointerTester()
                .setDefault(Instant.class, Samples.T0)
                .setDefault(LocalDate.class, LocalDate.of(2000, 1, 1))
                .setDefault(BigDecimal.class, BigDecimal.ONE)
                .setDefault(Order.class, order("o-1", 1))
                .setDefault(Event.class, Samples.event("page_view", 1))
                .setDefault(GeoPoint.class, GeoPoint.of(0, 0));
        tester.testAllPublicInstanceMethods(builder());
    }
}
