package io.segmentation.jackson;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.segmentation.Criterion;
import io.segmentation.Segment;
import io.segmentation.attribute.AttributeRegistry;
import io.segmentation.internal.base.Suggestions;
import io.segmentation.text.QueryLimits;
import java.util.Iterator;
import java.util.List;

/** Segments as {@code segmentation/1} documents: {@code {"schema", "name", "description", "criterion"}}. */
final class SegmentCodec {

    private static final List<String> FIELDS = List.of("schema", "name", "description", "criterion");

    private SegmentCodec() {}

    static ObjectNode write(Segment<?> segment, JsonPath path) {
        ObjectNode node = JsonNodeFactory.instance.objectNode().put("schema", SegmentJson.SCHEMA);
        segment.name().ifPresent(name -> node.put("name", name));
        segment.description().ifPresent(description -> node.put("description", description));
        node.set("criterion", CriterionWriter.write(segment.criterion(), path.field("criterion")));
        return node;
    }

    static <T> Segment<T> read(JsonNode node, JsonPath path, AttributeRegistry<T> registry) {
        return read(node, path, registry, QueryLimits.defaults());
    }

    static <T> Segment<T> read(JsonNode node, JsonPath path, AttributeRegistry<T> registry, QueryLimits limits) {
        if (node == null || !node.isObject()) {
            throw SegmentJsonException.at(
                    path,
                    "expected a segment object {\"schema\": \"" + SegmentJson.SCHEMA
                            + "\", \"criterion\": …} but found " + Values.describe(node));
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                throw SegmentJsonException.at(
                        path.field(name),
                        "unknown field '" + name + "'; a segment has schema, name, description and criterion"
                                + Suggestions.didYouMean(name, FIELDS));
            }
        }
        JsonNode schema = node.get("schema");
        if (schema == null) {
            throw SegmentJsonException.at(path.field("schema"), "missing; expected \"" + SegmentJson.SCHEMA + "\"");
        }
        String version = Values.text(schema, path.field("schema"));
        if (!version.equals(SegmentJson.SCHEMA)) {
            throw SegmentJsonException.at(
                    path.field("schema"),
                    "unsupported schema '" + version + "'; this version reads \"" + SegmentJson.SCHEMA + "\"");
        }
        JsonNode criterionNode = node.get("criterion");
        if (criterionNode == null) {
            throw SegmentJsonException.at(path.field("criterion"), "missing; a segment needs a criterion");
        }
        Criterion<T> criterion = CriterionReader.read(criterionNode, path.field("criterion"), registry, limits);
        Segment<T> segment = Segment.where(criterion);
        if (node.has("description")) {
            String description = Values.text(node.get("description"), path.field("description"));
            segment = rebuild(path.field("description"), segment, s -> s.describedAs(description));
        }
        if (node.has("name")) {
            String name = Values.text(node.get("name"), path.field("name"));
            segment = rebuild(path.field("name"), segment, s -> s.named(name));
        }
        return segment;
    }

    private static <T> Segment<T> rebuild(
            JsonPath path, Segment<T> segment, java.util.function.UnaryOperator<Segment<T>> change) {
        try {
            return change.apply(segment);
        } catch (IllegalArgumentException e) {
            throw SegmentJsonException.at(path, e.getMessage());
        }
    }
}
