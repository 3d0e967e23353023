package io.segmentation.jackson;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.segmentation.Criterion;
import io.segmentation.Segment;
import io.segmentation.attribute.AttributeRegistry;
import java.io.IOException;

/**
 * A Jackson module that writes and reads {@link Segment}s as {@value SegmentJson#SCHEMA} documents and
 * {@link Criterion criteria} as bare criterion objects, wherever they appear in a payload.
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().registerModule(new SegmentationModule());
 * record Campaign(String id, Segment<Customer> audience) {}
 * String json = mapper.writeValueAsString(new Campaign("spring", youngRepeat));
 * Campaign back = mapper.readValue(json, Campaign.class);   // back.audience() equals youngRepeat
 * Segment<?> s = mapper.readValue(segmentJson, Segment.class);
 * }</pre>
 *
 * <p>Names resolve through the registry given (the built-in customer vocabulary by default), whatever subject type
 * the Java declaration names: use a registry for that type. Failures are {@link SegmentJsonMappingException}s whose
 * message starts with the JSONPath of the offending value in the whole document, e.g.
 * {@code $.audience.criterion.op: unknown operator 'atleast' — did you mean 'atLeast'?}. The module's name is
 * {@code SegmentationModule}, so a mapper keeps only the first one registered.
 *
 * @since 0.1.0
 */
public final class SegmentationModule extends SimpleModule {

    private static final long serialVersionUID = 1L;

    /** A module resolving names through the built-in customer vocabulary, {@link AttributeRegistry#builtIn()}. */
    public SegmentationModule() {
        this(AttributeRegistry.builtIn());
    }

    /**
     * A module resolving attribute and segment names through a registry.
     *
     * @param registry the names of attributes and segments, for any subject type
     */
    @SuppressWarnings({"unchecked", "rawtypes"}) // Jackson registers by raw class; the registry fixes the subject type
    public SegmentationModule(AttributeRegistry<?> registry) {
        super("SegmentationModule", Version.unknownVersion());
        checkNotNull(registry, "registry");
        addSerializer(Segment.class, new TreeSerializer<>(Segment.class, SegmentCodec::write));
        addSerializer(Criterion.class, new TreeSerializer<>(Criterion.class, CriterionWriter::write));
        addDeserializer(
                Segment.class,
                new TreeDeserializer(Segment.class, (node, path) -> SegmentCodec.read(node, path, registry)));
        addDeserializer(
                Criterion.class,
                new TreeDeserializer(Criterion.class, (node, path) -> CriterionReader.read(node, path, registry)));
    }

    /** Reads a value from a JSON tree at a path. */
    @FunctionalInterface
    private interface TreeReader<V> {
        V read(JsonNode node, JsonPath path);
    }

    /** Writes a value as a JSON tree at a path. */
    @FunctionalInterface
    private interface TreeWriter<V> {
        ObjectNode write(V value, JsonPath path);
    }

    private static final class TreeSerializer<V> extends StdSerializer<V> {
        private static final long serialVersionUID = 1L;

        private final transient TreeWriter<V> writer;

        TreeSerializer(Class<V> type, TreeWriter<V> writer) {
            super(type);
            this.writer = writer;
        }

        @Override
        public void serialize(V value, JsonGenerator generator, SerializerProvider provider) throws IOException {
            ObjectNode tree;
            try {
                tree = writer.write(value, JsonPath.ofGenerator(generator));
            } catch (SegmentJsonException e) {
                throw new SegmentJsonMappingException(generator, e);
            }
            tree.serialize(generator, provider);
        }
    }

    private static final class TreeDeserializer<V> extends StdDeserializer<V> {
        private static final long serialVersionUID = 1L;

        private final transient TreeReader<V> reader;

        TreeDeserializer(Class<V> type, TreeReader<V> reader) {
            super(type);
            this.reader = reader;
        }

        @Override
        public V deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            JsonPath path = JsonPath.ofParser(parser);
            JsonNode tree = context.readTree(parser);
            try {
                return reader.read(tree, path);
            } catch (SegmentJsonException e) {
                throw new SegmentJsonMappingException(parser, e);
            }
        }
    }
}
