package io.segmentation.examples.data;

import io.segmentation.customer.Order;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One customer's orders, from the "buy till you die" process behind BG/NBD models: while alive, a customer buys as
 * a Poisson process with their own rate; after each purchase they drop out for good with their own probability.
 * Rates and dropout probabilities differ between customers (gamma and beta distributed, drawn by the caller), which
 * gives the long tail of real shops: many one-time buyers, a few loyal regulars.
 *
 * <p>Orders fall between {@link #START} and {@link #END}, at a time of day weighted towards the evening, in EUR.
 */
final class PurchaseProcess {

    static final Instant START = Instant.parse("2024-01-01T00:00:00Z");
    static final Instant END = Instant.parse("2026-06-01T00:00:00Z");

    private static final double SECONDS_PER_YEAR = 365.25 * 86_400;
    private static final int MAX_ORDERS = 80;
    private static final List<String> CHANNELS = List.of("web", "app", "store", "marketplace");
    private static final double[] CHANNEL_WEIGHTS = {45, 25, 18, 12};
    private static final double[] HOUR_WEIGHTS = {
        1.0, 0.6, 0.3, 0.2, 0.2, 0.3, 0.8, 1.6, 2.6, 3.4, 4.0, 4.4, 5.0, 4.6, 4.2, 4.2, 4.6, 5.4, 6.4, 7.4, 8.0, 7.2,
        4.8, 2.6
    };
    private static final BigDecimal SHIPPING = new BigDecimal("4.95");
    private static final BigDecimal FREE_SHIPPING_FROM = new BigDecimal("50");

    /** Who is buying: what they like, where they usually buy, and whether for a business (larger quantities). */
    static final class Shopper {

        private final String customerId;
        private final double[] categoryWeights;
        private final String preferredChannel;
        private final boolean business;

        /**
         * @param categoryWeights relative weights of {@link Catalogue#CATEGORIES}, copied
         */
        Shopper(String customerId, double[] categoryWeights, String preferredChannel, boolean business) {
            this.customerId = customerId;
            this.categoryWeights = categoryWeights.clone();
            this.preferredChannel = preferredChannel;
            this.business = business;
        }

        String customerId() {
            return customerId;
        }

        double[] categoryWeights() {
            return categoryWeights.clone();
        }

        String preferredChannel() {
            return preferredChannel;
        }

        boolean business() {
            return business;
        }
    }

    /** The orders, in time order, and whether the customer was still "alive" (had not dropped out) at the end. */
    record History(List<Order> orders, boolean alive) {}

    private PurchaseProcess() {}

    /** A preferred channel, drawn with the shop's channel mix. */
    static String channel(Draws draws) {
        return draws.weighted(CHANNELS, CHANNEL_WEIGHTS);
    }

    /**
     * Simulates a customer who first buys at {@code firstPurchase}.
     *
     * @param ratePerYear purchases per year while alive
     * @param dropout the probability of dropping out after each purchase
     */
    static History simulate(Shopper shopper, Instant firstPurchase, double ratePerYear, double dropout, Draws draws) {
        List<Order> orders = new ArrayList<>();
        Instant t = firstPurchase;
        while (t.isBefore(END) && orders.size() < MAX_ORDERS) {
            orders.add(order(shopper, orders.size() + 1, t, draws));
            if (draws.chance(dropout)) {
                return new History(orders, false);
            }
            long wait = (long) (draws.exponential(ratePerYear) * SECONDS_PER_YEAR);
            t = t.plusSeconds(Math.max(wait, 3_600));
        }
        return new History(orders, true);
    }

    private static Order order(Shopper shopper, int sequence, Instant around, Draws draws) {
        String id = String.format(Locale.ROOT, "o-%s-%02d", shopper.customerId().substring(2), sequence);
        String channel = draws.chance(0.7) ? shopper.preferredChannel() : channel(draws);
        int lines = draws.weightedIndex(52, 28, 13, 7) + 1;
        List<Line> items = new ArrayList<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < lines; i++) {
            int category = draws.weightedIndex(shopper.categoryWeights());
            String sku = Catalogue.product(category, draws);
            int quantity = shopper.business()
                    ? 1 + (int) draws.exponential(1 / 8.0)
                    : draws.weighted(List.of(1, 2, 3), 86, 11, 3);
            BigDecimal price = Catalogue.price(sku, category);
            items.add(new Line(sku, Catalogue.CATEGORIES.get(category), quantity, price));
            sum = sum.add(price.multiply(BigDecimal.valueOf(quantity)));
        }
        if (draws.chance(0.15)) {
            double discount = draws.weighted(List.of(0.10, 0.15, 0.20), 5, 3, 2);
            sum = sum.multiply(BigDecimal.valueOf(1 - discount));
        }
        if (!channel.equals("store") && sum.compareTo(FREE_SHIPPING_FROM) < 0) {
            sum = sum.add(SHIPPING);
        }
        Order.Builder order = Order.builder(id, timeOfDay(around, draws), sum.setScale(2, RoundingMode.HALF_UP))
                .currency("EUR")
                .channel(channel);
        items.forEach(l -> order.item(l.sku(), l.category(), l.quantity(), l.price()));
        return order.build();
    }

    private record Line(String sku, String category, int quantity, BigDecimal price) {}

    /** The same day as {@code instant}, at an hour weighted like a shop's traffic. */
    static Instant timeOfDay(Instant instant, Draws draws) {
        Instant day = instant.truncatedTo(ChronoUnit.DAYS);
        return day.plus(Duration.ofHours(draws.weightedIndex(HOUR_WEIGHTS))).plusSeconds(draws.below(3_600));
    }
}
