package io.segmentation.attribute;

/**
 * Makes a parameterised attribute from the arguments written in a query, e.g. {@code purchased_product('sku-7',
 * last: 90d)}. Registered by name in an {@link AttributeRegistry}.
 *
 * @param <T> the subject type
 * @since 0.1.0
 */
@FunctionalInterface
public interface AttributeFactory<T> {

    /**
     * Creates the attribute.
     *
     * @param arguments what was written between the parentheses; a value type inferred from the comparison when none
     *     was written and the factory may care
     * @return the attribute
     * @throws IllegalArgumentException if the arguments do not fit, with a message naming the attribute
     */
    Attribute<T, ?> create(AttributeArguments arguments);
}
