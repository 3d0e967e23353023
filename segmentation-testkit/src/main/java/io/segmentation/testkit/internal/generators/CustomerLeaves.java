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
        switch (between(in, 0, v.opaque() ? 10 : 9)) {
            case 0:
            case 1:
                return ValueLeaves.number(in, numberAttribute(in, v));
            case 2:
            case 3:
                return ValueLeaves.text(in, textAttribute(in));
            case 4:
                return ValueLeaves.set(in, setAttribute(in));
            case 5:
                return ValueLeaves.bool(in, booleanAttribute(in, v));
            case 6:
            case 7:
                return TimeDraws.instantLeaf(in, instantAttribute(in, v), v);
            case 8:
            case 9:
                return ValueLeaves.presence(in, anyAttribute(in, v));
            default:
                return customPredicate(in);
        }
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
        switch (between(in, 0, 14)) {
            case 0:
                return age();
            case 1:
                return income();
            case 2:
                return companySize();
            case 3:
                return annualRevenue();
            case 4:
                return chance(in, 80)
                        ? distanceKm(52.52, 13.405)
                        : distanceKm(between(in, -90, 90), between(in, -1800, 1800) / 10.0);
            case 5:
                return windowed(in, purchases(), v);
            case 6:
                return windowed(in, totalSpent(), v);
            case 7:
                return windowed(in, averageOrderValue(), v);
            case 8:
                return daysSinceLastPurchase();
            case 9:
            case 10:
                return windowed(in, events(in, v).count(), v);
            case 11:
                return attribute("points").number();
            case 12:
                return attribute("tier").number(); // the wrong type for most customers
            case 13:
                return attribute(pick(in, List.of("odd key", "ünï"))).number();
            default:
                return windowed(in, purchases(), v);
        }
    }

    /** Any text attribute of a customer. */
    public static TextAttribute<Customer> textAttribute(RandomnessSource in) {
        switch (between(in, 0, 10)) {
            case 0:
                return gender();
            case 1:
                return education();
            case 2:
                return occupation();
            case 3:
                return country();
            case 4:
                return region();
            case 5:
                return city();
            case 6:
                return postalCode();
            case 7:
                return industry();
            case 8:
            case 9:
                return attribute("tier").text();
            default:
                return attribute(pick(in, List.of("loyalty_tier", "ünï"))).text();
        }
    }

    /** Any set attribute of a customer. */
    public static SetAttribute<Customer> setAttribute(RandomnessSource in) {
        switch (between(in, 0, 6)) {
            case 0:
                return interests();
            case 1:
                return values();
            case 2:
                return lifestyle();
            case 3:
                return tags();
            case 4:
                return channels();
            case 5:
                return attribute("labels").set();
            default:
                return attribute("badges").set();
        }
    }

    /** Any boolean attribute of a customer, windowed or not. */
    public static BooleanAttribute<Customer> booleanAttribute(RandomnessSource in, Vocabulary v) {
        switch (between(in, 0, 4)) {
            case 0:
                return subscribedTo(pick(in, Pools.SUBSCRIPTIONS));
            case 1:
                String product = chance(in, 85) ? pick(in, Pools.PRODUCTS) : pick(in, List.of("it's", "a,b"));
                return windowed(in, purchasedProduct(product), v);
            case 2:
                return windowed(in, purchasedCategory(pick(in, Pools.CATEGORIES)), v);
            case 3:
                return attribute("vip").bool();
            default:
                return VIP;
        }
    }

    /** Any instant attribute of a customer. */
    public static InstantAttribute<Customer> instantAttribute(RandomnessSource in, Vocabulary v) {
        switch (between(in, 0, 4)) {
            case 0:
                return firstPurchase();
            case 1:
                return lastPurchase();
            case 2:
                return event(eventType(in)).last();
            case 3:
                return event(eventType(in)).where(eventFilter(in, v, 1)).last();
            default:
                return attribute("signed_up").instant();
        }
    }

    /** Any attribute of a customer, for presence tests. */
    public static Attribute<Customer, ?> anyAttribute(RandomnessSource in, Vocabulary v) {
        switch (between(in, 0, 5)) {
            case 0:
                return numberAttribute(in, v);
            case 1:
                return textAttribute(in);
            case 2:
                return booleanAttribute(in, v);
            case 3:
                return instantAttribute(in, v);
            case 4:
                return setAttribute(in);
            default:
                return purchases().inLast(pick(in, v.durations()));
        }
    }

    private static WindowedNumberAttribute<Customer> windowed(
            RandomnessSource in, WindowedNumberAttribute<Customer> aggregate, Vocabulary v) {
        switch (between(in, 0, 3)) {
            case 0:
                return aggregate;
            case 1:
                Instant from = CustomerDraws.around(in, v.anchor());
                return chance(in, 10)
                        ? aggregate.during(from, from)
                        : aggregate.during(from, from.plus(pick(in, Pools.EDGES)));
            default:
                return aggregate.inLast(pick(in, v.durations()));
        }
    }

    private static WindowedBooleanAttribute<Customer> windowed(
            RandomnessSource in, WindowedBooleanAttribute<Customer> fact, Vocabulary v) {
        switch (between(in, 0, 3)) {
            case 0:
                return fact;
            case 1:
                Instant from = CustomerDraws.around(in, v.anchor());
                return chance(in, 10) ? fact.during(from, from) : fact.during(from, from.plus(pick(in, Pools.EDGES)));
            default:
                return fact.inLast(pick(in, v.durations()));
        }
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
        switch (between(in, 0, v.opaque() ? 4 : 3)) {
            case 0:
                return ValueLeaves.text(in, p);
            case 1:
                return ValueLeaves.number(in, p.number());
            case 2:
                return ValueLeaves.bool(in, p.bool());
            case 3:
                switch (between(in, 0, 2)) {
                    case 0:
                        return ValueLeaves.presence(in, p);
                    case 1:
                        return ValueLeaves.presence(in, p.number());
                    default:
                        return ValueLeaves.presence(in, p.bool());
                }
            default:
                return TimeDraws.instantLeaf(in, SEEN_AT, v);
        }
    }
}
