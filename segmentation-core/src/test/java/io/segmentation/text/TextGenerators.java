package io.segmentation.text;

import static io.segmentation.Attributes.*;

import io.segmentation.Criterion;
import io.segmentation.Segment;
import io.segmentation.TimePoint;
import io.segmentation.attribute.AttributeRegistry;
import io.segmentation.attribute.EventProperty;
import io.segmentation.attribute.InstantAttribute;
import io.segmentation.attribute.NumberAttribute;
import io.segmentation.attribute.SetAttribute;
import io.segmentation.attribute.TextAttribute;
import io.segmentation.customer.Customer;
import io.segmentation.customer.Event;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/** Random criteria over every operator, attribute family, window and time point that has a text form. */
final class TextGenerators {

    static final List<Segment<Customer>> CATALOGUE = List.of(
            Segment.where(tags().contains("newsletter")).named("newsletter"),
            Segment.where(purchases().atLeast(5)).named("loyal"),
            Segment.where(age().lessThan(30)).named("young people"));
    static final AttributeRegistry<Customer> REGISTRY =
            AttributeRegistry.builtIn().withSegments(CATALOGUE);

    private static final List<String> WORDS = List.of(
            "DE", "de", "Berlin", "/shoes", "it's", "back\\slash", "line\nbreak", "tab\t", "ü-umlaut", "", "🎉", "x'y");
    private static final List<NumberAttribute<Customer>> NUMBERS = List.of(
            age(),
            income(),
            companySize(),
            annualRevenue(),
            purchases(),
            totalSpent(),
            averageOrderValue(),
            daysSinceLastPurchase(),
            distanceKm(52.52, 13.405),
            attribute("points").number());
    private static final List<TextAttribute<Customer>> TEXTS = List.of(
            gender(),
            education(),
            occupation(),
            country(),
            region(),
            city(),
            postalCode(),
            industry(),
            attribute("loyalty_tier").text());
    private static final List<SetAttribute<Customer>> SETS = List.of(
            interests(),
            values(),
            lifestyle(),
            tags(),
            channels(),
            attribute("badges").set());
    private static final List<InstantAttribute<Customer>> INSTANTS = List.of(
            firstPurchase(),
            lastPurchase(),
            event("login").last(),
            attribute("signed_up").instant());

    private TextGenerators() {}

    static int between(RandomnessSource in, int lo, int hi) {
        return Generate.range(lo, hi).generate(in);
    }

    static <E> E pick(RandomnessSource in, List<E> from) {
        return from.get(between(in, 0, from.size() - 1));
    }

    private static String word(RandomnessSource in) {
        return pick(in, WORDS);
    }

    private static List<String> words(RandomnessSource in) {
        List<String> list = new ArrayList<>();
        int n = between(in, 1, 3);
        for (int i = 0; i < n; i++) {
            list.add(word(in));
        }
        return list;
    }

    private static double number(RandomnessSource in) {
        switch (between(in, 0, 3)) {
            case 0:
                return between(in, -1000, 1000);
            case 1:
                return between(in, 0, 100_000) / 100.0;
            case 2:
                return 1.5e10;
            default:
                return 0.001;
        }
    }

    private static Duration duration(RandomnessSource in) {
        return pick(
                in,
                List.of(
                        Duration.ofDays(30),
                        Duration.ofDays(7),
                        Duration.ofHours(12),
                        Duration.ofMinutes(90),
                        Duration.ofSeconds(45),
                        Duration.ofDays(365)));
    }

    private static TimePoint point(RandomnessSource in) {
        switch (between(in, 0, 6)) {
            case 0:
                return TimePoint.at(Instant.parse("2026-01-31T10:15:30Z"));
            case 1:
                return TimePoint.on(LocalDate.of(2025, 2, 28));
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

    private static <A> A windowed(RandomnessSource in, A all, Function<Duration, A> last, A between) {
        switch (between(in, 0, 2)) {
            case 0:
                return all;
            case 1:
                return last.apply(duration(in));
            default:
                return between;
        }
    }

    private static NumberAttribute<Customer> numberAttribute(RandomnessSource in) {
        if (between(in, 0, 3) == 0) {
            Instant from = Instant.parse("2026-01-01T00:00:00Z");
            Instant to = Instant.parse("2026-04-01T00:00:00Z");
            switch (between(in, 0, 2)) {
                case 0:
                    return windowed(
                            in,
                            purchases(),
                            d -> purchases().inLast(d),
                            purchases().during(from, to));
                case 1:
                    return windowed(
                            in,
                            totalSpent(),
                            d -> totalSpent().inLast(d),
                            totalSpent().during(from, to));
                default:
                    var events = between(in, 0, 1) == 0
                            ? event("page_view")
                            : event("page_view").where(eventFilter(in, 1));
                    return windowed(
                            in,
                            events.count(),
                            d -> events.count().inLast(d),
                            events.count().during(from, to));
            }
        }
        return pick(in, NUMBERS);
    }

    private static Criterion<Customer> leaf(RandomnessSource in) {
        switch (between(in, 0, 5)) {
            case 0:
                return numberLeaf(in, numberAttribute(in));
            case 1:
                return textLeaf(in, pick(in, TEXTS));
            case 2:
                SetAttribute<Customer> set = pick(in, SETS);
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
            case 3:
                InstantAttribute<Customer> instant = pick(in, INSTANTS);
                switch (between(in, 0, 3)) {
                    case 0:
                        return instant.before(point(in));
                    case 1:
                        return instant.after(point(in));
                    case 2:
                        return instant.between(point(in), point(in));
                    default:
                        return instant.within(duration(in));
                }
            case 4:
                switch (between(in, 0, 3)) {
                    case 0:
                        return subscribedTo(pick(in, List.of("email", "sms"))).is(between(in, 0, 1) == 0);
                    case 1:
                        return purchasedProduct("sku-7").inLast(duration(in)).isTrue();
                    case 2:
                        return purchasedCategory("shoes").isFalse();
                    default:
                        return attribute("vip").bool().isTrue();
                }
            default:
                var attributes = new ArrayList<io.segmentation.attribute.Attribute<Customer, ?>>(NUMBERS);
                attributes.addAll(TEXTS);
                attributes.addAll(SETS);
                attributes.addAll(INSTANTS);
                attributes.add(attribute("vip").bool());
                var a = pick(in, attributes);
                return between(in, 0, 1) == 0 ? a.isMissing() : a.isPresent();
        }
    }

    private static <T> Criterion<T> numberLeaf(RandomnessSource in, NumberAttribute<T> a) {
        double x = number(in);
        switch (between(in, 0, 6)) {
            case 0:
                return a.between(x, x + between(in, 0, 50));
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
                String regex = pick(in, List.of("[a-z]+", "(?:ab|cd)*x", ".*'.*", "\\d{5}"));
                return ic ? a.matchesIgnoringCase(regex) : a.matches(regex);
        }
    }

    private static Criterion<Event> eventFilter(RandomnessSource in, int depth) {
        EventProperty p = property(pick(in, List.of("path", "referrer", "odd key", "and")));
        Criterion<Event> leaf;
        switch (between(in, 0, 3)) {
            case 0:
                leaf = textLeaf(in, p);
                break;
            case 1:
                leaf = numberLeaf(in, p.number());
                break;
            case 2:
                leaf = p.bool().isTrue();
                break;
            default:
                leaf = between(in, 0, 1) == 0 ? p.number().isMissing() : p.isPresent();
        }
        if (depth > 0 && between(in, 0, 2) == 0) {
            return anyOf(leaf, not(eventFilter(in, depth - 1)));
        }
        return leaf;
    }

    /** Random criterion trees with every kind of node that has a text form. */
    static Gen<Criterion<Customer>> criteria(int depth) {
        if (depth == 0) {
            return TextGenerators::leaf;
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
}
