package io.segmentation.testing;

import io.segmentation.customer.Customer;
import io.segmentation.customer.Order;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A deterministic population, large enough for the parallel paths (10 000 or more subjects). */
public final class Crowd {

    /** The evaluation time the crowd is made for. */
    public static final Instant AS_OF = Instant.parse("2026-06-01T00:00:00Z");

    private static final String[] COUNTRIES = {"DE", "FR", "AT", "CH", "IT"};

    private Crowd() {}

    /** {@code n} customers {@code c0 .. c(n-1)}, with ages, countries, tags and orders varying by index. */
    public static List<Customer> of(int n) {
        List<Customer> customers = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Customer.Builder b = Customer.builder("c" + i).country(COUNTRIES[i % COUNTRIES.length]);
            if (i % 7 != 0) {
                b.birthDate(LocalDate.of(1950 + (i * 13) % 55, 1 + i % 12, 1 + i % 28));
            }
            if (i % 5 == 0) {
                b.tags("vip");
            }
            for (int o = 0; o < i % 4; o++) {
                b.order(Order.builder(
                                "o" + i + "-" + o,
                                AS_OF.minus(Duration.ofDays(1L + (i * 31L + o * 17L) % 400)),
                                new BigDecimal(10 + (i % 90) + "." + (i % 100 < 10 ? "0" : "") + i % 100))
                        .build());
            }
            customers.add(b.build());
        }
        return customers;
    }
}
