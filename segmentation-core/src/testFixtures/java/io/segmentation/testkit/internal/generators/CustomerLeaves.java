package io.segmentation.testkit.internal.generators;

import static io.segmentation.Attributes.*;
import static io.segmentation.testkit.internal.generators.Draw.between;
import static io.segmentation.testkit.internal.generators.Draw.chance;
import static io.segmentation.testkit.internal.generators.Draw.coin;
import static io.segmentation.testkit.internal.generators.Draw.pick;

import io.segmentation.Criterion;
import io.segmentation.CustomPredicate;
import io.segmentation.attribute.Attribute;
import io.segmentation.attribute.BooleanAttribute;
import io.segmentation.attribute.EventProperty;
import io.segmentation.attribute.EventQuery;
import io.segmentation.attribute.InstantAttribute;
import io.segmentation.attribute.NumberAttribute;
import io.segmentation.attribute.SetAttribute;
import io.segmentation.attribute.TextAttribute;
import io.segmentation.attribute.WindowedBooleanAttribute;
import io.segmentation.attribute.WindowedNumberAttribute;
import io.segmentation.customer.Customer;
import io.segmentation.customer.Event;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.quicktheories.core.RandomnessSource;

/**
 * Leaves over the whole customer vocabulary of {@link io.segmentation.Attributes}: every attribute family, windows
 * of every kind, events with and without filters on text, number and boolean properties, custom attributes read as
 * every type (including the wrong one), a user-defined attribute, presence tests and — when the vocabulary allows —
 * custom predicates and user-defined attributes inside event filters.
 */
public final class CustomerLeaves {

    /** A user-defined attribute, to exercise attributes that are not built in. */
    public static final BooleanAttribute<Customer> VIP =
            Attribute.bool("vip", c -> c.tags().contains("vip"));

    /** A user-defined attribute over events, which no text or JSON form can hold inside an event filter. */
    public static final InstantAttribute<Event> SEEN_AT = Attribute.instant("seen_at", Event::instant);

    /** A custom predicate reading the subject. */
    public static final CustomPredicate<Customer> EVEN_ID = (c, ctx) -> c.id().hashCode() % 2 == 0;

    /** A custom predicate reading subject and context: an order in the day before the evaluation time. */
    public static final CustomPredicate<Customer> ORDERED_TODAY = (c, ctx) -> c.orders().stream()
            .anyMatch(o -> !o.instant().isAfter(ctx.asOf())
                    && !o.instant().isBefore(ctx.asOf().minus(Duration.ofDays(1))));

    private static final List<String> EVENT_TYPES = List.of("page_view", "login", "add_to_cart", "page_view", "it's");
    private static final List<String> PROPERTIES =
            List.of("path", "referrer", "seconds", "mobile", "odd key", "and", "ünï");

    private CustomerLeaves() {}

    /** A leaf of any kind the vocabulary allows. */
    public static Criterion<Customer> leaf(RandomnessSource in, Vocabulary v) {
        return switch (between(in, 0, v.opaque() ? 10 : 9)) {
            case 0, 1 -> ValueLeaves.number(in, numberAttribute(in, v));
            case 2, 3 -> ValueLeaves.text(in, textAttribute(in));
            case 4 -> ValueLeaves.set(in, setAttribute(in));
            case 5 -> ValueLeaves.bool(in, booleanAttribute(in, v));
            case 6, 7 -> TimeDraws.instantLeaf(in, instantAttribute(in, v), v);
            case 8, 9 -> ValueLeaves.presence(in, anyAttribute(in, v));
            default -> customPredicate(in);
        };
    }

    /** One of the two custom predicates. */
    public static Criterion<Customer> customPredicate(RandomnessSource in) {
        return coin(in) ? custom("even-id", EVEN_ID) : custom("ordered-today", ORDERED_TODAY);
    }

    private static String eventType(RandomnessSource in) {
        return pick(in, EVENT_TYPES);
    }

    private static EventQuery events(RandomnessSource in, Vocabulary v) {
        EventQuery query = event(eventType(in));
        return coin(in) ? query : query.where(eventFilter(in, v, 2));
    }

    /** Any number attribute of a customer, windowed or not. */
    public static NumberAttribute<Customer> numberAttribute(RandomnessSource in, Vocabulary v) {
        return switch (between(in, 0, 16)) {
            case 0 -> age();
            case 1 -> income();
            case 2 -> companySize();
            case 3 -> annualRevenue();
            case 4 ->
                chance(in, 80)
                        ? distanceKm(52.52, 13.405)
                        : distanceKm(between(in, -90, 90), between(in, -1800, 1800) / 10.0);
            case 5 -> windowed(in, purchases(), v);
            case 6 -> windowed(in, totalSpent(), v);
            case 7 -> windowed(in, averageOrderValue(), v);
            case 8 -> daysSinceLastPurchase();
            case 9, 10 -> windowed(in, events(in, v).count(), v);
            case 11 -> attribute("points").number();
            case 12 -> {
                yield attribute("tier").number(); // the wrong type for most customers
            }
            case 13 -> attribute(pick(in, List.of("odd key", "ünï"))).number();
            case 14 -> daysUntilBirthday();
            case 15 -> daysUntilAnniversary();
            default -> windowed(in, purchases(), v);
        };
    }

    /** Any text attribute of a customer. */
    public static TextAttribute<Customer> textAttribute(RandomnessSource in) {
        return switch (between(in, 0, 10)) {
            case 0 -> gender();
            case 1 -> education();
            case 2 -> occupation();
            case 3 -> country();
            case 4 -> region();
            case 5 -> city();
            case 6 -> postalCode();
            case 7 -> industry();
            case 8, 9 -> attribute("tier").text();
            default -> attribute(pick(in, List.of("loyalty_tier", "ünï"))).text();
        };
    }

    /** Any set attribute of a customer. */
    public static SetAttribute<Customer> setAttribute(RandomnessSource in) {
        return switch (between(in, 0, 6)) {
            case 0 -> interests();
            case 1 -> values();
            case 2 -> lifestyle();
            case 3 -> tags();
            case 4 -> channels();
            case 5 -> attribute("labels").set();
            default -> attribute("badges").set();
        };
    }

    /** Any boolean attribute of a customer, windowed or not. */
    public static BooleanAttribute<Customer> booleanAttribute(RandomnessSource in, Vocabulary v) {
        return switch (between(in, 0, 4)) {
            case 0 -> subscribedTo(pick(in, Pools.SUBSCRIPTIONS));
            case 1 -> {
                String product = chance(in, 85) ? pick(in, Pools.PRODUCTS) : pick(in, List.of("it's", "a,b"));
                yield windowed(in, purchasedProduct(product), v);
            }
            case 2 -> windowed(in, purchasedCategory(pick(in, Pools.CATEGORIES)), v);
            case 3 -> attribute("vip").bool();
            default -> VIP;
        };
    }

    /** Any instant attribute of a customer. */
    public static InstantAttribute<Customer> instantAttribute(RandomnessSource in, Vocabulary v) {
        return switch (between(in, 0, 7)) {
            case 0 -> firstPurchase();
            case 1 -> lastPurchase();
            case 2 -> event(eventType(in)).last();
            case 3 -> event(eventType(in)).where(eventFilter(in, v, 1)).last();
            case 4 -> nextBirthday();
            case 5 -> customerSince();
            case 6 -> nextAnniversary();
            default -> attribute("signed_up").instant();
        };
    }

    /** Any attribute of a customer, for presence tests. */
    public static Attribute<Customer, ?> anyAttribute(RandomnessSource in, Vocabulary v) {
        return switch (between(in, 0, 5)) {
            case 0 -> numberAttribute(in, v);
            case 1 -> textAttribute(in);
            case 2 -> booleanAttribute(in, v);
            case 3 -> instantAttribute(in, v);
            case 4 -> setAttribute(in);
            default -> purchases().inLast(pick(in, v.durations()));
        };
    }

    private static WindowedNumberAttribute<Customer> windowed(
            RandomnessSource in, WindowedNumberAttribute<Customer> aggregate, Vocabulary v) {
        return switch (between(in, 0, 3)) {
            case 0 -> aggregate;
            case 1 -> {
                Instant from = CustomerDraws.around(in, v.anchor());
                yield chance(in, 10)
                        ? aggregate.during(from, from)
                        : aggregate.during(from, from.plus(pick(in, Pools.EDGES)));
            }
            default -> aggregate.inLast(pick(in, v.durations()));
        };
    }

    private static WindowedBooleanAttribute<Customer> windowed(
            RandomnessSource in, WindowedBooleanAttribute<Customer> fact, Vocabulary v) {
        return switch (between(in, 0, 3)) {
            case 0 -> fact;
            case 1 -> {
                Instant from = CustomerDraws.around(in, v.anchor());
                yield chance(in, 10) ? fact.during(from, from) : fact.during(from, from.plus(pick(in, Pools.EDGES)));
            }
            default -> fact.inLast(pick(in, v.durations()));
        };
    }

    /** A filter on events: comparisons and presence tests on properties, nested with and/or/not up to a depth. */
    public static Criterion<Event> eventFilter(RandomnessSource in, Vocabulary v, int depth) {
        Criterion<Event> leaf = chance(in, 10) ? not(eventLeaf(in, v)) : eventLeaf(in, v);
        if (depth > 0 && between(in, 0, 2) == 0) {
            return coin(in)
                    ? anyOf(leaf, not(eventFilter(in, v, depth - 1)))
                    : allOf(leaf, eventFilter(in, v, depth - 1));
        }
        return leaf;
    }

    private static Criterion<Event> eventLeaf(RandomnessSource in, Vocabulary v) {
        EventProperty p = property(pick(in, PROPERTIES));
        return switch (between(in, 0, v.opaque() ? 4 : 3)) {
            case 0 -> ValueLeaves.text(in, p);
            case 1 -> ValueLeaves.number(in, p.number());
            case 2 -> ValueLeaves.bool(in, p.bool());
            case 3 ->
                switch (between(in, 0, 2)) {
                    case 0 -> ValueLeaves.presence(in, p);
                    case 1 -> ValueLeaves.presence(in, p.number());
                    default -> ValueLeaves.presence(in, p.bool());
                };
            default -> TimeDraws.instantLeaf(in, SEEN_AT, v);
        };
    }
}
