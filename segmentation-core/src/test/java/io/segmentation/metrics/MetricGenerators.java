package io.segmentation.metrics;

import static io.segmentation.Attributes.attribute;
import static io.segmentation.Attributes.event;
import static io.segmentation.Attributes.purchases;

import io.segmentation.EvaluationContext;
import io.segmentation.Segment;
import io.segmentation.customer.Customer;
import io.segmentation.customer.Event;
import io.segmentation.customer.Order;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators of populations whose orders and events fall around the evaluation times, often exactly on
 * period edges, with survey scores in and out of range and session ids that repeat; and every built-in calculator.
 */
final class MetricGenerators {

    private static final Instant AS_OF = People.AS_OF;
    private static final List<EvaluationContext> CONTEXTS = List.of(
            People.JUNE,
            EvaluationContext.asOf(AS_OF, ZoneId.of("Europe/Berlin")),
            EvaluationContext.asOf(AS_OF.minus(Duration.ofDays(45))));
    private static final List<Instant> EDGES = List.of(
            AS_OF,
            AS_OF.minus(Duration.ofDays(7)),
            AS_OF.minus(Duration.ofDays(30)),
            AS_OF.minus(Duration.ofDays(60)),
            AS_OF.minus(Duration.ofDays(90)),
            AS_OF.minus(Duration.ofDays(180)),
            Instant.parse("2026-05-01T00:00:00Z"),
            Instant.parse("2026-04-01T00:00:00Z"));
    private static final List<String> EVENT_TYPES = List.of("page_view", "cart_add", "login", "nps", "csat", "review");
    private static final List<String> SESSIONS = List.of("s1", "s2", "s3");

    private MetricGenerators() {}

    /** Every built-in calculator, with fixed settings. */
    static List<MetricCalculator<Customer, ? extends MetricValue>> calculators() {
        Duration week = Duration.ofDays(7);
        Duration month = Duration.ofDays(30);
        return List.of(
                Metrics.size(),
                Metrics.shareOf(1_000),
                Metrics.revenue(),
                Metrics.orders(),
                Metrics.averageOrderValue(),
                Metrics.purchaseFrequency(),
                Metrics.repeatPurchaseRate(),
                Metrics.retention(month),
                Metrics.retention(Period.ofMonths(1)),
                Metrics.retention(month, "login"),
                Metrics.churn(Duration.ofDays(90)),
                Metrics.churn(Period.ofMonths(1), "login"),
                Metrics.cohortRetention(month),
                Metrics.cohortRetention(Period.ofMonths(3)),
                Metrics.historicClv(),
                Metrics.historicClv(new BigDecimal("0.3")),
                Metrics.conversionRate("cart_add", week),
                Metrics.conversionRateBySession("cart_add", week, "session"),
                Metrics.nps(),
                Metrics.nps("review", "score"),
                Metrics.nps(attribute("score").number()),
                Metrics.csat(),
                Metrics.csat(attribute("score").number()),
                Metrics.roi(new BigDecimal("100"), new BigDecimal("0.4"), month),
                Metrics.engagement(month),
                Metrics.engagement(month, Map.of("page_view", 0.5, "cart_add", 2.0, "review", 3.25)));
    }

    /** A few segments that select different members of a generated population. */
    static Gen<Segment<Customer>> segments() {
        List<Segment<Customer>> segments = List.of(
                Segment.where(purchases().atLeast(0)),
                Segment.where(purchases().atLeast(1)),
                Segment.where(purchases().inLast(Duration.ofDays(30)).atLeast(1)),
                Segment.where(event("login").count().atLeast(1)));
        return in -> pick(in, segments);
    }

    static Gen<EvaluationContext> contexts() {
        return in -> pick(in, CONTEXTS);
    }

    /** Populations of up to {@code max} customers with distinct ids. */
    static Gen<List<Customer>> populations(int max) {
        return in -> {
            int size = between(in, 0, max);
            List<Customer> customers = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                customers.add(customer(in, "c-" + i));
            }
            return customers;
        };
    }

    private static Customer customer(RandomnessSource in, String id) {
        Customer.Builder b = Customer.builder(id);
        int orders = between(in, 0, 5);
        for (int i = 0; i < orders; i++) {
            b.order(Order.builder("o-" + i, around(in), BigDecimal.valueOf(between(in, 0, 30_000), 2))
                    .build());
        }
        int events = between(in, 0, 8);
        for (int i = 0; i < events; i++) {
            String type = pick(in, EVENT_TYPES);
            Map<String, Object> properties = new HashMap<>();
            if (chance(in, 60)) {
                properties.put("session", pick(in, SESSIONS));
            }
            if (chance(in, 70)) {
                properties.put("score", score(in));
            }
            b.event(Event.of(type, around(in), properties));
        }
        if (chance(in, 40)) {
            b.attribute("score", between(in, -2, 24) / 2.0);
        }
        return b.build();
    }

    private static Object score(RandomnessSource in) {
        // Mostly valid NPS and CSAT scores, sometimes halves, out of range or text.
        if (chance(in, 10)) {
            return "9";
        }
        return between(in, -2, 24) / 2.0;
    }

    private static Instant around(RandomnessSource in) {
        if (chance(in, 15)) {
            return pick(in, EDGES);
        }
        return AS_OF.minus(Duration.ofHours(between(in, -240, 24 * 200)));
    }

    private static int between(RandomnessSource in, int lo, int hi) {
        return Generate.range(lo, hi).generate(in);
    }

    private static boolean chance(RandomnessSource in, int percent) {
        return between(in, 1, 100) <= percent;
    }

    private static <E> E pick(RandomnessSource in, List<E> from) {
        return from.get(between(in, 0, from.size() - 1));
    }
}
