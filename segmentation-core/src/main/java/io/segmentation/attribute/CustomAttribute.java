package io.segmentation.attribute;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.segmentation.customer.Customer;
import io.segmentation.internal.vocabulary.BuiltIn;
import io.segmentation.internal.vocabulary.CustomerAttributes;
import io.segmentation.internal.vocabulary.Definition;
import io.segmentation.internal.vocabulary.Readers;
import java.util.Set;
import java.util.function.Function;

/**
 * A custom attribute of a {@link Customer} (see {@link Customer#customAttributes()}), to be read as one type. A value
 * of another type reads as missing.
 *
 * <pre>{@code
 * attribute("loyalty_tier").text().in("gold", "platinum")
 * attribute("points").number().atLeast(1_000)
 * attribute("signed_up").instant().within(Duration.ofDays(14))   // Instant or LocalDate values
 * }</pre>
 *
 * @since 0.1.0
 */
public final class CustomAttribute {

    private final String key;
    private final Function<Customer, Object> value;

    private CustomAttribute(String key) {
        this.key = key;
        this.value = CustomerAttributes.custom(key);
    }

    /**
     * This attribute read as a type.
     *
     * @param type the value type
     * @return the attribute
     */
    public Attribute<Customer, ?> as(ValueType type) {
        checkNotNull(type, "type");
        switch (type) {
            case NUMBER:
                return number();
            case BOOLEAN:
                return bool();
            case INSTANT:
                return instant();
            case SET:
                return set();
            default:
                return text();
        }
    }

    private ImmutableList<Object> parameters(ValueType type) {
        return ImmutableList.of(key, type);
    }

    /**
     * The custom attribute named {@code key}.
     *
     * @param key the name used with {@code Customer.Builder#attribute}
     * @return the typed-view factory
     */
    public static CustomAttribute named(String key) {
        checkNotNull(key, "key");
        checkArgument(!key.isBlank(), "custom attribute name must not be blank");
        return new CustomAttribute(key);
    }

    /**
     * The name.
     *
     * @return the name
     */
    public String key() {
        return key;
    }

    /**
     * Read as text.
     *
     * @return the attribute
     */
    public TextAttribute<Customer> text() {
        return Readers.text(
                Definition.builtIn(BuiltIn.CUSTOM),
                parameters(ValueType.TEXT),
                (c, ctx) -> value.apply(c) instanceof String s ? s : null);
    }

    /**
     * Read as a number.
     *
     * @return the attribute
     */
    public NumberAttribute<Customer> number() {
        return Readers.number(
                Definition.builtIn(BuiltIn.CUSTOM),
                parameters(ValueType.NUMBER),
                (c, ctx) -> value.apply(c) instanceof Number n ? n.doubleValue() : Double.NaN);
    }

    /**
     * Read as a boolean.
     *
     * @return the attribute
     */
    public BooleanAttribute<Customer> bool() {
        return Readers.bool(
                Definition.builtIn(BuiltIn.CUSTOM),
                parameters(ValueType.BOOLEAN),
                (c, ctx) -> value.apply(c) instanceof Boolean b ? b : null);
    }

    /**
     * Read as an instant; a date value reads as the start of its day in the evaluation context's zone.
     *
     * @return the attribute
     */
    public InstantAttribute<Customer> instant() {
        return Readers.instant(
                Definition.builtIn(BuiltIn.CUSTOM),
                parameters(ValueType.INSTANT),
                (c, ctx) -> CustomerAttributes.asInstant(value.apply(c), ctx));
    }

    /**
     * Read as a set of texts.
     *
     * @return the attribute
     */
    @SuppressWarnings("unchecked") // custom set values are ImmutableSet<String> by construction
    public SetAttribute<Customer> set() {
        return Readers.set(
                Definition.builtIn(BuiltIn.CUSTOM),
                parameters(ValueType.SET),
                (c, ctx) -> value.apply(c) instanceof Set<?> s ? (Set<String>) s : null);
    }

    @Override
    public String toString() {
        return "attribute('" + key + "')";
    }
}
