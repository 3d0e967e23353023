package io.segmentation.jackson;

import static io.segmentation.Attributes.allOf;
import static io.segmentation.Attributes.anyOf;
import static io.segmentation.Attributes.not;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.segmentation.Criterion;
import io.segmentation.attribute.Attribute;
import io.segmentation.attribute.AttributeArguments;
import io.segmentation.attribute.AttributeFactory;
import io.segmentation.attribute.AttributeRegistry;
import io.segmentation.attribute.ValueType;
import io.segmentation.internal.Suggestions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads react-querybuilder rule groups. Values are taken as react-querybuilder emits them: numbers may be numeric
 * strings ({@code "18"}), lists and {@code between} bounds may be arrays or comma-separated strings ({@code "DE,FR"},
 * with {@code \,} for a comma inside a value), booleans may be {@code "true"}/{@code "false"}. Unknown keys (ids, UI
 * state) are ignored; disabled rules and groups are skipped, as react-querybuilder's own {@code formatQuery} does.
 */
final class QueryBuilderReader<T> {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern NUMBER = Pattern.compile("[-+]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][-+]?[0-9]+)?");
    private static final Pattern COMMA = Pattern.compile("(?<!\\\\),");

    private final AttributeRegistry<T> registry;

    QueryBuilderReader(AttributeRegistry<T> registry) {
        this.registry = registry;
    }

    Criterion<T> query(JsonNode node, JsonPath path) {
        if (node != null && node.isObject() && node.path("disabled").asBoolean(false)) {
            throw SegmentJsonException.at(
                    path.field("disabled"), "the whole query is disabled, so it has no criterion");
        }
        return group(node, path, 1);
    }

    private Criterion<T> group(JsonNode node, JsonPath path, int depth) {
        if (depth > CriterionReader.MAX_DEPTH) {
            throw SegmentJsonException.at(
                    path, "groups are nested deeper than the limit of " + CriterionReader.MAX_DEPTH);
        }
        if (node == null || !node.isObject()) {
            throw SegmentJsonException.at(
                    path,
                    "expected a rule group {\"combinator\": \"and\", \"rules\": […]} but found "
                            + Values.describe(node));
        }
        String combinator = combinator(node.get("combinator"), path.field("combinator"));
        boolean negated = false;
        if (node.has("not")) {
            negated = Values.bool(node.get("not"), path.field("not"));
        }
        JsonNode rules = node.get("rules");
        JsonPath rulesPath = path.field("rules");
        List<JsonNode> elements = Values.array(rules, rulesPath, "rules and groups");
        List<Criterion<T>> operands = new ArrayList<>();
        for (int i = 0; i < elements.size(); i++) {
            JsonNode element = elements.get(i);
            JsonPath at = rulesPath.index(i);
            if (element.isTextual()) {
                throw SegmentJsonException.at(
                        at,
                        "found the combinator '" + element.textValue() + "' between rules; queries with independent"
                                + " combinators are not supported, use groups with a combinator");
            }
            if (!element.isObject()) {
                throw SegmentJsonException.at(
                        at, "expected a rule or a group object but found " + Values.describe(element));
            }
            if (element.path("disabled").asBoolean(false)) {
                continue;
            }
            operands.add(element.has("rules") ? group(element, at, depth + 1) : rule(element, at));
        }
        if (operands.isEmpty()) {
            throw SegmentJsonException.at(rulesPath, "an empty group has no criterion; add a rule");
        }
        Criterion<T> junction = combinator.equals("or") ? anyOf(operands) : allOf(operands);
        return negated ? not(junction) : junction;
    }

    private static String combinator(JsonNode node, JsonPath path) {
        if (node == null) {
            throw SegmentJsonException.at(path, "missing; expected \"and\" or \"or\"");
        }
        String combinator = Values.text(node, path).toLowerCase(Locale.ROOT);
        if (!combinator.equals("and") && !combinator.equals("or")) {
            throw SegmentJsonException.at(
                    path,
                    "unknown combinator '" + node.textValue() + "'; expected \"and\" or \"or\""
                            + Suggestions.didYouMean(combinator, List.of("and", "or")));
        }
        return combinator;
    }

    private Criterion<T> rule(JsonNode node, JsonPath path) {
        JsonPath fieldPath = path.field("field");
        if (!node.has("field")) {
            throw SegmentJsonException.at(fieldPath, "missing; a rule needs a field, an operator and a value");
        }
        String field = Values.text(node.get("field"), fieldPath);
        JsonPath opPath = path.field("operator");
        if (!node.has("operator")) {
            throw SegmentJsonException.at(opPath, "missing; expected an operator such as =, <, contains or in");
        }
        QueryBuilderOperator op = QueryBuilderOperator.named(Values.text(node.get("operator"), opPath), opPath);
        if (node.has("valueSource") && !node.get("valueSource").asText().equals("value")) {
            throw SegmentJsonException.at(
                    path.field("valueSource"),
                    "comparing with another field (valueSource '"
                            + node.get("valueSource").asText() + "') is not supported; compare with a value");
        }
        JsonNode raw = node.get("value");
        Attribute<T, ?> attribute = attribute(field, fieldPath, implied(op, raw));
        ValueType family = Operator.family(attribute);
        Operator ours = op.ours(family);
        if (ours == null) {
            throw SegmentJsonException.at(
                    opPath,
                    "'" + field + "' is " + Operator.article(family) + ", compared with "
                            + Operator.orList(QueryBuilderOperator.namesFor(family)) + ", not '" + op.json() + "'");
        }
        JsonPath valuePath = path.field("value");
        JsonNode value = ours.shape() == Operator.Shape.NONE ? null : normalise(ours, family, raw);
        Criterion<T> criterion = ours.apply(attribute, value, opPath, valuePath);
        return op.negated() ? not(criterion) : criterion;
    }

    private Attribute<T, ?> attribute(String field, JsonPath path, ValueType implied) {
        AttributeFactory<T> factory = registry.attribute(field)
                .orElseThrow(() -> SegmentJsonException.at(
                        path,
                        "unknown field '" + field + "'" + Suggestions.didYouMean(field, registry.attributeNames())));
        return CriterionReader.create(
                factory,
                AttributeArguments.of(field, List.of(), Optional.empty(), Optional.empty(), Optional.empty(), implied),
                path);
    }

    /** For attributes whose type follows the comparison: a JSON number means a number, a boolean a boolean. */
    private static ValueType implied(QueryBuilderOperator op, JsonNode value) {
        if (op == QueryBuilderOperator.NULL || op == QueryBuilderOperator.NOT_NULL || value == null) {
            return ValueType.TEXT;
        }
        JsonNode first = value.isArray() && value.size() > 0 ? value.get(0) : value;
        if (first.isNumber()) {
            return ValueType.NUMBER;
        }
        return first.isBoolean() ? ValueType.BOOLEAN : ValueType.TEXT;
    }

    /** The react-querybuilder value in the shape our operator reads. */
    private static JsonNode normalise(Operator ours, ValueType family, JsonNode raw) {
        if (raw == null || raw.isNull()) {
            return raw;
        }
        if (ours.shape() != Operator.Shape.PAIR && ours.shape() != Operator.Shape.LIST) {
            return family == ValueType.BOOLEAN ? bool(raw) : scalar(family, raw);
        }
        List<JsonNode> elements = new ArrayList<>();
        if (raw.isTextual()) {
            for (String part : COMMA.split(raw.textValue(), -1)) {
                elements.add(NODES.textNode(part.trim().replace("\\,", ",")));
            }
        } else if (raw.isArray()) {
            raw.elements().forEachRemaining(elements::add);
        } else {
            return raw;
        }
        ArrayNode array = NODES.arrayNode();
        for (JsonNode e : elements) {
            array.add(scalar(family, e));
        }
        return array;
    }

    private static JsonNode scalar(ValueType family, JsonNode value) {
        if (family == ValueType.NUMBER
                && value.isTextual()
                && NUMBER.matcher(value.textValue().trim()).matches()) {
            return NODES.numberNode(Double.parseDouble(value.textValue().trim()));
        }
        return value;
    }

    private static JsonNode bool(JsonNode value) {
        if (value.isTextual()) {
            String text = value.textValue().trim();
            if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
                return NODES.booleanNode(text.equalsIgnoreCase("true"));
            }
        }
        return value;
    }
}
