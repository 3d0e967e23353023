package io.segmentation.customer;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Instant;
import java.util.Currency;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A customer's purchases (its orders that are {@link Order#isPurchase() purchases}, sorted) with exact running totals,
 * so that counts, sums and averages over a time window are binary searches and a subtraction, without allocating.
 *
 * <p>Totals are kept as {@code long} minor units at one scale per customer: the largest scale among its purchases'
 * totals (trailing zeros ignored), so 19.99 and 5 are 1999 and 500 hundredths. A sum is converted to {@code double}
 * only at the end, as the double nearest the exact decimal sum: the same double a literal of that sum parses to, so a
 * threshold of 1000.00 is met by purchases adding up to 1000.00. When the minor units do not fit in a {@code long},
 * the running totals are {@link BigDecimal}s instead: still exact, only allocating on read.
 *
 * <p>Currencies: {@code conflictUpTo[i]} is the largest index {@code j} such that some purchase at or after {@code j}
 * and at or before {@code i} is in a currency different from purchase {@code j}'s (or -1). A window {@code [a, b)}
 * mixes currencies exactly when {@code b > a && conflictUpTo[b - 1] >= a}. It is null when the purchases know at most
 * one currency, the usual case.
 */
final class PurchaseLedger {

    private static final long EXACT_DOUBLE = 1L << 53;
    private static final double[] POWERS_OF_TEN = new double[23];
    private static final MathContext AVERAGE = new MathContext(40);

    static {
        double power = 1;
        for (int i = 0; i < POWERS_OF_TEN.length; i++) {
            POWERS_OF_TEN[i] = power;
            power *= 10;
        }
    }

    private final String customerId;
    final ImmutableList<Order> purchases;
    final Instant[] instants;
    private final int scale;
    // Exactly one of the two is set: minor units, or decimal totals when those overflow a long.
    private final long[] minorBefore;
    private final BigDecimal[] decimalBefore;
    private final int[] conflictUpTo;

    /**
     * The ledger of {@code sortedOrders}, whose instants are {@code orderInstants}; when every order is a purchase
     * (the usual case) the list and the instants are shared rather than copied.
     */
    PurchaseLedger(String customerId, ImmutableList<Order> sortedOrders, Instant[] orderInstants) {
        this.customerId = customerId;
        boolean allPurchases = true;
        for (Order order : sortedOrders) {
            allPurchases &= order.isPurchase();
        }
        if (allPurchases) {
            this.purchases = sortedOrders;
            this.instants = orderInstants;
        } else {
            ImmutableList.Builder<Order> kept = ImmutableList.builder();
            for (Order order : sortedOrders) {
                if (order.isPurchase()) {
                    kept.add(order);
                }
            }
            this.purchases = kept.build();
            this.instants = new Instant[purchases.size()];
            for (int i = 0; i < instants.length; i++) {
                instants[i] = purchases.get(i).instant();
            }
        }
        int largestScale = 0;
        for (Order order : purchases) {
            largestScale =
                    Math.max(largestScale, order.total().stripTrailingZeros().scale());
        }
        this.scale = largestScale;
        this.minorBefore = minorUnits(purchases, largestScale);
        this.decimalBefore = minorBefore == null ? decimals(purchases) : null;
        this.conflictUpTo = conflicts(purchases);
    }

    /** Running totals in minor units, or null if one of them does not fit in a long. */
    private static long[] minorUnits(ImmutableList<Order> purchases, int scale) {
        long[] before = new long[purchases.size() + 1];
        try {
            for (int i = 0; i < purchases.size(); i++) {
                long minor = purchases.get(i).total().movePointRight(scale).longValueExact();
                before[i + 1] = Math.addExact(before[i], minor);
            }
        } catch (ArithmeticException tooLarge) {
            return null;
        }
        return before;
    }

    private static BigDecimal[] decimals(ImmutableList<Order> purchases) {
        BigDecimal[] before = new BigDecimal[purchases.size() + 1];
        before[0] = BigDecimal.ZERO;
        for (int i = 0; i < purchases.size(); i++) {
            before[i + 1] = before[i].add(purchases.get(i).total());
        }
        return before;
    }

    private static int[] conflicts(ImmutableList<Order> purchases) {
        Currency first = null;
        boolean mixed = false;
        for (Order order : purchases) {
            Currency c = order.currency().orElse(null);
            if (c != null) {
                if (first == null) {
                    first = c;
                } else if (!first.equals(c)) {
                    mixed = true;
                    break;
                }
            }
        }
        if (!mixed) {
            return null;
        }
        int[] upTo = new int[purchases.size()];
        // The last index of the most recent currency seen, and of the most recent one different from it.
        Currency latest = null;
        int latestAt = -1;
        int otherAt = -1;
        int conflict = -1;
        for (int i = 0; i < purchases.size(); i++) {
            Currency c = purchases.get(i).currency().orElse(null);
            if (c != null) {
                if (latest != null && !latest.equals(c)) {
                    otherAt = latestAt;
                }
                latest = c;
                latestAt = i;
                conflict = Math.max(conflict, otherAt);
            }
            upTo[i] = conflict;
        }
        return upTo;
    }

    int firstNotBefore(Instant bound) {
        return SortedLists.firstNotBefore(instants, bound);
    }

    int firstAfter(Instant bound) {
        return SortedLists.firstAfter(instants, bound);
    }

    /** Throws unless the purchases {@code [from, to)} (indices) are in at most one currency. */
    void checkOneCurrency(int from, int to, String aggregate) {
        if (conflictUpTo != null && to > from && conflictUpTo[to - 1] >= from) {
            Set<Currency> met = new LinkedHashSet<>();
            for (Order order : purchases.subList(from, to)) {
                order.currency().ifPresent(met::add);
            }
            throw new MixedCurrencyException(customerId, aggregate, met);
        }
    }

    /** The single currency of the purchases {@code [from, to)}, or null if none of them has one. */
    Currency currency(int from, int to, String aggregate) {
        checkOneCurrency(from, to, aggregate);
        for (int i = from; i < to; i++) {
            Currency c = purchases.get(i).currency().orElse(null);
            if (c != null) {
                return c;
            }
        }
        return null;
    }

    /** The exact sum of the purchases {@code [from, to)}. */
    BigDecimal exactSum(int from, int to, String aggregate) {
        checkOneCurrency(from, to, aggregate);
        if (minorBefore != null) {
            return BigDecimal.valueOf(minorBefore[to] - minorBefore[from], scale);
        }
        return decimalBefore[to].subtract(decimalBefore[from]);
    }

    /** The double nearest the exact sum of the purchases {@code [from, to)}; allocation-free in the usual case. */
    double sum(int from, int to, String aggregate) {
        checkOneCurrency(from, to, aggregate);
        if (minorBefore != null) {
            long minor = minorBefore[to] - minorBefore[from];
            if (minor < EXACT_DOUBLE && scale < POWERS_OF_TEN.length) {
                // Both operands are exact doubles, and IEEE division rounds the exact quotient once.
                return minor / POWERS_OF_TEN[scale];
            }
            return BigDecimal.valueOf(minor, scale).doubleValue();
        }
        return decimalBefore[to].subtract(decimalBefore[from]).doubleValue();
    }

    /** The double nearest the exact mean of the purchases {@code [from, to)}; NaN if there are none. */
    double average(int from, int to, String aggregate) {
        int count = to - from;
        if (count == 0) {
            return Double.NaN;
        }
        checkOneCurrency(from, to, aggregate);
        if (minorBefore != null) {
            long minor = minorBefore[to] - minorBefore[from];
            if (minor < EXACT_DOUBLE && scale < POWERS_OF_TEN.length) {
                double divisor = count * POWERS_OF_TEN[scale];
                if (divisor < EXACT_DOUBLE) {
                    return minor / divisor;
                }
            }
        }
        return exactSum(from, to, aggregate)
                .divide(BigDecimal.valueOf(count), AVERAGE)
                .doubleValue();
    }
}
