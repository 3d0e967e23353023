package io.segmentation.examples;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.segmentation.Segment;
import io.segmentation.customer.Customer;
import io.segmentation.customer.Event;
import io.segmentation.customer.Order;
import io.segmentation.engine.MembershipChange;
import io.segmentation.engine.MembershipTracker;
import io.segmentation.engine.SegmentEngine;
import io.segmentation.examples.ExampleSegments.Example;
import io.segmentation.examples.data.SampleData;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Segments that stay current as customers act and time passes: the sample's orders and events are replayed in time
 * order into a {@link MembershipTracker}, which announces every customer entering or leaving a segment at the moment
 * it happens — after an order, after a page view, or simply because 90 days have gone by.
 *
 * <pre>{@code
 * Replay replay = DynamicSegments.replay(SampleData.load(), engine, from, to, ZoneOffset.UTC);
 * replay.changes().forEach(System.out::println);
 * }</pre>
 *
 * <p>Run it with {@code ./mvnw -q -pl segmentation-examples -am compile exec:java
 * -Dexec.mainClass=io.segmentation.examples.DynamicSegments}: it replays May 2026 and prints each change.
 *
 * @since 0.1.0
 */
public final class DynamicSegments {

    /** Where the sample's replay starts: a month before the data ends. */
    public static final Instant FROM = Instant.parse("2026-05-01T00:00:00Z");

    private DynamicSegments() {}

    /**
     * One membership change and what caused it.
     *
     * @param change the change as the tracker reported it
     * @param cause {@code "order o-0042-03"}, {@code "page_view"} or {@code "time passed"}
     * @since 0.1.0
     */
    public record Notification(MembershipChange<Customer> change, String cause) {

        /**
         * One line: instant (to the second; time-driven exits happen a nanosecond after a window closes), customer,
         * direction, segment and cause.
         *
         * @return e.g. {@code 2026-05-03T18:22:10Z  c-0042  entered  active-spenders  (order o-0042-05)}
         */
        @Override
        public String toString() {
            String direction = change instanceof MembershipChange.Entered ? "entered" : "left   ";
            return String.format(
                    Locale.ROOT,
                    "%s  %-7s %s  %-26s (%s)",
                    change.at().truncatedTo(ChronoUnit.SECONDS),
                    change.id(),
                    direction,
                    change.segment().name().orElse(change.segment().toString()),
                    cause);
        }
    }

    /**
     * The outcome of a replay.
     *
     * @param from where the replay started
     * @param to where it ended
     * @param startSizes each segment's size at {@code from}
     * @param notifications every change in {@code (from, to]}, in time order
     * @param endSizes each segment's size at {@code to}
     * @since 0.1.0
     */
    public record Replay(
            Instant from,
            Instant to,
            Map<Segment<Customer>, Integer> startSizes,
            List<Notification> notifications,
            Map<Segment<Customer>, Integer> endSizes) {

        /**
         * Copies the collections.
         *
         * @param from where the replay started
         * @param to where it ended
         * @param startSizes each segment's size at {@code from}
         * @param notifications every change in {@code (from, to]}, in time order
         * @param endSizes each segment's size at {@code to}
         */
        public Replay {
            startSizes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(startSizes));
            notifications = List.copyOf(notifications);
            endSizes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(endSizes));
        }
    }

    /**
     * Replays the orders and events in {@code (from, to]}: every customer is first fed as known at {@code from}
     * (their starting memberships are not announced), then each customer is fed again, as known at that instant, at
     * every instant at which they ordered or had an event, in time order; time-driven changes of everybody are
     * announced in between, and up to {@code to}.
     *
     * @param customers the customers with their whole history
     * @param engine the segments
     * @param from the start, exclusive
     * @param to the end, inclusive
     * @param zone the zone for calendar rules (ages, "today")
     * @return the changes and the sizes before and after
     * @throws IllegalArgumentException if {@code to} is before {@code from}
     */
    public static Replay replay(
            List<Customer> customers, SegmentEngine<Customer> engine, Instant from, Instant to, ZoneId zone) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("replay: to " + to + " is before from " + from);
        }
        MembershipTracker<Customer> tracker = MembershipTracker.over(engine, zone);
        for (Customer customer : customers) {
            tracker.update(customer.asOf(from), from);
        }
        Map<Segment<Customer>, Integer> startSizes = sizes(tracker, engine);

        List<Notification> notifications = new ArrayList<>();
        String[] cause = {"time passed"};
        tracker.addListener(change -> notifications.add(new Notification(change, cause[0])));
        TreeMap<Instant, Map<Customer, String>> timeline = timeline(customers, from, to);
        timeline.forEach((instant, acting) -> {
            cause[0] = "time passed";
            tracker.advanceTo(instant);
            acting.forEach((customer, what) -> {
                cause[0] = what;
                tracker.update(customer.asOf(instant), instant);
            });
        });
        cause[0] = "time passed";
        tracker.advanceTo(to);
        return new Replay(from, to, startSizes, notifications, sizes(tracker, engine));
    }

    /** For each instant in {@code (from, to]}, the customers who acted then and what they did, in id order. */
    private static TreeMap<Instant, Map<Customer, String>> timeline(
            List<Customer> customers, Instant from, Instant to) {
        TreeMap<Instant, Map<Customer, String>> timeline = new TreeMap<>();
        List<Customer> byId = new ArrayList<>(customers);
        byId.sort(Comparator.comparing(Customer::id));
        for (Customer customer : byId) {
            for (Order order : customer.ordersBetween(from, to)) {
                act(timeline, order.instant(), customer, "order " + order.id());
            }
            for (Event event : customer.eventsBetween(from, to)) {
                act(timeline, event.instant(), customer, event.type());
            }
            // ordersBetween is half-open [from, to): the bounds themselves belong to (from, to].
            customer.orders().stream()
                    .filter(o -> o.instant().equals(to))
                    .forEach(o -> act(timeline, to, customer, "order " + o.id()));
            customer.events().stream()
                    .filter(e -> e.instant().equals(to))
                    .forEach(e -> act(timeline, to, customer, e.type()));
        }
        timeline.remove(from);
        return timeline;
    }

    private static void act(TreeMap<Instant, Map<Customer, String>> timeline, Instant at, Customer who, String what) {
        timeline.computeIfAbsent(at, k -> new LinkedHashMap<>()).merge(who, what, (a, b) -> a + ", " + b);
    }

    private static Map<Segment<Customer>, Integer> sizes(
            MembershipTracker<Customer> tracker, SegmentEngine<Customer> engine) {
        Map<Segment<Customer>, Integer> sizes = new LinkedHashMap<>();
        for (Segment<Customer> segment : engine.segments()) {
            sizes.put(segment, tracker.size(segment));
        }
        return sizes;
    }

    /**
     * The replay as text: sizes at the start, every change, sizes at the end.
     *
     * @param replay a replay
     * @param limit how many changes to print at most; the rest are counted
     * @return lines ending in {@code \n}
     */
    public static String describe(Replay replay, int limit) {
        StringBuilder out = new StringBuilder();
        int changes = replay.notifications().size();
        long entries = replay.notifications().stream()
                .filter(n -> n.change() instanceof MembershipChange.Entered)
                .count();
        long customers = replay.notifications().stream()
                .map(n -> n.change().id())
                .distinct()
                .count();
        // Changes and customers are counted apart: one customer can enter and leave several segments.
        out.append(String.format(
                Locale.ROOT,
                "Replaying %s to %s (%d days):%n%s (%s, %s) by %s.%n%n",
                replay.from(),
                replay.to(),
                Duration.between(replay.from(), replay.to()).toDays(),
                count(changes, "membership change", "membership changes"),
                count(entries, "entry into a segment", "entries into segments"),
                count(changes - entries, "exit", "exits"),
                count(customers, "customer", "customers")));
        int shown = 0;
        for (Notification notification : replay.notifications()) {
            if (shown == limit) {
                out.append(String.format(
                        Locale.ROOT,
                        "… and %d more changes%n",
                        replay.notifications().size() - limit));
                break;
            }
            out.append(notification).append('\n');
            shown++;
        }
        out.append('\n').append(String.format(Locale.ROOT, "%-26s %8s %8s%n", "SEGMENT", "START", "END"));
        replay.startSizes()
                .forEach((segment, start) -> out.append(String.format(
                        Locale.ROOT,
                        "%-26s %8d %8d%n",
                        segment.name().orElse(segment.toString()),
                        start,
                        replay.endSizes().get(segment))));
        return out.toString().replace(System.lineSeparator(), "\n");
    }

    private static String count(long n, String one, String many) {
        return String.format(Locale.ROOT, "%,d %s", n, n == 1 ? one : many);
    }

    /**
     * Replays May 2026 of the sample data through the example segments and prints every change.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        List<Segment<Customer>> segments = new ArrayList<>();
        for (Example example : ExampleSegments.ALL) {
            segments.add(example.segment());
        }
        Replay replay = replay(SampleData.load(), SegmentEngine.of(segments), FROM, Tour.AS_OF, ZoneOffset.UTC);
        PrintStream out = new PrintStream(System.out, true, UTF_8);
        out.print(describe(replay, Integer.MAX_VALUE));
        out.flush();
    }
}
