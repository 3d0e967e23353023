package io.segmentation.engine;

import static io.segmentation.Attributes.age;
import static io.segmentation.Attributes.country;
import static io.segmentation.Attributes.custom;
import static io.segmentation.Attributes.daysSinceLastPurchase;
import static io.segmentation.Attributes.event;
import static io.segmentation.Attributes.lastPurchase;
import static io.segmentation.Attributes.purchases;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.segmentation.EvaluationContext;
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
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class MembershipTrackerTest {

    private static final Instant T0 = Instant.parse("2026-06-01T10:00:00Z");
    private static final Duration DAY = Duration.ofDays(1);
    private static final Duration THIRTY_DAYS = Duration.ofDays(30);
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private static final Segment<Customer> RECENT =
            Segment.where(purchases().inLast(THIRTY_DAYS).atLeast(1)).named("recent");
    private static final Segment<Customer> GERMAN =
            Segment.where(country().is("DE")).named("german");
    private static final Segment<Customer> ADULTS =
            Segment.where(age().atLeast(18)).named("adults");

    private static Order order(String id, Instant at) {
        return Order.builder(id, at, BigDecimal.TEN).build();
    }

    private static Customer buyer(String id, Instant... orders) {
        Customer.Builder b = Customer.builder(id).country("DE");
        for (int i = 0; i < orders.length; i++) {
            b.order(order("o-" + i, orders[i]));
        }
        return b.build();
    }

    /** A tracker with a recording listener. */
    private static final class Recorded<T> {
        final MembershipTracker<T> tracker;
        final List<MembershipChange<T>> changes = Collections.synchronizedList(new ArrayList<>());

        Recorded(MembershipTracker<T> tracker) {
            this.tracker = tracker;
            tracker.addListener(changes::add);
        }

        List<MembershipChange<T>> drain() {
            List<MembershipChange<T>> copy = new ArrayList<>(changes);
            changes.clear();
            return copy;
        }
    }

    private static Recorded<Customer> tracking(ZoneId zone, Segment<Customer> segment) {
        return new Recorded<>(MembershipTracker.over(SegmentEngine.of(List.of(segment)), zone));
    }

    private static Recorded<Customer> tracking(Segment<Customer> segment) {
        return new Recorded<>(MembershipTracker.over(SegmentEngine.of(List.of(segment))));
    }

    private static Recorded<Customer> tracking(Segment<Customer> first, Segment<Customer> second) {
        return new Recorded<>(MembershipTracker.over(SegmentEngine.of(List.of(first, second))));
    }

    private static <T> MembershipChange<T> entered(T subject, String id, Segment<T> s, Instant at) {
        return new MembershipChange.Entered<>(id, subject, s, at);
    }

    private static <T> MembershipChange<T> exited(T subject, String id, Segment<T> s, Instant at) {
        return new MembershipChange.Exited<>(id, subject, s, at);
    }

    @Test
    void an_order_fed_by_update_makes_the_customer_enter_at_the_update_instant() {
        Recorded<Customer> r = tracking(RECENT);
        Customer anna = Customer.builder("anna").build();
        r.tracker.update(anna, T0);
        assertThat(r.drain()).isEmpty();

        Instant orderAt = T0.plus(Duration.ofHours(5));
        Customer withOrder = buyer("anna", orderAt);
        r.tracker.update(withOrder, orderAt);

        assertThat(r.drain()).containsExactly(entered(withOrder, "anna", RECENT, orderAt));
        assertThat(r.tracker.memberships("anna")).containsExactly(RECENT);
        assertThat(r.tracker.size(RECENT)).isEqualTo(1);
    }

    @Test
    void no_purchase_in_30_days_exits_at_last_order_plus_30_days_and_1ns_advancing_a_day_at_a_time() {
        Recorded<Customer> r = tracking(RECENT);
        Customer anna = buyer("anna", T0);
        r.tracker.update(anna, T0);
        assertThat(r.drain()).containsExactly(entered(anna, "anna", RECENT, T0));

        for (Instant now = T0; now.isBefore(T0.plus(Duration.ofDays(45))); now = now.plus(DAY)) {
            r.tracker.advanceTo(now);
        }

        assertThat(r.drain())
                .containsExactly(
                        exited(anna, "anna", RECENT, T0.plus(THIRTY_DAYS).plusNanos(1)));
        assertThat(r.tracker.memberships("anna")).isEmpty();
        assertThat(r.tracker.size(RECENT)).isZero();
    }

    @Test
    void no_purchase_in_30_days_exits_at_the_same_instant_when_jumping_far_ahead() {
        Recorded<Customer> r = tracking(RECENT);
        Customer anna = buyer("anna", T0);
        r.tracker.update(anna, T0);
        r.drain();

        r.tracker.advanceTo(T0.plus(Duration.ofDays(3650)));

        assertThat(r.drain())
                .containsExactly(
                        exited(anna, "anna", RECENT, T0.plus(THIRTY_DAYS).plusNanos(1)));
    }

    @Test
    void the_window_edge_is_inclusive_the_exit_comes_one_nanosecond_later() {
        Recorded<Customer> r = tracking(RECENT);
        r.tracker.update(buyer("anna", T0), T0);
        assertThat(r.tracker.nextEvaluation("anna"))
                .contains(T0.plus(THIRTY_DAYS).plusNanos(1));

        r.tracker.advanceTo(T0.plus(THIRTY_DAYS));
        assertThat(r.tracker.memberships("anna")).containsExactly(RECENT);

        r.tracker.advanceTo(T0.plus(THIRTY_DAYS).plusNanos(1));
        assertThat(r.tracker.memberships("anna")).isEmpty();
    }

    @Test
    void a_known_future_order_makes_the_customer_enter_when_it_happens() {
        Recorded<Customer> r = tracking(RECENT);
        Instant later = T0.plus(Duration.ofDays(3));
        Customer anna = buyer("anna", later);
        r.tracker.update(anna, T0);
        assertThat(r.drain()).isEmpty();
        assertThat(r.tracker.nextEvaluation("anna")).contains(later);

        r.tracker.advanceTo(T0.plus(Duration.ofDays(100)));

        assertThat(r.drain())
                .containsExactly(
                        entered(anna, "anna", RECENT, later),
                        exited(anna, "anna", RECENT, later.plus(THIRTY_DAYS).plusNanos(1)));
    }

    @Test
    void a_birthday_makes_the_customer_enter_an_age_segment_at_local_midnight() {
        Recorded<Customer> r = tracking(BERLIN, ADULTS);
        Customer teen =
                Customer.builder("teen").birthDate(LocalDate.of(2008, 6, 15)).build();
        r.tracker.update(teen, T0);
        assertThat(r.drain()).isEmpty();
        Instant midnight = LocalDate.of(2026, 6, 15).atStartOfDay(BERLIN).toInstant();
        assertThat(midnight).isEqualTo(Instant.parse("2026-06-14T22:00:00Z"));
        assertThat(r.tracker.nextEvaluation("teen")).contains(midnight);

        for (Instant now = T0; now.isBefore(T0.plus(Duration.ofDays(20))); now = now.plus(Duration.ofHours(7))) {
            r.tracker.advanceTo(now);
        }

        assertThat(r.drain()).containsExactly(entered(teen, "teen", ADULTS, midnight));
    }

    @Test
    void a_29_february_birthday_counts_on_1_march_in_common_years() {
        Recorded<Customer> r = tracking(ADULTS);
        Customer leap =
                Customer.builder("leap").birthDate(LocalDate.of(2008, 2, 29)).build();
        r.tracker.update(leap, Instant.parse("2026-01-01T00:00:00Z"));

        r.tracker.advanceTo(Instant.parse("2026-12-31T00:00:00Z"));

        assertThat(r.drain()).containsExactly(entered(leap, "leap", ADULTS, Instant.parse("2026-03-01T00:00:00Z")));
    }

    @Test
    void an_age_that_never_changes_the_answer_schedules_nothing_in_a_fixed_zone() {
        Recorded<Customer> r = tracking(ADULTS);
        r.tracker.update(
                Customer.builder("old").birthDate(LocalDate.of(1950, 1, 1)).build(), T0);

        assertThat(r.tracker.nextEvaluation("old")).isEmpty();
    }

    @Test
    void more_than_90_days_ago_flips_at_the_last_order_plus_90_days_and_1ns() {
        Segment<Customer> lapsed = Segment.where(
                        lastPurchase().moreThan(Duration.ofDays(90)).ago())
                .named("lapsed");
        Recorded<Customer> r = tracking(lapsed);
        Customer anna = buyer("anna", T0);
        r.tracker.update(anna, T0);

        assertThat(r.tracker.nextEvaluation("anna"))
                .contains(T0.plus(Duration.ofDays(90)).plusNanos(1));
        r.tracker.advanceTo(T0.plus(Duration.ofDays(400)));

        assertThat(r.drain())
                .containsExactly(entered(
                        anna, "anna", lapsed, T0.plus(Duration.ofDays(90)).plusNanos(1)));
    }

    @Test
    void a_new_order_before_the_lapse_reschedules_it() {
        Segment<Customer> lapsed = Segment.where(lastPurchase().before(TimePoint.ago(Duration.ofDays(90))))
                .named("lapsed");
        Recorded<Customer> r = tracking(lapsed);
        r.tracker.update(buyer("anna", T0), T0);
        Instant second = T0.plus(Duration.ofDays(60));
        Customer again = buyer("anna", T0, second);
        r.tracker.update(again, second);

        r.tracker.advanceTo(T0.plus(Duration.ofDays(400)));

        assertThat(r.drain())
                .containsExactly(entered(
                        again, "anna", lapsed, second.plus(Duration.ofDays(90)).plusNanos(1)));
    }

    @Test
    void bought_today_ends_at_the_next_local_midnight() {
        Segment<Customer> today =
                Segment.where(lastPurchase().after(TimePoint.today())).named("today");
        Recorded<Customer> r = tracking(BERLIN, today);
        Instant at = Instant.parse("2026-06-01T20:00:00Z"); // 22:00 in Berlin
        Customer anna = buyer("anna", at);
        r.tracker.update(anna, at);

        r.tracker.advanceTo(at.plus(Duration.ofDays(5)));

        assertThat(r.drain())
                .containsExactly(
                        entered(anna, "anna", today, at),
                        exited(anna, "anna", today, Instant.parse("2026-06-01T22:00:00Z")));
    }

    @Test
    void days_since_last_purchase_changes_at_local_midnights() {
        Segment<Customer> quiet =
                Segment.where(daysSinceLastPurchase().atLeast(3)).named("quiet");
        Recorded<Customer> r = tracking(BERLIN, quiet);
        Instant at = Instant.parse("2026-06-01T21:30:00Z"); // 23:30 on 1 June in Berlin
        Customer anna = buyer("anna", at);
        r.tracker.update(anna, at);

        assertThat(r.tracker.nextEvaluation("anna")).contains(Instant.parse("2026-06-03T22:00:00Z"));
        r.tracker.advanceTo(at.plus(Duration.ofDays(30)));

        assertThat(r.drain()).containsExactly(entered(anna, "anna", quiet, Instant.parse("2026-06-03T22:00:00Z")));
    }

    @Test
    void a_calendar_month_ago_jumps_at_month_ends() {
        Segment<Customer> monthAgo = Segment.where(lastPurchase().before(TimePoint.ago(Period.ofMonths(1))))
                .named("month-ago");
        Recorded<Customer> r = tracking(monthAgo);
        Instant at = Instant.parse("2026-01-31T12:00:00Z");
        Customer anna = buyer("anna", at);
        r.tracker.update(anna, at);

        r.tracker.advanceTo(Instant.parse("2026-04-01T00:00:00Z"));

        // 28 February minus a month is 28 January; 1 March minus a month is 1 February, after the order.
        assertThat(r.drain()).containsExactly(entered(anna, "anna", monthAgo, Instant.parse("2026-03-01T00:00:00Z")));
    }

    @Test
    void events_seen_within_a_week_enter_and_exit() {
        Segment<Customer> browsing = Segment.where(event("page_view").last().within(Duration.ofDays(7)))
                .named("browsing");
        Recorded<Customer> r = tracking(browsing);
        Instant seen = T0.plus(Duration.ofHours(30));
        Customer anna =
                Customer.builder("anna").event(Event.of("page_view", seen)).build();
        r.tracker.update(anna, T0);

        r.tracker.advanceTo(T0.plus(Duration.ofDays(30)));

        assertThat(r.drain())
                .containsExactly(
                        entered(anna, "anna", browsing, seen),
                        exited(
                                anna,
                                "anna",
                                browsing,
                                seen.plus(Duration.ofDays(7)).plusNanos(1)));
    }

    @Test
    void an_event_filter_that_reads_the_time_is_followed() {
        InstantAttribute<Event> seenAt = Attribute.instant("seen_at", Event::instant);
        Segment<Customer> fresh = Segment.where(event("page_view")
                        .where(seenAt.within(Duration.ofDays(2)))
                        .count()
                        .atLeast(1))
                .named("fresh");
        Recorded<Customer> r = tracking(fresh);
        Customer anna =
                Customer.builder("anna").event(Event.of("page_view", T0)).build();
        r.tracker.update(anna, T0);

        r.tracker.advanceTo(T0.plus(Duration.ofDays(10)));

        assertThat(r.drain())
                .containsExactly(
                        entered(anna, "anna", fresh, T0),
                        exited(anna, "anna", fresh, T0.plus(Duration.ofDays(2)).plusNanos(1)));
    }

    @Test
    void tracks_any_subject_type_by_its_id() {
        record Account(String id, Instant signedUp) {}
        Segment<Account> newcomers = Segment.where(
                        Attribute.instant("signed_up", Account::signedUp).within(Duration.ofDays(14)))
                .named("newcomers");
        Recorded<Account> r = new Recorded<>(MembershipTracker.over(SegmentEngine.of(newcomers), Account::id));
        Account a = new Account("a-1", T0);
        r.tracker.update(a, T0);

        r.tracker.advanceTo(T0.plus(Duration.ofDays(20)));

        assertThat(r.drain())
                .containsExactly(
                        entered(a, "a-1", newcomers, T0),
                        exited(a, "a-1", newcomers, T0.plus(Duration.ofDays(14)).plusNanos(1)));
    }

    @Test
    void feeding_the_same_profile_twice_reports_nothing_new() {
        Recorded<Customer> r = tracking(RECENT, GERMAN);
        Customer anna = buyer("anna", T0);
        r.tracker.update(anna, T0);
        r.tracker.update(anna, T0);
        r.tracker.update(anna, T0.plus(DAY));
        r.tracker.advanceTo(T0.plus(DAY));
        r.tracker.advanceTo(T0.plus(DAY));

        assertThat(r.drain()).containsExactly(entered(anna, "anna", RECENT, T0), entered(anna, "anna", GERMAN, T0));
    }

    @Test
    void a_customer_seen_twice_is_updated_not_duplicated() {
        Recorded<Customer> r = tracking(GERMAN);
        r.tracker.update(buyer("anna"), T0);
        Customer moved = Customer.builder("anna").country("FR").build();
        r.tracker.update(moved, T0.plus(DAY));
        r.tracker.update(buyer("bob"), T0.plus(DAY));

        assertThat(r.tracker.size(GERMAN)).isEqualTo(1);
        assertThat(r.tracker.memberships("anna")).isEmpty();
        assertThat(r.drain())
                .containsExactly(
                        entered(buyer("anna"), "anna", GERMAN, T0),
                        exited(moved, "anna", GERMAN, T0.plus(DAY)),
                        entered(buyer("bob"), "bob", GERMAN, T0.plus(DAY)));
    }

    @Test
    void a_new_profile_due_at_its_own_flip_instant_supersedes_the_old_one() {
        Recorded<Customer> r = tracking(RECENT);
        r.tracker.update(buyer("anna", T0), T0);
        r.drain();
        Instant flip = T0.plus(THIRTY_DAYS).plusNanos(1);

        r.tracker.update(buyer("anna", T0, flip), flip);

        assertThat(r.drain()).isEmpty();
        assertThat(r.tracker.memberships("anna")).containsExactly(RECENT);
    }

    @Test
    void remove_reports_exits_from_every_segment() {
        Recorded<Customer> r = tracking(RECENT, GERMAN);
        Customer anna = buyer("anna", T0);
        r.tracker.update(anna, T0);
        r.drain();

        assertThat(r.tracker.remove("anna", T0.plus(DAY))).isTrue();

        assertThat(r.drain())
                .containsExactly(
                        exited(anna, "anna", RECENT, T0.plus(DAY)), exited(anna, "anna", GERMAN, T0.plus(DAY)));
        assertThat(r.tracker.memberships("anna")).isEmpty();
        assertThat(r.tracker.size(GERMAN)).isZero();
        assertThat(r.tracker.nextEvaluation("anna")).isEmpty();
        r.tracker.advanceTo(T0.plus(Duration.ofDays(100)));
        assertThat(r.drain()).isEmpty();
    }

    @Test
    void remove_of_an_unknown_subject_reports_nothing() {
        Recorded<Customer> r = tracking(GERMAN);

        assertThat(r.tracker.remove("nobody", T0)).isFalse();
        assertThat(r.drain()).isEmpty();
    }

    @Test
    void remove_first_reports_what_happened_before_it() {
        Recorded<Customer> r = tracking(RECENT);
        Customer anna = buyer("anna", T0);
        r.tracker.update(anna, T0);
        r.drain();

        r.tracker.remove("anna", T0.plus(Duration.ofDays(40)));

        assertThat(r.drain())
                .containsExactly(
                        exited(anna, "anna", RECENT, T0.plus(THIRTY_DAYS).plusNanos(1)));
    }

    @Test
    void an_update_first_reports_the_changes_due_before_it_in_time_order() {
        Recorded<Customer> r = tracking(RECENT);
        Customer anna = buyer("anna", T0);
        r.tracker.update(anna, T0);
        r.drain();
        Instant later = T0.plus(Duration.ofDays(40));
        Customer bob = buyer("bob", later);

        r.tracker.update(bob, later);

        assertThat(r.drain())
                .containsExactly(
                        exited(anna, "anna", RECENT, T0.plus(THIRTY_DAYS).plusNanos(1)),
                        entered(bob, "bob", RECENT, later));
    }

    @Test
    void changes_of_many_customers_come_in_time_order() {
        Recorded<Customer> r = tracking(RECENT);
        for (int i = 0; i < 20; i++) {
            r.tracker.update(buyer("c-" + i, T0.minus(Duration.ofHours(37L * i))), T0);
        }
        r.drain();

        r.tracker.advanceTo(T0.plus(Duration.ofDays(60)));

        List<MembershipChange<Customer>> exits = r.drain();
        assertThat(exits).hasSize(20);
        assertThat(exits).extracting(MembershipChange::at).isSorted();
        assertThat(exits).extracting(MembershipChange::id).startsWith("c-19");
    }

    @Test
    void time_never_moves_backwards() {
        Recorded<Customer> r = tracking(GERMAN);
        Instant later = T0.plus(DAY);
        r.tracker.advanceTo(later);

        assertThatIllegalArgumentException()
                .isThrownBy(() -> r.tracker.update(buyer("anna"), T0))
                .withMessageContaining(T0.toString())
                .withMessageContaining(later.toString());
        assertThatIllegalArgumentException()
                .isThrownBy(() -> r.tracker.advanceTo(T0))
                .withMessageContaining(T0.toString())
                .withMessageContaining(later.toString());
        assertThatIllegalArgumentException()
                .isThrownBy(() -> r.tracker.remove("anna", T0))
                .withMessageContaining(T0.toString())
                .withMessageContaining(later.toString());
        assertThat(r.tracker.time()).contains(later);
    }

    @Test
    void listeners_must_not_feed_the_tracker() {
        Recorded<Customer> r = tracking(GERMAN);
        List<Throwable> failures = new ArrayList<>();
        r.tracker.addListener(change -> {
            try {
                r.tracker.advanceTo(change.at());
            } catch (IllegalStateException e) {
                failures.add(e);
            }
            assertThat(r.tracker.memberships(change.id())).contains(change.segment());
        });

        r.tracker.update(buyer("anna"), T0);

        assertThat(failures).singleElement().asString().contains("listener");
    }

    @Test
    void a_failing_listener_does_not_stop_the_others_and_its_exception_is_rethrown() {
        Recorded<Customer> r = tracking(RECENT, GERMAN);
        RuntimeException boom = new IllegalStateException("boom");
        r.tracker.addListener(change -> {
            throw boom;
        });
        List<MembershipChange<Customer>> after = new ArrayList<>();
        r.tracker.addListener(after::add);

        assertThatThrownBy(() -> r.tracker.update(buyer("anna", T0), T0)).isSameAs(boom);

        assertThat(after).hasSize(2);
        assertThat(r.tracker.memberships("anna")).containsExactly(RECENT, GERMAN);
    }

    @Test
    void a_removed_listener_hears_nothing_more() {
        Recorded<Customer> r = tracking(GERMAN);
        List<MembershipChange<Customer>> heard = new ArrayList<>();
        MembershipListener<Customer> listener = heard::add;
        r.tracker.addListener(listener);
        r.tracker.addListener(listener);
        r.tracker.update(buyer("anna"), T0);

        assertThat(r.tracker.removeListener(listener)).isTrue();
        assertThat(r.tracker.removeListener(listener)).isFalse();
        r.tracker.update(buyer("bob"), T0);

        assertThat(heard).hasSize(1);
    }

    @Test
    void segments_without_time_rules_schedule_nothing() {
        Recorded<Customer> r = tracking(GERMAN);
        r.tracker.update(buyer("anna", T0), T0);

        assertThat(r.tracker.nextEvaluation("anna")).isEmpty();
        assertThat(r.tracker.nextEvaluation("nobody")).isEmpty();
    }

    @Test
    void custom_predicates_are_evaluated_on_updates_only() {
        Segment<Customer> june = Segment.where(custom(
                        "june",
                        (Customer c, EvaluationContext ctx) -> ctx.today().getMonthValue() == 6))
                .named("june");
        Recorded<Customer> r = tracking(june);
        r.tracker.update(buyer("anna"), T0);

        assertThat(r.tracker.nextEvaluation("anna")).isEmpty();
        r.tracker.update(buyer("anna"), Instant.parse("2026-07-02T00:00:00Z"));
        assertThat(r.tracker.memberships("anna")).isEmpty();
    }

    @Test
    void size_rejects_a_segment_of_another_engine() {
        Recorded<Customer> r = tracking(GERMAN);

        assertThatIllegalArgumentException()
                .isThrownBy(() -> r.tracker.size(RECENT))
                .withMessageContaining("recent");
    }

    @Test
    void listeners_are_never_called_concurrently_and_in_time_order() throws Exception {
        Recorded<Customer> r = tracking(RECENT, GERMAN);
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger overlaps = new AtomicInteger();
        List<Instant> order = Collections.synchronizedList(new ArrayList<>());
        r.tracker.addListener(change -> {
            if (inFlight.incrementAndGet() > 1) {
                overlaps.incrementAndGet();
            }
            order.add(change.at());
            inFlight.decrementAndGet();
        });
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> tasks = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            int thread = t;
            tasks.add(pool.submit(() -> {
                start.await();
                for (int i = 0; i < 200; i++) {
                    String id = "c-" + thread + "-" + i;
                    r.tracker.update(buyer(id, T0.minus(Duration.ofMinutes(i))), T0);
                    r.tracker.memberships(id);
                    r.tracker.advanceTo(T0);
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> task : tasks) {
            task.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();
        r.tracker.advanceTo(T0.plus(Duration.ofDays(31)));

        assertThat(overlaps.get()).isZero();
        assertThat(order).hasSize(8 * 200 * 3).isSorted();
        assertThat(r.tracker.size(GERMAN)).isEqualTo(1600);
        assertThat(r.tracker.size(RECENT)).isZero();
    }

    @Test
    void changes_are_values() {
        Customer anna = buyer("anna");
        new EqualsTester()
                .addEqualityGroup(entered(anna, "anna", GERMAN, T0), entered(anna, "anna", GERMAN, T0))
                .addEqualityGroup(exited(anna, "anna", GERMAN, T0))
                .addEqualityGroup(entered(anna, "anna", GERMAN, T0.plusNanos(1)))
                .addEqualityGroup(entered(anna, "anna", RECENT, T0))
                .testEquals();
    }

    @Test
    void rejects_nulls() {
        NullPointerTester tester = new NullPointerTester()
                .setDefault(Segment.class, GERMAN)
                .setDefault(SegmentEngine.class, SegmentEngine.of(GERMAN))
                .setDefault(Instant.class, T0)
                .setDefault(ZoneId.class, BERLIN);
        tester.testAllPublicStaticMethods(MembershipTracker.class);
        tester.testAllPublicInstanceMethods(MembershipTracker.over(SegmentEngine.of(GERMAN)));
        tester.testAllPublicConstructors(MembershipChange.Entered.class);
        tester.testAllPublicConstructors(MembershipChange.Exited.class);
    }
}
