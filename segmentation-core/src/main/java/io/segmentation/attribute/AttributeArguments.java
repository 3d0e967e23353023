package io.segmentation.attribute;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.segmentation.Criterion;
import java.util.List;
import java.util.Optional;

/**
 * What was written between the parentheses of a parameterised attribute in a query, e.g.
 * {@code event('page_view', path STARTS WITH '/shoes', last: 7d)}: positional values, an optional filter over events,
 * an optional window ({@code last:} or {@code from:}/{@code to:}) and an optional value type
 * ({@code attribute('points', number)}). {@link AttributeFactory factories} read them and fail with an
 * {@link IllegalArgumentException} naming what is wrong; the parser reports it at the attribute's position.
 *
 * @since 0.1.0
 */
public final class AttributeArguments {

    private final String attribute;
    private final ImmutableList<Object> positional;
    private final Optional<Criterion<?>> filter;
    private final Optional<Window> window;
    private final Optional<ValueType> type;
    private final ValueType inferred;

    private AttributeArguments(
            String attribute,
            List<?> positional,
            Optional<Criterion<?>> filter,
            Optional<Window> window,
            Optional<ValueType> type,
            ValueType inferred) {
        this.attribute = checkNotNull(attribute, "attribute");
        this.positional = ImmutableList.copyOf(checkNotNull(positional, "positional"));
        this.filter = checkNotNull(filter, "filter");
        this.window = checkNotNull(window, "window");
        this.type = checkNotNull(type, "type");
        this.inferred = checkNotNull(inferred, "inferred");
    }

    /**
     * Arguments as read from a query.
     *
     * @param attribute the attribute name, for messages
     * @param positional the positional values: {@code String}s and {@code Double}s
     * @param filter a filter criterion, if one was written
     * @param window a window, if one was written
     * @param type a value type, if one was written
     * @param inferred the value type the comparison suggests ({@code >= 3} suggests a number)
     * @return the arguments
     */
    public static AttributeArguments of(
            String attribute,
            List<?> positional,
            Optional<Criterion<?>> filter,
            Optional<Window> window,
            Optional<ValueType> type,
            ValueType inferred) {
        return new AttributeArguments(attribute, positional, filter, window, type, inferred);
    }

    /**
     * No arguments at all.
     *
     * @param attribute the attribute name, for messages
     * @return the arguments
     */
    public static AttributeArguments none(String attribute) {
        return new AttributeArguments(
                attribute, ImmutableList.of(), Optional.empty(), Optional.empty(), Optional.empty(), ValueType.TEXT);
    }

    /**
     * The positional values.
     *
     * @return the values, {@code String}s and {@code Double}s
     */
    public List<Object> positional() {
        return positional;
    }

    /**
     * The filter, if written.
     *
     * @return the filter
     */
    public Optional<Criterion<?>> filter() {
        return filter;
    }

    /**
     * The window, if written.
     *
     * @return the window
     */
    public Optional<Window> window() {
        return window;
    }

    /**
     * The value type, if written.
     *
     * @return the type
     */
    public Optional<ValueType> type() {
        return type;
    }

    /**
     * The value type written, or else the one the comparison suggests ({@code >= 3}: number; {@code IS MISSING}:
     * text).
     *
     * @return the type to read the value as
     */
    public ValueType typeOrInferred() {
        return type.orElse(inferred);
    }

    /**
     * The positional value at {@code index} as text.
     *
     * @param index the 0-based position
     * @param what what the value means, for messages ("event type")
     * @return the text
     * @throws IllegalArgumentException if missing or not text
     */
    public String text(int index, String what) {
        Object value = value(index, what);
        checkArgument(value instanceof String, "%s of '%s' must be text but was %s", what, attribute, value);
        return (String) value;
    }

    /**
     * The positional value at {@code index} as a number.
     *
     * @param index the 0-based position
     * @param what what the value means, for messages ("latitude")
     * @return the number
     * @throws IllegalArgumentException if missing or not a number
     */
    public double number(int index, String what) {
        Object value = value(index, what);
        checkArgument(value instanceof Double, "%s of '%s' must be a number but was %s", what, attribute, value);
        return (Double) value;
    }

    /**
     * Fails unless exactly {@code count} positional values were given and nothing else that is not allowed.
     *
     * @param count the number of positional values
     * @param allowWindow whether a window may be given
     * @param allowFilter whether a filter may be given
     * @param allowType whether a value type may be given
     * @return these arguments
     * @throws IllegalArgumentException naming what is extra or missing
     */
    public AttributeArguments expect(int count, boolean allowWindow, boolean allowFilter, boolean allowType) {
        checkArgument(
                positional.size() == count,
                "'%s' takes %s positional argument%s but got %s",
                attribute,
                count,
                count == 1 ? "" : "s",
                positional.size());
        checkArgument(allowWindow || window.isEmpty(), "'%s' takes no window (last:, from:, to:)", attribute);
        checkArgument(allowFilter || filter.isEmpty(), "'%s' takes no filter", attribute);
        checkArgument(allowType || type.isEmpty(), "'%s' takes no value type", attribute);
        return this;
    }

    private Object value(int index, String what) {
        checkArgument(index < positional.size(), "'%s' needs its %s", attribute, what);
        return positional.get(index);
    }
}
