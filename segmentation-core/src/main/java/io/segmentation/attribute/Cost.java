package io.segmentation.attribute;

/**
 * How expensive an attribute is to read for one subject, relative to the others: the compiled matcher tests cheap
 * operands of {@code and}/{@code or} first, so that an expensive read is skipped whenever a cheap one already decides.
 * Only the order matters, not the exact figures.
 *
 * <p>Attributes made with the factories of {@link Attribute} are {@link #CHEAP}; a subclass that does more declares
 * it by overriding {@link Attribute#cost()}:
 *
 * <pre>{@code
 * final class RiskScore extends NumberAttribute<Account> {
 *     RiskScore() { super("risk_score", List.of()); }
 *     public double readDouble(Account account, EvaluationContext context) { return model.score(account); }
 *     public Cost cost() { return Cost.EXPENSIVE; }
 * }
 * }</pre>
 *
 * @since 0.2.0
 */
public enum Cost {
    /** A field of the subject, or arithmetic on a few fields: {@code age}, {@code country}, {@code points}. */
    CHEAP,
    /** One pass over a short history: {@code purchases().inLast(30d)}, {@code purchasedProduct("p-1")}. */
    MODERATE,
    /** Real computation per read: {@code channels}, a great-circle distance, a fitted model's prediction. */
    EXPENSIVE,
    /** A scan of a long history with a filter per item: {@code event("page_view").where(...).count()}. */
    VERY_EXPENSIVE
}
