package io.segmentation.testkit.internal.generators;

import static io.segmentation.Attributes.*;
import static io.segmentation.testkit.internal.generators.Draw.between;
import static io.segmentation.testkit.internal.generators.Draw.pick;

import io.segmentation.Criterion;
import io.segmentation.TimePoint;
import io.segmentation.customer.Customer;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Function;
import org.quicktheories.core.RandomnessSource;

/**
 * Leaves whose truth changes as time passes with no change to the profile: windows, {@code within}, look-backs of
 * durations and calendar months, {@code today}, ages, days since the last purchase, and event filters that read the
 * event's time. Each kind is one entry, drawn with equal chance, so a few thousand draws meet every kind often.
 */
public final class TimeRules {

    private static final List<Duration> DURATIONS = List.of(
            Duration.ofDays(1),
            Duration.ofDays(7),
            Duration.ofDays(30),
            Duration.ofHours(36).plusNanos(1),
            Duration.ofMinutes(90));
    private static final List<Period> PERIODS = List.of(Period.ofMonths(1), Period.ofMonths(2), Period.ofYears(1));
    private static final List<String> COUNTRIES = List.of("DE", "FR", "NL");
    private static final List<String> TAGS = List.of("newsletter", "vip");
    private static final List<String> CATEGORIES = List.of("shoes", "home");

    private TimeRules() {}

    /** The leaves, with fixed points a week and two days before {@code anchor}. */
    public static List<Function<RandomnessSource, Criterion<Customer>>> leaves(Instant anchor) {
        Instant fixed = anchor.minus(Duration.ofDays(7));
        LocalDate day = LocalDate.ofInstant(anchor, ZoneOffset.UTC).minusDays(2);
        return List.of(
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
                in -> lastPurchase().after(TimePoint.on(day)),
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
                in -> nextBirthday().between(TimePoint.today(), TimePoint.ahead(pick(in, DURATIONS))),
                in -> nextBirthday().between(TimePoint.today(), TimePoint.today()),
                in -> nextBirthday().withinNext(pick(in, DURATIONS)),
                in -> nextAnniversary().before(TimePoint.ahead(pick(in, DURATIONS))),
                in -> customerSince().before(TimePoint.ago(pick(in, PERIODS))),
                in -> daysUntilBirthday().atMost(between(in, 0, 10)),
                in -> daysUntilBirthday().is(between(in, 0, 3)),
                in -> daysUntilAnniversary().between(between(in, 0, 5), between(in, 5, 40)),
                in -> event("page_view").count().inLast(pick(in, DURATIONS)).atLeast(1),
                in -> event("page_view")
                        .where(property("path").startsWith("/shoes"))
                        .count()
                        .atLeast(1),
                in -> event("page_view")
                        .where(CustomerLeaves.SEEN_AT.within(pick(in, DURATIONS)))
                        .count()
                        .atLeast(1),
                in -> event("page_view").last().within(pick(in, DURATIONS)),
                in -> event("login").last().before(TimePoint.ago(pick(in, PERIODS))),
                in -> event("page_view")
                        .where(CustomerLeaves.SEEN_AT.after(TimePoint.today()))
                        .last()
                        .isPresent());
    }
}
