package io.segmentation.jackson;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.segmentation.Criterion;
import io.segmentation.CriterionVisitor;
import io.segmentation.attribute.Attribute;
import io.segmentation.attribute.EventProperty;
import io.segmentation.attribute.ValueType;
import io.segmentation.attribute.Window;
import io.segmentation.internal.vocabulary.BuiltIn;
import io.segmentation.internal.vocabulary.Defined;
import java.util.List;

/**
 * Writes a criterion in the {@code segmentation/1} schema. Attribute parameters map as the query printer maps them:
 * texts and numbers to {@code "arguments"}, a window to {@code "window"}, an event filter to {@code "filter"} (whose
 * attributes are event property keys) and the value type to {@code "type"}, which is always written.
 *
 * @param <T> the subject type
 */
final class CriterionWriter<T> implements CriterionVisitor<T, ObjectNode> {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final JsonPath path;
    private final boolean eventFilter;

    private CriterionWriter(JsonPath path, boolean eventFilter) {
        this.path = path;
        this.eventFilter = eventFilter;
    }

    /**
     * The JSON of a criterion.
     *
     * @param path where the criterion goes, for messages
     * @throws SegmentJsonException naming the part without JSON form (a custom predicate)
     */
    static ObjectNode write(Criterion<?> criterion, JsonPath path) {
        return write(criterion, path, false);
    }

    private static <S> ObjectNode write(Criterion<S> criterion, JsonPath path, boolean eventFilter) {
        return criterion.accept(new CriterionWriter<>(path, eventFilter));
    }

    @Override
    public <V> ObjectNode visitComparison(Criterion.Comparison<T, V> comparison) {
        ConditionWriter.OpValue opValue = ConditionWriter.write(comparison.condition());
        ObjectNode node = attribute(comparison.attribute());
        node.put("op", opValue.op().json());
        if (opValue.value() != null) {
            node.set("value", opValue.value());
        }
        return node;
    }

    @Override
    public ObjectNode visitPresence(Criterion.Presence<T> presence) {
        ObjectNode node = attribute(presence.attribute());
        node.put("op", presence.present() ? Operator.IS_PRESENT.json() : Operator.IS_MISSING.json());
        return node;
    }

    @Override
    public ObjectNode visitAnd(Criterion.And<T> and) {
        return junction("and", and.operands());
    }

    @Override
    public ObjectNode visitOr(Criterion.Or<T> or) {
        return junction("or", or.operands());
    }

    @Override
    public ObjectNode visitNot(Criterion.Not<T> not) {
        ObjectNode node = NODES.objectNode();
        node.set("not", write(not.operand(), path.field("not"), eventFilter));
        return node;
    }

    @Override
    public ObjectNode visitInSegment(Criterion.InSegment<T> inSegment) {
        String name = inSegment.segment().name().orElseThrow();
        if (eventFilter) {
            throw SegmentJsonException.at(
                    path, "segment reference '" + name + "' cannot appear inside an event filter");
        }
        return NODES.objectNode().put("inSegment", name);
    }

    @Override
    public ObjectNode visitCustom(Criterion.Custom<T> custom) {
        throw SegmentJsonException.at(
                path,
                "custom criterion '" + custom.name()
                        + "' has no JSON form; define a custom Attribute instead to print, parse or store it");
    }

    private ObjectNode junction(String kind, List<Criterion<T>> operands) {
        ArrayNode array = NODES.arrayNode();
        JsonPath at = path.field(kind);
        for (int i = 0; i < operands.size(); i++) {
            array.add(write(operands.get(i), at.index(i), eventFilter));
        }
        ObjectNode node = NODES.objectNode();
        node.set(kind, array);
        return node;
    }

    /** {@code "attribute"}, its parameters and {@code "type"}, in the documented order. */
    private ObjectNode attribute(Attribute<?, ?> attribute) {
        ObjectNode node = NODES.objectNode();
        ValueType family = Operator.family(attribute);
        if (eventFilter) {
            List<Object> parameters = attribute.parameters();
            boolean property = attribute instanceof EventProperty
                    || (attribute instanceof Defined d && d.definition().builtIn() == BuiltIn.EVENT_PROPERTY);
            if (!property || parameters.isEmpty() || !(parameters.get(0) instanceof String)) {
                throw SegmentJsonException.at(
                        path,
                        "'" + attribute + "' has no JSON form inside an event filter, which only tests event"
                                + " properties");
            }
            return node.put("attribute", (String) parameters.get(0)).put("type", family.keyword());
        }
        node.put("attribute", attribute.name());
        ArrayNode arguments = NODES.arrayNode();
        ObjectNode window = null;
        ObjectNode filter = null;
        for (Object p : attribute.parameters()) {
            if (p instanceof String s) {
                arguments.add(s);
            } else if (p instanceof Double d && Double.isFinite(d)) {
                arguments.add(Values.number(d));
            } else if (p instanceof Window w && window == null) {
                window = window(w);
            } else if (p instanceof Criterion<?> f && filter == null) {
                filter = write(f, path.field("filter"), true);
            } else if (!(p instanceof ValueType)) {
                // A value type is carried by "type", which the factory receives as the implied value type.
                throw SegmentJsonException.at(
                        path,
                        "attribute '" + attribute + "' has a parameter " + p + " ("
                                + p.getClass().getSimpleName() + ") with no JSON form");
            }
        }
        if (!arguments.isEmpty()) {
            node.set("arguments", arguments);
        }
        if (window != null) {
            node.set("window", window);
        }
        if (filter != null) {
            node.set("filter", filter);
        }
        return node.put("type", family.keyword());
    }

    private ObjectNode window(Window window) {
        if (window instanceof Window.Last last) {
            return NODES.objectNode().put("last", TimeText.duration(last.duration()));
        }
        if (window instanceof Window.Between between) {
            return NODES.objectNode()
                    .put("from", between.from().toString())
                    .put("to", between.to().toString());
        }
        throw SegmentJsonException.at(path, "window " + window + " has no JSON form");
    }
}
