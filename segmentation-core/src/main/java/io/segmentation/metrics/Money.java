package io.segmentation.metrics;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * An amount of money: either a total (revenue) or a total shared by a count (average order value = revenue over
 * orders, historic CLV = revenue over customers). Totals are exact sums of the {@link
 * io.segmentation.customer.Order#total()} of purchases; currencies are not converted, and the built-in money metrics
 * throw {@link io.segmentation.customer.MixedCurrencyException} rather than add amounts in different currencies.
 *
 * <pre>{@code
 * Money aov = Metrics.averageOrderValue().calculate(index, vip);
 * aov.total();    // 12345.67, the revenue
 * aov.count();    // OptionalLong[273], the orders
 * aov.amount();   // Optional[45.22223443223443], the average
 * }</pre>
 *
 * <p>An average over a count of 0 is undefined: {@link #amount()} is empty and {@link #value()} is {@link
 * Double#NaN}. Averages are divided to 16 significant digits ({@link MathContext#DECIMAL64}, half-even). Equality
 * compares amounts by value, as {@link io.segmentation.customer.Order} does: a total of {@code 59.9} equals one of
 * {@code 59.90}. Immutable.
 *
 * @since 0.1.0
 */
public final class Money implements MetricValue {

    private static final MathContext DIVISION = MathContext.DECIMAL64;

    private final BigDecimal total;
    // -1 for a plain total.
    private final long count;
    // Null when undefined.
    private final BigDecimal amount;

    private Money(BigDecimal total, long count, BigDecimal amount) {
        this.total = total;
        this.count = count;
        this.amount = amount;
    }

    /**
     * A total, such as a segment's revenue; always defined.
     *
     * @param total the amount
     * @return the money
     * @throws NullPointerException if {@code total} is null
     */
    public static Money of(BigDecimal total) {
        checkNotNull(total, "total");
        return new Money(total, -1, total);
    }

    /**
     * A total shared by a count: {@code total / count}, undefined when {@code count} is 0.
     *
     * <pre>{@code
     * Money.average(new BigDecimal("100.00"), 4).amount();   // Optional[25.00]
     * Money.average(BigDecimal.ZERO, 0).isDefined();          // false
     * }</pre>
     *
     * @param total the amount to share
     * @param count what it is shared by (orders, customers), at least 0
     * @return the money
     * @throws NullPointerException if {@code total} is null
     * @throws IllegalArgumentException if {@code count} is negative
     */
    public static Money average(BigDecimal total, long count) {
        checkNotNull(total, "total");
        checkArgument(count >= 0, "count must be at least 0 but was %s", count);
        BigDecimal amount = count == 0 ? null : total.divide(BigDecimal.valueOf(count), DIVISION);
        return new Money(total, count, amount);
    }

    /**
     * The total: the amount itself, or the numerator of an average.
     *
     * @return the total
     */
    public BigDecimal total() {
        return total;
    }

    /**
     * What the total is shared by, for an average; empty for a plain total.
     *
     * @return the denominator, or empty
     */
    public OptionalLong count() {
        return count < 0 ? OptionalLong.empty() : OptionalLong.of(count);
    }

    /**
     * The amount: the total, or the total divided by the count.
     *
     * @return the amount, or empty for an average over a count of 0
     */
    public Optional<BigDecimal> amount() {
        return Optional.ofNullable(amount);
    }

    /**
     * The amount as a {@code double}.
     *
     * @return the amount, or {@link Double#NaN} when undefined
     */
    @Override
    public double value() {
        return amount == null ? Double.NaN : amount.doubleValue();
    }

    /**
     * Always {@link MetricUnit#MONEY}.
     *
     * @return {@link MetricUnit#MONEY}
     */
    @Override
    public MetricUnit unit() {
        return MetricUnit.MONEY;
    }

    /**
     * Whether {@code other} is money with an equal total (by value) and the same count (or both plain totals).
     *
     * @param other the object to compare with
     * @return whether they are equal
     */
    /**
     * Whether this is a total ({@link #of}) rather than an average ({@link #average}).
     *
     * @return {@code true} for a total
     */
    @Override
    public boolean isTotal() {
        return count().isEmpty();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Money that && total.compareTo(that.total) == 0 && count == that.count;
    }

    /**
     * A hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return 31 * total.stripTrailingZeros().hashCode() + Long.hashCode(count);
    }

    /**
     * The amount, followed for an average by its parts: {@code 45.25 (181.00 over 4)}, {@code undefined (0 over 0)}.
     *
     * @return a description
     */
    @Override
    public String toString() {
        if (count < 0) {
            return total.toPlainString();
        }
        String shown = amount == null ? "undefined" : amount.toPlainString();
        return shown + " (" + total.toPlainString() + " over " + count + ")";
    }
}
