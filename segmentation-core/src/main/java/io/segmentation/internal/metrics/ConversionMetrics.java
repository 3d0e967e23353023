package io.segmentation.internal.metrics;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import io.segmentation.customer.Customer;
import io.segmentation.customer.Event;
import io.segmentation.internal.describe.Format;
import io.segmentation.metrics.MetricCalculator;
import io.segmentation.metrics.Ratio;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Conversion from an event to an order: an event of the type at {@code t <= asOf} converts when an order is placed
 * at some {@code o} with {@code t <= o <= min(t + window, asOf)}.
 */
public final class ConversionMetrics {

    private static final int WITH_EVENT = 0;
    private static final int CONVERTED = 1;

    private ConversionMetrics() {}

    /**
     * Customers with an event of the type that converted, over customers with an event of the type.
     *
     * @param eventType the event type, not blank
     * @param window how long after an event an order still counts, positive
     */
    public static MetricCalculator<Customer, Ratio> byCustomer(String eventType, Duration window) {
        checkEventType(eventType);
        checkWindow(window);
        return Tally.calculator(
                "Conversion " + eventType + " " + Format.duration(window),
                2,
                context -> {
                    Instant asOf = context.asOf();
                    return (tally, member) -> {
                        boolean seen = false;
                        for (Event event : member.eventsUpTo(asOf)) {
                            if (event.type().equals(eventType)) {
                                seen = true;
                                if (orderFollows(member, event.instant(), window, asOf)) {
                                    tally.counts[CONVERTED]++;
                                    break;
                                }
                            }
                        }
                        if (seen) {
                            tally.counts[WITH_EVENT]++;
                        }
                    };
                },
                t -> new Ratio(t.counts[CONVERTED], t.counts[WITH_EVENT]));
    }

    /**
     * Sessions that converted over sessions, a session being one value of the property on a member's events of the
     * type; events without the property belong to no session.
     *
     * @param eventType the event type, not blank
     * @param window how long after an event an order still counts, positive
     * @param sessionProperty the event property holding the session id, not blank
     */
    public static MetricCalculator<Customer, Ratio> bySession(
            String eventType, Duration window, String sessionProperty) {
        checkEventType(eventType);
        checkWindow(window);
        Arguments.nonBlank(sessionProperty, "sessionProperty");
        return Tally.calculator(
                "Session conversion " + eventType + " " + Format.duration(window),
                2,
                context -> {
                    Instant asOf = context.asOf();
                    return (tally, member) -> {
                        Map<Object, Boolean> sessions = null;
                        for (Event event : member.eventsUpTo(asOf)) {
                            Object session = event.properties().get(sessionProperty);
                            if (session == null || !event.type().equals(eventType)) {
                                continue;
                            }
                            if (sessions == null) {
                                sessions = new HashMap<>();
                            }
                            if (!sessions.getOrDefault(session, false)) {
                                sessions.put(session, orderFollows(member, event.instant(), window, asOf));
                            }
                        }
                        if (sessions != null) {
                            tally.counts[WITH_EVENT] += sessions.size();
                            for (boolean converted : sessions.values()) {
                                if (converted) {
                                    tally.counts[CONVERTED]++;
                                }
                            }
                        }
                    };
                },
                t -> new Ratio(t.counts[CONVERTED], t.counts[WITH_EVENT]));
    }

    private static boolean orderFollows(Customer member, Instant event, Duration window, Instant asOf) {
        // Orders after asOf do not exist yet; comparing durations first keeps event + window from overflowing.
        Instant last = Duration.between(event, asOf).compareTo(window) <= 0 ? asOf : event.plus(window);
        return member.purchaseCountBetween(event, last.plusNanos(1)) > 0;
    }

    private static void checkEventType(String eventType) {
        Arguments.nonBlank(eventType, "eventType");
    }

    private static void checkWindow(Duration window) {
        checkNotNull(window, "window");
        checkArgument(
                !window.isNegative() && !window.isZero(),
                "window must be a positive duration but was %s",
                Format.duration(window));
    }
}
