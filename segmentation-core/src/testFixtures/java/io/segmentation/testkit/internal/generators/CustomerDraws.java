package io.segmentation.testkit.internal.generators;

import static io.segmentation.testkit.internal.generators.Draw.between;
import static io.segmentation.testkit.internal.generators.Draw.chance;
import static io.segmentation.testkit.internal.generators.Draw.pick;
import static io.segmentation.testkit.internal.generators.Draw.subset;

import io.segmentation.customer.Customer;
import io.segmentation.customer.Event;
import io.segmentation.customer.Order;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.quicktheories.core.RandomnessSource;

/**
 * Random customers for property tests, drawn around an anchor instant (the evaluation time the tests use): every
 * field sometimes missing, orders and events mostly before the anchor, sometimes after it, exactly on it, exactly on a
 * window edge before it, at the same instant as another, or a nanosecond off; some orders cancelled or refunded, some
 * in euros and the rest without a currency; birthdays and sign-up dates on and around the anchor's date (in past years) and on 29 February; odd text;
 * custom attributes of every type, sometimes of the wrong type.
 */
public final class CustomerDraws {

    private CustomerDraws() {}

    /** A random customer with the given id, drawn around {@code anchor}. */
    public static Customer customer(RandomnessSource in, String id, Instant anchor) {
        LocalDate anchorDate = LocalDate.ofInstant(anchor, ZoneOffset.UTC);
        Customer.Builder b = Customer.builder(id);
        if (chance(in, 80)) {
            b.birthDate(birthDate(in, anchorDate));
        }
        if (chance(in, 60)) {
            b.customerSince(customerSince(in, anchorDate));
        }
        if (chance(in, 70)) {
            b.gender(text(in, Pools.GENDERS));
        }
        if (chance(in, 50)) {
            b.income(money(in, 10_000_000));
        }
        if (chance(in, 50)) {
            b.education(text(in, Pools.EDUCATIONS));
        }
        if (chance(in, 50)) {
            b.occupation(text(in, Pools.OCCUPATIONS));
        }
        if (chance(in, 90)) {
            b.country(pick(in, Pools.COUNTRIES));
        }
        if (chance(in, 50)) {
            b.region(text(in, Pools.REGIONS));
        }
        if (chance(in, 70)) {
            b.city(text(in, Pools.CITIES));
        }
        if (chance(in, 50)) {
            b.postalCode(text(in, Pools.POSTAL_CODES));
        }
        if (chance(in, 50)) {
            b.location(between(in, 4_000, 6_000) / 100.0, between(in, 0, 2_000) / 100.0);
        }
        if (chance(in, 30)) {
            b.companySize(between(in, 1, 500));
        }
        if (chance(in, 30)) {
            b.industry(text(in, Pools.INDUSTRIES));
        }
        if (chance(in, 30)) {
            b.annualRevenue(money(in, 100_000_000));
        }
        b.interests(subset(in, Pools.INTERESTS))
                .values(subset(in, Pools.VALUES))
                .lifestyle(subset(in, Pools.LIFESTYLE));
        b.tags(subset(in, Pools.TAGS));
        if (chance(in, 5)) {
            b.tags(pick(in, Pools.ODD_TEXTS));
        }
        if (chance(in, 50)) {
            b.subscribedTo("email");
        }
        if (chance(in, 20)) {
            b.subscribedTo("sms");
        }
        orders(in, b, anchor);
        events(in, b, anchor);
        customAttributes(in, b, anchor, anchorDate);
        return b.build();
    }

    /** Mostly a pool value, now and then an odd text. */
    private static String text(RandomnessSource in, List<String> pool) {
        return chance(in, 5) ? pick(in, Pools.ODD_TEXTS) : pick(in, pool);
    }

    private static LocalDate birthDate(RandomnessSource in, LocalDate anchorDate) {
        return switch (between(in, 0, 6)) {
            case 0 -> {
                // A leap-day birthday: a year older on 1 March in common years.
                yield LocalDate.of(pick(in, List.of(1996, 2000, 2008)), 2, 29);
            }
            case 1, 2 -> {
                // A birthday on or next to the anchor's date, which is another date in other zones.
                yield anchorDate.minusYears(between(in, 10, 60)).plusDays(between(in, -1, 1));
            }
            case 3 -> anchorDate.minusYears(between(in, 15, 60)).plusDays(between(in, -5, 40));
            default -> anchorDate.minusDays(between(in, 365 * 10, 365 * 85));
        };
    }

    private static LocalDate customerSince(RandomnessSource in, LocalDate anchorDate) {
        return switch (between(in, 0, 4)) {
            case 0 -> LocalDate.of(pick(in, List.of(2016, 2020, 2024)), 2, 29);
            case 1, 2 -> anchorDate.minusYears(between(in, 0, 8)).plusDays(between(in, -8, 8));
            default -> anchorDate.minusDays(between(in, 0, 365 * 8));
        };
    }

    private static BigDecimal money(RandomnessSource in, int maxCents) {
        return BigDecimal.valueOf(between(in, 0, maxCents), 2);
    }

    /**
     * An instant mostly before the anchor (within 70 days, or within 400), sometimes up to 20 days after it, exactly
     * on it, exactly on a window edge before it, or a nanosecond off that edge.
     */
    static Instant around(RandomnessSource in, Instant anchor) {
        return switch (between(in, 0, 19)) {
            case 0, 1 -> anchor.minus(pick(in, Pools.EDGES));
            case 2 -> anchor;
            case 3 -> anchor.minus(pick(in, Pools.EDGES)).plusNanos(between(in, -1, 1));
            case 4, 5, 6, 7, 8, 9, 10, 11 -> {
                Instant near = anchor.minus(Duration.ofMinutes(between(in, -60 * 24 * 20, 60 * 24 * 70)));
                yield chance(in, 20) ? near.plusNanos(between(in, 1, 999)) : near;
            }
            default ->
                anchor.minus(Duration.ofHours(between(in, -240, 24 * 400))).plusNanos(between(in, 0, 2));
        };
    }

    private static void orders(RandomnessSource in, Customer.Builder b, Instant anchor) {
        int orders = between(in, 0, 6);
        List<Instant> placed = new ArrayList<>();
        // Euros in any case, given on some orders only: sums within and across customers never mix currencies.
        String currency = pick(in, List.of("EUR", "eur"));
        for (int i = 0; i < orders; i++) {
            Instant at;
            if (!placed.isEmpty() && chance(in, 15)) {
                at = pick(in, placed); // the same instant as another order
            } else if (!placed.isEmpty() && chance(in, 10)) {
                at = pick(in, placed).plus(pick(in, Pools.EDGES));
            } else {
                at = around(in, anchor);
            }
            placed.add(at);
            Order.Builder order = Order.builder("o-" + i, at, money(in, 30_000));
            if (chance(in, 80)) {
                order.channel(pick(in, Pools.CHANNELS));
            }
            if (chance(in, 30)) {
                order.currency(currency);
            }
            if (chance(in, 12)) {
                order.status(chance(in, 50) ? Order.Status.CANCELLED : Order.Status.REFUNDED);
            }
            int items = between(in, 0, 3);
            for (int j = 0; j < items; j++) {
                String product = chance(in, 5) ? pick(in, Pools.ODD_TEXTS) : pick(in, Pools.PRODUCTS);
                order.item(product, pick(in, Pools.CATEGORIES), between(in, 1, 3), money(in, 10_000));
            }
            b.order(order.build());
        }
    }

    private static void events(RandomnessSource in, Customer.Builder b, Instant anchor) {
        int events = between(in, 0, 5);
        List<Instant> seen = new ArrayList<>();
        for (int i = 0; i < events; i++) {
            Map<String, Object> properties = new LinkedHashMap<>();
            if (chance(in, 80)) {
                properties.put("path", chance(in, 5) ? pick(in, Pools.ODD_TEXTS) : pick(in, Pools.PATHS));
            }
            if (chance(in, 50)) {
                properties.put("seconds", between(in, 0, 120));
            }
            if (chance(in, 50)) {
                properties.put("mobile", chance(in, 50));
            }
            if (chance(in, 10)) {
                properties.put("referrer", chance(in, 50) ? between(in, 0, 3) : pick(in, Pools.PATHS));
            }
            Instant at = !seen.isEmpty() && chance(in, 15) ? pick(in, seen) : around(in, anchor);
            seen.add(at);
            b.event(Event.of(pick(in, Pools.EVENT_TYPES), at, properties));
        }
    }

    private static void customAttributes(
            RandomnessSource in, Customer.Builder b, Instant anchor, LocalDate anchorDate) {
        switch (between(in, 0, 3)) {
            case 0 -> b.attribute("tier", text(in, Pools.TIERS));
            case 1 -> b.attribute("tier", between(in, 1, 3)); // the wrong type: reads as missing text
            default -> {}
        }
        if (chance(in, 60)) {
            b.attribute("points", between(in, -100, 2_000) / 2.0);
        }
        if (chance(in, 60)) {
            b.attribute("vip", chance(in, 50));
        }
        switch (between(in, 0, 2)) {
            case 0 -> b.attribute("signed_up", around(in, anchor));
            case 1 -> b.attribute("signed_up", anchorDate.minusDays(between(in, -10, 40)));
            default -> {}
        }
        if (chance(in, 60)) {
            b.attribute("labels", new LinkedHashSet<>(subset(in, Pools.LABELS)));
        }
    }
}
