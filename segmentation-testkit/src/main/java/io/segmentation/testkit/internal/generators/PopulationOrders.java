package io.segmentation.testkit.internal.generators;

import io.segmentation.customer.Order;
import io.segmentation.testkit.PopulationSpec;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The orders of one synthetic customer, from the BG/NBD purchase process and Gamma-Gamma order values of a
 * {@link PopulationSpec}, and what is in them: line items of products from the categories the customer is interested
 * in, whose prices add up to the order's total exactly.
 */
final class PopulationOrders {

    static final List<String> CATEGORIES = List.of(
            "shoes", "apparel", "sports", "electronics", "home", "beauty", "books", "toys", "garden", "grocery");
    private static final List<String> PREFIXES =
            List.of("SHO", "APP", "SPO", "ELE", "HOM", "BEA", "BOO", "TOY", "GAR", "GRO");
    static final int PRODUCTS_PER_CATEGORY = 40;
    /** Product ids and their page paths, {@code [category][product]}, shared by every customer. */
    static final String[][] PRODUCT_IDS = new String[CATEGORIES.size()][PRODUCTS_PER_CATEGORY];

    static final String[][] PRODUCT_PATHS = new String[CATEGORIES.size()][PRODUCTS_PER_CATEGORY];
    private static final Map<String, List<String>> AFFINITIES = Map.ofEntries(
            Map.entry("running", List.of("shoes", "sports")),
            Map.entry("yoga", List.of("sports", "apparel")),
            Map.entry("cycling", List.of("sports")),
            Map.entry("hiking", List.of("shoes", "sports", "apparel")),
            Map.entry("fitness", List.of("sports", "apparel", "grocery")),
            Map.entry("cooking", List.of("home", "grocery")),
            Map.entry("gaming", List.of("electronics", "toys")),
            Map.entry("travel", List.of("apparel", "books")),
            Map.entry("fashion", List.of("apparel", "shoes", "beauty")),
            Map.entry("photography", List.of("electronics")),
            Map.entry("gardening", List.of("garden", "home")),
            Map.entry("music", List.of("electronics", "books")),
            Map.entry("reading", List.of("books")),
            Map.entry("tech", List.of("electronics")),
            Map.entry("home-decor", List.of("home", "garden")),
            Map.entry("beauty", List.of("beauty")));
    private static final List<String> CHANNELS = List.of("web", "app", "store", "marketplace");
    private static final double[] CHANNEL_WEIGHTS = {45, 25, 20, 10};
    private static final double[] BUSINESS_CHANNEL_WEIGHTS = {60, 10, 10, 20};
    private static final double[] LINE_WEIGHTS = {55, 27, 12, 6};
    private static final double SECONDS_PER_WEEK = 7 * 86_400;
    /** A safety bound for extreme parameters; with the CDNOW estimates no customer comes near it. */
    static final int MAX_ORDERS = 10_000;

    static {
        for (int c = 0; c < CATEGORIES.size(); c++) {
            for (int p = 0; p < PRODUCTS_PER_CATEGORY; p++) {
                String id = String.format(Locale.ROOT, "%s-%04d", PREFIXES.get(c), p + 1);
                PRODUCT_IDS[c][p] = id;
                PRODUCT_PATHS[c][p] = "/" + CATEGORIES.get(c) + "/" + id.toLowerCase(Locale.ROOT);
            }
        }
    }

    private PopulationOrders() {}

    /** How a customer buys, drawn once: category preferences, preferred channel, and the hidden rates. */
    static final class Shopper {
        private final String number;
        private final boolean business;
        private final double[] categoryWeights;
        private final String channel;
        private final double rate;
        private final double dropout;
        private final double spendRate;

        Shopper(
                String number,
                boolean business,
                double[] categoryWeights,
                String channel,
                double rate,
                double dropout,
                double spendRate) {
            this.number = number;
            this.business = business;
            this.categoryWeights = categoryWeights;
            this.channel = channel;
            this.rate = rate;
            this.dropout = dropout;
            this.spendRate = spendRate;
        }

        String number() {
            return number;
        }

        boolean business() {
            return business;
        }

        /** Relative weights of {@link #CATEGORIES}; not to be modified. */
        double[] categoryWeights() {
            return categoryWeights;
        }

        /** The preferred channel. */
        String channel() {
            return channel;
        }

        /** λ, purchases per week while alive. */
        double rate() {
            return rate;
        }

        /** p, the probability of dropping out after a repeat purchase. */
        double dropout() {
            return dropout;
        }

        /** ν, the rate of the gamma distribution of this customer's order values. */
        double spendRate() {
            return spendRate;
        }
    }

    /** The orders, oldest first, and the instant the customer dropped out (null while still alive). */
    record History(List<Order> orders, Instant droppedOut) {}

    static Shopper shopper(
            String number, boolean business, List<String> interests, PopulationSpec spec, PopulationRandom r) {
        double[] weights = new double[CATEGORIES.size()];
        java.util.Arrays.fill(weights, 1);
        for (String interest : interests) {
            for (String category : AFFINITIES.getOrDefault(interest, List.of())) {
                weights[CATEGORIES.indexOf(category)] += 4;
            }
        }
        String channel = CHANNELS.get(r.weighted(business ? BUSINESS_CHANNEL_WEIGHTS : CHANNEL_WEIGHTS));
        PopulationSpec.BgNbd bgNbd = spec.purchases();
        double rate = r.gamma(bgNbd.r(), bgNbd.alpha());
        double dropout = r.beta(bgNbd.a(), bgNbd.b());
        double spendRate = r.gamma(spec.spend().q(), spec.spend().gamma());
        return new Shopper(number, business, weights, channel, rate, dropout, spendRate);
    }

    /**
     * The BG/NBD process from a first purchase: repeat purchases at exponential gaps with the shopper's weekly rate,
     * and after each repeat purchase a dropout with the shopper's probability; nothing after {@code asOf}.
     */
    static History history(Shopper s, Instant first, PopulationSpec spec, PopulationRandom r) {
        List<Order> orders = new ArrayList<>();
        orders.add(order(s, 1, first, spec, r));
        double weeks = Duration.between(first, spec.asOf()).toSeconds() / SECONDS_PER_WEEK;
        double t = 0;
        while (orders.size() < MAX_ORDERS) {
            t += r.exponential(s.rate());
            if (!(t <= weeks)) {
                return new History(orders, null);
            }
            Instant at = first.plusSeconds((long) (t * SECONDS_PER_WEEK));
            orders.add(order(s, orders.size() + 1, at, spec, r));
            if (r.chance(s.dropout())) {
                return new History(orders, at);
            }
        }
        return new History(orders, null);
    }

    private static Order order(Shopper s, int sequence, Instant at, PopulationSpec spec, PopulationRandom r) {
        double value = r.gamma(spec.spend().p(), s.spendRate());
        long cents = Math.max(1, Math.round(value * 100));
        String channel = r.chance(0.7) ? s.channel() : CHANNELS.get(r.weighted(CHANNEL_WEIGHTS));
        Order.Builder order = Order.builder("o-" + s.number() + "-" + sequence, at, BigDecimal.valueOf(cents, 2))
                .currency(spec.currency())
                .channel(channel);
        items(order, s, cents, r);
        return order.build();
    }

    /**
     * Lines whose totals add up to {@code cents} exactly: every line but the last gets a random share of all but one
     * cent, as a quantity times a whole-cent unit price; the last line, one unit, takes the rest (at least a cent).
     */
    private static void items(Order.Builder order, Shopper s, long cents, PopulationRandom r) {
        int lines = (int) Math.min(1 + r.weighted(LINE_WEIGHTS), cents);
        double[] shares = new double[lines];
        double sum = 0;
        for (int i = 0; i < lines; i++) {
            shares[i] = 0.2 + r.uniform();
            sum += shares[i];
        }
        long allocated = 0;
        for (int i = 0; i < lines - 1; i++) {
            long line = (long) Math.floor((cents - 1) * shares[i] / sum);
            if (line == 0) {
                continue;
            }
            int quantity = quantity(s.business(), r);
            long unit = line / quantity;
            if (unit == 0) {
                quantity = 1;
                unit = line;
            }
            allocated += unit * quantity;
            addLine(order, s, quantity, unit, r);
        }
        addLine(order, s, 1, cents - allocated, r);
    }

    private static int quantity(boolean business, PopulationRandom r) {
        if (business) {
            return 1 + (int) Math.min(49, r.exponential(1 / 6.0));
        }
        return 1 + r.weighted(new double[] {86, 11, 3});
    }

    private static void addLine(Order.Builder order, Shopper s, int quantity, long unitCents, PopulationRandom r) {
        int category = r.weighted(s.categoryWeights());
        int product = product(r);
        order.item(
                PRODUCT_IDS[category][product], CATEGORIES.get(category), quantity, BigDecimal.valueOf(unitCents, 2));
    }

    /** A product of a category, the first ones more popular than the rest. */
    static int product(PopulationRandom r) {
        double u = r.uniform();
        return (int) (u * u * PRODUCTS_PER_CATEGORY);
    }
}
