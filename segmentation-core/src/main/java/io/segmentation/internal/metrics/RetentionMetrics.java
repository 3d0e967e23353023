package io.segmentation.internal.metrics;

import static com.google.common.base.Preconditions.checkNotNull;

import io.segmentation.EvaluationContext;
import io.segmentation.customer.Customer;
import io.segmentation.customer.Event;
import io.segmentation.customer.Order;
import io.segmentation.metrics.CohortRetention;
import io.segmentation.metrics.MetricCalculator;
import io.segmentation.metrics.Ratio;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/**
 * Retention, churn and cohort retention over the two consecutive periods {@code [asOf - 2L, asOf - L)} and {@code
 * [asOf - L, asOf)} of a look-back {@code L}.
 */
public final class RetentionMetrics {

    private static final int ACTIVE_BEFORE = 0;
    private static final int RETAINED = 1;
    private static final int ACTIVE_AFTER = 2;
    private static final int NEW = 3;

    private RetentionMetrics() {}

    /**
     * Members with an order in both periods over members with an order in the earlier one.
     *
     * @param length the period length
     */
    public static MetricCalculator<Customer, Ratio> retention(Lookback length) {
        return periods(name("Retention", length, null), length, null, RetentionMetrics::retained);
    }

    /**
     * Members with an event of the type in both periods over members with one in the earlier period.
     *
     * @param length the period length
     * @param eventType the event type that makes a member active, not blank
     */
    public static MetricCalculator<Customer, Ratio> retention(Lookback length, String eventType) {
        Arguments.nonBlank(eventType, "eventType");
        return periods(name("Retention", length, eventType), length, eventType, RetentionMetrics::retained);
    }

    /**
     * The complement of {@link #retention(Lookback)}: members with an order in the earlier period but not the later.
     *
     * @param length the period length
     */
    public static MetricCalculator<Customer, Ratio> churn(Lookback length) {
        return periods(
                name("Churn", length, null), length, null, t -> retained(t).complement());
    }

    /**
     * The complement of {@link #retention(Lookback, String)}.
     *
     * @param length the period length
     * @param eventType the event type that makes a member active, not blank
     */
    public static MetricCalculator<Customer, Ratio> churn(Lookback length, String eventType) {
        Arguments.nonBlank(eventType, "eventType");
        return periods(
                name("Churn", length, eventType),
                length,
                eventType,
                t -> retained(t).complement());
    }

    /**
     * {@code (E - N) / S}: {@code S} members with an order in the earlier period, {@code E} with one in the later
     * period, {@code N} whose first order is in the later period.
     *
     * @param length the period length
     */
    public static MetricCalculator<Customer, CohortRetention> cohortRetention(Lookback length) {
        checkNotNull(length, "length");
        return periods(
                "Cohort retention " + length,
                length,
                null,
                t -> new CohortRetention(t.counts[ACTIVE_BEFORE], t.counts[ACTIVE_AFTER], t.counts[NEW]));
    }

    private static String name(String metric, Lookback length, String eventType) {
        checkNotNull(length, "length");
        if (eventType == null) {
            return metric + " " + length;
        }
        return metric + " " + length + " (" + eventType + ")";
    }

    private static Ratio retained(Tally tally) {
        return new Ratio(tally.counts[RETAINED], tally.counts[ACTIVE_BEFORE]);
    }

    // A null eventType means active by orders.
    private static <R> MetricCalculator<Customer, R> periods(
            String name, Lookback length, String eventType, Function<Tally, R> finisher) {
        return Tally.calculator(name, 4, context -> step(context, length, eventType), finisher);
    }

    private static Tally.Step step(EvaluationContext context, Lookback length, String eventType) {
        Instant asOf = context.asOf();
        Instant middle = length.back(context, 1);
        Instant start = length.back(context, 2);
        return (tally, member) -> {
            boolean before = active(member, start, middle, eventType);
            boolean after = active(member, middle, asOf, eventType);
            if (before) {
                tally.counts[ACTIVE_BEFORE]++;
                if (after) {
                    tally.counts[RETAINED]++;
                }
            }
            if (after) {
                tally.counts[ACTIVE_AFTER]++;
                if (eventType == null && firstOrderFrom(member, middle)) {
                    tally.counts[NEW]++;
                }
            }
        };
    }

    private static boolean active(Customer member, Instant from, Instant to, String eventType) {
        if (eventType == null) {
            return member.purchaseCountBetween(from, to) > 0;
        }
        for (Event event : member.eventsBetween(from, to)) {
            if (event.type().equals(eventType)) {
                return true;
            }
        }
        return false;
    }

    private static boolean firstOrderFrom(Customer member, Instant from) {
        List<Order> orders = member.purchases();
        return !orders.isEmpty() && !orders.get(0).instant().isBefore(from);
    }
}
