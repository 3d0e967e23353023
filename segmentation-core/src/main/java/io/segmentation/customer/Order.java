package io.segmentation.customer;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.MoreObjects;
import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.Currency;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A purchase made by a {@link Customer}: when, how much, in which currency and channel, and what was bought.
 *
 * <p>Build one with {@link #builder(String, Instant, BigDecimal)}:
 *
 * <pre>{@code
 * Order order = Order.builder("o-1", Instant.parse("2026-05-02T10:15:30Z"), new BigDecimal("59.90"))
 *         .currency("EUR")
 *         .channel("web")
 *         .item("sku-7", "shoes", 1, new BigDecimal("59.90"))
 *         .build();
 * }</pre>
 *
 * <p>The total is what the customer paid and is not derived from the items (discounts, shipping and taxes make them
 * differ). Amounts are compared by value: an order of {@code 59.9} equals one of {@code 59.90}. Instances are
 * immutable and safe to share between threads.
 *
 * <p><b>Status.</b> An order is {@link Status#PLACED} unless built with {@link Builder#status(Status)}. A {@link
 * Status#CANCELLED} or {@link Status#REFUNDED} order stays in {@link Customer#orders()} (it happened), but it is not a
 * purchase: every built-in attribute ({@code purchases()}, {@code totalSpent()}, {@code averageOrderValue()}, {@code
 * firstPurchase()}, {@code lastPurchase()}, {@code daysSinceLastPurchase()}, {@code purchasedProduct(..)}, {@code
 * channels()}) and every built-in metric (revenue, orders, AOV, frequency, repeat rate, CLV, retention, conversion,
 * ROI) reads the customer's {@link Customer#purchases()} only, as if the order had never been placed.
 *
 * <p><b>Currency.</b> The currency is optional. An order without one is taken to be in the currency of the orders it
 * is summed with (a shop that records no currency sells in one). Orders in two different currencies are never added:
 * a sum or average over them throws {@link MixedCurrencyException} (see {@link Customer#totalSpentBetween}).
 *
 * @since 0.1.0
 */
public final class Order {

    /**
     * What became of an order: whether it counts as a purchase.
     *
     * @since 0.2.0
     */
    public enum Status {
        /** Placed and kept: a purchase, counted in purchases, revenue and averages. The default. */
        PLACED,
        /** Cancelled before it was fulfilled: no purchase and no revenue. */
        CANCELLED,
        /** Paid and then refunded in full: no purchase and no revenue. */
        REFUNDED;

        /**
         * Returns whether an order in this status is a purchase (only {@link #PLACED} is).
         *
         * @return true for {@link #PLACED}
         * @since 0.2.0
         */
        public boolean isPurchase() {
            return this == PLACED;
        }
    }

    private final String id;
    private final Instant instant;
    private final BigDecimal total;
    private final Currency currency;
    private final String channel;
    private final ImmutableList<LineItem> items;
    private final Status status;

    private Order(Builder builder) {
        this.id = builder.id;
        this.instant = builder.instant;
        this.total = builder.total;
        this.currency = builder.currency;
        this.channel = builder.channel;
        this.items = builder.items.build();
        this.status = builder.status;
    }

    /**
     * Returns a builder for the order {@code id}, placed at {@code instant}, for which the customer paid {@code total}.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code id} is blank or {@code total} is negative
     * @since 0.1.0
     */
    public static Builder builder(String id, Instant instant, BigDecimal total) {
        checkNotNull(id, "id");
        checkNotNull(instant, "instant");
        checkNotNull(total, "total");
        return new Builder(Checks.nonBlank(id, "id"), instant, Checks.nonNegative(total, "total"));
    }

    /**
     * Returns a builder holding this order's values, to derive a changed copy.
     *
     * @since 0.1.0
     */
    public Builder toBuilder() {
        Builder builder = new Builder(id, instant, total);
        builder.currency = currency;
        builder.channel = channel;
        builder.items.addAll(items);
        builder.status = status;
        return builder;
    }

    /**
     * Returns the order's identifier, unique among the orders of one customer.
     *
     * @since 0.1.0
     */
    public String id() {
        return id;
    }

    /**
     * Returns when the order was placed.
     *
     * @since 0.1.0
     */
    public Instant instant() {
        return instant;
    }

    /**
     * Returns the amount paid, at least zero, in {@link #currency()} when known.
     *
     * @since 0.1.0
     */
    public BigDecimal total() {
        return total;
    }

    /**
     * Returns the currency of the amounts, or empty if it was not given.
     *
     * @since 0.1.0
     */
    public Optional<Currency> currency() {
        return Optional.ofNullable(currency);
    }

    /**
     * Returns the sales channel in lower case, such as {@code "web"}, {@code "app"}, {@code "store"} or {@code
     * "marketplace"}, or empty if it was not given.
     *
     * @since 0.1.0
     */
    public Optional<String> channel() {
        return Optional.ofNullable(channel);
    }

    /**
     * Returns the order's lines in the order they were added; empty if none were given.
     *
     * @since 0.1.0
     */
    public ImmutableList<LineItem> items() {
        return items;
    }

    /**
     * Returns what became of the order; {@link Status#PLACED} unless the builder was given another status.
     *
     * @since 0.2.0
     */
    public Status status() {
        return status;
    }

    /**
     * Returns whether the order counts as a purchase, that is whether its {@link #status()} is {@link Status#PLACED};
     * cancelled and refunded orders add nothing to purchase counts, revenue or averages.
     *
     * @since 0.2.0
     */
    public boolean isPurchase() {
        return status.isPurchase();
    }

    /**
     * Returns whether {@code other} is an order with equal values, amounts compared by value (scale ignored).
     *
     * @since 0.1.0
     */
    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof Order)) {
            return false;
        }
        Order that = (Order) other;
        return id.equals(that.id)
                && instant.equals(that.instant)
                && Checks.sameAmount(total, that.total)
                && Objects.equals(currency, that.currency)
                && Objects.equals(channel, that.channel)
                && items.equals(that.items)
                && status == that.status;
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @since 0.1.0
     */
    @Override
    public int hashCode() {
        return Objects.hash(id, instant, Checks.amountHash(total), currency, channel, items, status);
    }

    /**
     * Returns a short description such as {@code Order{id=o-1, instant=2026-05-02T10:15:30Z, total=59.90,
     * currency=EUR, channel=web, items=1}}; unknown values are left out, and so is the status unless it is not
     * {@link Status#PLACED} ({@code status=REFUNDED}).
     *
     * @since 0.1.0
     */
    @Override
    public String toString() {
        return MoreObjects.toStringHelper(this)
                .omitNullValues()
                .add("id", id)
                .add("instant", instant)
                .add("total", total.toPlainString())
                .add("currency", currency)
                .add("channel", channel)
                .add("items", items.size())
                .add("status", status == Status.PLACED ? null : status)
                .toString();
    }

    /**
     * Collects an order's optional values and line items and builds the immutable {@link Order}.
     *
     * <p>Every method rejects null with a {@link NullPointerException} naming the parameter and checks its arguments
     * at once, throwing {@link IllegalArgumentException} with a message that names the field and the value. A setter
     * called twice keeps the later value; items accumulate. Builders are not thread-safe.
     *
     * @since 0.1.0
     */
    public static final class Builder {

        private final String id;
        private final Instant instant;
        private final BigDecimal total;
        private Currency currency;
        private String channel;
        private final ImmutableList.Builder<LineItem> items = ImmutableList.builder();
        private Status status = Status.PLACED;

        private Builder(String id, Instant instant, BigDecimal total) {
            this.id = id;
            this.instant = instant;
            this.total = total;
        }

        /**
         * Sets the currency of the order's amounts.
         *
         * @since 0.1.0
         */
        public Builder currency(Currency currency) {
            this.currency = checkNotNull(currency, "currency");
            return this;
        }

        /**
         * Sets the currency by its ISO 4217 code, such as {@code "EUR"}, in any case.
         *
         * @throws IllegalArgumentException if {@code isoCode} is not an ISO 4217 code, e.g. "currency: 'EURO' is not
         *     an ISO 4217 code"
         * @since 0.1.0
         */
        public Builder currency(String isoCode) {
            checkNotNull(isoCode, "isoCode");
            Currency parsed;
            try {
                parsed = Currency.getInstance(isoCode.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("currency: '" + isoCode + "' is not an ISO 4217 code", e);
            }
            return currency(parsed);
        }

        /**
         * Sets what became of the order; {@link Status#PLACED} if never called. A cancelled or refunded order is kept
         * in the customer's {@link Customer#orders()} but is not one of its {@link Customer#purchases()}.
         *
         * <pre>{@code
         * Order.builder("o-2", placedAt, new BigDecimal("19.99")).status(Order.Status.REFUNDED).build();
         * }</pre>
         *
         * @param status the status
         * @return this builder
         * @since 0.2.0
         */
        public Builder status(Status status) {
            this.status = checkNotNull(status, "status");
            return this;
        }

        /**
         * Sets the sales channel, free text such as {@code "web"} or {@code "store"}, stored in lower case.
         *
         * @throws IllegalArgumentException if {@code channel} is blank
         * @since 0.1.0
         */
        public Builder channel(String channel) {
            this.channel = Checks.lowerCase(channel, "channel");
            return this;
        }

        /**
         * Adds a line of {@code quantity} units of {@code productId} in {@code category} at {@code unitPrice} each.
         *
         * @throws IllegalArgumentException if {@code productId} or {@code category} is blank, {@code quantity} is
         *     below 1 or {@code unitPrice} is negative
         * @since 0.1.0
         */
        public Builder item(String productId, String category, int quantity, BigDecimal unitPrice) {
            return item(LineItem.of(productId, category, quantity, unitPrice));
        }

        /**
         * Adds a line.
         *
         * @since 0.1.0
         */
        public Builder item(LineItem item) {
            items.add(checkNotNull(item, "item"));
            return this;
        }

        /**
         * Adds lines in the iteration order of {@code items}.
         *
         * @throws NullPointerException if {@code items} or one of its elements is null; then none is added
         * @since 0.1.0
         */
        public Builder items(Collection<LineItem> items) {
            checkNotNull(items, "items");
            this.items.addAll(ImmutableList.copyOf(items));
            return this;
        }

        /**
         * Returns the order.
         *
         * @since 0.1.0
         */
        public Order build() {
            return new Order(this);
        }
    }
}
