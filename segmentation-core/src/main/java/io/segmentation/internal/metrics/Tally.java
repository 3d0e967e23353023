package io.segmentation.internal.metrics;

import com.google.common.collect.ImmutableList;
import io.segmentation.EvaluationContext;
import io.segmentation.customer.Customer;
import io.segmentation.customer.MixedCurrencyException;
import io.segmentation.internal.model.CustomerFields;
import io.segmentation.metrics.MetricCalculator;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.function.Function;
import java.util.stream.Collector;

/**
 * The accumulation behind every built-in calculator: a few counters and an exact money sum, each the sum of one
 * contribution per member. Sums of {@code long}s and {@link BigDecimal}s do not depend on the order of addition, so
 * sequential, parallel and index calculations agree exactly. Not thread-safe; collectors confine each to one thread.
 *
 * <p>The money sum is over purchases only and never mixes currencies: the first member whose purchases carry a
 * currency fixes it, and a member in another currency throws {@link MixedCurrencyException} naming that member, the
 * metric and both currencies (as a single member whose own purchases mix currencies does). Purchases without a
 * currency add to any one currency.
 */
final class Tally {

    /** Adds one member's contribution to a tally; built once per evaluation context. */
    @FunctionalInterface
    interface Step {
        void add(Tally tally, Customer member);
    }

    final long[] counts;
    BigDecimal money = BigDecimal.ZERO;
    private final String metric;
    // The currency of the money summed so far and the member it was first met on; null while none was met.
    private Currency currency;
    private String currencyMember;

    private Tally(int counters, String metric) {
        this.counts = new long[counters];
        this.metric = metric;
    }

    Tally merge(Tally other) {
        for (int i = 0; i < counts.length; i++) {
            counts[i] += other.counts[i];
        }
        money = money.add(other.money);
        if (other.currency != null) {
            meet(other.currency, other.currencyMember);
        }
        return this;
    }

    /**
     * Adds a member's exact spend on purchases in {@code [from, to)}, or up to and including {@code to} when {@code
     * from} is null.
     *
     * @param member the member
     * @param from the start, included, or null for all purchases up to {@code to}
     * @param to the end
     */
    void addSpend(Customer member, Instant from, Instant to) {
        CustomerFields fields = CustomerFields.get();
        BigDecimal spent = fields.exactSpent(member, from, to, metric);
        Currency c = fields.currency(member, from, to, metric);
        if (c != null) {
            meet(c, member.id());
        }
        money = money.add(spent);
    }

    private void meet(Currency c, String member) {
        if (currency == null) {
            currency = c;
            currencyMember = member;
        } else if (!currency.equals(c)) {
            throw new MixedCurrencyException(member, metric, ImmutableList.of(currency, c));
        }
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
                    () -> new Tally(counters, name),
                    add::add,
                    Tally::merge,
                    finisher,
                    Collector.Characteristics.UNORDERED);
        });
    }
}
