package io.segmentation.text;

import static io.segmentation.Attributes.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.segmentation.Criterion;
import io.segmentation.TimePoint;
import io.segmentation.customer.Customer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The canonical text always parses back to the same criterion, also at the extremes. */
class CanonicalTextTest {

    private static Criterion<Customer> roundTrip(Criterion<Customer> criterion) {
        String text = SegmentQuery.toText(criterion);
        Criterion<Customer> parsed = SegmentQuery.parse(text).criterion();
        assertThat(parsed).as(text).isEqualTo(criterion);
        assertThat(SegmentQuery.toText(parsed)).isEqualTo(text);
        return parsed;
    }

    @Test
    void an_instant_after_year_9999_prints_with_a_plus_and_parses_back() {
        Criterion<Customer> c = lastPurchase().before(Instant.parse("+10000-01-01T00:00:00Z"));
        assertThat(SegmentQuery.toText(c)).isEqualTo("last_purchase < +10000-01-01T00:00:00Z");
        roundTrip(c);
    }

    @Test
    void an_instant_before_year_zero_parses_back() {
        roundTrip(lastPurchase().after(Instant.parse("-0001-12-31T23:59:59Z")));
    }

    @Test
    void the_extreme_instants_parse_back() {
        roundTrip(lastPurchase().between(Instant.MIN, Instant.MAX));
    }

    @Test
    void dates_of_extreme_years_parse_back() {
        roundTrip(lastPurchase().between(TimePoint.on(LocalDate.of(-999_999_999, 1, 1)), TimePoint.on(LocalDate.MAX)));
    }

    @Test
    void a_plus_sign_outside_a_date_is_an_error_that_says_where_it_belongs() {
        assertThatThrownBy(() -> SegmentQuery.parse("age > +5"))
                .isInstanceOf(SegmentSyntaxException.class)
                .hasMessageContaining("a '+' only starts a date or instant with a year after 9999");
    }

    @Test
    void not_equal_prints_as_not_equal_without_an_extra_not() {
        assertThat(SegmentQuery.toText(not(age().is(1)))).isEqualTo("age != 1");
        assertThat(SegmentQuery.toText(not(city().isIgnoringCase("Köln")))).isEqualTo("city != 'köln' IGNORING CASE");
        assertThat(SegmentQuery.toText(not(age().in(1, 2)))).isEqualTo("age NOT IN (1, 2)");
        assertThat(SegmentQuery.toText(not(country().in("DE", "AT")))).isEqualTo("country NOT IN ('DE', 'AT')");
        assertThat(SegmentQuery.toText(not(subscribedTo("email").isTrue())))
                .isEqualTo("subscribed_to('email') IS NOT TRUE");
    }

    @Test
    void is_not_true_reads_as_not_is_true() {
        assertThat(SegmentQuery.parse("subscribed_to('email') IS NOT TRUE").criterion())
                .isEqualTo(not(subscribedTo("email").isTrue()));
        assertThat(SegmentQuery.parse("subscribed_to('email') IS NOT FALSE").criterion())
                .isEqualTo(not(subscribedTo("email").isFalse()));
    }

    @Test
    void thirty_two_nots_around_not_equal_stay_within_the_default_depth() {
        Criterion<Customer> c =
                SegmentQuery.parse("NOT ".repeat(32) + "age != 1").criterion();
        assertThat(roundTrip(c)).isEqualTo(c);
    }

    @Test
    void a_tiny_number_prints_in_exponent_form() {
        assertThat(SegmentQuery.toText(income().is(1e-300))).isEqualTo("income = 1e-300");
        assertThat(SegmentQuery.toText(income().atLeast(-Double.MAX_VALUE)))
                .isEqualTo("income >= -1.7976931348623157e308");
        roundTrip(income().between(-Double.MIN_VALUE, Double.MIN_VALUE));
        roundTrip(income().between(-Double.MAX_VALUE, Double.MAX_VALUE));
    }

    @Test
    void ordinary_numbers_stay_plain() {
        assertThat(SegmentQuery.toText(income().between(0.000001, 1e20)))
                .isEqualTo("income BETWEEN 0.000001 AND 100000000000000000000");
        assertThat(SegmentQuery.toText(income().between(1e-7, 1e21))).isEqualTo("income BETWEEN 1e-7 AND 1e21");
    }

    @Test
    void a_long_list_of_tiny_numbers_fits_the_length_limit() {
        List<Double> values = new ArrayList<>();
        for (int i = 1; i <= 700; i++) {
            values.add(i * 1e-300);
        }
        Criterion<Customer> c = income().in(values);
        assertThat(SegmentQuery.toText(c).length())
                .isLessThan(QueryLimits.defaults().maxLength());
        roundTrip(c);
    }

    @Test
    void non_ascii_digits_are_rejected_in_amounts_of_time_as_in_numbers() {
        assertThatThrownBy(() -> SegmentQuery.parse("purchases(last: \u0663d) >= 1"))
                .isInstanceOf(SegmentSyntaxException.class)
                .hasMessageContaining("U+0663")
                .hasMessageContaining("not an ASCII digit");
        assertThatThrownBy(() -> SegmentQuery.parse("purchases(last: 3\u0663d) >= 1"))
                .isInstanceOf(SegmentSyntaxException.class)
                .hasMessageContaining("not an ASCII digit");
        assertThatThrownBy(() -> SegmentQuery.parse("age >= \u0663"))
                .isInstanceOf(SegmentSyntaxException.class)
                .hasMessageContaining("not an ASCII digit");
    }
}
