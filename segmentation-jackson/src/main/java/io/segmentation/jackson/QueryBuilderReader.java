package io.segmentation.jackson;

import static io.segmentation.Attributes.allOf;
import static io.segmentation.Attributes.anyOf;
import static io.segmentation.Attributes.not;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.segmentation.Attributes;
import io.segmentation.Criterion;
import io.segmentation.attribute.Attribute;
import io.segmentation.attribute.AttributeArguments;
import io.segmentation.attribute.AttributeFactory;
import io.segmentation.attribute.AttributeRegistry;
import io.segmentation.attribute.ValueType;
import io.segmentation.internal.base.Suggestions;
import io.segmentation.text.QueryLimits;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads react-querybuilder rule groups. Values are taken as react-querybuilder emits them: numbers may be numeric
 * strings ({@code "18"}), lists and {@code between} bounds may be arrays or comma-separated strings ({@code "DE,FR"},
 * with {@code \,} for a comma inside a value), booleans may be {@code "true"}/{@code "false"}. Unknown keys (ids, UI
 * state, {@code disabled}, which only locks a rule in the UI) are ignored. What react-querybuilder's
 * {@code formatQuery} leaves out of its exports is left out here too: muted rules and groups, placeholder rules
 * (field or operator {@code "~"}) and groups with nothing left in them. Groups with independent combinators are read
 * by {@link IndependentCombinators}.
 */
final class QueryBuilderReader<T> {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern NUMBER = Pattern.compile("[-+]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][-+]?[0-9]+)?");
    private static final Pattern THOUSANDS = Pattern.compile("[-+]?[0-9]{1,3}(,[0-9]{3})+(\\.[0-9]+)?");
    private static final Pattern COMMA = Pattern.compile("(?<!\\\\),");
    /** react-querybuilder's default placeholder name for "no field" and "no operator" yet. */
    private static final String PLACEHOLDER = "~";

    private final AttributeRegistry<T> registry;
    private final QueryLimits limits;

    QueryBuilderReader(AttributeRegistry<T> registry, QueryLimits limits) {
        this.registry = registry;
        this.limits = limits;
    }

    Criterion<T> query(JsonNode node, JsonPath path) {
        if (node != null && node.isObject() && muted(node, path)) {
            throw SegmentJsonException.at(
                    path.field("muted"),
                    "the whole query is muted, so react-querybuilder exports nothing and there is no criterion");
        }
        return group(node, path, 1)
                .orElseThrow(() -> SegmentJsonException.at(
                        path.field("rules"),
                        node.path("rules").isEmpty()
                                ? "an empty query has no criterion; add a rule"
                                : "nothing is left of the query once muted rules, placeholder rules (field or operator"
                                        + " '~') and empty groups are left out, so it has no criterion; add or unmute a"
                                        + " rule"));
    }

    /** The group's criterion; empty when nothing is left in it (no rules, or every one left out). */
    private Optional<Criterion<T>> group(JsonNode node, JsonPath path, int depth) {
        // The top-level group is level 0, as an and/or at the top of a query is in the text; each nested group adds
        // one.
        if (depth - 1 > limits.maxDepth()) {
            throw SegmentJsonException.at(
                    path,
                    "groups are nested deeper than the limit of " + limits.maxDepth() + " (QueryLimits.maxDepth)");
        }
        if (node == null || !node.isObject()) {
            throw SegmentJsonException.at(
                    path,
                    "expected a rule group {\"combinator\": \"and\", \"rules\": […]} but found "
                            + Values.describe(node));
        }
        String combinator =
                node.has("combinator") ? combinator(node.get("combinator"), path.field("combinator")) : null;
        boolean negated = false;
        if (node.has("not")) {
            negated = Values.bool(node.get("not"), path.field("not"));
        }
        JsonNode rules = node.get("rules");
        JsonPath rulesPath = path.field("rules");
        List<JsonNode> elements = Values.array(rules, rulesPath, "rules and groups");
        Optional<Criterion<T>> junction = combinator == null
                ? IndependentCombinators.read(elements, rulesPath, (element, at) -> item(element, at, depth))
                : junction(combinator, elements, rulesPath, depth);
        return negated ? junction.map(Attributes::not) : junction;
    }

    private Optional<Criterion<T>> junction(String combinator, List<JsonNode> elements, JsonPath path, int depth) {
        List<Criterion<T>> operands = new ArrayList<>();
        for (int i = 0; i < elements.size(); i++) {
            JsonNode element = elements.get(i);
            JsonPath at = path.index(i);
            if (element.isTextual()) {
                throw SegmentJsonException.at(
                        at,
                        "found the combinator '" + element.textValue() + "' between rules of a group with"
                                + " \"combinator\"; a group has either \"combinator\" or independent combinators"
                                + " between its rules, not both");
            }
            item(element, at, depth).ifPresent(operands::add);
        }
        if (operands.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(combinator.equals("or") ? anyOf(operands) : allOf(operands));
    }

    /** A rule or a nested group; empty when react-querybuilder's exports leave it out. */
    private Optional<Criterion<T>> item(JsonNode element, JsonPath path, int depth) {
        if (!element.isObject()) {
            throw SegmentJsonException.at(
                    path, "expected a rule or a group object but found " + Values.describe(element));
        }
        if (muted(element, path)) {
            return Optional.empty();
        }
        if (element.has("rules")) {
            return group(element, path, depth + 1);
        }
        return placeholder(element) ? Optional.empty() : Optional.of(rule(element, path));
    }

    /** {@code "muted": true}; {@code null} or absent is not muted, anything but a boolean an error. */
    private static boolean muted(JsonNode node, JsonPath path) {
        JsonNode muted = node.get("muted");
        return muted != null && !muted.isNull() && Values.bool(muted, path.field("muted"));
    }

    /** A rule whose field or operator is still react-querybuilder's placeholder: its exports skip it. */
    private static boolean placeholder(JsonNode rule) {
        return PLACEHOLDER.equals(rule.path("field").textValue())
                || PLACEHOLDER.equals(rule.path("operator").textValue());
    }

    /** A combinator, {@code "and"} or {@code "or"} in any case, lower-cased. */
    static String combinator(JsonNode node, JsonPath path) {
        String combinator = Values.text(node, path).toLowerCase(Locale.ROOT);
        if (combinator.equals("xor")) {
            throw SegmentJsonException.at(
                    path,
                    "the combinator 'xor' has no segment form: segments combine with and, or and not; write"
                            + " 'a xor b' as (a and not b) or (not a and b)");
        }
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
        JsonNode value = ours.shape() == Operator.Shape.NONE ? null : normalise(ours, family, raw, valuePath);
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

    /**
     * The react-querybuilder value in the shape our operator reads. As react-querybuilder reads values: a single
     * number for a list is a list of one; {@code between} bounds of a number are put in ascending order (its
     * {@code formatQuery} does so unless {@code preserveValueOrder} is set); a JSON number for a text field is that
     * number's text, as {@code parseSQL} writes {@code postal_code = 10115}.
     */
    private JsonNode normalise(Operator ours, ValueType family, JsonNode raw, JsonPath path) {
        if (raw == null || raw.isNull()) {
            return raw;
        }
        if (ours.shape() != Operator.Shape.PAIR && ours.shape() != Operator.Shape.LIST) {
            return family == ValueType.BOOLEAN ? bool(raw) : scalar(family, raw, path);
        }
        List<JsonNode> elements = new ArrayList<>();
        if (raw.isTextual()) {
            for (String part : COMMA.split(raw.textValue(), -1)) {
                elements.add(NODES.textNode(part.trim().replace("\\,", ",")));
            }
        } else if (raw.isArray()) {
            raw.elements().forEachRemaining(elements::add);
        } else if (raw.isNumber() && ours.shape() == Operator.Shape.LIST) {
            elements.add(raw);
        } else {
            return raw;
        }
        if (elements.size() > limits.maxListSize()) {
            throw SegmentJsonException.at(
                    path,
                    "list has " + elements.size() + " values, over the limit of " + limits.maxListSize()
                            + " (QueryLimits.maxListSize)");
        }
        ArrayNode array = NODES.arrayNode();
        for (int i = 0; i < elements.size(); i++) {
            array.add(scalar(family, elements.get(i), raw.isArray() ? path.index(i) : path));
        }
        return ours.shape() == Operator.Shape.PAIR && family == ValueType.NUMBER ? ascending(array) : array;
    }

    /** Two numbers in ascending order (a new array when they are swapped); anything else as it is. */
    private static ArrayNode ascending(ArrayNode pair) {
        if (pair.size() == 2
                && pair.get(0).isNumber()
                && pair.get(1).isNumber()
                && pair.get(0).doubleValue() > pair.get(1).doubleValue()) {
            return NODES.arrayNode().add(pair.get(1)).add(pair.get(0));
        }
        return pair;
    }

    private static JsonNode scalar(ValueType family, JsonNode value, JsonPath path) {
        if (family == ValueType.NUMBER && value.isTextual()) {
            String text = value.textValue().trim();
            if (NUMBER.matcher(text).matches()) {
                return NODES.numberNode(Double.parseDouble(text));
            }
            if (THOUSANDS.matcher(text).matches()) {
                throw SegmentJsonException.at(
                        path,
                        "expected a number but found " + Values.describe(value) + ", with a thousands separator;"
                                + " write " + text.replace(",", ""));
            }
        }
        if (family == ValueType.TEXT && value.isNumber()) {
            String text = decimal(value);
            return text == null ? value : NODES.textNode(text);
        }
        return value;
    }

    /** A JSON number as text, {@code 10115} for 10115 and 10115.0, {@code 2.5} for 2.5; null when not finite. */
    private static String decimal(JsonNode number) {
        if (number.isIntegralNumber()) {
            return number.bigIntegerValue().toString();
        }
        if (!number.isBigDecimal() && !Double.isFinite(number.doubleValue())) {
            return null;
        }
        return number.decimalValue().stripTrailingZeros().toPlainString();
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
