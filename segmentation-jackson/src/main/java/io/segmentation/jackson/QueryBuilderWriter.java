package io.segmentation.jackson;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.segmentation.Criterion;
import io.segmentation.CriterionVisitor;
import io.segmentation.attribute.Attribute;
import io.segmentation.attribute.ValueType;
import io.segmentation.attribute.Window;
import io.segmentation.text.SegmentQuery;
import java.util.List;

/**
 * Writes criteria as react-querybuilder rule groups. {@code and}/{@code or} become groups, {@code not} becomes a
 * negated operator ({@code !=}, {@code notIn}, {@code doesNotContain}, …) where react-querybuilder has one and a
 * group with {@code "not": true} otherwise. What react-querybuilder cannot say — windows, event filters, attribute
 * arguments, segment references, custom predicates and operators it lacks — fails naming the node.
 */
final class QueryBuilderWriter<T> implements CriterionVisitor<T, ObjectNode> {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final JsonPath path;

    private QueryBuilderWriter(JsonPath path) {
        this.path = path;
    }

    /** The query: always a group, wrapping a single rule in an {@code and} group. */
    static ObjectNode query(Criterion<?> criterion) {
        ObjectNode item = item(criterion, JsonPath.root());
        if (item.has("rules")) {
            return item;
        }
        return group("and", false, List.of(criterion), JsonPath.root());
    }

    private static <S> ObjectNode item(Criterion<S> criterion, JsonPath path) {
        return criterion.accept(new QueryBuilderWriter<>(path));
    }

    @Override
    public <V> ObjectNode visitComparison(Criterion.Comparison<T, V> comparison) {
        return rule(comparison, false);
    }

    @Override
    public ObjectNode visitPresence(Criterion.Presence<T> presence) {
        return rule(presence, false);
    }

    @Override
    public ObjectNode visitAnd(Criterion.And<T> and) {
        return group("and", false, and.operands(), path);
    }

    @Override
    public ObjectNode visitOr(Criterion.Or<T> or) {
        return group("or", false, or.operands(), path);
    }

    @Override
    public ObjectNode visitNot(Criterion.Not<T> not) {
        Criterion<T> operand = not.operand();
        if (operand instanceof Criterion.And<T> and) {
            return group("and", true, and.operands(), path);
        }
        if (operand instanceof Criterion.Or<T> or) {
            return group("or", true, or.operands(), path);
        }
        if (operand instanceof Criterion.Comparison<T, ?> comparison && negatable(comparison)) {
            return rule(comparison, true);
        }
        return group("and", true, List.of(operand), path);
    }

    @Override
    public ObjectNode visitInSegment(Criterion.InSegment<T> inSegment) {
        throw SegmentJsonException.at(
                path,
                "segment reference IN SEGMENT '" + inSegment.segment().name().orElseThrow()
                        + "' has no react-querybuilder form; inline the segment's criterion or use the"
                        + " segmentation/1 schema");
    }

    @Override
    public ObjectNode visitCustom(Criterion.Custom<T> custom) {
        throw SegmentJsonException.at(
                path,
                "custom criterion '" + custom.name()
                        + "' has no JSON form; define a custom Attribute instead to print, parse or store it");
    }

    private static <S> ObjectNode group(String combinator, boolean not, List<Criterion<S>> operands, JsonPath path) {
        ObjectNode group = NODES.objectNode().put("combinator", combinator);
        if (not) {
            group.put("not", true);
        }
        ArrayNode rules = group.putArray("rules");
        JsonPath at = path.field("rules");
        for (int i = 0; i < operands.size(); i++) {
            rules.add(item(operands.get(i), at.index(i)));
        }
        return group;
    }

    private boolean negatable(Criterion.Comparison<T, ?> comparison) {
        ConditionWriter.OpValue opValue = ConditionWriter.write(comparison.condition());
        ValueType family = Operator.family(comparison.attribute());
        return QueryBuilderOperator.of(ours(opValue.op()), family, true) != null;
    }

    private ObjectNode rule(Criterion<T> criterion, boolean negated) {
        Attribute<?, ?> attribute;
        Operator ours;
        JsonNode value;
        if (criterion instanceof Criterion.Presence<T> presence) {
            attribute = presence.attribute();
            ours = presence.present() ? Operator.IS_PRESENT : Operator.IS_MISSING;
            value = NODES.textNode("");
        } else {
            Criterion.Comparison<T, ?> comparison = (Criterion.Comparison<T, ?>) criterion;
            attribute = comparison.attribute();
            ConditionWriter.OpValue opValue = ConditionWriter.write(comparison.condition());
            ours = ours(opValue.op());
            value = ours == opValue.op() ? opValue.value() : NODES.booleanNode(opValue.op() == Operator.IS_TRUE);
        }
        checkPlain(criterion, attribute);
        QueryBuilderOperator op = QueryBuilderOperator.of(ours, Operator.family(attribute), negated);
        if (op == null) {
            throw refuse(criterion, "react-querybuilder has no operator for " + ours.json());
        }
        return rule(attribute, op, value);
    }

    private static ObjectNode rule(Attribute<?, ?> attribute, QueryBuilderOperator op, JsonNode value) {
        ObjectNode rule = NODES.objectNode().put("field", attribute.name()).put("operator", op.json());
        rule.set("value", value);
        return rule;
    }

    /** Booleans compare with {@code =} and a value, as react-querybuilder has no isTrue. */
    private static Operator ours(Operator op) {
        return op == Operator.IS_TRUE || op == Operator.IS_FALSE ? Operator.IS : op;
    }

    private void checkPlain(Criterion<T> criterion, Attribute<?, ?> attribute) {
        for (Object p : attribute.parameters()) {
            if (p instanceof Window) {
                throw refuse(
                        criterion,
                        "its attribute has a window (last:, from:, to:), and react-querybuilder fields are plain"
                                + " attribute names");
            }
            if (p instanceof Criterion) {
                throw refuse(
                        criterion,
                        "its attribute has an event filter, and react-querybuilder fields are plain attribute names");
            }
        }
        if (!attribute.parameters().isEmpty()) {
            throw refuse(
                    criterion,
                    "its attribute '" + attribute + "' takes arguments, and react-querybuilder fields are plain"
                            + " attribute names");
        }
    }

    private SegmentJsonException refuse(Criterion<T> criterion, String why) {
        return SegmentJsonException.at(path, "'" + describe(criterion) + "' has no react-querybuilder form: " + why);
    }

    private static String describe(Criterion<?> criterion) {
        try {
            return SegmentQuery.toText(criterion);
        } catch (IllegalArgumentException e) {
            return criterion.toString();
        }
    }
}
