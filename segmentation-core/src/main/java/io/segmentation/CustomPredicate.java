package io.segmentation;

/**
 * The one extension point for conditions the criterion tree cannot express, wrapped in a named
 * {@link Criterion.Custom} by {@link Attributes#custom(String, CustomPredicate)}. Prefer a custom
 * {@link io.segmentation.attribute.Attribute}: it keeps every operator, text form and explanation; a custom predicate
 * is opaque.
 *
 * <pre>{@code
 * Criterion<Customer> even = custom("even-id", (customer, context) -> customer.id().hashCode() % 2 == 0);
 * }</pre>
 *
 * <p>Implementations must be thread-safe and must not read the wall clock; use {@link EvaluationContext#asOf()}.
 *
 * @param <T> the subject type
 * @since 0.1.0
 */
@FunctionalInterface
public interface CustomPredicate<T> {

    /**
     * Decides whether the subject satisfies the predicate.
     *
     * @param subject the subject, never null
     * @param context the evaluation context, never null
     * @return whether the subject satisfies it
     */
    boolean test(T subject, EvaluationContext context);
}
