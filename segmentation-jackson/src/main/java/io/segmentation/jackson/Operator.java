package io.segmentation.jackson;

import static io.segmentation.attribute.ValueType.BOOLEAN;
import static io.segmentation.attribute.ValueType.INSTANT;
import static io.segmentation.attribute.ValueType.NUMBER;
import static io.segmentation.attribute.ValueType.SET;
import static io.segmentation.attribute.ValueType.TEXT;
import static io.segmentation.internal.vocabulary.OperatorCatalogue.BOOLEAN_IS;
import static io.segmentation.internal.vocabulary.OperatorCatalogue.INSTANT_AFTER;
import static io.segmentation.internal.vocabulary.OperatorCatalogue.INSTANT_BEFORE;
import static io.segmentation.internal.vocabulary.OperatorCatalogue.INSTANT_WITHIN;
import static io.segmentation.internal.vocabulary.OperatorCatalogue.NUMBER_AT_LEAST;
import static io.segmentation.internal.vocabulary.OperatorCatalogue.NUMBER_AT_MOST;
import static io.segmentation.internal.vocabulary.OperatorCatalogue.NUMBER_BETWEEN;
import static io.segmentation.internal.vocabulary.OperatorCatalogue.NUMBER_GREATER_THAN;
import static io.segmentation.internal.vocabulary.OperatorCatalogue.NUMBER_IN;
import static io.segmentation.internal.vocabulary.OperatorCatalogue.NUMBER_IS;
import static io.segmentation.internal.vocabulary.OperatorCatalogue.NUMBER_LESS_THAN;
import static io.segmentation.internal.vocabulary.OperatorCatalogue.PRESENCE;
import static io.segmentation.internal.vocabulary.OperatorCatalogue.SET_CONTAINS_ALL;
import static io.segmentation.internal.vocabulary.OperatorCatalogue.SET_CONTAINS_ANY;
import static io.segmentation.internal.vocabulary.OperatorCatalogue.SET_IS_EMPTY;
import static io.segmentation.internal.vocabulary.OperatorCatalogue.TEXT_CONTAINS;
import static io.segmentation.internal.vocabulary.OperatorCatalogue.TEXT_ENDS_WITH;
import static io.segmentation.internal.vocabulary.OperatorCatalogue.TEXT_IN;
import static io.segmentation.internal.vocabulary.OperatorCatalogue.TEXT_IS;
import static io.segmentation.internal.vocabulary.OperatorCatalogue.TEXT_MATCHES;
import static io.segmentation.internal.vocabulary.OperatorCatalogue.TEXT_STARTS_WITH;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import io.segmentation.Criterion;
import io.segmentation.attribute.Attribute;
import io.segmentation.attribute.BooleanAttribute;
import io.segmentation.attribute.InstantAttribute;
import io.segmentation.attribute.NumberAttribute;
import io.segmentation.attribute.SetAttribute;
import io.segmentation.attribute.TextAttribute;
import io.segmentation.attribute.ValueType;
import io.segmentation.internal.base.Suggestions;
import io.segmentation.internal.vocabulary.OperatorCatalogue;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The operators of the JSON schema: the JSON names of the {@link OperatorCatalogue} (the DSL's method names), each
 * with the attribute families it applies to and the shape of its {@code "value"}. {@link #apply} builds the criterion through the attribute's own operator method, so
 * JSON is validated exactly like Java code.
 */
enum Operator {
    BETWEEN(NUMBER_BETWEEN, 0, Shape.PAIR),
    AT_LEAST(NUMBER_AT_LEAST, 0, Shape.ONE),
    AT_MOST(NUMBER_AT_MOST, 0, Shape.ONE),
    GREATER_THAN(NUMBER_GREATER_THAN, 0, Shape.ONE),
    LESS_THAN(NUMBER_LESS_THAN, 0, Shape.ONE),
    IS(NUMBER_IS, 0, Shape.ONE),
    IN(NUMBER_IN, 0, Shape.LIST),
    IS_IGNORING_CASE(TEXT_IS, 1, Shape.ONE),
    IN_IGNORING_CASE(TEXT_IN, 1, Shape.LIST),
    STARTS_WITH(TEXT_STARTS_WITH, 0, Shape.ONE),
    STARTS_WITH_IGNORING_CASE(TEXT_STARTS_WITH, 1, Shape.ONE),
    ENDS_WITH(TEXT_ENDS_WITH, 0, Shape.ONE),
    ENDS_WITH_IGNORING_CASE(TEXT_ENDS_WITH, 1, Shape.ONE),
    CONTAINS(TEXT_CONTAINS, 0, Shape.ONE),
    CONTAINS_IGNORING_CASE(TEXT_CONTAINS, 1, Shape.ONE),
    MATCHES(TEXT_MATCHES, 0, Shape.ONE),
    MATCHES_IGNORING_CASE(TEXT_MATCHES, 1, Shape.ONE),
    IS_TRUE(BOOLEAN_IS, 1, Shape.NONE),
    IS_FALSE(BOOLEAN_IS, 2, Shape.NONE),
    BEFORE(INSTANT_BEFORE, 0, Shape.ONE),
    AFTER(INSTANT_AFTER, 0, Shape.ONE),
    WITHIN(INSTANT_WITHIN, 0, Shape.ONE),
    CONTAINS_ANY(SET_CONTAINS_ANY, 0, Shape.LIST),
    CONTAINS_ALL(SET_CONTAINS_ALL, 0, Shape.LIST),
    IS_EMPTY(SET_IS_EMPTY, 0, Shape.NONE),
    IS_PRESENT(PRESENCE, 0, Shape.NONE),
    IS_MISSING(PRESENCE, 1, Shape.NONE);

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

    /**
     * The operator with the {@code index}-th JSON name of a catalogue row. It applies to the families of every row
     * that has that name ({@code is} to numbers, text and booleans).
     */
    Operator(OperatorCatalogue row, int index, Shape shape) {
        this.json = row.jsonNames().get(index);
        this.shape = shape;
        EnumSet<ValueType> families = EnumSet.noneOf(ValueType.class);
        for (OperatorCatalogue other : OperatorCatalogue.values()) {
            if (other.jsonNames().contains(json)) {
                families.addAll(other.families());
            }
        }
        this.families = Sets.immutableEnumSet(families);
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

    /**
     * The operator named {@code name} exactly, for a name from the {@link OperatorCatalogue}.
     *
     * @throws IllegalArgumentException if no operator has that name
     */
    static Operator of(String name) {
        for (Operator op : values()) {
            if (op.json.equals(name)) {
                return op;
            }
        }
        throw new IllegalArgumentException("no JSON operator is named '" + name + "'");
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
        List<Object> operands;
        if (this == BETWEEN) {
            List<JsonNode> bounds = Values.pair(value, path, "numbers", "[low, high]");
            operands =
                    List.of(Values.number(bounds.get(0), path.index(0)), Values.number(bounds.get(1), path.index(1)));
        } else if (this == IN) {
            operands = List.of(Values.numbers(value, path));
        } else {
            operands = List.of(Values.number(value, path));
        }
        return call(a, NUMBER, operands, path);
    }

    private <T> Criterion<T> text(TextAttribute<T> a, JsonNode value, JsonPath path) {
        List<Object> operands =
                shape == Shape.LIST ? List.of(Values.texts(value, path)) : List.of(Values.text(value, path));
        return call(a, TEXT, operands, path);
    }

    private <T> Criterion<T> bool(BooleanAttribute<T> a, JsonNode value, JsonPath path) {
        boolean expected = this == IS_TRUE || (this != IS_FALSE && Values.bool(value, path));
        return call(a, BOOLEAN, List.of(expected), path);
    }

    private <T> Criterion<T> instant(InstantAttribute<T> a, JsonNode value, JsonPath path) {
        List<Object> operands;
        if (this == BETWEEN) {
            List<JsonNode> bounds = Values.pair(value, path, "times", "[from, to]");
            operands = List.of(Values.point(bounds.get(0), path.index(0)), Values.point(bounds.get(1), path.index(1)));
        } else if (this == WITHIN) {
            operands = List.of(Values.duration(value, path));
        } else {
            operands = List.of(Values.point(value, path));
        }
        return call(a, INSTANT, operands, path);
    }

    private <T> Criterion<T> set(SetAttribute<T> a, JsonNode value, JsonPath path) {
        List<Object> operands;
        if (shape == Shape.NONE) {
            operands = List.of();
        } else if (shape == Shape.LIST) {
            operands = List.of(Values.texts(value, path));
        } else {
            operands = List.of(Values.text(value, path));
        }
        return call(a, SET, operands, path);
    }

    /**
     * Calls the DSL method of the catalogue row this operator names for the family: {@code isIgnoringCase} is the
     * text {@code is} row's second name, so it calls the ignoring-case variant.
     */
    private <T> Criterion<T> call(Attribute<T, ?> a, ValueType family, List<Object> operands, JsonPath path) {
        for (OperatorCatalogue row : OperatorCatalogue.of(family)) {
            int name = row.jsonNames().indexOf(json);
            if (name >= 0) {
                boolean ignoreCase = row.hasCaseModes() && name == 1;
                return build(path, () -> row.call(a, operands, ignoreCase));
            }
        }
        throw new IllegalStateException("no " + family + " row of the operator catalogue is named '" + json + "'");
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
