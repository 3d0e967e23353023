package io.segmentation.internal.metrics;

import io.segmentation.customer.Customer;
import io.segmentation.engine.EvaluationContext;
import io.segmentation.metrics.MetricCalculator;
import java.math.BigDecimal;
import java.util.function.Function;
import java.util.stream.Collector;

/**
 * The accumulation behind every built-in calculator: a few counters and an exact money sum, each the sum of one
 * contribution per member. Sums of {@code long}s and {@link BigDecimal}s do not depend on the order of addition, so
 * sequential, parallel and index calculations agree exactly. Not thread-safe; collectors confine each to one thread.
 */
final class Tally {

    /** Adds one member's contribution to a tally; built once per evaluation context. */
    @FunctionalInterface
    interface Step {
        void add(Tally tally, Customer member);
    }

    final long[] counts;
    BigDecimal money = BigDecimal.ZERO;

    private Tally(int counters) {
        this.counts = new long[counters];
    }

    Tally merge(Tally other) {
        for (int i = 0; i < counts.length; i++) {
            counts[i] += other.counts[i];
        }
        money = money.add(other.money);
        return this;
    }

    /**
     * A calculator over customers whose members each add to a tally of {@code counters} counters.
     *
     * @param name the column heading
     * @param counters how many counters the tally holds
     * @param step makes the per-member step for an evaluation context
     * @param finisher turns the final tally into the result
     */
    static <R> MetricCalculator<Customer, R> calculator(
            String name, int counters, Function<EvaluationContext, Step> step, Function<Tally, R> finisher) {
        return MetricCalculator.of(name, context -> {
            Step add = step.apply(context);
            return Collector.<Customer, Tally, R>of(
                    () -> new Tally(counters), add::add, Tally::merge, finisher, Collector.Characteristics.UNORDERED);
        });
    }
}
