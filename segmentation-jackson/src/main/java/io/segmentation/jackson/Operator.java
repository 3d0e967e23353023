package io.segmentation.jackson;

import static io.segmentation.attribute.ValueType.BOOLEAN;
import static io.segmentation.attribute.ValueType.INSTANT;
import static io.segmentation.attribute.ValueType.NUMBER;
import static io.segmentation.attribute.ValueType.SET;
import static io.segmentation.attribute.ValueType.TEXT;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import io.segmentation.Criterion;
import io.segmentation.TimePoint;
import io.segmentation.attribute.Attribute;
import io.segmentation.attribute.BooleanAttribute;
import io.segmentation.attribute.InstantAttribute;
import io.segmentation.attribute.NumberAttribute;
import io.segmentation.attribute.SetAttribute;
import io.segmentation.attribute.TextAttribute;
import io.segmentation.attribute.ValueType;
import io.segmentation.internal.base.Suggestions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The operators of the JSON schema: the DSL's method names, each with the attribute families it applies to and the
 * shape of its {@code "value"}. {@link #apply} builds the criterion through the attribute's own operator method, so
 * JSON is validated exactly like Java code.
 */
enum Operator {
    BETWEEN("between", Shape.PAIR, NUMBER, INSTANT),
    AT_LEAST("atLeast", Shape.ONE, NUMBER),
    AT_MOST("atMost", Shape.ONE, NUMBER),
    GREATER_THAN("greaterThan", Shape.ONE, NUMBER),
    LESS_THAN("lessThan", Shape.ONE, NUMBER),
    IS("is", Shape.ONE, NUMBER, TEXT, BOOLEAN),
    IN("in", Shape.LIST, NUMBER, TEXT),
    IS_IGNORING_CASE("isIgnoringCase", Shape.ONE, TEXT),
    IN_IGNORING_CASE("inIgnoringCase", Shape.LIST, TEXT),
    STARTS_WITH("startsWith", Shape.ONE, TEXT),
    STARTS_WITH_IGNORING_CASE("startsWithIgnoringCase", Shape.ONE, TEXT),
    ENDS_WITH("endsWith", Shape.ONE, TEXT),
    ENDS_WITH_IGNORING_CASE("endsWithIgnoringCase", Shape.ONE, TEXT),
    CONTAINS("contains", Shape.ONE, TEXT, SET),
    CONTAINS_IGNORING_CASE("containsIgnoringCase", Shape.ONE, TEXT),
    MATCHES("matches", Shape.ONE, TEXT),
    MATCHES_IGNORING_CASE("matchesIgnoringCase", Shape.ONE, TEXT),
    IS_TRUE("isTrue", Shape.NONE, BOOLEAN),
    IS_FALSE("isFalse", Shape.NONE, BOOLEAN),
    BEFORE("before", Shape.ONE, INSTANT),
    AFTER("after", Shape.ONE, INSTANT),
    WITHIN("within", Shape.ONE, INSTANT),
    CONTAINS_ANY("containsAny", Shape.LIST, SET),
    CONTAINS_ALL("containsAll", Shape.LIST, SET),
    IS_EMPTY("isEmpty", Shape.NONE, SET),
    IS_PRESENT("isPresent", Shape.NONE, NUMBER, TEXT, BOOLEAN, INSTANT, SET),
    IS_MISSING("isMissing", Shape.NONE, NUMBER, TEXT, BOOLEAN, INSTANT, SET);

    /** What {@code "value"} holds. */
    enum Shape {
        NONE,
        ONE,
        PAIR,
        LIST
    }

    private static final List<String> NAMES =
            Stream.of(values()).map(Operator::json).collect(Collectors.toUnmodifiableList());

    private final String json;
    private final Shape shape;
    private final ImmutableSet<ValueType> families;

    Operator(String json, Shape shape, ValueType first, ValueType... rest) {
        this.json = json;
        this.shape = shape;
        this.families = Sets.immutableEnumSet(EnumSet.of(first, rest));
    }

    /** The name in JSON, e.g. {@code atLeast}. */
    String json() {
        return json;
    }

    Shape shape() {
        return shape;
    }

    boolean appliesTo(ValueType family) {
        return families.contains(family);
    }

    /** Every operator's JSON name, in declaration order. */
    static List<String> names() {
        return NAMES;
    }

    /** The operator named {@code name} exactly (case matters, as in Java). */
    static Operator named(String name, JsonPath path) {
        for (Operator op : values()) {
            if (op.json.equals(name)) {
                return op;
            }
        }
        throw SegmentJsonException.at(path, "unknown operator '" + name + "'" + Suggestions.didYouMean(name, NAMES));
    }

    /** The family of values an attribute reads. */
    static ValueType family(Attribute<?, ?> attribute) {
        if (attribute instanceof NumberAttribute) {
            return NUMBER;
        }
        if (attribute instanceof TextAttribute) {
            return TEXT;
        }
        if (attribute instanceof BooleanAttribute) {
            return BOOLEAN;
        }
        if (attribute instanceof InstantAttribute) {
            return INSTANT;
        }
        if (attribute instanceof SetAttribute) {
            return SET;
        }
        throw new IllegalArgumentException("attribute '" + attribute + "' is of no known family");
    }

    /**
     * The value type the operator and value imply when {@code "type"} is not written, as the query parser infers it:
     * {@code atLeast 3} a number, {@code startsWith} text, {@code is true} a boolean, {@code between ["-30d", "now"]}
     * instants.
     */
    ValueType inferredType(JsonNode value) {
        JsonNode first = value != null && value.isArray() && value.size() > 0 ? value.get(0) : null;
        return switch (this) {
            case IS -> value != null && value.isNumber() ? NUMBER : value != null && value.isBoolean() ? BOOLEAN : TEXT;
            case IN -> first != null && first.isNumber() ? NUMBER : TEXT;
            case BETWEEN -> first != null && first.isTextual() ? INSTANT : NUMBER;
            case IS_PRESENT, IS_MISSING -> TEXT;
            default -> families.iterator().next();
        };
    }

    /**
     * This operator applied to an attribute and a JSON value.
     *
     * @param attribute the attribute, already built
     * @param value the {@code "value"} node, or {@code null} when absent
     * @param opPath where the operator is, for an operator that does not apply to the attribute
     * @param valuePath where the value is, for a value of the wrong shape or one the condition rejects
     */
    @SuppressWarnings("unchecked") // the families of Attribute<T, ?> are all over the same T
    <T> Criterion<T> apply(Attribute<T, ?> attribute, JsonNode value, JsonPath opPath, JsonPath valuePath) {
        ValueType family = family(attribute);
        if (!appliesTo(family)) {
            throw SegmentJsonException.at(
                    opPath,
                    "'" + attribute + "' is " + article(family) + ", compared with " + orList(namesFor(family))
                            + ", not '" + json + "'");
        }
        if (shape == Shape.NONE && value != null && !value.isNull()) {
            throw SegmentJsonException.at(
                    valuePath, "'" + json + "' takes no value but found " + Values.describe(value));
        }
        if (shape != Shape.NONE && value == null) {
            throw SegmentJsonException.at(valuePath, "missing; '" + json + "' needs " + expected(family));
        }
        if (shape == Shape.NONE) {
            value = null; // an explicit "value": null reads as no value
        }
        if (this == IS_PRESENT || this == IS_MISSING) {
            return this == IS_PRESENT ? attribute.isPresent() : attribute.isMissing();
        }
        return switch (family) {
            case NUMBER -> number((NumberAttribute<T>) attribute, value, valuePath);
            case TEXT -> text((TextAttribute<T>) attribute, value, valuePath);
            case BOOLEAN -> bool((BooleanAttribute<T>) attribute, value, valuePath);
            case INSTANT -> instant((InstantAttribute<T>) attribute, value, valuePath);
            case SET -> set((SetAttribute<T>) attribute, value, valuePath);
        };
    }

    private <T> Criterion<T> number(NumberAttribute<T> a, JsonNode value, JsonPath path) {
        if (this == BETWEEN) {
            List<JsonNode> bounds = Values.pair(value, path, "numbers", "[low, high]");
            double low = Values.number(bounds.get(0), path.index(0));
            double high = Values.number(bounds.get(1), path.index(1));
            return build(path, () -> a.between(low, high));
        }
        if (this == IN) {
            List<Double> in = Values.numbers(value, path);
            return build(path, () -> a.in(in));
        }
        double v = Values.number(value, path);
        return build(path, () -> switch (this) {
            case AT_LEAST -> a.atLeast(v);
            case AT_MOST -> a.atMost(v);
            case GREATER_THAN -> a.greaterThan(v);
            case LESS_THAN -> a.lessThan(v);
            default -> a.is(v);
        });
    }

    private <T> Criterion<T> text(TextAttribute<T> a, JsonNode value, JsonPath path) {
        if (this == IN || this == IN_IGNORING_CASE) {
            List<String> in = Values.texts(value, path);
            return build(path, () -> this == IN ? a.in(in) : a.inIgnoringCase(in));
        }
        String v = Values.text(value, path);
        return build(path, () -> switch (this) {
            case IS -> a.is(v);
            case IS_IGNORING_CASE -> a.isIgnoringCase(v);
            case STARTS_WITH -> a.startsWith(v);
            case STARTS_WITH_IGNORING_CASE -> a.startsWithIgnoringCase(v);
            case ENDS_WITH -> a.endsWith(v);
            case ENDS_WITH_IGNORING_CASE -> a.endsWithIgnoringCase(v);
            case CONTAINS -> a.contains(v);
            case CONTAINS_IGNORING_CASE -> a.containsIgnoringCase(v);
            case MATCHES -> a.matches(v);
            default -> a.matchesIgnoringCase(v);
        });
    }

    private <T> Criterion<T> bool(BooleanAttribute<T> a, JsonNode value, JsonPath path) {
        return switch (this) {
            case IS_TRUE -> a.isTrue();
            case IS_FALSE -> a.isFalse();
            default -> a.is(Values.bool(value, path));
        };
    }

    private <T> Criterion<T> instant(InstantAttribute<T> a, JsonNode value, JsonPath path) {
        if (this == BETWEEN) {
            List<JsonNode> bounds = Values.pair(value, path, "times", "[from, to]");
            TimePoint from = Values.point(bounds.get(0), path.index(0));
            TimePoint to = Values.point(bounds.get(1), path.index(1));
            return build(path, () -> a.between(from, to));
        }
        if (this == WITHIN) {
            Duration within = Values.duration(value, path);
            return build(path, () -> a.within(within));
        }
        TimePoint point = Values.point(value, path);
        return build(path, () -> this == BEFORE ? a.before(point) : a.after(point));
    }

    private <T> Criterion<T> set(SetAttribute<T> a, JsonNode value, JsonPath path) {
        if (this == IS_EMPTY) {
            return a.isEmpty();
        }
        if (this == CONTAINS) {
            String element = Values.text(value, path);
            return build(path, () -> a.contains(element));
        }
        List<String> elements = Values.texts(value, path);
        return build(path, () -> this == CONTAINS_ANY ? a.containsAny(elements) : a.containsAll(elements));
    }

    private static <T> Criterion<T> build(JsonPath path, Supplier<Criterion<T>> criterion) {
        try {
            return criterion.get();
        } catch (IllegalArgumentException e) {
            throw SegmentJsonException.at(path, e.getMessage());
        }
    }

    private String expected(ValueType family) {
        return switch (shape) {
            case PAIR -> family == INSTANT ? "two times [from, to]" : "two numbers [low, high]";
            case LIST -> family == NUMBER ? "an array of numbers" : "an array of strings";
            default ->
                switch (this) {
                    case WITHIN -> "a length of time such as \"30d\"";
                    case BEFORE, AFTER -> "a time such as \"-30d\" or \"2026-01-31\"";
                    default -> family == NUMBER ? "a number" : family == BOOLEAN ? "true or false" : "a string";
                };
        };
    }

    /** {@code a, b or c}. */
    static String orList(List<String> names) {
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
    }

    static List<String> namesFor(ValueType family) {
        List<String> names = new ArrayList<>();
        for (Operator op : values()) {
            if (op.appliesTo(family)) {
                names.add(op.json);
            }
        }
        return names;
    }

    /** The family as it reads in messages: "'age' is a number". */
    static String article(ValueType family) {
        return switch (family) {
            case NUMBER -> "a number";
            case TEXT -> "text";
            case BOOLEAN -> "a boolean";
            case INSTANT -> "a time";
            case SET -> "a set";
        };
    }
}
