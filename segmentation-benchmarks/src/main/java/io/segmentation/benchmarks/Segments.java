package io.segmentation.benchmarks;

import static io.segmentation.Attributes.*;

import io.segmentation.Segment;
import io.segmentation.customer.Customer;
import io.segmentation.customer.Order;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/** The benchmarked segments, each with its hand-written Java twin (the baseline). */
public final class Segments {

    private Segments() {}

    /** Benchmark 1's segment: {@code age 18-25 AND purchases >= 3 AND country IN (DE, FR, NL) AND total spent > 500}. */
    public static Segment<Customer> youngValuable() {
        return Segment.where(age().between(18, 25))
                .and(purchases().atLeast(3))
                .and(country().in("DE", "FR", "NL"))
                .and(totalSpent().greaterThan(500))
                .named("young-valuable");
    }

    /**
     * The same question written by hand against the customer model, as a developer would without the library.
     *
     * @param c the customer
     * @param today the evaluation date
     * @return whether the customer is in the segment
     */
    public static boolean youngValuableByHand(Customer c, LocalDate today) {
        Optional<LocalDate> birth = c.birthDate();
        if (birth.isEmpty()) {
            return false;
        }
        int age = Period.between(birth.get(), today).getYears();
        if (age < 18 || age > 25) {
            return false;
        }
        if (c.orders().size() < 3) {
            return false;
        }
        String country = c.country().orElse("");
        if (!(country.equals("DE") || country.equals("FR") || country.equals("NL"))) {
            return false;
        }
        double spent = 0;
        for (Order o : c.orders()) {
            spent += o.total().doubleValue();
        }
        return spent > 500;
    }

    /**
     * 200 varied segments for benchmark 3 (one customer against many segments).
     *
     * @return the segments, named {@code s0} to {@code s199}
     */
    public static List<Segment<Customer>> many() {
        List<Segment<Customer>> segments = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            String country = Populations.COUNTRIES.get(i % 10);
            String tag = Populations.TAGS.get(i % 3);
            String interest = Populations.INTERESTS.get(i % 6);
            Segment<Customer> s;
            switch (i % 5) {
                case 0:
                    s = Segment.where(age().between(18 + i % 40, 25 + i % 40))
                            .and(country().is(country));
                    break;
                case 1:
                    s = Segment.where(purchases().atLeast(i % 6)).and(tags().contains(tag));
                    break;
                case 2:
                    s = Segment.where(totalSpent().greaterThan(50 * (i % 10)))
                            .and(country().in(country, Populations.COUNTRIES.get((i + 3) % 10)));
                    break;
                case 3:
                    s = Segment.where(anyOf(interests().contains(interest), age().lessThan(30 + i % 20)));
                    break;
                default:
                    s = Segment.where(lastPurchase().within(Duration.ofDays(30 + i)))
                            .and(not(tags().contains("wholesale")));
            }
            segments.add(s.named("s" + i));
        }
        return segments;
    }

    /**
     * The 200 segments of {@link #many()} written by hand, in the same order.
     *
     * @param asOf the evaluation time
     * @return one predicate per segment
     */
    public static List<Predicate<Customer>> manyByHand(Instant asOf) {
        LocalDate today = LocalDate.ofInstant(asOf, java.time.ZoneOffset.UTC);
        List<Predicate<Customer>> predicates = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            String country = Populations.COUNTRIES.get(i % 10);
            String other = Populations.COUNTRIES.get((i + 3) % 10);
            String tag = Populations.TAGS.get(i % 3);
            String interest = Populations.INTERESTS.get(i % 6);
            int low = 18 + i % 40;
            int high = 25 + i % 40;
            int minPurchases = i % 6;
            double minSpent = 50 * (i % 10);
            int youngerThan = 30 + i % 20;
            Duration within = Duration.ofDays(30 + i);
            switch (i % 5) {
                case 0:
                    predicates.add(c -> {
                        int age = ageOf(c, today);
                        return age >= low
                                && age <= high
                                && country.equals(c.country().orElse(null));
                    });
                    break;
                case 1:
                    predicates.add(
                            c -> c.orders().size() >= minPurchases && c.tags().contains(tag));
                    break;
                case 2:
                    predicates.add(c -> {
                        double spent = 0;
                        for (Order o : c.orders()) {
                            spent += o.total().doubleValue();
                        }
                        String k = c.country().orElse("");
                        return spent > minSpent && (k.equals(country) || k.equals(other));
                    });
                    break;
                case 3:
                    predicates.add(c -> {
                        int age = ageOf(c, today);
                        return c.interests().contains(interest) || (age >= 0 && age < youngerThan);
                    });
                    break;
                default:
                    predicates.add(c -> {
                        List<Order> orders = c.orders();
                        if (orders.isEmpty()) {
                            return false;
                        }
                        Instant last = orders.get(orders.size() - 1).instant();
                        return !last.isBefore(asOf.minus(within))
                                && !last.isAfter(asOf)
                                && !c.tags().contains("wholesale");
                    });
            }
        }
        return predicates;
    }

    private static int ageOf(Customer c, LocalDate today) {
        return c.birthDate().map(b -> Period.between(b, today).getYears()).orElse(-1);
    }
}
