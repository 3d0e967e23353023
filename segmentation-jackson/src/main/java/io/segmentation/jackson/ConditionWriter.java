package io.segmentation.jackson;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.segmentation.Condition;
import io.segmentation.TimePoint;
import io.segmentation.internal.vocabulary.OperatorCatalogue;
import java.time.Duration;
import java.util.Collection;
import java.util.List;

/**
 * Each condition as an {@link Operator} and its JSON {@code "value"} ({@code null} for operators without one): the
 * operator is the condition's JSON name in the {@link OperatorCatalogue}, the value its operands.
 */
final class ConditionWriter {

    /** An operator and its value, {@code null} when the operator takes none. */
    record OpValue(Operator op, JsonNode value) {}

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ConditionWriter() {}

    static OpValue write(Condition<?> condition) {
        OperatorCatalogue row = OperatorCatalogue.of(condition);
        Operator op = Operator.of(row.jsonName(condition));
        if (op.shape() == Operator.Shape.NONE) {
            return new OpValue(op, null);
        }
        List<?> operands = row.operands(condition);
        if (op.shape() == Operator.Shape.PAIR) {
            return new OpValue(op, NODES.arrayNode().add(value(operands.get(0))).add(value(operands.get(1))));
        }
        return new OpValue(op, value(operands.get(0)));
    }

    private static JsonNode value(Object operand) {
        if (operand instanceof Double d) {
            return Values.number(d);
        }
        if (operand instanceof String s) {
            return NODES.textNode(s);
        }
        if (operand instanceof TimePoint point) {
            return NODES.textNode(TimeText.point(point));
        }
        if (operand instanceof Duration duration) {
            return NODES.textNode(TimeText.duration(duration));
        }
        if (operand instanceof Boolean b) {
            return NODES.booleanNode(b);
        }
        if (operand instanceof Collection<?> values) {
            ArrayNode array = NODES.arrayNode();
            values.forEach(v -> array.add(value(v)));
            return array;
        }
        throw new IllegalArgumentException("operand " + operand + " has no JSON form");
    }
}
