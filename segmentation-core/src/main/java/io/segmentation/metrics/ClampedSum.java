package io.segmentation.metrics;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import io.segmentation.EvaluationContext;
import io.segmentation.customer.Customer;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.Collector;

/**
 * A total over the members in which each member's contribution is clamped to {@code [0, bound]}: revenue where no
 * customer counts for more than 1,000.00, orders where no customer counts for more than 20. Bounding each member's
 * contribution is what makes a total fit for a {@linkplain SegmentReport.Builder#differentialPrivacy(double)
 * differentially private report}: adding or removing one member changes the total by at most {@link #bound()}, its
 * sensitivity. A contribution below 0 (a net refund) counts as 0.
 *
 * <pre>{@code
 * ClampedSum<Customer> revenue = Metrics.clampedRevenue(new BigDecimal("1000.00"));
 * ClampedSum<Customer> points = ClampedSum.of("Points", MetricUnit.COUNT, BigDecimal.valueOf(500),
 *         (customer, context) -> BigDecimal.valueOf(loyaltyPoints(customer)));
 * }</pre>
 *
 * <p>The result is exact: {@link Money} for {@link MetricUnit#MONEY}, {@link Count} for {@link MetricUnit#COUNT} (then
 * contributions must be whole numbers). Choose the bound from what you know about the domain, not from the data: a
 * bound read off the data (the largest customer's revenue) itself gives that customer away. Immutable and
 * thread-safe when the contribution function is.
 *
 * @param <T> the member type
 * @since 0.2.0
 */
public final class ClampedSum<T> implements MetricCalculator<T, MetricValue> {

    private final String name;
    private final MetricUnit unit;
    private final BigDecimal bound;
    private final BiFunction<? super T, EvaluationContext, BigDecimal> contribution;

    private ClampedSum(
            String name,
            MetricUnit unit,
            BigDecimal bound,
            BiFunction<? super T, EvaluationContext, BigDecimal> contribution) {
        this.name = name;
        this.unit = unit;
        this.bound = bound;
        this.contribution = contribution;
    }

    /**
     * A clamped total of a contribution per member.
     *
     * @param name the column's name
     * @param unit {@link MetricUnit#MONEY} or {@link MetricUnit#COUNT}
     * @param bound the most one member can contribute, greater than 0 (a whole number for counts)
     * @param contribution one member's contribution as of the evaluation time, never null
     * @param <T> the member type
     * @return the calculator
     * @throws IllegalArgumentException if {@code name} is blank, {@code unit} is neither MONEY nor COUNT, or {@code
     *     bound} is not positive (or not whole for COUNT)
     */
    public static <T> ClampedSum<T> of(
            String name,
            MetricUnit unit,
            BigDecimal bound,
            BiFunction<? super T, EvaluationContext, BigDecimal> contribution) {
        checkNotNull(name, "name");
        checkNotNull(unit, "unit");
        checkNotNull(bound, "bound");
        checkNotNull(contribution, "contribution");
        checkArgument(!name.isBlank(), "name must not be blank");
        checkArgument(
                unit == MetricUnit.MONEY || unit == MetricUnit.COUNT,
                "unit must be MONEY or COUNT for a clamped sum but was %s",
                unit);
        checkArgument(bound.signum() > 0, "bound must be greater than 0 but was %s", bound);
        checkArgument(
                unit != MetricUnit.COUNT || bound.stripTrailingZeros().scale() <= 0,
                "bound of a COUNT must be a whole number but was %s",
                bound);
        return new ClampedSum<>(name, unit, bound, contribution);
    }

    /** Revenue to date ({@link Metrics#revenue()}) per customer, clamped; see {@link Metrics#clampedRevenue}. */
    static ClampedSum<Customer> revenue(BigDecimal bound) {
        MetricCalculator<Customer, Money> revenue = Metrics.revenue();
        return of(
                "Revenue",
                MetricUnit.MONEY,
                bound,
                (customer, context) ->
                        revenue.calculate(List.of(customer), context).total());
    }

    /** Orders to date ({@link Metrics#orders()}) per customer, clamped; see {@link Metrics#clampedOrders}. */
    static ClampedSum<Customer> orders(long bound) {
        MetricCalculator<Customer, Count> orders = Metrics.orders();
        return of(
                "Orders",
                MetricUnit.COUNT,
                BigDecimal.valueOf(bound),
                (customer, context) -> BigDecimal.valueOf(
                        orders.calculate(List.of(customer), context).count()));
    }

    @Override
    public String name() {
        return name;
    }

    /**
     * The unit of the total.
     *
     * @return {@link MetricUnit#MONEY} or {@link MetricUnit#COUNT}
     */
    public MetricUnit unit() {
        return unit;
    }

    /**
     * The most one member contributes to the total: its sensitivity to adding or removing one member.
     *
     * @return the bound, greater than 0
     */
    public BigDecimal bound() {
        return bound;
    }

    /**
     * One member's contribution, clamped to {@code [0, bound]}.
     *
     * @param member the member
     * @param context the evaluation time
     * @return the clamped contribution
     * @throws NullPointerException if the contribution function returns null
     */
    public BigDecimal contribution(T member, EvaluationContext context) {
        BigDecimal value = contribution.apply(member, context);
        if (value == null) {
            throw new NullPointerException("clamped sum '" + name + "' gave no contribution (null) for " + member);
        }
        return value.signum() < 0 ? BigDecimal.ZERO : value.min(bound);
    }

    /**
     * The same calculator under another name.
     *
     * @param name the new name
     * @return a clamped sum with that name
     * @throws IllegalArgumentException if {@code name} is blank
     */
    @Override
    public ClampedSum<T> named(String name) {
        return of(name, unit, bound, contribution);
    }

    @Override
    public Collector<T, ?, MetricValue> collector(EvaluationContext context) {
        checkNotNull(context, "context");
        return Collector.of(
                () -> new BigDecimal[] {BigDecimal.ZERO},
                (total, member) -> total[0] = total[0].add(contribution(member, context)),
                (a, b) -> {
                    a[0] = a[0].add(b[0]);
                    return a;
                },
                total -> result(total[0]));
    }

    /** A total as this sum's result type: {@link Money} or {@link Count}. */
    MetricValue result(BigDecimal total) {
        return unit == MetricUnit.MONEY ? Money.of(total) : new Count(total.longValueExact());
    }

    @Override
    public String toString() {
        return "ClampedSum[" + name + ", " + unit + ", bound " + bound.toPlainString() + "]";
    }
}
