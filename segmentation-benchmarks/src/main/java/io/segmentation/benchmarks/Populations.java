package io.segmentation.benchmarks;

import io.segmentation.customer.Customer;
import io.segmentation.customer.Order;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Deterministic synthetic populations for the benchmarks: the same size and seed give the same customers, so runs
 * compare like with like. Customers have an age (5% unknown), a country, tags and interests, and 0 to 12 orders in
 * the two years before {@link #AS_OF}.
 */
public final class Populations {

    /** The evaluation time of every benchmark. */
    public static final Instant AS_OF = Instant.parse("2026-06-01T00:00:00Z");

    static final List<String> COUNTRIES = List.of("DE", "FR", "NL", "AT", "ES", "IT", "PL", "GB", "US", "CH");
    static final List<String> TAGS = List.of("newsletter", "vip", "wholesale");
    static final List<String> INTERESTS = List.of("running", "yoga", "eco", "tech", "fashion", "outdoor");

    private Populations() {}

    /**
     * {@code size} customers from {@code seed}.
     *
     * @param size how many
     * @param seed the seed
     * @return the customers, ids {@code c-0} to {@code c-(size-1)}
     */
    public static List<Customer> customers(int size, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Customer> customers = new ArrayList<>(size);
        LocalDate today = LocalDate.of(2026, 6, 1);
        for (int i = 0; i < size; i++) {
            Customer.Builder b = Customer.builder("c-" + i);
            if (random.nextInt(100) >= 5) {
                b.birthDate(today.minusDays(random.nextInt(16 * 365, 70 * 365)));
            }
            b.country(COUNTRIES.get(weightedCountry(random)));
            for (String tag : TAGS) {
                if (random.nextInt(100) < 20) {
                    b.tags(tag);
                }
            }
            for (String interest : INTERESTS) {
                if (random.nextInt(100) < 25) {
                    b.interests(interest);
                }
            }
            int orders = geometric(random, 0.35, 12);
            for (int o = 0; o < orders; o++) {
                Instant at = AS_OF.minus(Duration.ofMinutes(random.nextLong(1, 2L * 365 * 24 * 60)));
                b.order(Order.builder("o-" + o, at, BigDecimal.valueOf(random.nextInt(500, 40_000), 2))
                        .build());
            }
            customers.add(b.build());
        }
        return customers;
    }

    private static int weightedCountry(SplittableRandom random) {
        int r = random.nextInt(100);
        if (r < 30) {
            return 0;
        }
        if (r < 45) {
            return 1;
        }
        if (r < 55) {
            return 2;
        }
        return 3 + random.nextInt(COUNTRIES.size() - 3);
    }

    private static int geometric(SplittableRandom random, double stop, int max) {
        int n = 0;
        while (n < max && random.nextDouble() >= stop) {
            n++;
        }
        return n;
    }
}
