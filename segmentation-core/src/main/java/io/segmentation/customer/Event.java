package io.segmentation.customer;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.MoreObjects;
import com.google.common.collect.ImmutableMap;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Something a {@link Customer} did at an instant, other than buying: a page view, a search, an email opened.
 *
 * <pre>{@code
 * Event view = Event.of("page_view", Instant.parse("2026-05-20T08:00:00Z"), Map.of("path", "/shoes/trail"));
 * }</pre>
 *
 * <p>Property values are restricted to {@link String}, {@link Boolean} and {@link Double}: any {@link Number} given is
 * stored as its finite {@code double} value, so that {@code 3} and {@code 3.0} are the same property. Instances are
 * immutable and safe to share between threads.
 *
 * @since 0.1.0
 */
public final class Event {

    private final String type;
    private final Instant instant;
    private final ImmutableMap<String, Object> properties;

    private Event(String type, Instant instant, ImmutableMap<String, Object> properties) {
        this.type = type;
        this.instant = instant;
        this.properties = properties;
    }

    /**
     * Returns an event of {@code type} at {@code instant} without properties.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code type} is blank
     * @since 0.1.0
     */
    public static Event of(String type, Instant instant) {
        return of(type, instant, ImmutableMap.of());
    }

    /**
     * Returns an event of {@code type} at {@code instant} with a copy of {@code properties}, in their iteration order.
     *
     * @throws NullPointerException if an argument, a key or a value is null
     * @throws IllegalArgumentException if {@code type} or a key is blank, a number is not finite, or a value is not a
     *     {@link String}, {@link Boolean} or {@link Number}, e.g. "properties['at']: java.time.Instant is not a String,
     *     Boolean or Number"
     * @since 0.1.0
     */
    public static Event of(String type, Instant instant, Map<String, ?> properties) {
        checkNotNull(type, "type");
        checkNotNull(instant, "instant");
        checkNotNull(properties, "properties");
        return new Event(Checks.nonBlank(type, "type"), instant, copyOf(properties));
    }

    private static ImmutableMap<String, Object> copyOf(Map<String, ?> properties) {
        ImmutableMap.Builder<String, Object> copy = ImmutableMap.builderWithExpectedSize(properties.size());
        for (Map.Entry<String, ?> property : properties.entrySet()) {
            String key = property.getKey();
            Object value = property.getValue();
            checkNotNull(key, "properties: null key");
            checkArgument(!key.isBlank(), "properties: key '%s' must not be blank", key);
            checkNotNull(value, "properties['%s']: null value", key);
            copy.put(key, checkedValue(key, value));
        }
        return copy.buildOrThrow();
    }

    private static Object checkedValue(String key, Object value) {
        if (value instanceof String || value instanceof Boolean) {
            return value;
        }
        if (value instanceof Number) {
            return Checks.finite(((Number) value).doubleValue(), "properties['" + key + "']");
        }
        throw new IllegalArgumentException(String.format(
                "properties['%s']: %s is not a String, Boolean or Number",
                key, value.getClass().getName()));
    }

    /**
     * Returns the event's type, such as {@code "page_view"}, as given.
     *
     * @since 0.1.0
     */
    public String type() {
        return type;
    }

    /**
     * Returns when the event happened.
     *
     * @since 0.1.0
     */
    public Instant instant() {
        return instant;
    }

    /**
     * Returns the properties; each value is a {@link String}, a {@link Boolean} or a finite {@link Double}.
     *
     * @since 0.1.0
     */
    public ImmutableMap<String, Object> properties() {
        return properties;
    }

    /**
     * Returns the value of the property {@code name}, or empty if the event has no such property.
     *
     * @since 0.1.0
     */
    public Optional<Object> property(String name) {
        checkNotNull(name, "name");
        return Optional.ofNullable(properties.get(name));
    }

    /**
     * Returns whether {@code other} is an event of the same type and instant with equal properties.
     *
     * @since 0.1.0
     */
    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof Event)) {
            return false;
        }
        Event that = (Event) other;
        return type.equals(that.type) && instant.equals(that.instant) && properties.equals(that.properties);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @since 0.1.0
     */
    @Override
    public int hashCode() {
        return Objects.hash(type, instant, properties);
    }

    /**
     * Returns a short description such as {@code Event{type=page_view, instant=2026-05-20T08:00:00Z,
     * properties={path=/shoes/trail}}}.
     *
     * @since 0.1.0
     */
    @Override
    public String toString() {
        return MoreObjects.toStringHelper(this)
                .add("type", type)
                .add("instant", instant)
                .add("properties", properties)
                .toString();
    }
}
