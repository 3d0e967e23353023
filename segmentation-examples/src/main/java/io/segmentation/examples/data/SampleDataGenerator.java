package io.segmentation.examples.data;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.segmentation.customer.Customer;
import io.segmentation.customer.Order;
import io.segmentation.examples.data.Places.City;
import io.segmentation.examples.data.PurchaseProcess.History;
import io.segmentation.examples.data.PurchaseProcess.Shopper;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Makes the synthetic customers of {@link SampleData}: realistic-looking, reproducible from a seed, and free of any
 * real person's data.
 *
 * <p>Each customer draws from their own {@link SplittableRandom#split() split} of the seeded stream, so the same
 * seed always gives the same customers, byte for byte. About one in five buys for a business. Profiles mix
 * demographic, geographic, psychographic and firmographic attributes with realistic gaps; orders come from a
 * {@link PurchaseProcess} (purchase rates gamma-distributed, dropout probabilities beta-distributed) between
 * 2024-01-01 and 2026-05-31, and events from a {@link Clickstream}.
 *
 * <p>To regenerate the bundled file, from the repository root:
 *
 * <pre>
 * ./mvnw -q -pl segmentation-examples -am compile exec:exec -Dexec.executable=java \
 *     -Dexec.args="-cp %classpath io.segmentation.examples.data.SampleDataGenerator"
 * </pre>
 *
 * @since 0.1.0
 */
public final class SampleDataGenerator {

    /** The seed of the bundled data. */
    public static final long DEFAULT_SEED = 20_260_601L;

    /** The number of customers in the bundled data. */
    public static final int DEFAULT_COUNT = 400;

    /** Where {@link #main} writes by default, relative to the {@code segmentation-examples} directory. */
    static final String DEFAULT_OUTPUT = "src/main/resources" + SampleData.RESOURCE;

    /** The date ages are drawn for: the sample data describes the shop on the eve of 2026-06-01. */
    private static final LocalDate AGES_AS_OF = LocalDate.of(2026, 6, 1);

    private static final List<String> GENDERS = List.of("female", "male", "non-binary");
    private static final List<String> EDUCATION = List.of("secondary", "vocational", "bachelor", "master", "doctorate");
    private static final List<String> OCCUPATIONS = List.of(
            "engineer",
            "teacher",
            "nurse",
            "designer",
            "sales",
            "manager",
            "developer",
            "consultant",
            "craftsperson",
            "self-employed",
            "accountant",
            "marketing",
            "civil servant");
    private static final double[] OCCUPATION_WEIGHTS = {9, 8, 7, 5, 9, 8, 8, 5, 7, 6, 5, 5, 7};
    private static final List<String> BUSINESS_ROLES =
            List.of("buyer", "owner", "store manager", "office manager", "operations manager", "procurement lead");
    private static final Map<String, Double> SALARY = Map.ofEntries(
            Map.entry("student", 9_000.0),
            Map.entry("retired", 24_000.0),
            Map.entry("engineer", 62_000.0),
            Map.entry("teacher", 48_000.0),
            Map.entry("nurse", 38_000.0),
            Map.entry("designer", 44_000.0),
            Map.entry("sales", 42_000.0),
            Map.entry("manager", 78_000.0),
            Map.entry("developer", 64_000.0),
            Map.entry("consultant", 70_000.0),
            Map.entry("craftsperson", 36_000.0),
            Map.entry("self-employed", 46_000.0),
            Map.entry("accountant", 50_000.0),
            Map.entry("marketing", 47_000.0),
            Map.entry("civil servant", 45_000.0),
            Map.entry("buyer", 52_000.0),
            Map.entry("owner", 85_000.0),
            Map.entry("store manager", 48_000.0),
            Map.entry("office manager", 44_000.0),
            Map.entry("operations manager", 60_000.0),
            Map.entry("procurement lead", 66_000.0));
    private static final Map<String, Double> PRICE_LEVEL = Map.of(
            "DE", 1.0, "FR", 0.92, "NL", 1.05, "AT", 1.0, "CH", 1.65, "GB", 1.0, "US", 1.35, "ES", 0.72, "IT", 0.78,
            "PL", 0.55);
    private static final List<String> INTERESTS = List.of(
            "running",
            "yoga",
            "hiking",
            "cycling",
            "fitness",
            "fashion",
            "tech",
            "gaming",
            "photography",
            "cooking",
            "gardening",
            "interior",
            "beauty",
            "travel",
            "music",
            "reading",
            "football");
    private static final List<String> VALUES = List.of(
            "sustainability",
            "quality",
            "value_for_money",
            "convenience",
            "innovation",
            "family",
            "health",
            "community",
            "craftsmanship");
    private static final List<String> LIFESTYLES = List.of(
            "urban", "outdoor", "family", "active", "homebody", "traveller", "eco_conscious", "minimalist", "student");
    private static final List<String> INDUSTRIES = List.of(
            "retail",
            "manufacturing",
            "hospitality",
            "healthcare",
            "it_services",
            "construction",
            "logistics",
            "education");
    private static final double[] INDUSTRY_WEIGHTS = {26, 18, 14, 9, 12, 8, 8, 5};
    private static final double[] REVENUE_PER_EMPLOYEE = {
        180_000, 210_000, 70_000, 95_000, 150_000, 160_000, 190_000, 60_000
    };

    private final long seed;

    /**
     * A generator for one seed.
     *
     * @param seed the seed; {@link #DEFAULT_SEED} made the bundled data
     */
    public SampleDataGenerator(long seed) {
        this.seed = seed;
    }

    /**
     * Writes the sample data file.
     *
     * @param args optionally the output file (default {@value #DEFAULT_OUTPUT}, relative to the working directory),
     *     the seed (default {@value #DEFAULT_SEED}) and the number of customers (default {@value #DEFAULT_COUNT})
     * @throws IOException if the file cannot be written
     */
    public static void main(String[] args) throws IOException {
        Path output = Path.of(args.length > 0 ? args[0] : DEFAULT_OUTPUT);
        long seed = args.length > 1 ? Long.parseLong(args[1]) : DEFAULT_SEED;
        int count = args.length > 2 ? Integer.parseInt(args[2]) : DEFAULT_COUNT;
        String text = new SampleDataGenerator(seed).generateText(count);
        Path parent = output.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(output, text, UTF_8);
        System.out.printf(
                Locale.ROOT,
                "Wrote %d customers (seed %d) to %s: %,d bytes%n",
                count,
                seed,
                output.toAbsolutePath().normalize(),
                text.getBytes(UTF_8).length);
    }

    /**
     * The customers {@code c-0001} to {@code c-<count>}; the same seed and count always give equal lists.
     *
     * @param count how many customers, at least 1 and at most 9999
     * @return the customers, an unmodifiable list
     */
    public List<Customer> generate(int count) {
        if (count < 1 || count > 9_999) {
            throw new IllegalArgumentException("count: " + count + " must be between 1 and 9999");
        }
        Draws root = new Draws(new SplittableRandom(seed));
        List<Customer> customers = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            customers.add(customer(String.format(Locale.ROOT, "c-%04d", i), root.split()));
        }
        return List.copyOf(customers);
    }

    /**
     * The customers as the text of the sample-data file: one JSON object a line, each line ending in {@code \n}.
     *
     * @param count how many customers
     * @return the file's text
     */
    public String generateText(int count) {
        StringBuilder text = new StringBuilder();
        for (Customer customer : generate(count)) {
            text.append(CustomerJson.write(customer)).append('\n');
        }
        return text.toString();
    }

    private static Customer customer(String id, Draws draws) {
        Customer.Builder customer = Customer.builder(id);
        boolean business = draws.chance(0.2);

        Integer age = draws.chance(business ? 0.35 : 0.07)
                ? null
                : (int) Math.max(18, Math.min(80, Math.round(draws.normal(41, 14))));
        if (age != null) {
            customer.birthDate(AGES_AS_OF.minusYears(age).minusDays(draws.below(365)));
        }
        if (!draws.chance(business ? 0.25 : 0.03)) {
            customer.gender(draws.weighted(GENDERS, 49, 46, 2));
        }
        if (!draws.chance(0.1)) {
            customer.education(
                    age != null && age < 22
                            ? draws.weighted(EDUCATION, 55, 35, 10, 0, 0)
                            : draws.weighted(EDUCATION, 22, 26, 28, 19, 5));
        }
        String occupation = occupation(age, business, draws);
        City city = Places.city(draws);
        if (occupation != null) {
            customer.occupation(occupation);
            if (!draws.chance(business ? 0.5 : 0.18)) {
                double income = SALARY.get(occupation) * PRICE_LEVEL.get(city.country()) * draws.logNormal(1, 0.3);
                customer.income(BigDecimal.valueOf(Math.round(income / 100) * 100));
            }
        }

        customer.country(city.country()).city(city.name());
        if (!draws.chance(0.05)) {
            customer.region(city.region());
        }
        if (!draws.chance(0.03)) {
            customer.postalCode(Places.postalCode(city, draws));
        }
        if (!draws.chance(0.04)) {
            customer.location(
                    round4(city.latitude() + draws.normal(0, 0.03)), round4(city.longitude() + draws.normal(0, 0.045)));
        }

        List<String> interests = interests(age, draws);
        List<String> values = values(interests, draws);
        customer.interests(interests).values(values);
        customer.lifestyle(lifestyle(city, occupation, interests, values, draws));

        String industry = null;
        if (business) {
            int size = (int) Math.max(1, Math.min(20_000, Math.round(draws.logNormal(18, 1.4))));
            int sector = draws.weightedIndex(INDUSTRY_WEIGHTS);
            industry = INDUSTRIES.get(sector);
            customer.industry(industry);
            if (!draws.chance(0.08)) {
                customer.companySize(size);
            }
            if (!draws.chance(0.25)) {
                double revenue = size * REVENUE_PER_EMPLOYEE[sector] * draws.logNormal(1, 0.3);
                customer.annualRevenue(BigDecimal.valueOf(Math.round(revenue / 1_000) * 1_000));
            }
        }

        double[] categoryWeights = Catalogue.categoryWeights(interests, industry);
        String channel = PurchaseProcess.channel(draws);
        Shopper shopper = new Shopper(id, categoryWeights, channel, business);
        long span = PurchaseProcess.END.getEpochSecond() - PurchaseProcess.START.getEpochSecond() - 86_400;
        Instant joined = PurchaseProcess.START.plusSeconds((long) (draws.uniform() * span));
        double rate = draws.gamma(1.4, 2.8) * (business ? 2.2 : 1);
        double dropout = draws.beta(1.2, 4.0);
        History history = draws.chance(0.1)
                ? new History(List.of(), false)
                : PurchaseProcess.simulate(shopper, joined, rate, dropout, draws);
        customer.orders(history.orders());

        double visits =
                draws.gamma(1.5, 1.6) * (history.alive() ? 1 : history.orders().isEmpty() ? 0.4 : 0.12);
        double satisfaction = draws.normal(7.6, 1.5);
        customer.events(Clickstream.events(categoryWeights, visits, joined, history.orders(), satisfaction, draws));

        boolean email = draws.chance(0.6);
        if (email) {
            customer.subscribedTo("email");
        }
        if (draws.chance(0.18)) {
            customer.subscribedTo("sms");
        }
        if (draws.chance(channel.equals("app") ? 0.55 : 0.1)) {
            customer.subscribedTo("push");
        }

        BigDecimal lifetime = history.orders().stream().map(Order::total).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (email && draws.chance(0.8)) {
            customer.tags("newsletter");
        }
        if (lifetime.compareTo(BigDecimal.valueOf(1_500)) >= 0) {
            customer.tags("vip");
        }
        if (business && draws.chance(0.7)) {
            customer.tags("wholesale");
        }
        if (joined.isBefore(Instant.parse("2024-03-01T00:00:00Z")) && draws.chance(0.5)) {
            customer.tags("early_adopter");
        }
        if (draws.chance(0.06)) {
            customer.tags("gift_buyer");
        }
        if (history.orders().size() >= 2 && draws.chance(0.75)) {
            customer.attribute("loyalty_tier", tier(lifetime));
        }
        return customer.build();
    }

    private static String occupation(Integer age, boolean business, Draws draws) {
        if (draws.chance(0.08)) {
            return null;
        }
        if (business) {
            return draws.pick(BUSINESS_ROLES);
        }
        if (age != null && age < 25 && draws.chance(0.55)) {
            return "student";
        }
        if (age != null && age >= 65 && draws.chance(0.8)) {
            return "retired";
        }
        return draws.weighted(OCCUPATIONS, OCCUPATION_WEIGHTS);
    }

    private static List<String> interests(Integer age, Draws draws) {
        boolean young = age != null && age < 35;
        boolean older = age != null && age >= 55;
        double[] weights = {
            10, 8, 8, 7, 9, 9, 8, 6, 4, 8, 5, 5, 6, 9, 8, 7, 5,
        };
        if (young) {
            weights[4] += 5; // fitness
            weights[5] += 5; // fashion
            weights[7] += 6; // gaming
        }
        if (older) {
            weights[2] += 4; // hiking
            weights[10] += 6; // gardening
            weights[15] += 5; // reading
            weights[7] = 1;
        }
        return draws.distinct(draws.weightedIndex(12, 28, 30, 20, 10), INTERESTS, weights);
    }

    private static List<String> values(List<String> interests, Draws draws) {
        double[] weights = {10, 12, 12, 10, 6, 8, 8, 4, 4};
        for (String sporty : List.of("running", "yoga", "hiking", "cycling")) {
            if (interests.contains(sporty)) {
                weights[0] += 6; // sustainability
                weights[6] += 6; // health
            }
        }
        return draws.distinct(draws.weightedIndex(15, 35, 35, 15), VALUES, weights);
    }

    private static List<String> lifestyle(
            City city, String occupation, List<String> interests, List<String> values, Draws draws) {
        double[] weights = {city.weight() >= 10 ? 14 : 4, 5, 7, 6, 5, 5, 3, 3, 0};
        if (interests.contains("hiking") || interests.contains("cycling")) {
            weights[1] += 10;
        }
        if (interests.contains("running") || interests.contains("fitness") || interests.contains("yoga")) {
            weights[3] += 10;
        }
        if (interests.contains("travel")) {
            weights[5] += 10;
        }
        if (values.contains("sustainability")) {
            weights[6] += 10;
        }
        if (values.contains("family")) {
            weights[2] += 8;
        }
        if ("student".equals(occupation)) {
            weights[8] += 15;
        }
        return draws.distinct(draws.weightedIndex(25, 45, 30), LIFESTYLES, weights);
    }

    private static String tier(BigDecimal lifetime) {
        if (lifetime.compareTo(BigDecimal.valueOf(1_000)) >= 0) {
            return "gold";
        }
        return lifetime.compareTo(BigDecimal.valueOf(350)) >= 0 ? "silver" : "bronze";
    }

    private static double round4(double degrees) {
        return Double.parseDouble(
                BigDecimal.valueOf(degrees).setScale(4, RoundingMode.HALF_UP).toString());
    }
}
