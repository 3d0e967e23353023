package io.segmentation.engine;

import static io.segmentation.Attributes.age;
import static io.segmentation.Attributes.allOf;
import static io.segmentation.Attributes.anyOf;
import static io.segmentation.Attributes.attribute;
import static io.segmentation.Attributes.averageOrderValue;
import static io.segmentation.Attributes.channels;
import static io.segmentation.Attributes.country;
import static io.segmentation.Attributes.daysSinceLastPurchase;
import static io.segmentation.Attributes.event;
import static io.segmentation.Attributes.firstPurchase;
import static io.segmentation.Attributes.inSegment;
import static io.segmentation.Attributes.lastPurchase;
import static io.segmentation.Attributes.not;
import static io.segmentation.Attributes.property;
import static io.segmentation.Attributes.purchasedCategory;
import static io.segmentation.Attributes.purchasedProduct;
import static io.segmentation.Attributes.purchases;
import static io.segmentation.Attributes.subscribedTo;
import static io.segmentation.Attributes.tags;
import static io.segmentation.Attributes.totalSpent;

import io.segmentation.Criterion;
import io.segmentation.Segment;
import io.segmentation.TimePoint;
import io.segmentation.attribute.Attribute;
import io.segmentation.attribute.InstantAttribute;
import io.segmentation.customer.Customer;
import io.segmentation.customer.Event;
import io.segmentation.customer.Order;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/**
 * Generators for membership tracking, adapted from the core's criterion generators: segments built from the
 * time-relative vocabulary (windows, {@code within}, {@code -d}, {@code -Nm}, {@code today}, ages, days since the last
 * purchase, event filters that read the time), customers whose orders, events and birthdays cluster around a base
 * instant chosen near month ends, leap days and offset transitions (Berlin's DST, Santiago's transitions at local
 * midnight, Chatham's quarter-hour offset), and series of steps of very different sizes.
 */
final class TrackerGenerators {

    /** Bases near awkward calendar moments: month ends, leap days, transitions in the zones below. */
    static final List<Instant> BASES = List.of(
            Instant.parse("2026-03-27T10:00:00Z"),
            Instant.parse("2026-04-03T15:00:00Z"),
            Instant.parse("2026-09-04T12:00:00Z"),
            Instant.parse("2026-10-23T10:00:00Z"),
            Instant.parse("2026-02-26T12:00:00Z"),
            Instant.parse("2028-02-27T12:00:00Z"),
            Instant.parse("2026-09-25T12:00:00Z"),
            Instant.parse("2026-06-01T00:00:00Z"));

    static final List<ZoneId> ZONES = List.of(
            ZoneId.of("UTC"),
            ZoneId.of("Europe/Berlin"),
            ZoneId.of("America/Santiago"),
            ZoneId.of("Pacific/Chatham"),
            ZoneId.of("Asia/Kolkata"));

    /** Bases a few days before an offset transition of the zone paired with them. */
    private static final List<Map.Entry<Instant, ZoneId>> TRANSITIONS = List.of(
            Map.entry(Instant.parse("2026-03-27T10:00:00Z"), ZoneId.of("Europe/Berlin")),
            Map.entry(Instant.parse("2026-10-23T10:00:00Z"), ZoneId.of("Europe/Berlin")),
            Map.entry(Instant.parse("2026-04-03T15:00:00Z"), ZoneId.of("America/Santiago")),
            Map.entry(Instant.parse("2026-09-04T12:00:00Z"), ZoneId.of("America/Santiago")),
            Map.entry(Instant.parse("2026-04-03T15:00:00Z"), ZoneId.of("Pacific/Chatham")),
            Map.entry(Instant.parse("2026-09-25T12:00:00Z"), ZoneId.of("Pacific/Chatham")));

    private static final List<String> COUNTRIES = List.of("DE", "FR", "NL");
    private static final List<String> TAGS = List.of("newsletter", "vip");
    private static final List<String> CATEGORIES = List.of("shoes", "home");
    private static final List<String> PATHS = List.of("/shoes/trail", "/home/lamp");
    private static final List<Duration> DURATIONS = List.of(
            Duration.ofDays(1),
            Duration.ofDays(7),
            Duration.ofDays(30),
            Duration.ofHours(36).plusNanos(1),
            Duration.ofMinutes(90));
    private static final List<Period> PERIODS = List.of(Period.ofMonths(1), Period.ofMonths(2), Period.ofYears(1));
    private static final List<Duration> STEPS = List.of(
            Duration.ofNanos(1),
            Duration.ofSeconds(1),
            Duration.ofMinutes(45),
            Duration.ofHours(1),
            Duration.ofHours(13),
            Duration.ofDays(1),
            Duration.ofDays(3),
            Duration.ofDays(10),
            Duration.ofDays(45));

    private static final InstantAttribute<Event> SEEN_AT = Attribute.instant("seen_at", Event::instant);

    private TrackerGenerators() {}

    /**
     * One example: segments evaluated in a zone, customers fed at {@code start}, the instants to advance to in turn,
     * profile changes fed at some of those instants, and instants at which to compare the reported memberships with
     * a direct evaluation.
     */
    record Scenario(
            ZoneId zone,
            List<Segment<Customer>> segments,
            List<Customer> customers,
            Instant start,
            List<Instant> steps,
            List<Update> updates,
            List<Instant> probes) {}

    /** A changed profile fed at one of the steps. */
    record Update(Instant at, Customer profile) {}

    /** Up to six segments of criteria trees of depth 2, one to three customers. */
    static Gen<Scenario> scenarios() {
        return scenarios(criteria(2), 6);
    }

    /** One segment made of a single time-relative leaf, so that each kind of rule is met often. */
    static Gen<Scenario> singleRules() {
        return scenarios(leaves(), 1);
    }

    private static Gen<Scenario> scenarios(Gen<Criterion<Customer>> criteria, int maxSegments) {
        return in -> {
            Instant base;
            ZoneId zone;
            if (chance(in, 50)) {
                Map.Entry<Instant, ZoneId> pair = pick(in, TRANSITIONS);
                base = pair.getKey();
                zone = pair.getValue();
            } else {
                base = pick(in, BASES);
                zone = pick(in, ZONES);
            }
            Set<Segment<Customer>> segments = new LinkedHashSet<>();
            int count = between(in, 1, maxSegments);
            for (int i = 0; i < count; i++) {
                segments.add(Segment.where(criteria.generate(in)).named("s" + i));
            }
            List<Customer> customers = new ArrayList<>();
            int people = between(in, 1, 3);
            for (int i = 0; i < people; i++) {
                customers.add(customer(in, "c-" + i, base));
            }
            Instant start = base.minus(Duration.ofHours(between(in, 0, 24 * 12)));
            List<Instant> steps = new ArrayList<>();
            Instant t = start;
            int n = between(in, 3, 12);
            for (int i = 0; i < n; i++) {
                t = t.plus(pick(in, STEPS).multipliedBy(between(in, 1, 3)));
                if (chance(in, 10)) {
                    t = t.plusNanos(between(in, 1, 999_999));
                }
                steps.add(t);
            }
            List<Update> updates = new ArrayList<>();
            if (chance(in, 50)) {
                Instant at = pick(in, steps);
                Customer before = pick(in, customers);
                Instant placed = at.minus(Duration.ofHours(between(in, -48, 72)));
                Customer after = before.toBuilder()
                        .order(Order.builder("late", placed, BigDecimal.ONE)
                                .channel("web")
                                .item("sku-1", "shoes", 1, BigDecimal.ONE)
                                .build())
                        .build();
                updates.add(new Update(at, after));
            }
            long span = Duration.between(start, t).toNanos();
            List<Instant> probes = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                probes.add(start.plusNanos((long) (span * (between(in, 0, 1_000_000) / 1e6))));
            }
            return new Scenario(zone, new ArrayList<>(segments), customers, start, steps, updates, probes);
        };
    }

    private static Customer customer(RandomnessSource in, String id, Instant base) {
        LocalDate baseDate = LocalDate.ofInstant(base, java.time.ZoneOffset.UTC);
        Customer.Builder b = Customer.builder(id);
        if (chance(in, 75)) {
            LocalDate birth = chance(in, 15)
                    ? LocalDate.of(2008, 2, 29)
                    : baseDate.minusYears(between(in, 15, 60)).plusDays(between(in, -5, 40));
            b.birthDate(birth);
        }
        if (chance(in, 80)) {
            b.country(pick(in, COUNTRIES));
        }
        if (chance(in, 30)) {
            if (chance(in, 50)) {
                b.attribute("signed_up", baseDate.plusDays(between(in, -20, 10)));
            } else {
                b.attribute("signed_up", around(in, base));
            }
        }
        b.tags(subset(in, TAGS));
        if (chance(in, 50)) {
            b.subscribedTo("email");
        }
        int orders = between(in, 0, 4);
        List<Instant> placed = new ArrayList<>();
        for (int i = 0; i < orders; i++) {
            Instant at =
                    chance(in, 20) && !placed.isEmpty() ? pick(in, placed).plus(pick(in, DURATIONS)) : around(in, base);
            placed.add(at);
            b.order(Order.builder("o-" + i, at, BigDecimal.valueOf(between(in, 0, 30_000), 2))
                    .channel(chance(in, 50) ? "web" : "store")
                    .item("sku-" + between(in, 1, 2), pick(in, CATEGORIES), 1, BigDecimal.TEN)
                    .build());
        }
        int events = between(in, 0, 4);
        for (int i = 0; i < events; i++) {
            b.event(Event.of(
                    chance(in, 80) ? "page_view" : "login", around(in, base), Map.of("path", pick(in, PATHS))));
        }
        return b.build();
    }

    /** Mostly before the base, sometimes after it, at odd hours and now and then at odd nanoseconds. */
    private static Instant around(RandomnessSource in, Instant base) {
        Instant at = base.minus(Duration.ofMinutes(between(in, -60 * 24 * 20, 60 * 24 * 70)));
        return chance(in, 20) ? at.plusNanos(between(in, 1, 999)) : at;
    }

    static Gen<Criterion<Customer>> leaves() {
        Instant fixed = Instant.parse("2026-03-20T00:00:00Z");
        List<Function<RandomnessSource, Criterion<Customer>>> leaves = List.of(
                in -> age().between(between(in, 10, 40), between(in, 40, 70)),
                in -> age().atLeast(between(in, 15, 60)),
                in -> age().in(between(in, 15, 60), between(in, 15, 60)),
                in -> age().isPresent(),
                in -> purchases().atLeast(between(in, 1, 3)),
                in -> purchases().inLast(pick(in, DURATIONS)).atLeast(between(in, 1, 2)),
                in -> purchases().during(fixed, fixed.plus(pick(in, DURATIONS))).atLeast(1),
                in -> totalSpent().inLast(pick(in, DURATIONS)).atMost(between(in, 0, 300)),
                in -> averageOrderValue().inLast(pick(in, DURATIONS)).greaterThan(between(in, 0, 200)),
                in -> averageOrderValue().isMissing(),
                in -> purchasedProduct("sku-1").inLast(pick(in, DURATIONS)).isTrue(),
                in -> purchasedCategory(pick(in, CATEGORIES)).isTrue(),
                in -> lastPurchase().within(pick(in, DURATIONS)),
                in -> lastPurchase().moreThan(pick(in, DURATIONS)).ago(),
                in -> lastPurchase().after(TimePoint.ago(pick(in, DURATIONS))),
                in -> lastPurchase().before(TimePoint.ago(pick(in, PERIODS))),
                in -> lastPurchase().after(TimePoint.ago(pick(in, PERIODS))),
                in -> lastPurchase().after(TimePoint.today()),
                in -> lastPurchase().before(TimePoint.today()),
                in -> lastPurchase().between(TimePoint.ago(pick(in, PERIODS)), TimePoint.today()),
                in -> lastPurchase().after(TimePoint.on(LocalDate.of(2026, 3, 25))),
                in -> lastPurchase().isMissing(),
                in -> firstPurchase().between(TimePoint.ago(pick(in, DURATIONS)), TimePoint.now()),
                in -> firstPurchase().before(TimePoint.now()),
                in -> daysSinceLastPurchase().atMost(between(in, 0, 20)),
                in -> daysSinceLastPurchase().between(between(in, 0, 5), between(in, 5, 40)),
                in -> daysSinceLastPurchase().is(between(in, 0, 10)),
                in -> daysSinceLastPurchase().isPresent(),
                in -> channels().contains("web"),
                in -> country().is(pick(in, COUNTRIES)),
                in -> tags().contains(pick(in, TAGS)),
                in -> subscribedTo("email").isTrue(),
                in -> attribute("signed_up").instant().within(pick(in, DURATIONS)),
                in -> attribute("signed_up").instant().after(TimePoint.today()),
                in -> event("page_view").count().inLast(pick(in, DURATIONS)).atLeast(1),
                in -> event("page_view")
                        .where(property("path").startsWith("/shoes"))
                        .count()
                        .atLeast(1),
                in -> event("page_view")
                        .where(SEEN_AT.within(pick(in, DURATIONS)))
                        .count()
                        .atLeast(1),
                in -> event("page_view").last().within(pick(in, DURATIONS)),
                in -> event("login").last().before(TimePoint.ago(pick(in, PERIODS))),
                in -> event("page_view")
                        .where(SEEN_AT.after(TimePoint.today()))
                        .last()
                        .isPresent());
        return in -> pick(in, leaves).apply(in);
    }

    /** Random criterion trees up to the given depth, with and/or/not and segment references. */
    static Gen<Criterion<Customer>> criteria(int depth) {
        Gen<Criterion<Customer>> leaves = leaves();
        if (depth == 0) {
            return leaves;
        }
        Gen<Criterion<Customer>> smaller = criteria(depth - 1);
        return in -> switch (between(in, 0, 5)) {
            case 0 -> allOf(smaller.generate(in), smaller.generate(in));
            case 1 -> anyOf(smaller.generate(in), smaller.generate(in));
            case 2 -> not(smaller.generate(in));
            case 3 -> inSegment(Segment.where(smaller.generate(in)).named("r" + depth + "_" + between(in, 0, 9)));
            default -> leaves.generate(in);
        };
    }

    private static int between(RandomnessSource in, int lo, int hi) {
        return Generate.range(lo, hi).generate(in);
    }

    private static <E> E pick(RandomnessSource in, List<E> from) {
        return from.get(between(in, 0, from.size() - 1));
    }

    private static boolean chance(RandomnessSource in, int percent) {
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
}
