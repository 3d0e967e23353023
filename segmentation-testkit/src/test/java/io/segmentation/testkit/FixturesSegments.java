package io.segmentation.testkit;

import static io.segmentation.Attributes.*;

import io.segmentation.Criterion;
import io.segmentation.Segment;
import io.segmentation.TimePoint;
import io.segmentation.customer.Customer;
import io.segmentation.customer.Event;
import io.segmentation.customer.Order;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/**
 * Segments for testing the fixtures: a list of representative segments, one or more per attribute family, and random
 * criterion trees over the whole built-in vocabulary (small value vocabularies, so that random trees often combine
 * conditions on the same attribute, window or event).
 */
public final class FixturesSegments {

    private static final List<String> COUNTRIES = List.of("DE", "FR", "AT", "NL");
    private static final List<String> TAGS = List.of("vip", "newsletter", "wholesale");
    private static final List<String> INTERESTS = List.of("running", "yoga", "tech");
    private static final List<Duration> WINDOWS =
            List.of(Duration.ofDays(7), Duration.ofDays(30), Duration.ofDays(365));
    private static final Instant JAN = Instant.parse("2025-01-01T00:00:00Z");

    private FixturesSegments() {}

    /** One or more segments per attribute family and operator, each satisfiable and not a tautology. */
    public static List<Segment<Customer>> representative() {
        List<Criterion<Customer>> c = new ArrayList<>();
        c.add(age().between(18, 25));
        c.add(age().greaterThan(65).or(age().isMissing()));
        c.add(gender().is("female"));
        c.add(income().atLeast(50_000).and(income().lessThan(80_000)));
        c.add(education().inIgnoringCase("MASTER", "doctorate"));
        c.add(occupation().containsIgnoringCase("engineer"));
        c.add(country().in("DE", "AT", "CH"));
        c.add(not(country().is("DE")).and(country().isPresent()));
        c.add(region().startsWith("Bav"));
        c.add(city().endsWithIgnoringCase("BURG"));
        c.add(postalCode().matches("10[0-9]{3}"));
        c.add(distanceKm(52.52, 13.405).atMost(50));
        c.add(interests().containsAny("running", "yoga").and(not(interests().contains("running"))));
        c.add(values().containsAll("sustainability", "family"));
        c.add(lifestyle().isEmpty());
        c.add(not(tags().isEmpty()).and(not(tags().contains("wholesale"))));
        c.add(companySize().between(10, 249));
        c.add(industry().in("retail", "software"));
        c.add(annualRevenue().greaterThan(1_000_000));
        c.add(subscribedTo("email").isTrue().and(not(subscribedTo("sms").isTrue())));
        c.add(attribute("tier").text().in("gold", "platinum"));
        c.add(attribute("points").number().atLeast(1_000));
        c.add(attribute("beta").bool().isTrue());
        c.add(attribute("signed_up").instant().within(Duration.ofDays(14)));
        c.add(attribute("badges").set().contains("early"));
        c.add(purchases().inLast(Duration.ofDays(30)).atLeast(3));
        c.add(purchases().during(JAN, JAN.plus(Duration.ofDays(90))).is(2));
        c.add(totalSpent().inLast(Duration.ofDays(365)).greaterThan(500));
        c.add(averageOrderValue().between(20, 60));
        c.add(allOf(
                purchases().inLast(Duration.ofDays(30)).atLeast(3),
                totalSpent().atLeast(500),
                averageOrderValue().atMost(100)));
        c.add(firstPurchase().before(TimePoint.ago(Period.ofMonths(12))));
        c.add(lastPurchase().within(Duration.ofDays(30)));
        c.add(lastPurchase().moreThan(Duration.ofDays(90)).ago());
        c.add(daysSinceLastPurchase().between(10, 20));
        c.add(channels().containsAll("web", "store"));
        c.add(purchasedProduct("sku-7").isTrue());
        c.add(purchasedCategory("shoes")
                .inLast(Duration.ofDays(90))
                .isTrue()
                .and(not(purchasedCategory("shoes").inLast(Duration.ofDays(30)).isTrue())));
        c.add(event("page_view")
                .where(property("path").startsWith("/shoes"))
                .count()
                .inLast(Duration.ofDays(30))
                .atLeast(2));
        c.add(event("basket")
                .where(property("value").number().greaterThan(100))
                .count()
                .atLeast(1)
                .and(event("basket").count().atMost(2)));
        c.add(event("login").last().within(Duration.ofDays(7)));
        c.add(inSegment(Segment.where(country().is("FR")).named("french")).and(age().atLeast(30)));
        c.add(anyOf(
                tags().contains("vip"), allOf(age().lessThan(30), interests().contains("tech"))));
        List<Segment<Customer>> segments = new ArrayList<>();
        for (int i = 0; i < c.size(); i++) {
            segments.add(Segment.where(c.get(i)).named("sample-" + i));
        }
        return segments;
    }

    /** Random customers over the same small vocabularies, with orders and events around the default time. */
    public static Gen<Customer> customers() {
        return in -> {
            Customer.Builder b = Customer.builder("r-" + between(in, 0, 1_000_000));
            if (between(in, 0, 4) > 0) {
                b.birthDate(LocalDate.of(2026, 1, 1).minusDays(between(in, 365 * 8, 365 * 90)));
            }
            if (between(in, 0, 9) > 0) {
                b.country(pick(in, COUNTRIES));
            }
            if (between(in, 0, 1) > 0) {
                b.city(pick(in, List.of("Berlin", "Munich", "Paris")));
            }
            if (between(in, 0, 1) > 0) {
                b.postalCode(String.valueOf(between(in, 1_000, 99_999)));
            }
            if (between(in, 0, 2) > 0) {
                b.income(BigDecimal.valueOf(between(in, 0, 150) * 1_000L));
            }
            if (between(in, 0, 2) == 0) {
                b.companySize(between(in, 1, 600));
            }
            if (between(in, 0, 2) == 0) {
                b.location(between(in, 4_700, 5_300) / 100.0, between(in, 900, 1_400) / 100.0);
            }
            for (String t : TAGS) {
                if (between(in, 0, 2) == 0) {
                    b.tags(t);
                }
            }
            for (String i : INTERESTS) {
                if (between(in, 0, 2) == 0) {
                    b.interests(i);
                }
            }
            if (between(in, 0, 1) == 0) {
                b.subscribedTo(pick(in, List.of("email", "sms")));
            }
            if (between(in, 0, 2) == 0) {
                b.attribute("points", (double) between(in, 0, 2_000));
            }
            if (between(in, 0, 3) == 0) {
                b.attribute("vip", between(in, 0, 1) == 0);
            }
            int orders = between(in, 0, 6);
            for (int k = 0; k < orders; k++) {
                b.order(Order.builder("o-" + k, around(in), BigDecimal.valueOf(between(in, 0, 30_000), 2))
                        .channel(pick(in, List.of("web", "store")))
                        .item("sku-" + k, pick(in, List.of("shoes", "books", "home")), 1, BigDecimal.TEN)
                        .build());
            }
            int events = between(in, 0, 5);
            for (int k = 0; k < events; k++) {
                b.event(Event.of(
                        "page_view", around(in), Map.of("path", pick(in, List.of("/shoes/a", "/home", "/x")))));
            }
            return b.build();
        };
    }

    private static Instant around(RandomnessSource in) {
        if (between(in, 0, 9) == 0) {
            return TestKit.DEFAULT_AS_OF.minus(pick(in, WINDOWS));
        }
        return TestKit.DEFAULT_AS_OF.minus(Duration.ofHours(between(in, -100, 24 * 400)));
    }

    private static int between(RandomnessSource in, int lo, int hi) {
        return Generate.range(lo, hi).generate(in);
    }

    private static <E> E pick(RandomnessSource in, List<E> from) {
        return from.get(between(in, 0, from.size() - 1));
    }

    /** Random leaves over the built-in vocabulary. */
    public static Gen<Criterion<Customer>> leaves() {
        List<Function<RandomnessSource, Criterion<Customer>>> leaves = List.of(
                in -> age().between(between(in, 10, 40), between(in, 40, 90)),
                in -> age().atLeast(between(in, 10, 80)),
                in -> age().lessThan(between(in, 10, 80)),
                in -> age().isMissing(),
                in -> country().in(pick(in, COUNTRIES), pick(in, COUNTRIES)),
                in -> country().is(pick(in, COUNTRIES)),
                in -> city().startsWithIgnoringCase(pick(in, List.of("ber", "mu", "pa"))),
                in -> postalCode().matches("[0-9]{5}"),
                in -> income().greaterThan(between(in, 0, 100) * 1_000),
                in -> companySize().atMost(between(in, 1, 500)),
                in -> interests().contains(pick(in, INTERESTS)),
                in -> tags().containsAny(pick(in, TAGS), pick(in, TAGS)),
                in -> tags().containsAll(pick(in, TAGS), pick(in, TAGS)),
                in -> tags().isEmpty(),
                in -> subscribedTo(pick(in, List.of("email", "sms"))).isTrue(),
                in -> attribute("points").number().atLeast(between(in, 0, 2_000)),
                in -> attribute("points").text().is("n/a"),
                in -> attribute("vip").bool().isTrue(),
                in -> purchases().atLeast(between(in, 0, 5)),
                in -> purchases().inLast(pick(in, WINDOWS)).atMost(between(in, 0, 4)),
                in -> totalSpent().inLast(pick(in, WINDOWS)).atLeast(between(in, 0, 800)),
                in -> averageOrderValue().between(between(in, 0, 50), between(in, 50, 200)),
                in -> lastPurchase().within(pick(in, WINDOWS)),
                in -> firstPurchase().moreThan(pick(in, WINDOWS)).ago(),
                in -> daysSinceLastPurchase().atMost(between(in, 0, 100)),
                in -> channels().contains(pick(in, List.of("web", "store"))),
                in -> purchasedCategory(pick(in, List.of("shoes", "books")))
                        .inLast(pick(in, WINDOWS))
                        .isTrue(),
                in -> event("page_view")
                        .where(property("path").startsWith(pick(in, List.of("/shoes", "/home"))))
                        .count()
                        .inLast(pick(in, WINDOWS))
                        .atLeast(between(in, 1, 3)),
                in -> event("page_view").count().atMost(between(in, 0, 4)),
                in -> event("page_view").last().within(pick(in, WINDOWS)),
                in -> distanceKm(48.14, 11.58).atMost(between(in, 10, 500)));
        return in -> pick(in, leaves).apply(in);
    }

    /** Random criterion trees up to a depth, with {@code and}, {@code or}, {@code not} and segment references. */
    public static Gen<Criterion<Customer>> criteria(int depth) {
        Gen<Criterion<Customer>> leaves = leaves();
        if (depth == 0) {
            return leaves;
        }
        Gen<Criterion<Customer>> smaller = criteria(depth - 1);
        return in -> switch (between(in, 0, 5)) {
            case 0 -> allOf(smaller.generate(in), smaller.generate(in));
            case 1 -> anyOf(smaller.generate(in), smaller.generate(in));
            case 2 -> not(smaller.generate(in));
            case 3 -> inSegment(Segment.where(smaller.generate(in)).named("ref-" + depth));
            default -> leaves.generate(in);
        };
    }

    /** Random segments, named. */
    public static Gen<Segment<Customer>> segments(int depth) {
        Gen<Criterion<Customer>> trees = criteria(depth);
        return in -> Segment.where(trees.generate(in)).named("random");
    }
}
