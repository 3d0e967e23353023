package io.segmentation.jackson;

import static io.segmentation.Attributes.allOf;
import static io.segmentation.Attributes.anyOf;
import static io.segmentation.Attributes.inSegment;
import static io.segmentation.Attributes.not;

import com.fasterxml.jackson.databind.JsonNode;
import io.segmentation.Criterion;
import io.segmentation.Segment;
import io.segmentation.attribute.Attribute;
import io.segmentation.attribute.AttributeArguments;
import io.segmentation.attribute.AttributeFactory;
import io.segmentation.attribute.AttributeRegistry;
import io.segmentation.attribute.EventProperty;
import io.segmentation.attribute.ValueType;
import io.segmentation.attribute.Window;
import io.segmentation.customer.Event;
import io.segmentation.internal.base.Suggestions;
import io.segmentation.text.QueryLimits;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Reads criteria in the {@code segmentation/1} schema. Names resolve through an {@link AttributeRegistry}; inside an
 * event filter, names are event property keys. Every failure is a {@link SegmentJsonException} naming the JSONPath of
 * the offending value. Nesting and value lists are bounded by the same {@link QueryLimits} as the query language, and
 * nesting is counted as the canonical text would nest: one level per {@code not}, per {@code and}/{@code or} inside
 * another criterion (the text's parentheses) and per {@code filter} (the text's argument list). So a criterion
 * within the limits in one form is within them in the other.
 */
final class CriterionReader {

    private static final List<String> KINDS = List.of("and", "or", "not", "inSegment", "attribute");
    private static final List<String> COMPARISON_FIELDS =
            List.of("attribute", "arguments", "window", "filter", "type", "op", "value");
    private static final List<String> PROPERTY_FIELDS = List.of("attribute", "type", "op", "value");
    private static final List<String> TYPES = List.of("text", "number", "boolean", "instant", "set");

    private CriterionReader() {}

    /** A criterion over the registry's subjects, within the default limits. */
    static <T> Criterion<T> read(JsonNode node, JsonPath path, AttributeRegistry<T> registry) {
        return read(node, path, registry, QueryLimits.defaults());
    }

    /** A criterion over the registry's subjects, within the given limits. */
    static <T> Criterion<T> read(JsonNode node, JsonPath path, AttributeRegistry<T> registry, QueryLimits limits) {
        return read(node, path, new RegistryScope<>(registry, limits), 0, false);
    }

    /**
     * @param depth the text nesting of the enclosing criterion
     * @param nested whether this criterion is an operand of another ({@code and}/{@code or} then need parentheses)
     */
    private static <S> Criterion<S> read(JsonNode node, JsonPath path, Scope<S> scope, int depth, boolean nested) {
        if (node == null || !node.isObject()) {
            throw SegmentJsonException.at(
                    path,
                    "expected a criterion object (and, or, not, inSegment or attribute) but found "
                            + Values.describe(node));
        }
        int levels = (node.has("not") || (nested && (node.has("and") || node.has("or")))) ? depth + 1 : depth;
        if (levels > scope.limits().maxDepth()) {
            throw SegmentJsonException.at(
                    path,
                    "criteria are nested deeper than the limit of "
                            + scope.limits().maxDepth());
        }
        if (node.has("attribute")) {
            return comparison(node, path, scope, depth);
        }
        List<String> kinds = new ArrayList<>();
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!KINDS.contains(name)) {
                throw SegmentJsonException.at(
                        path.field(name),
                        "unknown field '" + name + "'; a criterion has one of and, or, not, inSegment or attribute"
                                + Suggestions.didYouMean(name, KINDS));
            }
            kinds.add(name);
        }
        if (kinds.size() != 1) {
            throw SegmentJsonException.at(
                    path,
                    kinds.isEmpty()
                            ? "empty criterion; expected one of and, or, not, inSegment or attribute"
                            : "a criterion has exactly one of and, or, not, inSegment or attribute, but found "
                                    + String.join(" and ", kinds));
        }
        String kind = kinds.get(0);
        JsonNode value = node.get(kind);
        JsonPath at = path.field(kind);
        try {
            return switch (kind) {
                case "and" -> allOf(operands(value, at, scope, levels));
                case "or" -> anyOf(operands(value, at, scope, levels));
                case "not" -> not(read(value, at, scope, levels, true));
                default -> inSegment(scope.segment(Values.text(value, at), at));
            };
        } catch (SegmentJsonException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            // Criterion.MAX_DEPTH, reached through segment references
            throw SegmentJsonException.at(at, e.getMessage());
        }
    }

    private static <S> List<Criterion<S>> operands(JsonNode array, JsonPath path, Scope<S> scope, int depth) {
        List<JsonNode> elements = Values.array(array, path, "criteria");
        if (elements.isEmpty()) {
            throw SegmentJsonException.at(path, "needs at least one criterion");
        }
        List<Criterion<S>> operands = new ArrayList<>(elements.size());
        for (int i = 0; i < elements.size(); i++) {
            operands.add(read(elements.get(i), path.index(i), scope, depth, true));
        }
        return operands;
    }

    private static <S> Criterion<S> comparison(JsonNode node, JsonPath path, Scope<S> scope, int depth) {
        List<String> allowed = scope.fields();
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!allowed.contains(name)) {
                String hint =
                        COMPARISON_FIELDS.contains(name) ? "; " + scope.describe() + " takes no '" + name + "'" : "";
                throw SegmentJsonException.at(
                        path.field(name),
                        "unknown field '" + name + "'" + hint
                                + (hint.isEmpty() ? Suggestions.didYouMean(name, allowed) : ""));
            }
        }
        String name = Values.text(node.get("attribute"), path.field("attribute"));
        for (String list : List.of("value", "arguments")) {
            JsonNode values = node.get(list);
            if (values != null
                    && values.isArray()
                    && values.size() > scope.limits().maxListSize()) {
                throw SegmentJsonException.at(
                        path.field(list),
                        "list has " + values.size() + " values, over the limit of "
                                + scope.limits().maxListSize());
            }
        }
        JsonNode opNode = node.get("op");
        if (opNode == null) {
            throw SegmentJsonException.at(
                    path.field("op"), "missing; expected an operator such as atLeast, is, in or isPresent");
        }
        Operator op = Operator.named(Values.text(opNode, path.field("op")), path.field("op"));
        JsonNode value = node.get("value");
        Optional<ValueType> type = type(node.get("type"), path.field("type"));
        ValueType implied = type.orElseGet(() -> op.inferredType(value));
        Attribute<S, ?> attribute = scope.attribute(name, node, path, implied, depth);
        ValueType family = Operator.family(attribute);
        if (type.isPresent() && type.get() != family) {
            throw SegmentJsonException.at(
                    path.field("type"),
                    "'" + attribute + "' is " + Operator.article(family) + " (type \"" + family.keyword() + "\"), not "
                            + type.get().keyword());
        }
        return op.apply(attribute, value, path.field("op"), path.field("value"));
    }

    /** The attribute a registry factory makes, its complaints reported at {@code path}. */
    static <T> Attribute<T, ?> create(AttributeFactory<T> factory, AttributeArguments arguments, JsonPath path) {
        Attribute<T, ?> attribute;
        try {
            attribute = factory.create(arguments);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw SegmentJsonException.at(path, e.getMessage());
        }
        if (attribute == null) {
            throw SegmentJsonException.at(path, "the registry's factory made no attribute");
        }
        return attribute;
    }

    private static Optional<ValueType> type(JsonNode node, JsonPath path) {
        if (node == null) {
            return Optional.empty();
        }
        String text = Values.text(node, path);
        for (ValueType t : ValueType.values()) {
            if (t.keyword().equals(text)) {
                return Optional.of(t);
            }
        }
        throw SegmentJsonException.at(
                path,
                "unknown type '" + text + "'; expected text, number, boolean, instant or set"
                        + Suggestions.didYouMean(text, TYPES));
    }

    /** What names mean where a criterion is read. */
    private interface Scope<S> {
        Attribute<S, ?> attribute(String name, JsonNode comparison, JsonPath path, ValueType implied, int depth);

        Segment<S> segment(String name, JsonPath path);

        QueryLimits limits();

        List<String> fields();

        String describe();
    }

    /** Attribute names from a registry; arguments, window and filter go to the attribute's factory. */
    private static final class RegistryScope<T> implements Scope<T> {
        private final AttributeRegistry<T> registry;
        private final QueryLimits limits;

        RegistryScope(AttributeRegistry<T> registry, QueryLimits limits) {
            this.registry = registry;
            this.limits = limits;
        }

        @Override
        public QueryLimits limits() {
            return limits;
        }

        @Override
        public Attribute<T, ?> attribute(
                String name, JsonNode comparison, JsonPath path, ValueType implied, int depth) {
            AttributeFactory<T> factory = registry.attribute(name)
                    .orElseThrow(() -> SegmentJsonException.at(
                            path.field("attribute"),
                            "unknown attribute '" + name + "'"
                                    + Suggestions.didYouMean(name, registry.attributeNames())));
            List<Object> positional = arguments(comparison.get("arguments"), path.field("arguments"));
            Optional<Window> window = window(comparison.get("window"), path.field("window"));
            Optional<Criterion<?>> filter = Optional.empty();
            if (comparison.has("filter")) {
                Criterion<Event> events = CriterionReader.read(
                        comparison.get("filter"), path.field("filter"), new EventScope(limits), depth + 1, false);
                filter = Optional.of(events);
            }
            AttributeArguments arguments =
                    AttributeArguments.of(name, positional, filter, window, Optional.empty(), implied);
            return create(factory, arguments, path.field("attribute"));
        }

        @Override
        public Segment<T> segment(String name, JsonPath path) {
            return registry.segment(name)
                    .orElseThrow(() -> SegmentJsonException.at(
                            path,
                            "unknown segment '" + name + "'" + Suggestions.didYouMean(name, registry.segmentNames())));
        }

        @Override
        public List<String> fields() {
            return COMPARISON_FIELDS;
        }

        @Override
        public String describe() {
            return "an attribute";
        }

        private static List<Object> arguments(JsonNode node, JsonPath path) {
            if (node == null) {
                return List.of();
            }
            List<JsonNode> elements = Values.array(node, path, "strings and numbers");
            List<Object> values = new ArrayList<>(elements.size());
            for (int i = 0; i < elements.size(); i++) {
                JsonNode e = elements.get(i);
                if (e.isTextual()) {
                    values.add(e.textValue());
                } else if (e.isNumber() && Double.isFinite(e.doubleValue())) {
                    values.add(e.doubleValue());
                } else {
                    throw SegmentJsonException.at(
                            path.index(i), "expected a string or a finite number but found " + Values.describe(e));
                }
            }
            return values;
        }

        private static Optional<Window> window(JsonNode node, JsonPath path) {
            if (node == null) {
                return Optional.empty();
            }
            if (!node.isObject()) {
                throw SegmentJsonException.at(
                        path,
                        "expected a window {\"last\": \"30d\"} or {\"from\": …, \"to\": …} but found "
                                + Values.describe(node));
            }
            for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!Set.of("last", "from", "to").contains(name)) {
                    throw SegmentJsonException.at(
                            path.field(name),
                            "unknown field '" + name + "'; a window has last, or from and to"
                                    + Suggestions.didYouMean(name, List.of("last", "from", "to")));
                }
            }
            if (node.has("last")) {
                if (node.has("from") || node.has("to")) {
                    throw SegmentJsonException.at(path, "give either last or from and to, not both");
                }
                Duration last = Values.duration(node.get("last"), path.field("last"));
                return Optional.of(build(path.field("last"), () -> Window.last(last)));
            }
            if (!node.has("from") || !node.has("to")) {
                throw SegmentJsonException.at(path, "a window needs last, or both from and to");
            }
            Instant from = instant(node.get("from"), path.field("from"));
            Instant to = instant(node.get("to"), path.field("to"));
            return Optional.of(build(path, () -> Window.between(from, to)));
        }

        private static Window build(JsonPath path, Supplier<Window> window) {
            try {
                return window.get();
            } catch (IllegalArgumentException e) {
                throw SegmentJsonException.at(path, e.getMessage());
            }
        }

        private static Instant instant(JsonNode node, JsonPath path) {
            String text = Values.text(node, path);
            try {
                return TimeText.instant(text);
            } catch (DateTimeParseException e) {
                throw SegmentJsonException.at(
                        path, "expected an instant such as 2026-01-31T10:00:00Z but found '" + text + "'");
            }
        }
    }

    /** Inside a filter: names are event property keys, read as the comparison's type. */
    private static final class EventScope implements Scope<Event> {
        private final QueryLimits limits;

        EventScope(QueryLimits limits) {
            this.limits = limits;
        }

        @Override
        public QueryLimits limits() {
            return limits;
        }

        @Override
        public Attribute<Event, ?> attribute(
                String name, JsonNode comparison, JsonPath path, ValueType implied, int depth) {
            try {
                return EventProperty.named(name).as(implied);
            } catch (IllegalArgumentException e) {
                throw SegmentJsonException.at(
                        path.field(comparison.has("type") ? "type" : "attribute"), e.getMessage());
            }
        }

        @Override
        public Segment<Event> segment(String name, JsonPath path) {
            throw SegmentJsonException.at(path, "a segment reference cannot appear inside an event filter");
        }

        @Override
        public List<String> fields() {
            return PROPERTY_FIELDS;
        }

        @Override
        public String describe() {
            return "an event property in a filter";
        }
    }
}
