package io.segmentation.examples.data;

import io.segmentation.customer.Event;
import io.segmentation.customer.LineItem;
import io.segmentation.customer.Order;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One customer's events: visits in the last {@link #RETENTION} before {@link PurchaseProcess#END} (older clickstream
 * is not kept, as in many shops), each a {@code login}, a few {@code page_view}s with a {@code path} and sometimes an
 * {@code add_to_cart} with a {@code sku}; the visit before each recent order; and now and then a {@code survey} after
 * an order, with a {@code score} from 0 to 10, at any time.
 */
final class Clickstream {

    static final Duration RETENTION = Duration.ofDays(90);

    private static final Instant FROM = PurchaseProcess.END.minus(RETENTION);
    private static final double SECONDS_PER_MONTH = 30 * 86_400;

    private Clickstream() {}

    /**
     * The events of a customer who visits {@code visitsPerMonth} times a month from {@code since}, has placed
     * {@code orders}, and answers surveys with a mean score around {@code satisfaction}.
     */
    static List<Event> events(
            double[] categoryWeights,
            double visitsPerMonth,
            Instant since,
            List<Order> orders,
            double satisfaction,
            Draws draws) {
        List<Event> events = new ArrayList<>();
        if (visitsPerMonth > 0) {
            Instant t = since.isAfter(FROM) ? since : FROM;
            while (true) {
                t = t.plusSeconds((long) (draws.exponential(visitsPerMonth) * SECONDS_PER_MONTH));
                if (!t.isBefore(PurchaseProcess.END)) {
                    break;
                }
                visit(t, categoryWeights, draws, events);
            }
        }
        for (Order order : orders) {
            if (!order.instant().isBefore(FROM)) {
                beforeOrder(order, draws, events);
            }
            if (draws.chance(0.08)) {
                Instant at = order.instant().plus(Duration.ofHours(draws.between(20, 140)));
                double score = Math.max(0, Math.min(10, Math.round(draws.normal(satisfaction, 1.3))));
                add(events, Event.of("survey", at, Map.of("score", score)));
            }
        }
        return events;
    }

    private static void visit(Instant start, double[] categoryWeights, Draws draws, List<Event> events) {
        Instant t = start;
        if (draws.chance(0.45)) {
            add(events, Event.of("login", t));
        }
        int category = draws.weightedIndex(categoryWeights);
        int pages = draws.weightedIndex(30, 30, 20, 12, 8) + 1;
        for (int i = 0; i < pages; i++) {
            t = t.plusSeconds(draws.between(5, 240));
            String path;
            if (i == 0 && draws.chance(0.3)) {
                path = draws.chance(0.8) ? "/" : "/sale";
            } else {
                if (draws.chance(0.25)) {
                    category = draws.weightedIndex(categoryWeights);
                }
                path = Catalogue.page(category, draws);
            }
            add(events, Event.of("page_view", t, Map.of("path", path)));
        }
        if (draws.chance(0.2)) {
            t = t.plusSeconds(draws.between(10, 120));
            add(events, Event.of("add_to_cart", t, Map.of("sku", Catalogue.product(category, draws))));
        }
    }

    /** The visit that led to an order: a look at its first product's category, then the cart. */
    private static void beforeOrder(Order order, Draws draws, List<Event> events) {
        List<LineItem> items = order.items();
        Instant t = order.instant().minusSeconds(draws.between(300, 2_400));
        String category = items.get(0).category();
        int index = Catalogue.CATEGORIES.indexOf(category);
        add(events, Event.of("page_view", t, Map.of("path", Catalogue.page(index, draws))));
        for (LineItem item : items.subList(0, Math.min(2, items.size()))) {
            t = t.plusSeconds(draws.between(20, 180));
            add(events, Event.of("add_to_cart", t, Map.of("sku", item.productId())));
        }
    }

    private static void add(List<Event> events, Event event) {
        if (event.instant().isBefore(PurchaseProcess.END)) {
            events.add(event);
        }
    }
}
