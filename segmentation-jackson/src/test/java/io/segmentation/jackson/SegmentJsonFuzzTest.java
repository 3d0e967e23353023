package io.segmentation.jackson;

import static io.segmentation.jackson.QueryBuilderCriteria.between;
import static io.segmentation.jackson.QueryBuilderCriteria.pick;
import static io.segmentation.testkit.Generators.registry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.segmentation.Segment;
import io.segmentation.testkit.Generators;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * Damaged documents — a value replaced, a key renamed or dropped, text cut — either read or fail with a
 * {@link SegmentJsonException}: never a stray {@code NullPointerException} or {@code ClassCastException}.
 */
class SegmentJsonFuzzTest {

    private static final int EXAMPLES = 2_000;
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Gen<Double> ODD_NUMBERS = Generators.oddNumbers();
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
            "muted",
            "valueSource");

    private static JsonNode randomValue(RandomnessSource in) {
        switch (between(in, 0, 9)) {
            case 0:
                return NODES.nullNode();
            case 1:
                return NODES.booleanNode(between(in, 0, 1) == 0);
            case 2:
                return NODES.numberNode(ODD_NUMBERS.generate(in));
            case 3:
                return NODES.textNode(pick(in, List.of("", "age", "-30d", "30d", "now", "atLeast", "number", "x,y")));
            case 4:
                return NODES.arrayNode();
            case 5:
                return NODES.arrayNode().add(1).add("a");
            case 6:
                return NODES.objectNode();
            case 7:
                return NODES.objectNode().put(pick(in, KEYS), "x");
            case 8:
                return NODES.textNode(pick(in, List.of("string", "in", "between", "text", "set", "instant")));
            default:
                return NODES.numberNode(new java.math.BigDecimal("1e400"));
        }
    }

    /** Every container and value of a tree, with a way to change it. */
    private static void collect(JsonNode node, List<Function<RandomnessSource, Void>> mutations) {
        if (node instanceof ObjectNode object) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                mutations.add(in -> {
                    object.set(name, randomValue(in));
                    return null;
                });
                mutations.add(in -> {
                    object.remove(name);
                    return null;
                });
                mutations.add(in -> {
                    JsonNode v = object.remove(name);
                    object.set(pick(in, KEYS), v);
                    return null;
                });
                collect(object.get(name), mutations);
            }
            mutations.add(in -> {
                object.set(pick(in, KEYS), randomValue(in));
                return null;
            });
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                int index = i;
                mutations.add(in -> {
                    array.set(index, randomValue(in));
                    return null;
                });
                collect(array.get(i), mutations);
            }
            mutations.add(in -> {
                array.add(randomValue(in));
                return null;
            });
        }
    }

    private static Gen<String> damaged(Gen<String> documents) {
        return in -> {
            try {
                JsonNode tree = MAPPER.readTree(documents.generate(in));
                int damages = between(in, 1, 3);
                for (int i = 0; i < damages; i++) {
                    List<Function<RandomnessSource, Void>> mutations = new ArrayList<>();
                    collect(tree, mutations);
                    if (!mutations.isEmpty()) {
                        pick(in, mutations).apply(in);
                    }
                }
                return tree.toString();
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        };
    }

    private static Gen<String> cut(Gen<String> documents) {
        return in -> {
            String json = documents.generate(in);
            int from = between(in, 0, json.length() - 1);
            int to = Math.min(json.length(), from + between(in, 1, 8));
            return json.substring(0, from) + json.substring(to);
        };
    }

    private static boolean readsOrFailsCleanly(Function<String, Object> reader, String json) {
        try {
            assertThat(reader.apply(json)).isNotNull();
        } catch (SegmentJsonException e) {
            assertThat(e.getMessage()).startsWith("$");
        }
        return true;
    }

    private static final Gen<String> SEGMENTS =
            in -> SegmentJson.write(Generators.storableSegments().generate(in));
    private static final Gen<String> QUERIES = in -> QueryBuilderJson.write(
            Segment.where(QueryBuilderCriteria.criteria(2).generate(in)));

    @Test
    void damaged_segment_documents_read_or_fail_cleanly() {
        qt().withExamples(EXAMPLES)
                .forAll(damaged(SEGMENTS))
                .check(json -> readsOrFailsCleanly(j -> SegmentJson.read(j, registry()), json));
    }

    @Test
    void cut_segment_documents_read_or_fail_cleanly() {
        qt().withExamples(EXAMPLES)
                .forAll(cut(SEGMENTS))
                .check(json -> readsOrFailsCleanly(j -> SegmentJson.read(j, registry()), json));
    }

    @Test
    void damaged_react_querybuilder_queries_read_or_fail_cleanly() {
        qt().withExamples(EXAMPLES)
                .forAll(damaged(QUERIES))
                .check(json -> readsOrFailsCleanly(j -> QueryBuilderJson.read(j, registry()), json));
    }

    @Test
    void cut_react_querybuilder_queries_read_or_fail_cleanly() {
        qt().withExamples(EXAMPLES)
                .forAll(cut(QUERIES))
                .check(json -> readsOrFailsCleanly(j -> QueryBuilderJson.read(j, registry()), json));
    }
}
