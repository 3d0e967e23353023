package io.segmentation.engine;

import io.segmentation.Criterion;
import io.segmentation.Segment;
import io.segmentation.customer.Customer;
import io.segmentation.customer.Order;
import io.segmentation.testkit.Generators;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/**
 * Scenarios for membership tracking, built on the test kit's generators: segments from
 * {@link Generators#timeRelativeCriteria} (windows, {@code within}, {@code -d}, {@code -Nm}, {@code today}, ages, days
 * since the last purchase, event filters that read the time), customers from {@link Generators#customers(Instant)}
 * whose orders, events and birthdays cluster around a base instant chosen near month ends, leap days and offset
 * transitions (Berlin's DST, Santiago's transitions at local midnight, Chatham's quarter-hour offset), and series of
 * steps of very different sizes.
 */
final class TrackerScenarios {

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

    private TrackerScenarios() {}

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
        return scenarios(base -> Generators.trees(Generators.timeRelativeCriteria(base), 2), 6);
    }

    /** One segment made of a single time-relative leaf, so that each kind of rule is met often. */
    static Gen<Scenario> singleRules() {
        return scenarios(Generators::timeRelativeCriteria, 1);
    }

    private static Gen<Scenario> scenarios(Function<Instant, Gen<Criterion<Customer>>> rules, int maxSegments) {
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
            Gen<Criterion<Customer>> criteria = rules.apply(base);
            Gen<Customer> people = Generators.customers(base);
            Set<Segment<Customer>> segments = new LinkedHashSet<>();
            int count = between(in, 1, maxSegments);
            for (int i = 0; i < count; i++) {
                segments.add(Segment.where(criteria.generate(in)).named("s" + i));
            }
            List<Customer> customers = new ArrayList<>();
            Set<String> ids = new HashSet<>();
            int headcount = between(in, 1, 3);
            // Distinct ids; a few tries only, as shrinking may draw the same id again and again.
            for (int i = 0; i < 4 * headcount && customers.size() < headcount; i++) {
                Customer c = people.generate(in);
                if (ids.add(c.id())) {
                    customers.add(c);
                }
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

    private static int between(RandomnessSource in, int lo, int hi) {
        return Generate.range(lo, hi).generate(in);
    }

    private static <E> E pick(RandomnessSource in, List<E> from) {
        return from.get(between(in, 0, from.size() - 1));
    }

    private static boolean chance(RandomnessSource in, int percent) {
        return between(in, 1, 100) <= percent;
    }
}
