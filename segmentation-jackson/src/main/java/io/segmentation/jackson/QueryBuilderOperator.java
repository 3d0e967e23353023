package io.segmentation.jackson;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import io.segmentation.attribute.ValueType;
import io.segmentation.internal.base.Suggestions;
import io.segmentation.internal.vocabulary.OperatorCatalogue;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * react-querybuilder's default operators and what each means for each attribute family: one of our
 * {@link Operator}s, possibly negated ({@code doesNotContain} is {@code not contains}). The names and what they map to
 * come from the react-querybuilder column of the {@link OperatorCatalogue}: a row's affirmed name maps to its JSON
 * operator, its negated name to the negated JSON operator (for presence, {@code null} maps to {@code isMissing}). A
 * family without a mapping means the operator does not apply to it.
 */
enum QueryBuilderOperator {
    EQUAL(OperatorCatalogue.NUMBER_IS, false),
    NOT_EQUAL(OperatorCatalogue.NUMBER_IS, true),
    LESS(OperatorCatalogue.NUMBER_LESS_THAN, false),
    GREATER(OperatorCatalogue.NUMBER_GREATER_THAN, false),
    LESS_OR_EQUAL(OperatorCatalogue.NUMBER_AT_MOST, false),
    GREATER_OR_EQUAL(OperatorCatalogue.NUMBER_AT_LEAST, false),
    CONTAINS(OperatorCatalogue.TEXT_CONTAINS, false),
    BEGINS_WITH(OperatorCatalogue.TEXT_STARTS_WITH, false),
    ENDS_WITH(OperatorCatalogue.TEXT_ENDS_WITH, false),
    DOES_NOT_CONTAIN(OperatorCatalogue.TEXT_CONTAINS, true),
    DOES_NOT_BEGIN_WITH(OperatorCatalogue.TEXT_STARTS_WITH, true),
    DOES_NOT_END_WITH(OperatorCatalogue.TEXT_ENDS_WITH, true),
    NULL(OperatorCatalogue.PRESENCE, true),
    NOT_NULL(OperatorCatalogue.PRESENCE, false),
    IN(OperatorCatalogue.NUMBER_IN, false),
    NOT_IN(OperatorCatalogue.NUMBER_IN, true),
    BETWEEN(OperatorCatalogue.NUMBER_BETWEEN, false),
    NOT_BETWEEN(OperatorCatalogue.NUMBER_BETWEEN, true);

    private static final List<String> NAMES =
            Stream.of(values()).map(QueryBuilderOperator::json).collect(Collectors.toUnmodifiableList());

    private final String json;
    private final boolean negated;
    private final ImmutableMap<ValueType, Operator> ours;

    /**
     * The operator with a catalogue row's affirmed or negated react-querybuilder name; it maps every row with that
     * name.
     */
    QueryBuilderOperator(OperatorCatalogue row, boolean negatedName) {
        this.json = negatedName ? row.rqbNegated() : row.rqb();
        this.negated = negatedName && row != OperatorCatalogue.PRESENCE;
        Map<ValueType, Operator> ours = new EnumMap<>(ValueType.class);
        for (OperatorCatalogue other : OperatorCatalogue.values()) {
            boolean negatedMatch = json.equals(other.rqbNegated());
            if (json.equals(other.rqb()) || negatedMatch) {
                int name = other == OperatorCatalogue.PRESENCE && negatedMatch ? 1 : 0;
                for (ValueType family : other.families()) {
                    ours.put(family, Operator.of(other.jsonNames().get(name)));
                }
            }
        }
        this.ours = Maps.immutableEnumMap(ours);
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
        return ours.get(family);
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
