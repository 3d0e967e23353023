package io.segmentation.internal.metrics;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import io.segmentation.customer.Customer;
import io.segmentation.customer.Event;
import io.segmentation.internal.describe.Format;
import io.segmentation.metrics.MetricCalculator;
import io.segmentation.metrics.Rate;
import io.segmentation.metrics.Roi;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/** Engagement (events per member in the last period) and marketing ROI (revenue in the last window against spend). */
public final class ActivityMetrics {

    private static final int MEMBERS = 0;
    private static final int EVENTS = 1;

    private ActivityMetrics() {}

    /**
     * Events in {@code [asOf - period, asOf)} per member.
     *
     * @param period the period, positive
     */
    public static MetricCalculator<Customer, Rate> engagement(Duration period) {
        Lookback length = Lookback.of(period, "period");
        return Tally.calculator(
                "Engagement " + length,
                2,
                context -> {
                    Instant from = length.back(context, 1);
                    Instant to = context.asOf();
                    return (tally, member) -> {
                        tally.counts[MEMBERS]++;
                        tally.counts[EVENTS] += member.eventsBetween(from, to).size();
                    };
                },
                t -> new Rate(t.counts[EVENTS], t.counts[MEMBERS]));
    }

    /**
     * Weighted events in {@code [asOf - period, asOf)} per member; types without a weight weigh 0.
     *
     * @param period the period, positive
     * @param weightsByEventType finite weights of at least 0 by event type, not empty
     */
    public static MetricCalculator<Customer, Rate> engagement(Duration period, Map<String, Double> weightsByEventType) {
        Lookback length = Lookback.of(period, "period");
        ImmutableMap<String, Double> weights = checkedWeights(weightsByEventType);
        ImmutableMap<String, Integer> counters = counters(weights);
        double[] weightOf =
                weights.values().stream().mapToDouble(Double::doubleValue).toArray();
        return Tally.calculator(
                "Weighted engagement " + length,
                EVENTS + weights.size(),
                context -> {
                    Instant from = length.back(context, 1);
                    Instant to = context.asOf();
                    return (tally, member) -> {
                        tally.counts[MEMBERS]++;
                        for (Event event : member.eventsBetween(from, to)) {
                            Integer counter = counters.get(event.type());
                            if (counter != null) {
                                tally.counts[counter]++;
                            }
                        }
                    };
                },
                // Counting per type and weighting once at the end keeps the sum independent of the members' order.
                t -> {
                    double weighted = 0;
                    for (int i = 0; i < weightOf.length; i++) {
                        weighted += weightOf[i] * t.counts[EVENTS + i];
                    }
                    return new Rate(weighted, t.counts[MEMBERS]);
                });
    }

    /**
     * ROI of a segment's spend on the members' revenue in {@code [asOf - window, asOf)}.
     *
     * @param spend the spend, positive
     * @param margin the profit margin in {@code [0, 1]}
     * @param window the attribution window, positive
     */
    public static MetricCalculator<Customer, Roi> roi(BigDecimal spend, BigDecimal margin, Duration window) {
        Arguments.positive(spend, "spend");
        Arguments.margin(margin);
        Lookback length = Lookback.of(window, "window");
        return Tally.calculator(
                "ROI",
                0,
                context -> {
                    Instant from = length.back(context, 1);
                    Instant to = context.asOf();
                    return (tally, member) -> tally.addSpend(member, from, to);
                },
                t -> new Roi(t.money, margin, spend));
    }

    private static ImmutableMap<String, Double> checkedWeights(Map<String, Double> weightsByEventType) {
        checkNotNull(weightsByEventType, "weightsByEventType");
        checkArgument(!weightsByEventType.isEmpty(), "weightsByEventType must not be empty");
        ImmutableMap.Builder<String, Double> copy = ImmutableMap.builder();
        for (Map.Entry<String, Double> entry : weightsByEventType.entrySet()) {
            String type = checkNotNull(entry.getKey(), "weightsByEventType: null event type");
            Double weight = checkNotNull(entry.getValue(), "weightsByEventType['%s']: null weight", type);
            checkArgument(!type.isBlank(), "weightsByEventType: event type '%s' must not be blank", type);
            checkArgument(
                    Double.isFinite(weight) && weight >= 0,
                    "weightsByEventType['%s']: weight must be finite and at least 0 but was %s",
                    type,
                    Format.number(weight));
        }
        return copy.putAll(weightsByEventType).buildOrThrow();
    }

    private static ImmutableMap<String, Integer> counters(ImmutableMap<String, Double> weights) {
        ImmutableMap.Builder<String, Integer> counters = ImmutableMap.builder();
        int next = EVENTS;
        for (String type : weights.keySet()) {
            counters.put(type, next++);
        }
        return counters.buildOrThrow();
    }
}
