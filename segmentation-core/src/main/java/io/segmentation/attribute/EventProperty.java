package io.segmentation.attribute;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.segmentation.EvaluationContext;
import io.segmentation.customer.Event;
import io.segmentation.internal.vocabulary.BuiltIn;
import io.segmentation.internal.vocabulary.Definition;
import io.segmentation.internal.vocabulary.Readers;

/**
 * A property of an {@link Event}, read as text; {@link #number()} and {@link #bool()} read it as another type. A
 * property whose value is of another type, or that the event lacks, is missing.
 *
 * <pre>{@code
 * event("page_view").where(property("path").startsWith("/shoes"))
 * event("purchase_intent").where(property("basket_value").number().atLeast(100))
 * }</pre>
 *
 * @since 0.1.0
 */
public final class EventProperty extends TextAttribute<Event> {

    private final String key;

    private EventProperty(String key) {
        super("property", ImmutableList.of(key, ValueType.TEXT));
        this.key = key;
    }

    /**
     * The property named {@code key}.
     *
     * @param key the property name, non-blank
     * @return the attribute
     */
    public static EventProperty named(String key) {
        checkNotNull(key, "key");
        checkArgument(!key.isBlank(), "event property name must not be blank");
        return new EventProperty(key);
    }

    @Override
    public String read(Event event, EvaluationContext context) {
        return event.property(key).orElse(null) instanceof String s ? s : null;
    }

    /**
     * The property's name.
     *
     * @return the key
     */
    public String key() {
        return key;
    }

    /**
     * The property read as a type: text, number or boolean.
     *
     * @param type {@link ValueType#TEXT}, {@link ValueType#NUMBER} or {@link ValueType#BOOLEAN}
     * @return the attribute
     * @throws IllegalArgumentException for other types, which event properties cannot hold
     */
    public Attribute<Event, ?> as(ValueType type) {
        checkNotNull(type, "type");
        switch (type) {
            case TEXT:
                return this;
            case NUMBER:
                return number();
            case BOOLEAN:
                return bool();
            default:
                throw new IllegalArgumentException(
                        "event property '" + key + "' cannot be read as " + type + "; use text, number or boolean");
        }
    }

    /**
     * The property read as a number.
     *
     * @return the attribute
     */
    public NumberAttribute<Event> number() {
        return Readers.number(
                Definition.builtIn(BuiltIn.EVENT_PROPERTY),
                ImmutableList.of(key, ValueType.NUMBER),
                (e, ctx) -> e.property(key).orElse(null) instanceof Number n ? n.doubleValue() : Double.NaN);
    }

    /**
     * The property read as a boolean.
     *
     * @return the attribute
     */
    public BooleanAttribute<Event> bool() {
        return Readers.bool(
                Definition.builtIn(BuiltIn.EVENT_PROPERTY),
                ImmutableList.of(key, ValueType.BOOLEAN),
                (e, ctx) -> e.property(key).orElse(null) instanceof Boolean b ? b : null);
    }
}
