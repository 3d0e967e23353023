package io.segmentation.customer;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A {@link Customer}'s history: its orders, purchases and events in time, with the window lookups, counts and exact
 * sums over them. {@link Customer} is the only subclass; the split keeps the profile and the history apart.
 */
abstract class CustomerHistory {

    private final ImmutableList<Order> orders;
    private final ImmutableList<Event> events;
    // Derived from orders and events, for allocation-free window lookups: instants in list order.
    private final Instant[] orderInstants;
    private final Instant[] eventInstants;
    final PurchaseLedger ledger;

    CustomerHistory(String id, ImmutableList<Order> sortedOrders, ImmutableList<Event> sortedEvents) {
        Checks.uniqueOrderIds(sortedOrders);
        this.orders = sortedOrders;
        this.events = sortedEvents;
        this.orderInstants = new Instant[orders.size()];
        for (int i = 0; i < orders.size(); i++) {
            orderInstants[i] = orders.get(i).instant();
        }
        this.eventInstants = new Instant[events.size()];
        for (int i = 0; i < events.size(); i++) {
            eventInstants[i] = events.get(i).instant();
        }
        this.ledger = new PurchaseLedger(id, orders, orderInstants);
    }

    /**
     * Returns all orders, sorted by instant and then id; empty if none.
     *
     * @since 0.1.0
     */
    public ImmutableList<Order> orders() {
        return orders;
    }

    /**
     * Returns all events, sorted by instant, then type, then the sequence in which they were added; empty if none.
     *
     * @since 0.1.0
     */
    public ImmutableList<Event> events() {
        return events;
    }

    /**
     * Returns the orders placed in {@code [fromInclusive, toExclusive)}, sorted as {@link #orders()}, in O(log n).
     *
     * <p>Equal bounds give an empty list. The result is an immutable view of {@link #orders()}.
     *
     * @throws IllegalArgumentException if {@code fromInclusive} is after {@code toExclusive}
     * @since 0.1.0
     */
    public ImmutableList<Order> ordersBetween(Instant fromInclusive, Instant toExclusive) {
        Checks.window(fromInclusive, toExclusive, "ordersBetween");
        return orders.subList(
                SortedLists.firstNotBefore(orderInstants, fromInclusive),
                SortedLists.firstNotBefore(orderInstants, toExclusive));
    }

    /**
     * Returns the events that happened in {@code [fromInclusive, toExclusive)}, sorted as {@link #events()}, in O(log
     * n).
     *
     * <p>Equal bounds give an empty list. The result is an immutable view of {@link #events()}.
     *
     * @throws IllegalArgumentException if {@code fromInclusive} is after {@code toExclusive}
     * @since 0.1.0
     */
    public ImmutableList<Event> eventsBetween(Instant fromInclusive, Instant toExclusive) {
        Checks.window(fromInclusive, toExclusive, "eventsBetween");
        return events.subList(
                SortedLists.firstNotBefore(eventInstants, fromInclusive),
                SortedLists.firstNotBefore(eventInstants, toExclusive));
    }

    /**
     * Returns the orders placed at or before {@code inclusive}, sorted as {@link #orders()}, in O(log n); an immutable
     * view of {@link #orders()}.
     *
     * @since 0.1.0
     */
    public ImmutableList<Order> ordersUpTo(Instant inclusive) {
        checkNotNull(inclusive, "inclusive");
        return orders.subList(0, SortedLists.firstAfter(orderInstants, inclusive));
    }

    /**
     * Returns the events that happened at or before {@code inclusive}, sorted as {@link #events()}, in O(log n); an
     * immutable view of {@link #events()}.
     *
     * @since 0.1.0
     */
    public ImmutableList<Event> eventsUpTo(Instant inclusive) {
        checkNotNull(inclusive, "inclusive");
        return events.subList(0, SortedLists.firstAfter(eventInstants, inclusive));
    }

    /**
     * Returns how many orders were placed in {@code [fromInclusive, toExclusive)}, cancelled and refunded ones
     * included, in O(log n) and without allocating; {@link #purchaseCountBetween} counts purchases only.
     *
     * @throws IllegalArgumentException if {@code fromInclusive} is after {@code toExclusive}
     * @since 0.1.0
     */
    public int orderCountBetween(Instant fromInclusive, Instant toExclusive) {
        Checks.window(fromInclusive, toExclusive, "orderCountBetween");
        return SortedLists.firstNotBefore(orderInstants, toExclusive)
                - SortedLists.firstNotBefore(orderInstants, fromInclusive);
    }

    /**
     * Returns how many orders were placed at or before {@code inclusive}, cancelled and refunded ones included, in
     * O(log n) and without allocating; {@link #purchaseCountUpTo} counts purchases only.
     *
     * @since 0.1.0
     */
    public int orderCountUpTo(Instant inclusive) {
        checkNotNull(inclusive, "inclusive");
        return SortedLists.firstAfter(orderInstants, inclusive);
    }

    /**
     * Returns the orders that count as purchases ({@link Order#isPurchase()}: neither cancelled nor refunded), sorted
     * as {@link #orders()}; empty if none.
     *
     * @return the purchases
     * @since 0.2.0
     */
    public ImmutableList<Order> purchases() {
        return ledger.purchases;
    }

    /**
     * Returns the purchases placed in {@code [fromInclusive, toExclusive)}, sorted as {@link #orders()}, in O(log n);
     * an immutable view of {@link #purchases()}.
     *
     * @param fromInclusive the start of the window
     * @param toExclusive the end of the window
     * @return the purchases in the window
     * @throws IllegalArgumentException if {@code fromInclusive} is after {@code toExclusive}
     * @since 0.2.0
     */
    public ImmutableList<Order> purchasesBetween(Instant fromInclusive, Instant toExclusive) {
        Checks.window(fromInclusive, toExclusive, "purchasesBetween");
        return ledger.purchases.subList(ledger.firstNotBefore(fromInclusive), ledger.firstNotBefore(toExclusive));
    }

    /**
     * Returns the purchases placed at or before {@code inclusive}, sorted as {@link #orders()}, in O(log n); an
     * immutable view of {@link #purchases()}.
     *
     * @param inclusive the end of the window, included
     * @return the purchases up to it
     * @since 0.2.0
     */
    public ImmutableList<Order> purchasesUpTo(Instant inclusive) {
        checkNotNull(inclusive, "inclusive");
        return ledger.purchases.subList(0, ledger.firstAfter(inclusive));
    }

    /**
     * Returns how many purchases were placed in {@code [fromInclusive, toExclusive)}, in O(log n) and without
     * allocating; cancelled and refunded orders are not counted.
     *
     * @param fromInclusive the start of the window
     * @param toExclusive the end of the window
     * @return the number of purchases in the window
     * @throws IllegalArgumentException if {@code fromInclusive} is after {@code toExclusive}
     * @since 0.2.0
     */
    public int purchaseCountBetween(Instant fromInclusive, Instant toExclusive) {
        Checks.window(fromInclusive, toExclusive, "purchaseCountBetween");
        return ledger.firstNotBefore(toExclusive) - ledger.firstNotBefore(fromInclusive);
    }

    /**
     * Returns how many purchases were placed at or before {@code inclusive}, in O(log n) and without allocating;
     * cancelled and refunded orders are not counted.
     *
     * @param inclusive the end of the window, included
     * @return the number of purchases up to it
     * @since 0.2.0
     */
    public int purchaseCountUpTo(Instant inclusive) {
        checkNotNull(inclusive, "inclusive");
        return ledger.firstAfter(inclusive);
    }

    /**
     * Returns the sum of the totals of the purchases placed in {@code [fromInclusive, toExclusive)} as the {@code
     * double} nearest the exact decimal sum, in O(log n) and without allocating; {@code 0} without purchases.
     *
     * <p>Cancelled and refunded orders are left out. The sum is exact: orders of 1000.10 and 1000.00 of which the
     * window holds the second read 1000.0, never 999.9999999999999; and because the result is the double nearest the
     * exact sum, it equals the literal of that sum ({@code 0.01 + 0.02} reads {@code 0.03}). {@link
     * #exactTotalSpentBetween} returns the sum as a {@link BigDecimal}.
     *
     * @param fromInclusive the start of the window
     * @param toExclusive the end of the window
     * @return the sum, nearest double
     * @throws IllegalArgumentException if {@code fromInclusive} is after {@code toExclusive}
     * @throws MixedCurrencyException if two of the purchases summed are in different currencies (an order without a
     *     currency mixes with any one currency)
     * @since 0.1.0
     */
    public double totalSpentBetween(Instant fromInclusive, Instant toExclusive) {
        Checks.window(fromInclusive, toExclusive, "totalSpentBetween");
        return ledger.sum(
                ledger.firstNotBefore(fromInclusive), ledger.firstNotBefore(toExclusive), "totalSpentBetween");
    }

    /**
     * Returns the exact sum of the totals of the purchases placed in {@code [fromInclusive, toExclusive)}; {@code 0}
     * without purchases. Cancelled and refunded orders are left out.
     *
     * <pre>{@code
     * customer.exactTotalSpentBetween(from, to);   // 2000.10
     * }</pre>
     *
     * @param fromInclusive the start of the window
     * @param toExclusive the end of the window
     * @return the exact sum
     * @throws IllegalArgumentException if {@code fromInclusive} is after {@code toExclusive}
     * @throws MixedCurrencyException if two of the purchases summed are in different currencies
     * @since 0.2.0
     */
    public BigDecimal exactTotalSpentBetween(Instant fromInclusive, Instant toExclusive) {
        Checks.window(fromInclusive, toExclusive, "exactTotalSpentBetween");
        return ledger.exactSum(
                ledger.firstNotBefore(fromInclusive), ledger.firstNotBefore(toExclusive), "exactTotalSpentBetween");
    }
}
