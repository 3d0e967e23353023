package io.segmentation.examples.data;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The sample shop's assortment: six categories, each with a block of product ids ({@code sku-100} to {@code sku-179}
 * are shoes, {@code sku-300} to {@code sku-359} electronics…), a fixed price per product and the pages that show it.
 * Prices depend on the product id only, never on the generator's seed.
 */
final class Catalogue {

    static final List<String> CATEGORIES = List.of("shoes", "apparel", "electronics", "home", "beauty", "sports");

    private static final int[] FIRST_SKU = {100, 200, 300, 400, 500, 600};
    private static final int[] PRODUCTS = {80, 90, 60, 80, 70, 80};
    private static final double[] MEDIAN_PRICE = {89, 39, 149, 35, 19, 45};
    private static final double[] BASE_WEIGHT = {16, 24, 12, 16, 12, 14};
    private static final List<List<String>> PAGES = List.of(
            List.of("trail", "running", "sneakers", "boots", "sandals"),
            List.of("jackets", "shirts", "dresses", "denim", "knitwear"),
            List.of("headphones", "phones", "laptops", "smart-home", "cameras"),
            List.of("kitchen", "decor", "bedding", "garden", "lighting"),
            List.of("skincare", "fragrance", "makeup", "haircare"),
            List.of("yoga", "cycling", "fitness", "outdoor", "swim"));

    private Catalogue() {}

    /**
     * How likely a customer is to buy or browse each category (in {@link #CATEGORIES} order), given their interests
     * and whether they buy for a business in {@code industry}.
     */
    static double[] categoryWeights(Collection<String> interests, String industry) {
        double[] w = BASE_WEIGHT.clone();
        for (String interest : interests) {
            switch (interest) {
                case "running" -> add(w, 40, 0, 0, 0, 0, 20);
                case "yoga" -> add(w, 0, 15, 0, 0, 5, 35);
                case "hiking" -> add(w, 25, 10, 0, 0, 0, 20);
                case "cycling" -> add(w, 0, 5, 0, 0, 0, 35);
                case "fitness" -> add(w, 10, 5, 0, 0, 0, 25);
                case "fashion" -> add(w, 15, 40, 0, 0, 15, 0);
                case "tech", "gaming", "photography" -> add(w, 0, 0, 40, 0, 0, 0);
                case "cooking", "gardening", "interior" -> add(w, 0, 0, 0, 40, 0, 0);
                case "beauty" -> add(w, 0, 5, 0, 0, 40, 0);
                default -> {}
            }
        }
        if (industry != null) {
            switch (industry) {
                case "retail" -> add(w, 20, 30, 10, 10, 10, 10);
                case "hospitality" -> add(w, 0, 10, 0, 60, 10, 0);
                case "healthcare" -> add(w, 10, 10, 0, 10, 30, 0);
                case "it_services" -> add(w, 0, 0, 60, 0, 0, 0);
                case "manufacturing", "construction", "logistics" -> add(w, 30, 20, 20, 10, 0, 0);
                default -> add(w, 0, 0, 20, 20, 0, 0);
            }
        }
        return w;
    }

    private static void add(double[] weights, double... extra) {
        for (int i = 0; i < weights.length; i++) {
            weights[i] += extra[i];
        }
    }

    /** A product of the category; popular products (low numbers) are chosen more often. */
    static String product(int category, Draws draws) {
        double u = draws.uniform();
        return "sku-" + (FIRST_SKU[category] + (int) (PRODUCTS[category] * u * u));
    }

    /** The unit price of a product, a fixed log-normal draw around its category's median, ending in .99 or .49. */
    static BigDecimal price(String sku, int category) {
        Draws draws = new Draws(new SplittableRandom(Integer.parseInt(sku.substring(4)) * 7_919L));
        double price = draws.logNormal(MEDIAN_PRICE[category], 0.45);
        double whole = StrictMath.floor(price);
        double cents = draws.chance(0.7) ? 0.99 : 0.49;
        return BigDecimal.valueOf(Math.max(1, whole) + cents).setScale(2, RoundingMode.HALF_UP);
    }

    /** A page of the category, e.g. {@code /shoes/trail}. */
    static String page(int category, Draws draws) {
        return "/" + CATEGORIES.get(category) + "/" + draws.pick(PAGES.get(category));
    }
}
