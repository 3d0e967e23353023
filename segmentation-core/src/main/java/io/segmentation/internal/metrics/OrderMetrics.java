package io.segmentation.internal.metrics;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;

import io.segmentation.customer.Customer;
import io.segmentation.metrics.Count;
import io.segmentation.metrics.MetricCalculator;
import io.segmentation.metrics.Money;
import io.segmentation.metrics.Rate;
import io.segmentation.metrics.Ratio;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.function.Function;

/**
 * Size, share and the metrics over purchases to date (placed at or before the evaluation time; cancelled and refunded
 * orders are not purchases). Counter 0 always counts members.
 */
public final class OrderMetrics {

    private static final int MEMBERS = 0;
    private static final int ORDERS = 1;
    private static final int REPEAT_BUYERS = 2;

    private OrderMetrics() {}

    /** Members. */
    public static MetricCalculator<Customer, Count> size() {
        return Tally.calculator("Size", 1, context -> OrderMetrics::addMember, t -> new Count(t.counts[MEMBERS]));
    }

    /**
     * Members over the population size; more members than that is misuse, found when the result is finished.
     *
     * @param populationSize at least 0
     */
    public static MetricCalculator<Customer, Ratio> shareOf(long populationSize) {
        checkArgument(populationSize >= 0, "populationSize must be at least 0 but was %s", populationSize);
        return Tally.calculator("Share", 1, context -> OrderMetrics::addMember, t -> {
            long members = t.counts[MEMBERS];
            checkState(
                    members <= populationSize,
                    "shareOf(%s): the segment has %s members, more than the population size",
                    populationSize,
                    members);
            return new Ratio(members, populationSize);
        });
    }

    /** The exact sum of purchase totals to date; refuses mixed currencies. */
    public static MetricCalculator<Customer, Money> revenue() {
        return revenueToDate("Revenue", t -> Money.of(t.money));
    }

    /** Purchases to date. */
    public static MetricCalculator<Customer, Count> orders() {
        return ordersToDate("Orders", t -> new Count(t.counts[ORDERS]));
    }

    /** Revenue over purchases, to date. */
    public static MetricCalculator<Customer, Money> averageOrderValue() {
        return revenueToDate("AOV", t -> Money.average(t.money, t.counts[ORDERS]));
    }

    /** Purchases to date over members. */
    public static MetricCalculator<Customer, Rate> purchaseFrequency() {
        return ordersToDate("Purchase frequency", t -> new Rate(t.counts[ORDERS], t.counts[MEMBERS]));
    }

    /** Members with at least 2 purchases to date over members. */
    public static MetricCalculator<Customer, Ratio> repeatPurchaseRate() {
        return ordersToDate("Repeat rate", t -> new Ratio(t.counts[REPEAT_BUYERS], t.counts[MEMBERS]));
    }

    /**
     * Revenue to date times the margin, over members.
     *
     * @param margin in {@code [0, 1]}
     */
    public static MetricCalculator<Customer, Money> historicClv(BigDecimal margin) {
        Arguments.margin(margin);
        return revenueToDate("Historic CLV", t -> Money.average(t.money.multiply(margin), t.counts[MEMBERS]));
    }

    private static void addMember(Tally tally, Customer member) {
        tally.counts[MEMBERS]++;
    }

    private static <R> MetricCalculator<Customer, R> ordersToDate(String name, Function<Tally, R> finisher) {
        return Tally.calculator(
                name,
                3,
                context -> {
                    Instant asOf = context.asOf();
                    return (tally, member) -> {
                        int orders = member.purchaseCountUpTo(asOf);
                        tally.counts[MEMBERS]++;
                        tally.counts[ORDERS] += orders;
                        if (orders >= 2) {
                            tally.counts[REPEAT_BUYERS]++;
                        }
                    };
                },
                finisher);
    }

    /** As {@link #ordersToDate}, also summing the purchase totals exactly. */
    private static <R> MetricCalculator<Customer, R> revenueToDate(String name, Function<Tally, R> finisher) {
        return Tally.calculator(
                name,
                3,
                context -> {
                    Instant asOf = context.asOf();
                    return (tally, member) -> {
                        int orders = member.purchaseCountUpTo(asOf);
                        tally.counts[MEMBERS]++;
                        tally.counts[ORDERS] += orders;
                        if (orders >= 2) {
                            tally.counts[REPEAT_BUYERS]++;
                        }
                        tally.addSpend(member, null, asOf);
                    };
                },
                finisher);
    }
}
