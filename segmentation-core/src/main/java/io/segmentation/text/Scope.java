package io.segmentation.text;

import io.segmentation.Segment;
import io.segmentation.attribute.Attribute;
import io.segmentation.attribute.ValueType;

/** What names mean where a query is read: the subject's registry, or the properties of an event inside a filter. */
interface Scope<T> {

    /** Reads an attribute reference at the cursor; it is built once the comparison tells its likely type. */
    PendingAttribute<T> attribute(Cursor cursor);

    /** The segment named in {@code IN SEGMENT 'name'}. */
    Segment<T> segment(String name, Token at, Cursor cursor);

    /** An attribute reference read but not yet built. */
    interface PendingAttribute<T> {
        Token token();

        Attribute<T, ?> build(ValueType inferred);
    }
}
