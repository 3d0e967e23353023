package io.segmentation.text;

import io.segmentation.Criterion;
import io.segmentation.Segment;
import io.segmentation.attribute.AttributeArguments;
import io.segmentation.attribute.AttributeFactory;
import io.segmentation.attribute.AttributeRegistry;
import io.segmentation.attribute.ValueType;
import io.segmentation.attribute.Window;
import io.segmentation.customer.Event;
import io.segmentation.internal.base.Suggestions;
import io.segmentation.internal.describe.Typing;
import io.segmentation.text.Token.Type;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Names resolved through an {@link AttributeRegistry}; arguments in parentheses go to the attribute's factory. */
final class RegistryScope<T> implements Scope<T> {

    /** Resolves {@code IN SEGMENT 'name'}; may parse other definitions first. */
    interface SegmentLookup<T> {
        Segment<T> find(String name, Token at, Cursor cursor);
    }

    private final AttributeRegistry<T> registry;
    private final SegmentLookup<T> segments;

    RegistryScope(AttributeRegistry<T> registry, SegmentLookup<T> segments) {
        this.registry = registry;
        this.segments = segments;
    }

    @Override
    public Segment<T> segment(String name, Token at, Cursor cursor) {
        return segments.find(name, at, cursor);
    }

    @Override
    public PendingAttribute<T> attribute(Cursor cursor) {
        Token name = cursor.peek();
        if (!name.is(Type.IDENTIFIER)) {
            throw cursor.error(name, "expected an attribute name, '(', NOT or IN SEGMENT but found " + name.describe());
        }
        cursor.next();
        AttributeFactory<T> factory = registry.attribute(name.text())
                .orElseThrow(() -> cursor.error(
                        name,
                        "unknown attribute '" + name.text() + "'",
                        Suggestions.closest(name.text(), registry.attributeNames())));
        Arguments arguments = cursor.peek().is(Type.LEFT_PAREN) ? arguments(cursor, name) : new Arguments();
        return new PendingAttribute<>() {
            @Override
            public Token token() {
                return name;
            }

            @Override
            public io.segmentation.attribute.Attribute<T, ?> build(ValueType inferred) {
                AttributeArguments args = AttributeArguments.of(
                        name.text(),
                        arguments.positional,
                        arguments.filter,
                        arguments.window(cursor, name),
                        arguments.type,
                        inferred);
                try {
                    return factory.create(args);
                } catch (IllegalArgumentException | IllegalStateException e) {
                    throw cursor.error(name, e.getMessage());
                }
            }
        };
    }

    private static Arguments arguments(Cursor cursor, Token name) {
        Token open = cursor.next();
        cursor.enter(open);
        Arguments args = new Arguments();
        if (cursor.peek().is(Type.RIGHT_PAREN)) {
            throw cursor.error(cursor.peek(), "empty argument list; write '" + name.text() + "' without parentheses");
        }
        int count = 0;
        do {
            if (++count > cursor.limits.maxListSize()) {
                throw cursor.overLimit(cursor.peek(), "more than " + cursor.limits.maxListSize() + " arguments");
            }
            argument(cursor, args);
        } while (cursor.peek().is(Type.COMMA) && cursor.next() != null);
        cursor.expect(Type.RIGHT_PAREN, "',' or ')' after an argument of '" + name.text() + "'");
        cursor.exit();
        return args;
    }

    private static void argument(Cursor cursor, Arguments args) {
        Token t = cursor.peek();
        if (t.is(Type.IDENTIFIER) && isWindowKey(t) && isWindowValue(cursor.peek(1))) {
            String key = t.text().toLowerCase(java.util.Locale.ROOT);
            throw cursor.error(
                    t,
                    "the window '" + t.text() + " " + cursor.peek(1).text() + "' needs a colon after '" + t.text()
                            + "': write '" + key + ": " + cursor.peek(1).text() + "'");
        }
        if (t.is(Type.IDENTIFIER) && cursor.peek(1).is(Type.COLON)) {
            cursor.next();
            cursor.next();
            named(cursor, t, args);
        } else if (t.is(Type.STRING) || t.is(Type.NUMBER)) {
            cursor.next();
            args.positional.add(t.value());
        } else if (t.is(Type.IDENTIFIER)
                && Typing.type(t.text()) != null
                && (cursor.peek(1).is(Type.COMMA) || cursor.peek(1).is(Type.RIGHT_PAREN))) {
            cursor.next();
            if (args.type.isPresent()) {
                throw cursor.error(t, "the value type is given twice");
            }
            args.type = Optional.of(Typing.type(t.text()));
        } else if (t.is(Type.IDENTIFIER) || t.is(Type.LEFT_PAREN)) {
            Criterion<Event> filter = new QueryReader<>(cursor, new EventScope()).expression();
            args.filter =
                    Optional.of(args.filter.map(f -> castEvent(f).and(filter)).orElse(filter));
        } else {
            throw cursor.error(
                    t, "expected an argument (text, number, filter, last:, from:, to:) but found " + t.describe());
        }
    }

    private static boolean isWindowKey(Token t) {
        String key = t.text().toLowerCase(java.util.Locale.ROOT);
        return key.equals("last") || key.equals("from") || key.equals("to");
    }

    private static boolean isWindowValue(Token t) {
        return t.is(Type.AMOUNT) || t.is(Type.INSTANT) || t.is(Type.DATE);
    }

    @SuppressWarnings("unchecked") // filters are only ever read in the event scope
    private static Criterion<Event> castEvent(Criterion<?> c) {
        return (Criterion<Event>) c;
    }

    private static void named(Cursor cursor, Token key, Arguments args) {
        Token value = cursor.next();
        switch (key.text().toLowerCase(java.util.Locale.ROOT)) {
            case "last":
                if (args.last != null) {
                    throw cursor.error(key, "'last:' is given twice");
                }
                if (!value.is(Type.AMOUNT)) {
                    throw cursor.error(
                            value, "'last:' takes an amount of time such as 30d but found " + value.describe());
                }
                if (value.value() instanceof Period) {
                    throw cursor.error(value, "a window is a fixed length: use d, w, h, min or s, not months or years");
                }
                args.last = (Duration) value.value();
                args.lastToken = key;
                break;
            case "from":
            case "to":
                if (!value.is(Type.INSTANT)) {
                    throw cursor.error(
                            value,
                            "'" + key.text() + ":' takes an instant such as 2026-01-01T00:00:00Z but found "
                                    + value.describe());
                }
                if (key.text().equalsIgnoreCase("from")) {
                    if (args.from != null) {
                        throw cursor.error(key, "'from:' is given twice");
                    }
                    args.from = (Instant) value.value();
                } else {
                    if (args.to != null) {
                        throw cursor.error(key, "'to:' is given twice");
                    }
                    args.to = (Instant) value.value();
                }
                args.rangeToken = key;
                break;
            default:
                throw cursor.error(
                        key,
                        "unknown argument '" + key.text() + ":'",
                        Suggestions.closest(key.text(), List.of("last", "from", "to")));
        }
    }

    /** Arguments as written, before the factory sees them. */
    private static final class Arguments {
        final List<Object> positional = new ArrayList<>();
        Optional<Criterion<?>> filter = Optional.empty();
        Optional<ValueType> type = Optional.empty();
        Duration last;
        Token lastToken;
        Instant from;
        Instant to;
        Token rangeToken;

        Optional<Window> window(Cursor cursor, Token name) {
            if (last != null && (from != null || to != null)) {
                throw cursor.error(lastToken, "give either 'last:' or 'from:' and 'to:', not both");
            }
            if (last != null) {
                return Optional.of(Window.last(last));
            }
            if (from == null && to == null) {
                return Optional.empty();
            }
            if (from == null || to == null) {
                throw cursor.error(rangeToken, "a window needs both 'from:' and 'to:'");
            }
            try {
                return Optional.of(Window.between(from, to));
            } catch (IllegalArgumentException e) {
                throw cursor.error(rangeToken, e.getMessage());
            }
        }
    }
}
