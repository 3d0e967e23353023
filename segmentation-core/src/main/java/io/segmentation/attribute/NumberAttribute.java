package io.segmentation.attribute;

import io.segmentation.Criterion;
import io.segmentation.EvaluationContext;
import io.segmentation.NumberCondition;
import io.segmentation.internal.describe.Format;
import java.util.Collection;
import java.util.List;

/**
 * An attribute with a numeric value: ages, counts, amounts, distances. Values are {@code double}s; money is summed as
 * {@code double} inside aggregates, so sums are exact to the cent well beyond any realistic customer history.
 *
 * <p>Bounds follow Guava's {@code Range} naming: {@link #between} is closed at both ends, {@link #atLeast} and
 * {@link #atMost} are inclusive, {@link #greaterThan} and {@link #lessThan} exclusive. Every comparison is false when
 * the value is missing. Literals must be finite.
 *
 * <pre>{@code
 * age().between(18, 25)            // 18 <= age <= 25
 * purchases().atLeast(3)           // purchases >= 3
 * totalSpent().greaterThan(500)    // totalSpent > 500
 * companySize().in(10, 50, 250)
 * }</pre>
 *
 * @param <T> the subject type
 * @since 0.1.0
 */
public abstract class NumberAttribute<T> extends Attribute<T, Double> {

    /**
     * Creates a number attribute.
     *
     * @param name the name, an identifier
     * @param parameters what distinguishes attributes of the same name, may be empty
     */
    protected NumberAttribute(String name, List<?> parameters) {
        super(name, Double.class, parameters);
    }

    /**
     * Reads the value without boxing.
     *
     * @param subject the subject
     * @param context the evaluation context
     * @return the value, or {@link Double#NaN} when missing
     */
    public abstract double readDouble(T subject, EvaluationContext context);

    @Override
    public final Double read(T subject, EvaluationContext context) {
        double value = readDouble(subject, context);
        return Double.isNaN(value) ? null : value;
    }

    /**
     * {@code lower <= value <= upper}.
     *
     * @param lower the inclusive lower bound
     * @param upper the inclusive upper bound
     * @return the criterion
     * @throws IllegalArgumentException if {@code lower > upper} or a bound is not finite
     */
    public final Criterion<T> between(double lower, double upper) {
        return compare(call("between", lower, upper), () -> new NumberCondition.Between(lower, upper));
    }

    /**
     * {@code value >= bound}.
     *
     * @param bound the inclusive lower bound
     * @return the criterion
     */
    public final Criterion<T> atLeast(double bound) {
        return compare(call("atLeast", bound), () -> new NumberCondition.AtLeast(bound));
    }

    /**
     * {@code value <= bound}.
     *
     * @param bound the inclusive upper bound
     * @return the criterion
     */
    public final Criterion<T> atMost(double bound) {
        return compare(call("atMost", bound), () -> new NumberCondition.AtMost(bound));
    }

    /**
     * {@code value > bound}.
     *
     * @param bound the exclusive lower bound
     * @return the criterion
     */
    public final Criterion<T> greaterThan(double bound) {
        return compare(call("greaterThan", bound), () -> new NumberCondition.GreaterThan(bound));
    }

    /**
     * {@code value < bound}.
     *
     * @param bound the exclusive upper bound
     * @return the criterion
     */
    public final Criterion<T> lessThan(double bound) {
        return compare(call("lessThan", bound), () -> new NumberCondition.LessThan(bound));
    }

    /**
     * {@code value == expected}.
     *
     * @param expected the value
     * @return the criterion
     */
    public final Criterion<T> is(double expected) {
        return compare(call("is", expected), () -> new NumberCondition.Is(expected));
    }

    /**
     * The value is one of {@code values}.
     *
     * @param values at least one finite value
     * @return the criterion
     * @throws IllegalArgumentException if no value is given
     */
    public final Criterion<T> in(double... values) {
        required(values, "in", "values");
        return compare("in(" + Format.numbers(values) + ")", () -> NumberCondition.In.of(values));
    }

    /**
     * The value is one of {@code values}.
     *
     * @param values at least one finite value
     * @return the criterion
     */
    public final Criterion<T> in(Collection<? extends Number> values) {
        required(values, "in", "values");
        return compare("in(" + values + ")", () -> NumberCondition.In.of(values));
    }

    @Override
    final Class<?> getFamily() {
        return NumberAttribute.class;
    }

    private static String call(String operator, double... operands) {
        return operator + "(" + Format.numbers(operands) + ")";
    }
}
