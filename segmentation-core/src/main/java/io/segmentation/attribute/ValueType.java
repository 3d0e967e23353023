package io.segmentation.attribute;

import java.util.Locale;

/**
 * The family of an attribute's values. Appears as a parameter of attributes that can be read as several types —
 * custom customer attributes and event properties — so that {@code attribute('points', number)} and
 * {@code attribute('points', text)} are different attributes.
 *
 * @since 0.1.0
 */
public enum ValueType {
    /** Text values, read by a {@link TextAttribute}. */
    TEXT,
    /** Numbers, read by a {@link NumberAttribute}. */
    NUMBER,
    /** Yes/no values, read by a {@link BooleanAttribute}. */
    BOOLEAN,
    /** Points in time, read by an {@link InstantAttribute}. */
    INSTANT,
    /** Sets of texts, read by a {@link SetAttribute}. */
    SET;

    /**
     * The lower-case name used in query text: {@code text}, {@code number}, {@code boolean}, {@code instant},
     * {@code set}.
     *
     * @return the keyword
     */
    public String keyword() {
        return name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return keyword();
    }
}
