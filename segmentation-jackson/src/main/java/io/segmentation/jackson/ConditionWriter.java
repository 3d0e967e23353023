package io.segmentation.jackson;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.segmentation.BooleanCondition;
import io.segmentation.ConditionVisitor;
import io.segmentation.InstantCondition;
import io.segmentation.NumberCondition;
import io.segmentation.SetCondition;
import io.segmentation.TextCondition;
import java.util.Collection;

/** Each condition as an {@link Operator} and its JSON {@code "value"} ({@code null} for operators without one). */
enum ConditionWriter implements ConditionVisitor<ConditionWriter.OpValue> {
    INSTANCE;

    /** An operator and its value, {@code null} when the operator takes none. */
    record OpValue(Operator op, JsonNode value) {}

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @Override
    public OpValue visit(NumberCondition.Between c) {
        return new OpValue(
                Operator.BETWEEN,
                NODES.arrayNode().add(Values.number(c.lower())).add(Values.number(c.upper())));
    }

    @Override
    public OpValue visit(NumberCondition.AtLeast c) {
        return new OpValue(Operator.AT_LEAST, Values.number(c.bound()));
    }

    @Override
    public OpValue visit(NumberCondition.AtMost c) {
        return new OpValue(Operator.AT_MOST, Values.number(c.bound()));
    }

    @Override
    public OpValue visit(NumberCondition.GreaterThan c) {
        return new OpValue(Operator.GREATER_THAN, Values.number(c.bound()));
    }

    @Override
    public OpValue visit(NumberCondition.LessThan c) {
        return new OpValue(Operator.LESS_THAN, Values.number(c.bound()));
    }

    @Override
    public OpValue visit(NumberCondition.Is c) {
        return new OpValue(Operator.IS, Values.number(c.expected()));
    }

    @Override
    public OpValue visit(NumberCondition.In c) {
        ArrayNode values = NODES.arrayNode();
        c.values().forEach(v -> values.add(Values.number(v)));
        return new OpValue(Operator.IN, values);
    }

    @Override
    public OpValue visit(TextCondition.Is c) {
        return new OpValue(c.ignoreCase() ? Operator.IS_IGNORING_CASE : Operator.IS, NODES.textNode(c.expected()));
    }

    @Override
    public OpValue visit(TextCondition.In c) {
        return new OpValue(c.ignoreCase() ? Operator.IN_IGNORING_CASE : Operator.IN, texts(c.values()));
    }

    @Override
    public OpValue visit(TextCondition.StartsWith c) {
        return new OpValue(
                c.ignoreCase() ? Operator.STARTS_WITH_IGNORING_CASE : Operator.STARTS_WITH, NODES.textNode(c.prefix()));
    }

    @Override
    public OpValue visit(TextCondition.EndsWith c) {
        return new OpValue(
                c.ignoreCase() ? Operator.ENDS_WITH_IGNORING_CASE : Operator.ENDS_WITH, NODES.textNode(c.suffix()));
    }

    @Override
    public OpValue visit(TextCondition.Contains c) {
        return new OpValue(
                c.ignoreCase() ? Operator.CONTAINS_IGNORING_CASE : Operator.CONTAINS, NODES.textNode(c.part()));
    }

    @Override
    public OpValue visit(TextCondition.Matches c) {
        return new OpValue(
                c.ignoreCase() ? Operator.MATCHES_IGNORING_CASE : Operator.MATCHES, NODES.textNode(c.regex()));
    }

    @Override
    public OpValue visit(BooleanCondition.Is c) {
        return new OpValue(c.expected() ? Operator.IS_TRUE : Operator.IS_FALSE, null);
    }

    @Override
    public OpValue visit(InstantCondition.Before c) {
        return new OpValue(Operator.BEFORE, NODES.textNode(TimeText.point(c.point())));
    }

    @Override
    public OpValue visit(InstantCondition.After c) {
        return new OpValue(Operator.AFTER, NODES.textNode(TimeText.point(c.point())));
    }

    @Override
    public OpValue visit(InstantCondition.Between c) {
        return new OpValue(
                Operator.BETWEEN,
                NODES.arrayNode().add(TimeText.point(c.from())).add(TimeText.point(c.to())));
    }

    @Override
    public OpValue visit(InstantCondition.Within c) {
        return new OpValue(Operator.WITHIN, NODES.textNode(TimeText.duration(c.duration())));
    }

    @Override
    public OpValue visit(SetCondition.Contains c) {
        return new OpValue(Operator.CONTAINS, NODES.textNode(c.element()));
    }

    @Override
    public OpValue visit(SetCondition.ContainsAny c) {
        return new OpValue(Operator.CONTAINS_ANY, texts(c.elements()));
    }

    @Override
    public OpValue visit(SetCondition.ContainsAll c) {
        return new OpValue(Operator.CONTAINS_ALL, texts(c.elements()));
    }

    @Override
    public OpValue visit(SetCondition.IsEmpty c) {
        return new OpValue(Operator.IS_EMPTY, null);
    }

    private static ArrayNode texts(Collection<String> values) {
        ArrayNode array = NODES.arrayNode();
        values.forEach(array::add);
        return array;
    }
}
