package io.segmentation.jackson;

import static io.segmentation.attribute.ValueType.BOOLEAN;
import static io.segmentation.attribute.ValueType.INSTANT;
import static io.segmentation.attribute.ValueType.NUMBER;
import static io.segmentation.attribute.ValueType.TEXT;

import io.segmentation.attribute.ValueType;
import io.segmentation.internal.base.Suggestions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * react-querybuilder's default operators and what each means for each attribute family: one of our
 * {@link Operator}s, possibly negated ({@code doesNotContain} is {@code not contains}). A {@code null} mapping means
 * the operator does not apply to that family.
 */
enum QueryBuilderOperator {
    EQUAL("=", false, Operator.IS, Operator.IS, Operator.IS, null, null),
    NOT_EQUAL("!=", true, Operator.IS, Operator.IS, Operator.IS, null, null),
    LESS("<", false, Operator.LESS_THAN, null, null, Operator.BEFORE, null),
    GREATER(">", false, Operator.GREATER_THAN, null, null, Operator.AFTER, null),
    LESS_OR_EQUAL("<=", false, Operator.AT_MOST, null, null, null, null),
    GREATER_OR_EQUAL(">=", false, Operator.AT_LEAST, null, null, null, null),
    CONTAINS("contains", false, null, Operator.CONTAINS, null, null, Operator.CONTAINS),
    BEGINS_WITH("beginsWith", false, null, Operator.STARTS_WITH, null, null, null),
    ENDS_WITH("endsWith", false, null, Operator.ENDS_WITH, null, null, null),
    DOES_NOT_CONTAIN("doesNotContain", true, null, Operator.CONTAINS, null, null, Operator.CONTAINS),
    DOES_NOT_BEGIN_WITH("doesNotBeginWith", true, null, Operator.STARTS_WITH, null, null, null),
    DOES_NOT_END_WITH("doesNotEndWith", true, null, Operator.ENDS_WITH, null, null, null),
    NULL(
            "null",
            false,
            Operator.IS_MISSING,
            Operator.IS_MISSING,
            Operator.IS_MISSING,
            Operator.IS_MISSING,
            Operator.IS_MISSING),
    NOT_NULL(
            "notNull",
            false,
            Operator.IS_PRESENT,
            Operator.IS_PRESENT,
            Operator.IS_PRESENT,
            Operator.IS_PRESENT,
            Operator.IS_PRESENT),
    IN("in", false, Operator.IN, Operator.IN, null, null, Operator.CONTAINS_ANY),
    NOT_IN("notIn", true, Operator.IN, Operator.IN, null, null, Operator.CONTAINS_ANY),
    BETWEEN("between", false, Operator.BETWEEN, null, null, Operator.BETWEEN, null),
    NOT_BETWEEN("notBetween", true, Operator.BETWEEN, null, null, Operator.BETWEEN, null);

    private static final List<String> NAMES =
            Stream.of(values()).map(QueryBuilderOperator::json).collect(Collectors.toUnmodifiableList());

    private final String json;
    private final boolean negated;
    private final Operator number;
    private final Operator text;
    private final Operator bool;
    private final Operator instant;
    private final Operator set;

    QueryBuilderOperator(
            String json,
            boolean negated,
            Operator number,
            Operator text,
            Operator bool,
            Operator instant,
            Operator set) {
        this.json = json;
        this.negated = negated;
        this.number = number;
        this.text = text;
        this.bool = bool;
        this.instant = instant;
        this.set = set;
    }

    String json() {
        return json;
    }

    /** Whether the operator is the negation of {@link #ours}: {@code !=}, {@code notIn}, {@code doesNotContain}…. */
    boolean negated() {
        return negated;
    }

    /** Our operator for an attribute family, or {@code null} when this operator does not apply to it. */
    Operator ours(ValueType family) {
        return switch (family) {
            case NUMBER -> number;
            case TEXT -> text;
            case BOOLEAN -> bool;
            case INSTANT -> instant;
            case SET -> set;
        };
    }

    /** The operator named exactly {@code name}. */
    static QueryBuilderOperator named(String name, JsonPath path) {
        for (QueryBuilderOperator op : values()) {
            if (op.json.equals(name)) {
                return op;
            }
        }
        throw SegmentJsonException.at(
                path, "unknown react-querybuilder operator '" + name + "'" + Suggestions.didYouMean(name, NAMES));
    }

    /** The react-querybuilder operator for our operator on a family, negated or not; {@code null} if there is none. */
    static QueryBuilderOperator of(Operator ours, ValueType family, boolean negated) {
        for (QueryBuilderOperator op : values()) {
            if (op.negated == negated && op.ours(family) == ours) {
                return op;
            }
        }
        return null;
    }

    /** The operators that apply to a family, for messages. */
    static List<String> namesFor(ValueType family) {
        List<String> names = new ArrayList<>();
        for (QueryBuilderOperator op : values()) {
            if (op.ours(family) != null) {
                names.add(op.json);
            }
        }
        return names;
    }
}
