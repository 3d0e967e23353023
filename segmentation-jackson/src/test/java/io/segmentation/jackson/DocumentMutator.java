package io.segmentation.jackson;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Damages valid JSON documents: values replaced, keys renamed or dropped, containers grown, criteria nested deeply,
 * hostile patterns put where a value was, and the text itself cut or spliced. Deterministic for a given
 * {@link SplittableRandom}.
 */
final class DocumentMutator {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<String> KEYS = List.of(
            "schema",
            "criterion",
            "and",
            "or",
            "not",
            "inSegment",
            "attribute",
            "arguments",
            "window",
            "last",
            "from",
            "to",
            "filter",
            "type",
            "op",
            "value",
            "combinator",
            "rules",
            "field",
            "operator",
            "disabled",
            "valueSource",
            "name",
            "description",
            "id",
            "event",
            "property");
    private static final List<String> TEXTS = List.of(
            "",
            "age",
            "city",
            "-30d",
            "30d",
            "now",
            "today",
            "atLeast",
            "matches",
            "matchesIgnoringCase",
            "number",
            "text",
            "set",
            "instant",
            "in",
            "between",
            "x,y",
            "\uD800",
            "٣d",
            "1e400",
            "2026-13-45",
            "+10000-01-01",
            "segmentation/1",
            "segmentation/2",
            "and",
            "or",
            "=",
            "contains",
            "beginsWith",
            "\u0000",
            "🎉");
    private static final List<String> FRAGMENTS =
            List.of("{", "}", "[", "]", ",", ":", "\"", "\\", "null", "1e999", "\"\\ud800\"", "]]]]", "{{{{");

    private final SplittableRandom random;
    private final QueryMutator patterns;

    DocumentMutator(SplittableRandom random) {
        this.random = random;
        this.patterns = new QueryMutator(random);
    }

    private <E> E pick(List<E> from) {
        return from.get(random.nextInt(from.size()));
    }

    /** One or two damages of a valid document. */
    String mutate(String json) {
        if (random.nextInt(6) == 0) {
            return text(json);
        }
        try {
            JsonNode tree = MAPPER.readTree(json);
            int damages = 1 + random.nextInt(2);
            for (int i = 0; i < damages; i++) {
                tree = damage(tree);
            }
            String damaged = MAPPER.writeValueAsString(tree);
            if (random.nextInt(6) == 0) {
                damaged = nested(tree, damaged);
            }
            return random.nextInt(10) == 0 ? text(damaged) : damaged;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a valid document did not parse: " + json, e);
        }
    }

    private JsonNode damage(JsonNode tree) {
        switch (random.nextInt(7)) {
            case 0:
                return longArray(tree);
            case 1:
                return hostilePattern(tree);
            default:
                List<Runnable> mutations = new ArrayList<>();
                collect(tree, mutations);
                if (!mutations.isEmpty()) {
                    pick(mutations).run();
                }
                return tree;
        }
    }

    private JsonNode randomValue() {
        switch (random.nextInt(12)) {
            case 0:
                return NODES.nullNode();
            case 1:
                return NODES.booleanNode(random.nextBoolean());
            case 2:
                return NODES.numberNode(
                        pick(List.of(0.0, -0.0, 1e-300, 1e300, Double.MAX_VALUE, Double.MIN_VALUE, 18.0)));
            case 3:
                return NODES.numberNode(new BigDecimal("1e400"));
            case 4:
                return NODES.numberNode(random.nextLong());
            case 5:
                return NODES.arrayNode();
            case 6:
                return NODES.arrayNode().add(1).add("a").add(NODES.nullNode());
            case 7:
                return NODES.objectNode();
            case 8:
                return NODES.objectNode().put(pick(KEYS), pick(TEXTS));
            case 9:
                return NODES.textNode(patterns.randomPattern());
            default:
                return NODES.textNode(pick(TEXTS));
        }
    }

    /** Every container and value of a tree, with a way to change it. */
    private void collect(JsonNode node, List<Runnable> mutations) {
        if (node instanceof ObjectNode object) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                mutations.add(() -> object.set(name, randomValue()));
                mutations.add(() -> object.remove(name));
                mutations.add(() -> object.set(pick(KEYS), object.remove(name)));
                mutations.add(() -> object.set(name, object.deepCopy()));
                collect(object.get(name), mutations);
            }
            mutations.add(() -> object.set(pick(KEYS), randomValue()));
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                int index = i;
                mutations.add(() -> array.set(index, randomValue()));
                mutations.add(() -> array.remove(index));
                collect(array.get(i), mutations);
            }
            mutations.add(() -> array.add(randomValue()));
            if (!array.isEmpty()) {
                mutations.add(() -> array.add(array.get(0).deepCopy()));
            }
        }
    }

    /**
     * Wraps the criterion (or the group) in many {@code not}s or single-element groups, as text: deeper than Jackson
     * writes trees.
     */
    private String nested(JsonNode tree, String json) throws JsonProcessingException {
        int depth = 1 + random.nextInt(random.nextBoolean() ? 40 : 3_000);
        if (tree.has("rules")) {
            return "{\"combinator\":\"and\",\"rules\":[".repeat(depth) + json + "]}".repeat(depth);
        }
        String inner = tree.has("criterion") ? MAPPER.writeValueAsString(tree.get("criterion")) : json;
        StringBuilder open = new StringBuilder();
        StringBuilder close = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            if (random.nextBoolean()) {
                open.append("{\"not\":");
                close.append('}');
            } else {
                open.append(random.nextBoolean() ? "{\"and\":[" : "{\"or\":[");
                close.append("]}");
            }
        }
        return "{\"schema\":\"segmentation/1\",\"criterion\":" + open + inner + close + "}";
    }

    /** Replaces the first array (or the criterion) with a long {@code in} list. */
    private JsonNode longArray(JsonNode tree) {
        int size = 1 + random.nextInt(random.nextBoolean() ? 50 : 20_000);
        ArrayNode values = NODES.arrayNode();
        for (int i = 0; i < size; i++) {
            values.add(random.nextBoolean() ? NODES.numberNode(i) : NODES.textNode("v" + i));
        }
        if (tree instanceof ObjectNode root && root.has("rules")) {
            StringBuilder list = new StringBuilder();
            for (int i = 0; i < size; i++) {
                list.append(i == 0 ? "" : ",").append("v").append(i);
            }
            ObjectNode rule = NODES.objectNode().put("field", "country").put("operator", "in");
            rule.set("value", random.nextBoolean() ? NODES.textNode(list.toString()) : values);
            root.set("rules", NODES.arrayNode().add(rule));
            return root;
        }
        if (tree instanceof ObjectNode root) {
            ObjectNode criterion = NODES.objectNode().put("attribute", random.nextBoolean() ? "age" : "country");
            criterion.put("op", "in").set("value", values);
            root.set("criterion", criterion);
        }
        return tree;
    }

    /** Puts a hostile or random pattern where a criterion was. */
    private JsonNode hostilePattern(JsonNode tree) {
        if (tree instanceof ObjectNode root && root.has("rules")) {
            ObjectNode rule = NODES.objectNode()
                    .put("field", "city")
                    .put("operator", pick(List.of("matches", "contains", "=", "beginsWith")))
                    .put("value", patterns.randomPattern());
            if (root.get("rules") instanceof ArrayNode rules) {
                rules.add(rule);
            } else {
                root.set("rules", NODES.arrayNode().add(rule));
            }
            return root;
        }
        if (tree instanceof ObjectNode root) {
            ObjectNode criterion = NODES.objectNode()
                    .put("attribute", "city")
                    .put("op", random.nextBoolean() ? "matches" : "matchesIgnoringCase")
                    .put("value", patterns.randomPattern());
            root.set("criterion", criterion);
        }
        return tree;
    }

    /** Cuts, splices or overwrites the text itself. */
    private String text(String json) {
        StringBuilder s = new StringBuilder(json);
        int at = s.length() == 0 ? 0 : random.nextInt(s.length());
        switch (random.nextInt(4)) {
            case 0:
                s.delete(at, Math.min(s.length(), at + 1 + random.nextInt(8)));
                break;
            case 1:
                s.insert(at, pick(FRAGMENTS));
                break;
            case 2:
                if (s.length() > 0) {
                    s.setCharAt(at, (char) random.nextInt(0x20, 0x3000));
                }
                break;
            default:
                s.setLength(at);
                break;
        }
        return s.toString();
    }
}
