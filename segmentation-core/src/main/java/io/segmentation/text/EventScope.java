package io.segmentation.text;

import io.segmentation.Segment;
import io.segmentation.attribute.EventProperty;
import io.segmentation.attribute.ValueType;
import io.segmentation.customer.Event;
import io.segmentation.internal.describe.Typing;
import io.segmentation.text.Token.Type;

/**
 * Inside {@code event('type', …)}: names are event properties, read as the type the comparison implies
 * ({@code path STARTS WITH '/shoes'}, {@code amount >= 10}), or written {@code property('key', type)}.
 */
final class EventScope implements Scope<Event> {

    @Override
    public Segment<Event> segment(String name, Token at, Cursor cursor) {
        throw cursor.error(at, "IN SEGMENT cannot be used inside an event filter");
    }

    @Override
    public PendingAttribute<Event> attribute(Cursor cursor) {
        Token name = cursor.peek();
        if (!name.is(Type.IDENTIFIER)) {
            throw cursor.error(name, "expected an event property name, '(' or NOT but found " + name.describe());
        }
        cursor.next();
        String key;
        ValueType written = null;
        if (name.isKeyword("property") && cursor.peek().is(Type.LEFT_PAREN)) {
            cursor.next();
            key = (String)
                    cursor.expect(Type.STRING, "the property name in quotes").value();
            if (cursor.peek().is(Type.COMMA)) {
                cursor.next();
                Token type = cursor.expect(Type.IDENTIFIER, "text, number or boolean");
                written = Typing.type(type.text());
                if (written == null) {
                    throw cursor.error(type, "expected text, number or boolean but found " + type.describe());
                }
            }
            cursor.expect(Type.RIGHT_PAREN, "')'");
        } else if (Typing.isReserved(name.text())) {
            throw cursor.error(
                    name, "'" + name.text() + "' is a keyword; write property('" + name.text() + "') for a property");
        } else {
            key = name.text();
        }
        ValueType explicit = written;
        return new PendingAttribute<>() {
            @Override
            public Token token() {
                return name;
            }

            @Override
            public io.segmentation.attribute.Attribute<Event, ?> build(ValueType inferred) {
                try {
                    return EventProperty.named(key).as(explicit != null ? explicit : inferred);
                } catch (IllegalArgumentException e) {
                    throw cursor.error(name, e.getMessage());
                }
            }
        };
    }
}
