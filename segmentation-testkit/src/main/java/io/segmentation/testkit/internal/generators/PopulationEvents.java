package io.segmentation.testkit.internal.generators;

import io.segmentation.customer.Event;
import io.segmentation.customer.LineItem;
import io.segmentation.customer.Order;
import io.segmentation.testkit.Populations;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What synthetic customers do besides buying, tied to how they buy: the visit before each online order (a search,
 * product pages, items added to the cart), satisfaction surveys after some orders, browsing visits at a rate that
 * grows with the purchase rate while the customer is active, and newsletter opens for subscribers.
 */
final class PopulationEvents {

    private static final double SECONDS_PER_WEEK = 7 * 86_400;
    private static final int MAX_VISITS = 40;
    private static final int MAX_OPENS = 80;
    private static final List<String> DEVICES = List.of("desktop", "mobile", "tablet");
    private static final double[] DEVICE_WEIGHTS = {45, 48, 7};
    private static final String[] CATEGORY_PATHS =
            PopulationOrders.CATEGORIES.stream().map(c -> "/" + c).toArray(String[]::new);

    private PopulationEvents() {}

    /**
     * The events of a customer who signed up at {@code signup}; {@code shopper} and {@code history} are null for a
     * customer who never bought.
     */
    static List<Event> events(
            PopulationOrders.Shopper shopper,
            PopulationOrders.History history,
            double[] categoryWeights,
            Instant signup,
            boolean newsletter,
            Instant asOf,
            PopulationRandom r) {
        List<Event> events = new ArrayList<>();
        double dropout = shopper == null ? 0.5 : shopper.dropout();
        Instant activeUntil = asOf;
        double visitsPerWeek = 0.01;
        if (history != null) {
            for (Order order : history.orders()) {
                orderEvents(events, order, dropout, asOf, r);
            }
            visitsPerWeek += 1.5 * shopper.rate();
            if (history.droppedOut() != null) {
                // Interest fades for a few weeks after the last purchase of a customer who has dropped out.
                Instant fade = history.droppedOut().plusSeconds((long) (r.exponential(0.25) * SECONDS_PER_WEEK));
                activeUntil = fade.isBefore(asOf) ? fade : asOf;
            }
        }
        double activeWeeks = Math.max(0, Duration.between(signup, activeUntil).toSeconds() / SECONDS_PER_WEEK);
        int visits = Math.min(MAX_VISITS, r.poisson(activeWeeks * visitsPerWeek + (history == null ? 2 : 0.5)));
        for (int i = 0; i < visits; i++) {
            visit(events, between(signup, activeUntil, r), categoryWeights, r);
        }
        if (newsletter) {
            double weeks = Math.max(0, Duration.between(signup, asOf).toSeconds() / SECONDS_PER_WEEK);
            double openRate = r.beta(1.5, 10.5) * (history != null && history.droppedOut() != null ? 0.4 : 1);
            int opens = Math.min(MAX_OPENS, r.poisson(weeks * openRate));
            for (int i = 0; i < opens; i++) {
                Instant at = between(signup, asOf, r);
                long week = at.getEpochSecond() / (long) SECONDS_PER_WEEK;
                events.add(Event.of(Populations.EMAIL_OPEN, at, Map.of("campaign", "weekly-" + week)));
            }
        }
        events.removeIf(e -> e.instant().isAfter(asOf));
        return events;
    }

    private static Instant between(Instant from, Instant to, PopulationRandom r) {
        long span = Math.max(0, Duration.between(from, to).toSeconds());
        return from.plusSeconds((long) (r.uniform() * span));
    }

    private static void orderEvents(List<Event> events, Order order, double dropout, Instant asOf, PopulationRandom r) {
        Instant at = order.instant();
        boolean store = order.channel().orElse("").equals("store");
        if (!store) {
            // Early enough that the whole visit, 3 minutes per item at most, ends before the order.
            Instant t = at.minusSeconds(180L * order.items().size() + 60L * r.between(3, 40));
            String device = order.channel().orElse("").equals("app") ? "app" : DEVICES.get(r.weighted(DEVICE_WEIGHTS));
            if (r.chance(0.35)) {
                events.add(Event.of(
                        Populations.SEARCH,
                        t,
                        Map.of("query", order.items().get(0).category())));
            }
            for (LineItem item : order.items()) {
                t = t.plusSeconds(r.between(10, 120));
                int c = PopulationOrders.CATEGORIES.indexOf(item.category());
                int p = Integer.parseInt(item.productId().substring(4)) - 1;
                events.add(Event.of(
                        Populations.PAGE_VIEW,
                        t,
                        Map.of("path", PopulationOrders.PRODUCT_PATHS[c][p], "device", device)));
                events.add(Event.of(
                        Populations.ADD_TO_CART,
                        t.plusSeconds(r.between(5, 60)),
                        Map.of(
                                "product_id", item.productId(),
                                "category", item.category(),
                                "price", item.unitPrice().doubleValue())));
            }
        }
        if (r.chance(store ? 0.25 : 0.15)) {
            Instant surveyed = at.plusSeconds(3_600L * r.between(1, 72));
            if (!surveyed.isAfter(asOf)) {
                int score = score(4.2 - 2 * (dropout - 0.25), 0.9, 1, 5, r);
                events.add(Event.of(Populations.CSAT, surveyed, Map.of("score", score, "order_id", order.id())));
            }
        }
        if (r.chance(0.08)) {
            Instant surveyed = at.plusSeconds(86_400L * r.between(7, 14));
            if (!surveyed.isAfter(asOf)) {
                int score = score(8.3 - 8 * (dropout - 0.25), 1.6, 0, 10, r);
                events.add(Event.of(Populations.NPS, surveyed, Map.of("score", score)));
            }
        }
    }

    /** A whole score around {@code mean}, within the scale. */
    private static int score(double mean, double spread, int lo, int hi, PopulationRandom r) {
        long score = Math.round(mean + spread * r.normal());
        return (int) Math.max(lo, Math.min(hi, score));
    }

    private static void visit(List<Event> events, Instant start, double[] categoryWeights, PopulationRandom r) {
        int category = r.weighted(categoryWeights);
        String device = DEVICES.get(r.weighted(DEVICE_WEIGHTS));
        Instant t = start;
        if (r.chance(0.25)) {
            events.add(Event.of(Populations.SEARCH, t, Map.of("query", PopulationOrders.CATEGORIES.get(category))));
        }
        int pages = r.between(1, 3);
        for (int i = 0; i < pages; i++) {
            t = t.plusSeconds(r.between(5, 180));
            String path = i == 0 && r.chance(0.5)
                    ? CATEGORY_PATHS[category]
                    : PopulationOrders.PRODUCT_PATHS[category][PopulationOrders.product(r)];
            events.add(Event.of(Populations.PAGE_VIEW, t, Map.of("path", path, "device", device)));
        }
        if (r.chance(0.15)) {
            int product = PopulationOrders.product(r);
            events.add(Event.of(
                    Populations.ADD_TO_CART,
                    t.plusSeconds(r.between(5, 60)),
                    Map.of(
                            "product_id",
                            PopulationOrders.PRODUCT_IDS[category][product],
                            "category",
                            PopulationOrders.CATEGORIES.get(category))));
        }
    }
}
