package io.segmentation.index;

import static io.segmentation.Attributes.*;

import io.segmentation.Criterion;
import io.segmentation.CustomPredicate;
import io.segmentation.Segment;
import io.segmentation.TimePoint;
import io.segmentation.attribute.Attribute;
import io.segmentation.attribute.InstantAttribute;
import io.segmentation.attribute.NumberAttribute;
import io.segmentation.attribute.SetAttribute;
import io.segmentation.attribute.TextAttribute;
import io.segmentation.attribute.WindowedBooleanAttribute;
import io.segmentation.attribute.WindowedNumberAttribute;
import io.segmentation.customer.Customer;
import io.segmentation.customer.Event;
import io.segmentation.customer.Order;
import io.segmentation.engine.EvaluationContext;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators for the population index: populations with unique ids over the whole customer model, and
 * criterion trees over the whole vocabulary — every attribute family, windows of every kind, events with filters on
 * text, number and boolean properties, custom attributes (including values of the wrong type), instants against
 * fixed and relative time points, case-insensitive and regex text operators, presence tests, custom predicates and
 * segment references. Small value pools make random criteria often hit, often miss, and meet missing values, window
 * edges, values after the evaluation time and values differing only in case.
 */
final class IndexGenerators {

    static final Instant AS_OF = Instant.parse("2026-06-01T00:00:00Z");
    static final EvaluationContext CONTEXT = EvaluationContext.asOf(AS_OF);

    /** Contexts whose calendar days differ: UTC, Berlin, and late evening of May 31st in Los Angeles. */
    static final List<EvaluationContext> CONTEXTS = List.of(
            CONTEXT,
            EvaluationContext.asOf(AS_OF, ZoneId.of("Europe/Berlin")),
            EvaluationContext.asOf(AS_OF.plus(Duration.ofHours(13)), ZoneId.of("America/Los_Angeles")));

    private static final List<String> GENDERS = List.of("female", "male", "Female", "diverse");
    private static final List<String> EDUCATIONS = List.of("bachelor", "master", "PhD", "school");
    private static final List<String> OCCUPATIONS = List.of("engineer", "Teacher", "nurse", "teacher");
    private static final List<String> COUNTRIES = List.of("DE", "FR", "NL", "AT", "de");
    private static final List<String> REGIONS = List.of("Bavaria", "Île-de-France", "north holland", "Tyrol");
    private static final List<String> CITIES = List.of("Berlin", "Paris", "Amsterdam", "Vienna", "bern", "BERLIN");
    private static final List<String> POSTAL_CODES = List.of("10115", "75001", "1011 AB", "1010", "10117");
    private static final List<String> INDUSTRIES = List.of("retail", "Retail", "software", "logistics");
    private static final List<String> INTERESTS = List.of("running", "yoga", "eco", "tech");
    private static final List<String> VALUES = List.of("sustainability", "family", "status");
    private static final List<String> LIFESTYLE = List.of("urban", "outdoor", "Urban");
    private static final List<String> TAGS = List.of("newsletter", "vip", "wholesale");
    private static final List<String> LABELS = List.of("beta", "churn-risk", "Beta");
    private static final List<String> TIERS = List.of("gold", "Gold", "silver", "platinum");
    private static final List<String> CATEGORIES = List.of("shoes", "home", "beauty");
    private static final List<String> PRODUCTS = List.of("sku-1", "sku-2", "sku-3");
    private static final List<String> CHANNELS = List.of("web", "store", "app");
    private static final List<String> PATHS = List.of("/shoes/trail", "/shoes/road", "/home/lamp", "/Shoes/sale");
    private static final List<String> EVENT_TYPES = List.of("page_view", "login", "add_to_cart");
    private static final List<Duration> WINDOWS =
            List.of(Duration.ofDays(7), Duration.ofDays(30), Duration.ofDays(365), Duration.ofHours(13));
    private static final List<String> REGEXES = List.of("[a-z]+", "B.*", "(?:de|at)", "\\d{5}", ".*o.*");

    /** A custom predicate reading the subject. */
    static final CustomPredicate<Customer> EVEN_ID = (c, ctx) -> c.id().hashCode() % 2 == 0;

    /** A custom predicate reading subject and context. */
    static final CustomPredicate<Customer> ORDERED_TODAY = (c, ctx) -> c.orders().stream()
            .anyMatch(o -> !o.instant().isAfter(ctx.asOf())
                    && !o.instant().isBefore(ctx.asOf().minus(Duration.ofDays(1))));

    private IndexGenerators() {}

    static int between(RandomnessSource in, int lo, int hi) {
        return Generate.range(lo, hi).generate(in);
    }

    static <E> E pick(RandomnessSource in, List<E> from) {
        return from.get(between(in, 0, from.size() - 1));
    }

    static boolean chance(RandomnessSource in, int percent) {
        return between(in, 1, 100) <= percent;
    }

    private static List<String> subset(RandomnessSource in, List<String> from) {
        List<String> chosen = new ArrayList<>();
        for (String s : from) {
            if (chance(in, 40)) {
                chosen.add(s);
            }
        }
        return chosen;
    }

    private static List<String> subsetOrOne(RandomnessSource in, List<String> from) {
        List<String> chosen = subset(in, from);
        return chosen.isEmpty() ? List.of(pick(in, from)) : chosen;
    }

    private static Instant around(RandomnessSource in) {
        // Mostly before the evaluation time, sometimes after it, sometimes exactly on a window edge or on it.
        if (chance(in, 10)) {
            return AS_OF.minus(pick(in, WINDOWS));
        }
        if (chance(in, 3)) {
            return AS_OF;
        }
        return AS_OF.minus(Duration.ofHours(between(in, -240, 24 * 400))).plusNanos(between(in, 0, 2));
    }

    private static BigDecimal money(RandomnessSource in, int maxCents) {
        return BigDecimal.valueOf(between(in, 0, maxCents), 2);
    }

    /** A random customer with the given id. */
    static Customer customer(RandomnessSource in, String id) {
        Customer.Builder b = Customer.builder(id);
        if (chance(in, 80)) {
            // Some birthdays fall on the evaluation date, in any of the zones.
            b.birthDate(
                    chance(in, 10)
                            ? LocalDate.of(2026 - between(in, 10, 60), 6, between(in, 1, 2))
                            : LocalDate.of(2026, 6, 1).minusDays(between(in, 365 * 10, 365 * 80)));
        }
        if (chance(in, 70)) {
            b.gender(pick(in, GENDERS));
        }
        if (chance(in, 50)) {
            b.income(money(in, 10_000_000));
        }
        if (chance(in, 50)) {
            b.education(pick(in, EDUCATIONS));
        }
        if (chance(in, 50)) {
            b.occupation(pick(in, OCCUPATIONS));
        }
        if (chance(in, 90)) {
            b.country(pick(in, COUNTRIES));
        }
        if (chance(in, 50)) {
            b.region(pick(in, REGIONS));
        }
        if (chance(in, 70)) {
            b.city(pick(in, CITIES));
        }
        if (chance(in, 50)) {
            b.postalCode(pick(in, POSTAL_CODES));
        }
        if (chance(in, 50)) {
            b.location(between(in, 4_000, 6_000) / 100.0, between(in, 0, 2_000) / 100.0);
        }
        if (chance(in, 30)) {
            b.companySize(between(in, 1, 500));
        }
        if (chance(in, 30)) {
            b.industry(pick(in, INDUSTRIES));
        }
        if (chance(in, 30)) {
            b.annualRevenue(money(in, 100_000_000));
        }
        b.interests(subset(in, INTERESTS)).values(subset(in, VALUES)).lifestyle(subset(in, LIFESTYLE));
        b.tags(subset(in, TAGS));
        if (chance(in, 50)) {
            b.subscribedTo("email");
        }
        if (chance(in, 20)) {
            b.subscribedTo("sms");
        }
        int orders = between(in, 0, 6);
        for (int i = 0; i < orders; i++) {
            Order.Builder order = Order.builder("o-" + i, around(in), money(in, 30_000));
            if (chance(in, 80)) {
                order.channel(pick(in, CHANNELS));
            }
            order.item(pick(in, PRODUCTS), pick(in, CATEGORIES), between(in, 1, 3), BigDecimal.TEN);
            b.order(order.build());
        }
        int events = between(in, 0, 5);
        for (int i = 0; i < events; i++) {
            Map<String, Object> properties = new HashMap<>();
            if (chance(in, 80)) {
                properties.put("path", pick(in, PATHS));
            }
            if (chance(in, 50)) {
                properties.put("seconds", between(in, 0, 120));
            }
            if (chance(in, 50)) {
                properties.put("mobile", chance(in, 50));
            }
            b.event(Event.of(pick(in, EVENT_TYPES), around(in), properties));
        }
        customAttributes(in, b);
        return b.build();
    }

    private static void customAttributes(RandomnessSource in, Customer.Builder b) {
        switch (between(in, 0, 3)) {
            case 0:
                b.attribute("tier", pick(in, TIERS));
                break;
            case 1:
                b.attribute("tier", between(in, 1, 3)); // the wrong type: reads as missing text
                break;
            default:
                break;
        }
        if (chance(in, 60)) {
            b.attribute("points", between(in, -100, 2_000) / 2.0);
        }
        if (chance(in, 60)) {
            b.attribute("vip", chance(in, 50));
        }
        switch (between(in, 0, 2)) {
            case 0:
                b.attribute("signed_up", around(in));
                break;
            case 1:
                b.attribute("signed_up", LocalDate.of(2026, 6, 1).minusDays(between(in, -2, 40)));
                break;
            default:
                break;
        }
        if (chance(in, 60)) {
            b.attribute("labels", Set.copyOf(subset(in, LABELS)));
        }
    }

    /** Random populations of up to {@code max} customers with distinct ids, sometimes empty. */
    static Gen<List<Customer>> populations(int max) {
        return in -> {
            int size = chance(in, 5) ? 0 : between(in, 1, max);
            List<Customer> customers = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                customers.add(customer(in, "c-" + i));
            }
            return customers;
        };
    }

    /** One of the contexts of {@link #CONTEXTS}. */
    static Gen<EvaluationContext> contexts() {
        return in -> pick(in, CONTEXTS);
    }

    private static WindowedNumberAttribute<Customer> windowed(
            RandomnessSource in, WindowedNumberAttribute<Customer> aggregate) {
        switch (between(in, 0, 3)) {
            case 0:
                return aggregate;
            case 1:
                Instant from = around(in);
                Instant to = from.plus(pick(in, WINDOWS));
                return aggregate.during(from, to);
            default:
                return aggregate.inLast(pick(in, WINDOWS));
        }
    }

    private static WindowedBooleanAttribute<Customer> windowed(
            RandomnessSource in, WindowedBooleanAttribute<Customer> fact) {
        switch (between(in, 0, 2)) {
            case 0:
                return fact;
            case 1:
                Instant from = around(in);
                return fact.during(from, from.plus(pick(in, WINDOWS)));
            default:
                return fact.inLast(pick(in, WINDOWS));
        }
    }

    private static Criterion<Event> eventFilter(RandomnessSource in) {
        switch (between(in, 0, 4)) {
            case 0:
                return property("path").startsWith("/shoes");
            case 1:
                return property("path").startsWithIgnoringCase("/shoes");
            case 2:
                return property("seconds").number().atLeast(between(in, 0, 120));
            case 3:
                return property("mobile").bool().isTrue();
            default:
                return not(property("path").isPresent());
        }
    }

    private static NumberAttribute<Customer> number(RandomnessSource in) {
        switch (between(in, 0, 13)) {
            case 0:
                return age();
            case 1:
                return income();
            case 2:
                return companySize();
            case 3:
                return annualRevenue();
            case 4:
                return distanceKm(52.52, 13.40);
            case 5:
                return windowed(in, purchases());
            case 6:
                return windowed(in, totalSpent());
            case 7:
                return windowed(in, averageOrderValue());
            case 8:
                return daysSinceLastPurchase();
            case 9:
                return windowed(in, event(pick(in, EVENT_TYPES)).count());
            case 10:
                return windowed(
                        in, event(pick(in, EVENT_TYPES)).where(eventFilter(in)).count());
            case 11:
                return attribute("points").number();
            case 12:
                return attribute("tier").number();
            default:
                return windowed(in, purchases());
        }
    }

    /** A bound near the values {@code attribute} takes. */
    private static double bound(RandomnessSource in, NumberAttribute<Customer> attribute) {
        switch (attribute.name()) {
            case "age":
                return between(in, 8, 82);
            case "income":
                return between(in, 0, 100_000);
            case "company_size":
                return between(in, 0, 500);
            case "annual_revenue":
                return between(in, 0, 1_000_000);
            case "distance_km":
                return between(in, 0, 2_000);
            case "total_spent":
            case "average_order_value":
                return between(in, 0, 60_000) / 100.0;
            case "days_since_last_purchase":
                return between(in, -10, 400);
            case "attribute":
                return between(in, -100, 2_000) / 2.0;
            default:
                return between(in, 0, 4);
        }
    }

    private static Criterion<Customer> numberLeaf(RandomnessSource in) {
        NumberAttribute<Customer> a = number(in);
        double x = bound(in, a);
        double y = bound(in, a);
        switch (between(in, 0, 6)) {
            case 0:
                return a.between(Math.min(x, y), Math.max(x, y));
            case 1:
                return a.atLeast(x);
            case 2:
                return a.atMost(x);
            case 3:
                return a.greaterThan(x);
            case 4:
                return a.lessThan(x);
            case 5:
                return a.is(x);
            default:
                return a.in(x, y, bound(in, a));
        }
    }

    private static Map.Entry<TextAttribute<Customer>, List<String>> text(RandomnessSource in) {
        switch (between(in, 0, 8)) {
            case 0:
                return Map.entry(gender(), GENDERS);
            case 1:
                return Map.entry(education(), EDUCATIONS);
            case 2:
                return Map.entry(occupation(), OCCUPATIONS);
            case 3:
                return Map.entry(country(), COUNTRIES);
            case 4:
                return Map.entry(region(), REGIONS);
            case 5:
                return Map.entry(city(), CITIES);
            case 6:
                return Map.entry(postalCode(), POSTAL_CODES);
            case 7:
                return Map.entry(industry(), INDUSTRIES);
            default:
                return Map.entry(attribute("tier").text(), TIERS);
        }
    }

    private static String part(RandomnessSource in, String value, boolean shout) {
        int from = between(in, 0, value.length() - 1);
        int to = between(in, from, value.length());
        String part = value.substring(from, to);
        return shout ? part.toUpperCase(java.util.Locale.ROOT) : part;
    }

    private static Criterion<Customer> textLeaf(RandomnessSource in) {
        Map.Entry<TextAttribute<Customer>, List<String>> t = text(in);
        TextAttribute<Customer> a = t.getKey();
        String value = pick(in, t.getValue());
        boolean shout = chance(in, 30);
        switch (between(in, 0, 11)) {
            case 0:
                return a.is(value);
            case 1:
                return a.isIgnoringCase(shout ? value.toUpperCase(java.util.Locale.ROOT) : value);
            case 2:
                return a.in(subsetOrOne(in, t.getValue()));
            case 3:
                return a.inIgnoringCase(subsetOrOne(in, t.getValue()));
            case 4:
                return a.startsWith(value.substring(0, between(in, 0, value.length())));
            case 5:
                return a.startsWithIgnoringCase(part(in, value, shout));
            case 6:
                return a.endsWith(part(in, value, false));
            case 7:
                return a.endsWithIgnoringCase(part(in, value, shout));
            case 8:
                return a.contains(part(in, value, false));
            case 9:
                return a.containsIgnoringCase(part(in, value, shout));
            case 10:
                return a.matches(pick(in, REGEXES));
            default:
                return a.matchesIgnoringCase(pick(in, REGEXES));
        }
    }

    private static Criterion<Customer> booleanLeaf(RandomnessSource in) {
        io.segmentation.attribute.BooleanAttribute<Customer> a;
        switch (between(in, 0, 4)) {
            case 0:
                a = subscribedTo(chance(in, 50) ? "email" : "SMS");
                break;
            case 1:
                a = windowed(in, purchasedProduct(pick(in, PRODUCTS)));
                break;
            case 2:
                a = windowed(in, purchasedCategory(pick(in, CATEGORIES)));
                break;
            default:
                a = attribute("vip").bool();
                break;
        }
        switch (between(in, 0, 2)) {
            case 0:
                return a.isTrue();
            case 1:
                return a.isFalse();
            default:
                return a.is(chance(in, 50));
        }
    }

    private static InstantAttribute<Customer> instant(RandomnessSource in) {
        switch (between(in, 0, 4)) {
            case 0:
                return firstPurchase();
            case 1:
                return lastPurchase();
            case 2:
                return event(pick(in, EVENT_TYPES)).last();
            case 3:
                return event(pick(in, EVENT_TYPES)).where(eventFilter(in)).last();
            default:
                return attribute("signed_up").instant();
        }
    }

    private static TimePoint point(RandomnessSource in) {
        switch (between(in, 0, 6)) {
            case 0:
                return TimePoint.at(around(in));
            case 1:
                return TimePoint.on(LocalDate.of(2026, 6, 1).minusDays(between(in, -1, 60)));
            case 2:
                return TimePoint.now();
            case 3:
                return TimePoint.today();
            case 4:
                return TimePoint.ago(pick(in, WINDOWS));
            case 5:
                return TimePoint.ago(Period.ofMonths(between(in, 1, 13)));
            default:
                return TimePoint.ago(Period.ofDays(between(in, 1, 60)));
        }
    }

    private static Criterion<Customer> instantLeaf(RandomnessSource in) {
        InstantAttribute<Customer> a = instant(in);
        switch (between(in, 0, 6)) {
            case 0:
                return a.before(point(in));
            case 1:
                return a.after(point(in));
            case 2:
                // Relative bounds may resolve out of order: then nothing is between them.
                TimePoint start = point(in);
                TimePoint end = point(in);
                if (start instanceof TimePoint.Fixed s
                        && end instanceof TimePoint.Fixed e
                        && s.instant().isAfter(e.instant())) {
                    return a.between(end, start);
                }
                return a.between(start, end);
            case 3:
                Instant from = around(in);
                return a.between(from, from.plus(pick(in, WINDOWS)));
            case 4:
                return a.within(pick(in, WINDOWS));
            case 5:
                return a.moreThan(pick(in, WINDOWS)).ago();
            default:
                return a.before(around(in));
        }
    }

    private static Map.Entry<SetAttribute<Customer>, List<String>> set(RandomnessSource in) {
        switch (between(in, 0, 5)) {
            case 0:
                return Map.entry(interests(), INTERESTS);
            case 1:
                return Map.entry(values(), VALUES);
            case 2:
                return Map.entry(lifestyle(), LIFESTYLE);
            case 3:
                return Map.entry(tags(), TAGS);
            case 4:
                return Map.entry(channels(), CHANNELS);
            default:
                return Map.entry(attribute("labels").set(), LABELS);
        }
    }

    private static Criterion<Customer> setLeaf(RandomnessSource in) {
        Map.Entry<SetAttribute<Customer>, List<String>> s = set(in);
        switch (between(in, 0, 3)) {
            case 0:
                return s.getKey().contains(chance(in, 90) ? pick(in, s.getValue()) : "unknown");
            case 1:
                return s.getKey().containsAny(subsetOrOne(in, s.getValue()));
            case 2:
                return s.getKey().containsAll(subsetOrOne(in, s.getValue()));
            default:
                return s.getKey().isEmpty();
        }
    }

    private static Attribute<Customer, ?> anyAttribute(RandomnessSource in) {
        switch (between(in, 0, 4)) {
            case 0:
                return number(in);
            case 1:
                return text(in).getKey();
            case 2:
                return attribute("vip").bool();
            case 3:
                return instant(in);
            default:
                return set(in).getKey();
        }
    }

    /** Random leaves over the whole vocabulary. */
    static Gen<Criterion<Customer>> leaves() {
        List<Function<RandomnessSource, Criterion<Customer>>> leaves = List.of(
                IndexGenerators::numberLeaf,
                IndexGenerators::numberLeaf,
                IndexGenerators::textLeaf,
                IndexGenerators::textLeaf,
                IndexGenerators::booleanLeaf,
                IndexGenerators::instantLeaf,
                IndexGenerators::instantLeaf,
                IndexGenerators::setLeaf,
                in -> chance(in, 50)
                        ? anyAttribute(in).isPresent()
                        : anyAttribute(in).isMissing(),
                in -> chance(in, 50) ? custom("even-id", EVEN_ID) : custom("ordered-today", ORDERED_TODAY));
        return in -> pick(in, leaves).apply(in);
    }

    /** Random criterion trees up to the given depth, with and/or/not and segment references. */
    static Gen<Criterion<Customer>> criteria(int depth) {
        Gen<Criterion<Customer>> leaves = leaves();
        if (depth == 0) {
            return leaves;
        }
        Gen<Criterion<Customer>> smaller = criteria(depth - 1);
        return in -> {
            switch (between(in, 0, 6)) {
                case 0:
                    return allOf(smaller.generate(in), smaller.generate(in));
                case 1:
                    return allOf(smaller.generate(in), not(smaller.generate(in)), smaller.generate(in));
                case 2:
                    return anyOf(smaller.generate(in), smaller.generate(in), smaller.generate(in));
                case 3:
                    return not(smaller.generate(in));
                case 4:
                    return inSegment(Segment.where(smaller.generate(in)).named("s" + depth + "_" + between(in, 0, 9)));
                default:
                    return leaves.generate(in);
            }
        };
    }

    /** Random number attributes, for sums and means. */
    static Gen<NumberAttribute<Customer>> numbers() {
        return IndexGenerators::number;
    }
}
