package io.segmentation.metrics;

import io.segmentation.EvaluationContext;
import io.segmentation.customer.Customer;
import io.segmentation.customer.Order;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The population of the differencing attacks: 20 customers in Germany (one in Bonn, who spent 27.60, one in Köln, who
 * spent 29.75, 18 in Berlin), 10 in France and 1 in Austria; everybody else spent 40.00.
 */
final class PrivacyFixtures {

    static final Instant AS_OF = Instant.parse("2026-06-01T00:00:00Z");
    static final EvaluationContext CONTEXT = EvaluationContext.asOf(AS_OF);

    private PrivacyFixtures() {}

    static Customer customer(String id, String country, String city, String amount) {
        return Customer.builder(id)
                .country(country)
                .city(city)
                .order(Order.builder(id + "-1", AS_OF.minus(Duration.ofDays(3)), new BigDecimal(amount))
                        .build())
                .build();
    }

    static List<Customer> population() {
        List<Customer> customers = new ArrayList<>();
        customers.add(customer("bonn", "DE", "Bonn", "27.60"));
        customers.add(customer("koeln", "DE", "Köln", "29.75"));
        for (int i = 0; i < 18; i++) {
            customers.add(customer("berlin" + i, "DE", "Berlin", "40.00"));
        }
        for (int i = 0; i < 10; i++) {
            customers.add(customer("paris" + i, "FR", "Paris", "40.00"));
        }
        customers.add(customer("wien", "AT", "Wien", "40.00"));
        return customers;
    }
}
