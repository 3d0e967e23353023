package io.segmentation.predict;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.segmentation.EvaluationContext;
import io.segmentation.customer.Customer;
import io.segmentation.customer.Order;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.quicktheories.core.Gen;

/** Customers with given recency, frequency and monetary values, and generators of populations with many ties. */
final class RfmFixtures {

    static final Instant AS_OF = Instant.parse("2026-06-01T00:00:00Z");
    static final EvaluationContext CONTEXT = EvaluationContext.asOf(AS_OF);

    private RfmFixtures() {}

    /**
     * A customer whose last order was {@code daysAgo} calendar days before {@link #AS_OF}, with {@code orders} orders
     * (one a day going back) and {@code spent} in total, all of it on the last order.
     */
    static Customer customer(String id, int daysAgo, int orders, double spent) {
        Customer.Builder b = Customer.builder(id);
        for (int i = 0; i < orders; i++) {
            BigDecimal total = i == 0 ? BigDecimal.valueOf(spent) : BigDecimal.ZERO;
            b.order(Order.builder(id + "-o" + i, AS_OF.minus(Duration.ofDays(daysAgo + i)), total)
                    .build());
        }
        return b.build();
    }

    /** A customer without orders. */
    static Customer neverBought(String id) {
        return Customer.builder(id).build();
    }

    /** Customers {@code c0…} with the given order counts, all bought yesterday and spent 10. */
    static List<Customer> withFrequencies(int... orders) {
        List<Customer> customers = new ArrayList<>();
        for (int i = 0; i < orders.length; i++) {
            customers.add(customer("c" + i, 1, orders[i], 10));
        }
        return customers;
    }

    /** Populations of up to 40 customers over small value pools (so ties are common), some without orders. */
    static Gen<List<Customer>> populations() {
        Gen<int[]> values = integers()
                .between(0, 6)
                .zip(integers().between(0, 5), integers().between(0, 8), (days, orders, spend) ->
                        new int[] {days * 15, orders, spend * 25});
        return lists().of(values).ofSizeBetween(1, 40).map(rows -> {
            List<Customer> customers = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                int[] r = rows.get(i);
                customers.add(r[1] == 0 ? neverBought("p" + i) : customer("p" + i, r[0], r[1], r[2]));
            }
            return customers;
        });
    }
}
