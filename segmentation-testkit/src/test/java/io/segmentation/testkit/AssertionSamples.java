package io.segmentation.testkit;

import static io.segmentation.Attributes.age;
import static io.segmentation.Attributes.country;
import static io.segmentation.Attributes.purchases;

import io.segmentation.Segment;
import io.segmentation.customer.Customer;
import io.segmentation.customer.Order;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** Customers and segments the assertion tests share, judged as of {@link TestKit#DEFAULT_AS_OF} (2026-01-01Z). */
final class AssertionSamples {

    /** Born 2001-03-14, so 24 on 2026-01-01; one order; lives in Germany. */
    static final Customer ANNA = Customer.builder("c-42")
            .birthDate(LocalDate.of(2001, 3, 14))
            .country("DE")
            .order(order("o-1", "2025-12-02T10:00:00Z"))
            .build();

    /** Born 1980-06-01, so 45 on 2026-01-01; four orders; lives in France. */
    static final Customer BOB = Customer.builder("c-7")
            .birthDate(LocalDate.of(1980, 6, 1))
            .country("FR")
            .order(order("o-2", "2025-03-01T10:00:00Z"))
            .order(order("o-3", "2025-06-01T10:00:00Z"))
            .order(order("o-4", "2025-09-01T10:00:00Z"))
            .order(order("o-5", "2025-12-01T10:00:00Z"))
            .build();

    /** A profile with nothing in it. */
    static final Customer NOBODY = Customer.builder("c-0").build();

    /** Anna is young, Bob and Nobody are not. */
    static final Segment<Customer> YOUNG = Segment.where(age().between(18, 25)).named("young");

    /** Bob has four purchases; Anna one. */
    static final Segment<Customer> REPEAT =
            Segment.where(purchases().atLeast(3)).named("repeat");

    /** Only Anna lives in Germany. */
    static final Segment<Customer> GERMANS = Segment.where(country().is("DE")).named("germans");

    /** Nobody is young and a repeat buyer: Anna has one purchase, Bob is 45. */
    static final Segment<Customer> YOUNG_REPEAT =
            Segment.where(age().between(18, 25)).and(purchases().atLeast(3)).named("young-repeat");

    /** Anna in {@link #YOUNG_REPEAT} as of the default time, as {@code Explanation#toString()} prints it. */
    static final String ANNA_NOT_YOUNG_REPEAT = String.join(
            "\n",
            "✗ segment 'young-repeat'",
            "  ✗ all of (1 of 2 hold)",
            "    ✓ age 24 is between 18 and 25",
            "    ✗ purchases 1 is not at least 3");

    private AssertionSamples() {}

    static Order order(String id, String instant) {
        return Order.builder(id, Instant.parse(instant), new BigDecimal("59.90"))
                .build();
    }

    /** Every line of a text indented by two spaces, as failure messages show explanation trees. */
    static String indented(String text) {
        return "  " + text.replace("\n", "\n  ");
    }
}
