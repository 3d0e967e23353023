package io.segmentation.jackson;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.segmentation.Segment;
import io.segmentation.attribute.AttributeRegistry;
import io.segmentation.customer.Customer;
import io.segmentation.text.QueryLimits;

/**
 * Segments as JSON documents in the versioned {@value #SCHEMA} schema (described with examples in
 * {@code docs/json-schema.md}): a stable form for storing definitions in a database, a file or a message.
 *
 * <pre>{@code
 * String json = SegmentJson.write(Segment.where(age().between(18, 25)).and(purchases().atLeast(3)).named("young"));
 * // {"schema":"segmentation/1","name":"young","criterion":{"and":[
 * //   {"attribute":"age","type":"number","op":"between","value":[18,25]},
 * //   {"attribute":"purchases","type":"number","op":"atLeast","value":3}]}}
 * Segment<Customer> back = SegmentJson.read(json);        // equal to the segment written
 * }</pre>
 *
 * <p>Writing then reading gives an equal segment, provided the registry read with knows the attributes and segments
 * used: {@code read(write(s), registry).equals(s)}. Custom predicates have no JSON form; writing one fails naming
 * it. Reading never runs code or loads classes — names resolve only through the {@link AttributeRegistry} — and
 * every failure is a {@link SegmentJsonException} whose message starts with the JSONPath of the offending value.
 * Duplicate keys and trailing content are errors. Value lists and nesting are bounded by the {@link QueryLimits} of
 * the query language (defaults: lists of 1,000 values, depth 32), so hostile documents fail cleanly. Thread-safe.
 *
 * <p>Inside a Jackson {@code ObjectMapper}, register {@link SegmentationModule} instead.
 *
 * @since 0.1.0
 */
public final class SegmentJson {

    /** The schema version this library writes and reads: {@value}. */
    public static final String SCHEMA = "segmentation/1";

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private SegmentJson() {}

    /**
     * The JSON document of a segment: {@code schema}, {@code name} and {@code description} when present, and
     * {@code criterion}. Compact, one line.
     *
     * @param segment the segment
     * @return the JSON text
     * @throws SegmentJsonException if the segment uses a custom predicate, naming it
     */
    public static String write(Segment<?> segment) {
        checkNotNull(segment, "segment");
        return print(SegmentCodec.write(segment, JsonPath.root()));
    }

    /**
     * Reads a customer segment with the built-in vocabulary ({@link AttributeRegistry#builtIn()}).
     *
     * @param json a {@value #SCHEMA} document
     * @return the segment
     * @throws SegmentJsonException if the JSON is malformed or does not describe a segment, naming the JSONPath
     */
    public static Segment<Customer> read(String json) {
        return read(json, AttributeRegistry.builtIn());
    }

    /**
     * Reads a segment, resolving attribute and segment names through a registry.
     *
     * @param json a {@value #SCHEMA} document
     * @param registry the names of attributes and segments
     * @param <T> the subject type
     * @return the segment
     * @throws SegmentJsonException if the JSON is malformed or does not describe a segment, naming the JSONPath
     */
    public static <T> Segment<T> read(String json, AttributeRegistry<T> registry) {
        return read(json, registry, QueryLimits.defaults());
    }

    /**
     * Reads a segment within the given limits, the same {@link QueryLimits} the query language uses: no value list
     * ({@code "value"} of {@code in}, {@code containsAny}…, or {@code "arguments"}) longer than
     * {@link QueryLimits#maxListSize()}, and no nesting deeper than {@link QueryLimits#maxDepth()}, counted as the
     * canonical text nests (one level per {@code not}, per {@code and}/{@code or} inside another criterion, and per
     * {@code filter}). {@link QueryLimits#maxLength()} applies to query text only.
     *
     * <pre>{@code
     * SegmentJson.read(json, registry, QueryLimits.defaults().withMaxListSize(5_000));
     * }</pre>
     *
     * @param json a {@value #SCHEMA} document
     * @param registry the names of attributes and segments
     * @param limits the limits
     * @param <T> the subject type
     * @return the segment
     * @throws SegmentJsonException if the JSON is malformed, does not describe a segment or exceeds a limit, naming
     *     the JSONPath
     * @since 0.2.0
     */
    public static <T> Segment<T> read(String json, AttributeRegistry<T> registry, QueryLimits limits) {
        checkNotNull(json, "json");
        checkNotNull(registry, "registry");
        checkNotNull(limits, "limits");
        return SegmentCodec.read(parse(json), JsonPath.root(), registry, limits);
    }

    /** Parses JSON text, turning syntax errors into a {@link SegmentJsonException} with line and column. */
    static JsonNode parse(String json) {
        JsonNode node;
        try {
            node = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            Object processor = e.getProcessor();
            JsonPath path = processor instanceof JsonParser parser ? JsonPath.ofParser(parser) : JsonPath.root();
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new SegmentJsonException(
                    path.toString(), "malformed JSON" + where + ": " + e.getOriginalMessage(), e);
        }
        if (node.isMissingNode()) {
            throw new SegmentJsonException("$", "the text is empty; expected a JSON object");
        }
        return node;
    }

    static String print(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JacksonException e) {
            throw new IllegalStateException("a JSON tree could not be written", e);
        }
    }
}
