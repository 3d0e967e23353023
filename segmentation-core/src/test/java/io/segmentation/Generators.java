package io.segmentation;

import static io.segmentation.Attributes.*;

import io.segmentation.customer.Customer;
import io.segmentation.customer.Event;
import io.segmentation.customer.Order;
import io.segmentation.engine.EvaluationContext;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators of customers and criterion trees over small vocabularies, so that random criteria often
 * hit, often miss, and meet missing values, window edges and values after the evaluation time.
 */
final class Generators {

    static final Instant AS_OF = Instant.parse("2026-06-01T00:00:00Z");
    static final EvaluationContext CONTEXT = EvaluationContext.asOf(AS_OF);

    private static final List<String> COUNTRIES = List.of("DE", "FR", "NL", "AT");
    private static final List<String> CITIES = List.of("Berlin", "Paris", "Amsterdam", "Vienna", "bern");
    private static final List<String> INTERESTS = List.of("running", "yoga", "eco", "tech");
    private static final List<String> TAGS = List.of("newsletter", "vip", "wholesale");
    private static final List<String> CATEGORIES = List.of("shoes", "home", "beauty");
    private static final List<String> PATHS = List.of("/shoes/trail", "/shoes/road", "/home/lamp", "/Shoes/sale");
    private static final List<Duration> WINDOWS =
            List.of(Duration.ofDays(7), Duration.ofDays(30), Duration.ofDays(365));

    private Generators() {}

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

    private static Instant around(RandomnessSource in) {
        // Mostly before the evaluation time, sometimes after it, sometimes exactly on a window edge.
        if (chance(in, 10)) {
            return AS_OF.minus(pick(in, WINDOWS));
        }
        return AS_OF.minus(Duration.ofHours(between(in, -240, 24 * 400)));
    }

    /** Random customers. */
    static Gen<Customer> customers() {
        return in -> {
            Customer.Builder b = Customer.builder("c-" + between(in, 0, 1_000_000));
            if (chance(in, 80)) {
                b.birthDate(LocalDate.of(2026, 6, 1).minusDays(between(in, 365 * 10, 365 * 80)));
            }
            if (chance(in, 90)) {
                b.country(pick(in, COUNTRIES));
            }
            if (chance(in, 70)) {
                b.city(pick(in, CITIES));
            }
            if (chance(in, 30)) {
                b.companySize(between(in, 1, 500));
            }
            b.interests(subset(in, INTERESTS)).tags(subset(in, TAGS));
            if (chance(in, 50)) {
                b.subscribedTo("email");
            }
            int orders = between(in, 0, 6);
            for (int i = 0; i < orders; i++) {
                b.order(Order.builder("o-" + i, around(in), BigDecimal.valueOf(between(in, 0, 30_000), 2))
                        .channel(chance(in, 50) ? "web" : "store")
                        .item("sku-" + between(in, 1, 3), pick(in, CATEGORIES), between(in, 1, 3), BigDecimal.TEN)
                        .build());
            }
            int events = between(in, 0, 5);
            for (int i = 0; i < events; i++) {
                b.event(Event.of("page_view", around(in), Map.of("path", pick(in, PATHS))));
            }
            return b.build();
        };
    }

    /** Random leaves over the whole vocabulary used by {@link #customers()}. */
    static Gen<Criterion<Customer>> leaves() {
        List<Function<RandomnessSource, Criterion<Customer>>> leaves = List.of(
                in -> age().between(between(in, 10, 50), between(in, 50, 90)),
                in -> age().atLeast(between(in, 10, 80)),
                in -> age().lessThan(between(in, 10, 80)),
                in -> age().isMissing(),
                in -> purchases().atLeast(between(in, 0, 4)),
                in -> purchases().inLast(pick(in, WINDOWS)).greaterThan(between(in, 0, 2)),
                in -> totalSpent().inLast(pick(in, WINDOWS)).atMost(between(in, 0, 600)),
                in -> averageOrderValue().greaterThan(between(in, 0, 200)),
                in -> lastPurchase().within(pick(in, WINDOWS)),
                in -> lastPurchase().moreThan(pick(in, WINDOWS)).ago(),
                in -> daysSinceLastPurchase().atMost(between(in, 0, 100)),
                in -> country().in(subsetOrOne(in, COUNTRIES)),
                in -> country().is(pick(in, COUNTRIES)),
                in -> city().startsWithIgnoringCase(pick(in, CITIES).substring(0, 2)),
                in -> city().isPresent(),
                in -> companySize().between(between(in, 1, 100), between(in, 100, 500)),
                in -> interests().contains(pick(in, INTERESTS)),
                in -> tags().containsAny(subsetOrOne(in, TAGS)),
                in -> tags().containsAll(subsetOrOne(in, TAGS)),
                in -> interests().isEmpty(),
                in -> channels().contains("web"),
                in -> subscribedTo("email").isTrue(),
                in -> purchasedCategory(pick(in, CATEGORIES))
                        .inLast(pick(in, WINDOWS))
                        .isTrue(),
                in -> event("page_view")
                        .where(property("path").startsWith("/shoes"))
                        .count()
                        .inLast(pick(in, WINDOWS))
                        .atLeast(between(in, 1, 2)),
                in -> event("page_view").last().within(pick(in, WINDOWS)));
        return in -> pick(in, leaves).apply(in);
    }

    private static List<String> subsetOrOne(RandomnessSource in, List<String> from) {
        List<String> chosen = subset(in, from);
        return chosen.isEmpty() ? List.of(pick(in, from)) : chosen;
    }

    /** Random criterion trees up to the given depth, with and/or/not and segment references. */
    static Gen<Criterion<Customer>> criteria(int depth) {
        Gen<Criterion<Customer>> leaves = leaves();
        if (depth == 0) {
            return leaves;
        }
        Gen<Criterion<Customer>> smaller = criteria(depth - 1);
        return in -> {
            switch (between(in, 0, 5)) {
                case 0:
                    return allOf(smaller.generate(in), smaller.generate(in));
                case 1:
                    return anyOf(smaller.generate(in), smaller.generate(in), smaller.generate(in));
                case 2:
                    return not(smaller.generate(in));
                case 3:
                    return inSegment(Segment.where(smaller.generate(in)).named("s" + depth + "_" + between(in, 0, 9)));
                default:
                    return leaves.generate(in);
            }
        };
    }
}
