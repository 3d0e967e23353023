package io.segmentation.jackson;

import static io.segmentation.Attributes.*;

import io.segmentation.Criterion;
import io.segmentation.Segment;
import io.segmentation.TimePoint;
import io.segmentation.attribute.Attribute;
import io.segmentation.attribute.AttributeRegistry;
import io.segmentation.attribute.BooleanAttribute;
import io.segmentation.attribute.EventProperty;
import io.segmentation.attribute.InstantAttribute;
import io.segmentation.attribute.NumberAttribute;
import io.segmentation.attribute.SetAttribute;
import io.segmentation.attribute.TextAttribute;
import io.segmentation.attribute.WindowedNumberAttribute;
import io.segmentation.customer.Customer;
import io.segmentation.customer.Event;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/**
 * Random criteria over the built-in vocabulary: every operator of every attribute family, windows, event filters,
 * attribute arguments, time points, segment references and awkward strings. {@link #queryBuilderCriteria} keeps to
 * what react-querybuilder can express.
 */
final class JsonGenerators {

    static final BooleanAttribute<Customer> VIP =
            Attribute.bool("vip", c -> c.tags().contains("vip"));

    static final List<Segment<Customer>> CATALOGUE = catalogue();

    /** The built-in vocabulary, the catalogue's segments, and a plain boolean attribute {@code vip}. */
    static final AttributeRegistry<Customer> REGISTRY =
            AttributeRegistry.builtIn().with(VIP).withSegments(CATALOGUE);

    private static final List<String> WORDS = List.of(
            "DE",
            "de",
            "Berlin",
            "/shoes",
            "it's",
            "back\\slash",
            "line\nbreak",
            "tab\t",
            "ü-umlaut",
            "",
            "🎉",
            "x'y",
            "a,b",
            "\"quoted\"",
            "\u0000nul",
            " padded ");
    private static final List<NumberAttribute<Customer>> NUMBERS = List.of(
            age(),
            income(),
            companySize(),
            annualRevenue(),
            purchases(),
            totalSpent(),
            averageOrderValue(),
            daysSinceLastPurchase());
    private static final List<TextAttribute<Customer>> TEXTS =
            List.of(gender(), education(), occupation(), country(), region(), city(), postalCode(), industry());
    private static final List<SetAttribute<Customer>> SETS =
            List.of(interests(), values(), lifestyle(), tags(), channels());
    private static final List<InstantAttribute<Customer>> INSTANTS = List.of(firstPurchase(), lastPurchase());

    private JsonGenerators() {}

    private static List<Segment<Customer>> catalogue() {
        Segment<Customer> newsletter =
                Segment.where(tags().contains("newsletter")).named("newsletter");
        Segment<Customer> loyal = Segment.where(purchases().atLeast(5))
                .and(inSegment(newsletter))
                .named("loyal")
                .describedAs("Five purchases and on the newsletter");
        return List.of(newsletter, loyal, Segment.where(age().lessThan(30)).named("young people"));
    }

    static int between(RandomnessSource in, int lo, int hi) {
        return Generate.range(lo, hi).generate(in);
    }

    static <E> E pick(RandomnessSource in, List<E> from) {
        return from.get(between(in, 0, from.size() - 1));
    }

    private static boolean coin(RandomnessSource in) {
        return between(in, 0, 1) == 0;
    }

    private static String word(RandomnessSource in) {
        return pick(in, WORDS);
    }

    private static List<String> words(RandomnessSource in) {
        List<String> list = new ArrayList<>();
        int n = between(in, 1, 4);
        for (int i = 0; i < n; i++) {
            list.add(word(in));
        }
        return list;
    }

    static double number(RandomnessSource in) {
        switch (between(in, 0, 5)) {
            case 0:
                return between(in, -1000, 1000);
            case 1:
                return between(in, 0, 100_000) / 100.0;
            case 2:
                return 1.5e10;
            case 3:
                return 0.1 + 0.2;
            case 4:
                return 1e300;
            default:
                return -0.001;
        }
    }

    private static Duration duration(RandomnessSource in) {
        return pick(
                in,
                List.of(
                        Duration.ofDays(30),
                        Duration.ofDays(14),
                        Duration.ofHours(12),
                        Duration.ofMinutes(90),
                        Duration.ofSeconds(45),
                        Duration.ofMillis(1500),
                        Duration.ofDays(365)));
    }

    static TimePoint point(RandomnessSource in) {
        switch (between(in, 0, 6)) {
            case 0:
                return TimePoint.at(Instant.parse("2026-01-31T10:15:30Z").plusMillis(between(in, 0, 1) * 250L));
            case 1:
                return TimePoint.on(LocalDate.of(2025, 2, 28).plusDays(between(in, 0, 400)));
            case 2:
                return TimePoint.now();
            case 3:
                return TimePoint.today();
            case 4:
                return TimePoint.ago(Period.ofMonths(between(in, 1, 24)));
            default:
                return TimePoint.ago(duration(in));
        }
    }

    private static NumberAttribute<Customer> numberAttribute(RandomnessSource in) {
        Instant from = Instant.parse("2026-01-01T00:00:00Z");
        Instant to = Instant.parse("2026-04-01T00:00:00Z");
        switch (between(in, 0, 6)) {
            case 0:
                return windowed(in, purchases(), from, to);
            case 1:
                return windowed(in, averageOrderValue(), from, to);
            case 2:
                var events = coin(in) ? event("page_view") : event("page_view").where(eventFilter(in, 2));
                return windowed(in, events.count(), from, to);
            case 3:
                return distanceKm(between(in, -90, 90), between(in, -1800, 1800) / 10.0);
            case 4:
                return attribute(pick(in, List.of("points", "odd key", "ünï"))).number();
            default:
                return pick(in, NUMBERS);
        }
    }

    private static NumberAttribute<Customer> windowed(
            RandomnessSource in, WindowedNumberAttribute<Customer> a, Instant from, Instant to) {
        switch (between(in, 0, 2)) {
            case 0:
                return a;
            case 1:
                return a.inLast(duration(in));
            default:
                return a.during(from, to);
        }
    }

    private static <T> Criterion<T> numberLeaf(RandomnessSource in, NumberAttribute<T> a) {
        double x = number(in);
        switch (between(in, 0, 6)) {
            case 0:
                return a.between(Math.min(x, 1e10), Math.min(x, 1e10) + between(in, 0, 50));
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
                return a.in(x, number(in), number(in));
        }
    }

    private static <T> Criterion<T> textLeaf(RandomnessSource in, TextAttribute<T> a) {
        boolean ic = between(in, 0, 2) == 0;
        String w = word(in);
        switch (between(in, 0, 5)) {
            case 0:
                return ic ? a.isIgnoringCase(w) : a.is(w);
            case 1:
                return ic ? a.inIgnoringCase(words(in)) : a.in(words(in));
            case 2:
                return ic ? a.startsWithIgnoringCase(w) : a.startsWith(w);
            case 3:
                return ic ? a.endsWithIgnoringCase(w) : a.endsWith(w);
            case 4:
                return ic ? a.containsIgnoringCase(w) : a.contains(w);
            default:
                String regex = pick(in, List.of("[a-z]+", "(?:ab|cd)*x", ".*'.*", "\\d{5}", "\"\\\\"));
                return ic ? a.matchesIgnoringCase(regex) : a.matches(regex);
        }
    }

    private static <T> Criterion<T> setLeaf(RandomnessSource in, SetAttribute<T> set) {
        switch (between(in, 0, 3)) {
            case 0:
                return set.contains(word(in));
            case 1:
                return set.containsAny(words(in));
            case 2:
                return set.containsAll(words(in));
            default:
                return set.isEmpty();
        }
    }

    private static <T> Criterion<T> instantLeaf(RandomnessSource in, InstantAttribute<T> instant) {
        switch (between(in, 0, 4)) {
            case 0:
                return instant.before(point(in));
            case 1:
                return instant.after(point(in));
            case 2:
                TimePoint a = point(in);
                TimePoint b = point(in);
                return a instanceof TimePoint.Fixed && b instanceof TimePoint.Fixed
                        ? instant.between(b, b)
                        : instant.between(a, b);
            case 3:
                return instant.moreThan(duration(in)).ago();
            default:
                return instant.within(duration(in));
        }
    }

    private static Criterion<Event> eventFilter(RandomnessSource in, int depth) {
        EventProperty p = property(pick(in, List.of("path", "referrer", "odd key", "and", "ünï")));
        Criterion<Event> leaf;
        switch (between(in, 0, 3)) {
            case 0:
                leaf = textLeaf(in, p);
                break;
            case 1:
                leaf = numberLeaf(in, p.number());
                break;
            case 2:
                leaf = coin(in) ? p.bool().isTrue() : p.bool().isFalse();
                break;
            default:
                leaf = coin(in) ? p.number().isMissing() : p.bool().isPresent();
        }
        if (depth > 0 && between(in, 0, 2) == 0) {
            return coin(in) ? anyOf(leaf, not(eventFilter(in, depth - 1))) : allOf(leaf, eventFilter(in, depth - 1));
        }
        return leaf;
    }

    private static Criterion<Customer> leaf(RandomnessSource in) {
        switch (between(in, 0, 5)) {
            case 0:
                return numberLeaf(in, numberAttribute(in));
            case 1:
                return textLeaf(
                        in,
                        coin(in)
                                ? pick(in, TEXTS)
                                : attribute(pick(in, List.of("tier", "ünï"))).text());
            case 2:
                return setLeaf(
                        in, coin(in) ? pick(in, SETS) : attribute("badges").set());
            case 3:
                InstantAttribute<Customer> instant = switch (between(in, 0, 2)) {
                    case 0 -> pick(in, INSTANTS);
                    case 1 ->
                        coin(in)
                                ? event("login").last()
                                : event("login").where(eventFilter(in, 1)).last();
                    default -> attribute("signed_up").instant();
                };
                return instantLeaf(in, instant);
            case 4:
                switch (between(in, 0, 4)) {
                    case 0:
                        return subscribedTo(pick(in, List.of("email", "sms"))).is(coin(in));
                    case 1:
                        return purchasedProduct(pick(in, List.of("sku-7", "it's", "a,b")))
                                .inLast(duration(in))
                                .isTrue();
                    case 2:
                        return purchasedCategory("shoes")
                                .during(Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2026-01-01T00:00:00Z"))
                                .isFalse();
                    case 3:
                        return VIP.is(coin(in));
                    default:
                        return attribute("vip").bool().isTrue();
                }
            default:
                List<Attribute<Customer, ?>> attributes = new ArrayList<>(NUMBERS);
                attributes.addAll(TEXTS);
                attributes.addAll(SETS);
                attributes.addAll(INSTANTS);
                attributes.add(VIP);
                attributes.add(attribute("vip").bool());
                attributes.add(attribute("points").number());
                attributes.add(purchases().inLast(Duration.ofDays(7)));
                Attribute<Customer, ?> a = pick(in, attributes);
                return coin(in) ? a.isMissing() : a.isPresent();
        }
    }

    /** Random criterion trees with every kind of node that has a JSON form. */
    static Gen<Criterion<Customer>> criteria(int depth) {
        if (depth == 0) {
            return JsonGenerators::leaf;
        }
        Gen<Criterion<Customer>> smaller = criteria(depth - 1);
        return in -> {
            switch (between(in, 0, 6)) {
                case 0:
                    return allOf(smaller.generate(in), smaller.generate(in));
                case 1:
                    return anyOf(smaller.generate(in), smaller.generate(in), smaller.generate(in));
                case 2:
                    return not(smaller.generate(in));
                case 3:
                    return inSegment(pick(in, CATALOGUE));
                default:
                    return leaf(in);
            }
        };
    }

    /** Random segments, named and described or not. */
    static Gen<Segment<Customer>> segments() {
        Gen<Criterion<Customer>> criteria = criteria(3);
        return in -> {
            Segment<Customer> s = Segment.where(criteria.generate(in));
            if (coin(in)) {
                s = s.named(pick(in, List.of("young-repeat", "it's a name", "🎉")));
            }
            if (coin(in)) {
                s = s.describedAs(pick(in, List.of("Young repeat buyers", "line\nbreak")));
            }
            return s;
        };
    }

    private static Criterion<Customer> queryBuilderLeaf(RandomnessSource in) {
        switch (between(in, 0, 5)) {
            case 0:
                NumberAttribute<Customer> n = pick(in, NUMBERS);
                Criterion<Customer> number = numberLeaf(in, n);
                return coin(in) ? number : not(number);
            case 1:
                TextAttribute<Customer> t = pick(in, TEXTS);
                String w = word(in);
                Criterion<Customer> text = switch (between(in, 0, 4)) {
                    case 0 -> t.is(w);
                    case 1 -> t.in(words(in));
                    case 2 -> t.startsWith(w);
                    case 3 -> t.endsWith(w);
                    default -> t.contains(w);
                };
                return coin(in) ? text : not(text);
            case 2:
                SetAttribute<Customer> s = pick(in, SETS);
                Criterion<Customer> set = coin(in) ? s.contains(word(in)) : s.containsAny(words(in));
                return coin(in) ? set : not(set);
            case 3:
                InstantAttribute<Customer> i = pick(in, INSTANTS);
                Criterion<Customer> instant = switch (between(in, 0, 2)) {
                    case 0 -> i.before(point(in));
                    case 1 -> i.after(point(in));
                    default -> i.between(TimePoint.ago(Duration.ofDays(30)), point(in));
                };
                return coin(in) ? instant : not(instant);
            case 4:
                Criterion<Customer> vip = VIP.is(coin(in));
                return coin(in) ? vip : not(vip);
            default:
                List<Attribute<Customer, ?>> attributes = new ArrayList<>(NUMBERS);
                attributes.addAll(TEXTS);
                attributes.addAll(SETS);
                attributes.add(VIP);
                Attribute<Customer, ?> a = pick(in, attributes);
                Criterion<Customer> presence = coin(in) ? a.isMissing() : a.isPresent();
                return coin(in) ? presence : not(presence);
        }
    }

    /** Random trees of what react-querybuilder can express: plain attributes, its operators, and/or/not. */
    static Gen<Criterion<Customer>> queryBuilderCriteria(int depth) {
        if (depth == 0) {
            return JsonGenerators::queryBuilderLeaf;
        }
        Gen<Criterion<Customer>> smaller = queryBuilderCriteria(depth - 1);
        return in -> {
            switch (between(in, 0, 5)) {
                case 0:
                    return allOf(smaller.generate(in), smaller.generate(in));
                case 1:
                    return anyOf(smaller.generate(in), smaller.generate(in), smaller.generate(in));
                case 2:
                    return not(smaller.generate(in));
                default:
                    return queryBuilderLeaf(in);
            }
        };
    }
}
