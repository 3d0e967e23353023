package io.segmentation.attribute;

import io.segmentation.BooleanCondition;
import io.segmentation.Criterion;
import java.util.List;

/**
 * An attribute with a yes/no value: a consent, a flag, "has purchased product X". Every comparison is false when the
 * value is missing, so {@code isFalse()} is not the complement of {@code isTrue()}; {@code not(isTrue())} is.
 *
 * <pre>{@code
 * subscribedTo("email").isTrue()
 * purchasedCategory("shoes").inLast(Duration.ofDays(90)).isTrue()
 * }</pre>
 *
 * @param <T> the subject type
 * @since 0.1.0
 */
public abstract class BooleanAttribute<T> extends Attribute<T, Boolean> {

    /**
     * Creates a boolean attribute.
     *
     * @param name the name, an identifier
     * @param parameters what distinguishes attributes of the same name, may be empty
     */
    protected BooleanAttribute(String name, List<?> parameters) {
        super(name, Boolean.class, parameters);
    }

    /**
     * The value is {@code true}.
     *
     * @return the criterion
     */
    public final Criterion<T> isTrue() {
        return is(true);
    }

    /**
     * The value is {@code false} (and present).
     *
     * @return the criterion
     */
    public final Criterion<T> isFalse() {
        return is(false);
    }

    /**
     * The value equals {@code expected}.
     *
     * @param expected the value
     * @return the criterion
     */
    public final Criterion<T> is(boolean expected) {
        return compare("is(" + expected + ")", () -> new BooleanCondition.Is(expected));
    }

    @Override
    final Class<?> getFamily() {
        return BooleanAttribute.class;
    }
}
