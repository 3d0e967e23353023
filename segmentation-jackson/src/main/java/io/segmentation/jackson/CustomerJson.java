package io.segmentation.jackson;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.segmentation.customer.Customer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Customers as JSON, one object per customer, and as JSON Lines (one customer a line): for loading profiles from a
 * file, a queue or another service, and for writing them back without losing anything.
 *
 * <pre>{@code
 * String json = CustomerJson.write(customer);     // {"id":"c-42","country":"DE","orders":[…]}
 * Customer back = CustomerJson.read(json);        // equal to customer
 *
 * try (BufferedReader in = Files.newBufferedReader(path)) {
 *     List<Customer> customers = CustomerJson.readLines(in).toList();
 * }
 * }</pre>
 *
 * <p><b>The document.</b> Only {@code "id"} is required. A value that is unknown is left out, and so is an empty
 * list; a {@code null} is an error. In the order written:
 *
 * <pre>{@code
 * {"id":"c-42","birth_date":"1988-04-12","customer_since":"2019-06-03","gender":"female","income":52300,
 *  "education":"master",
 *  "occupation":"engineer","country":"DE","region":"Berlin","city":"Berlin","postal_code":"10437",
 *  "location":{"lat":52.5412,"lon":13.4123},"interests":["running"],"values":["sustainability"],
 *  "lifestyle":["urban"],"company":{"size":120,"industry":"retail","annual_revenue":15600000},
 *  "subscriptions":["email"],"tags":["newsletter"],
 *  "attributes":{"loyalty_tier":"gold","points":1250.5,"beta":true,"badges":["early"],
 *                "signed_up":{"date":"2024-03-01"},"last_login":{"instant":"2026-05-30T08:00:00Z"}},
 *  "orders":[{"id":"o-1","at":"2026-03-01T18:22:05Z","total":59.90,"currency":"EUR","channel":"web",
 *             "status":"refunded","items":[{"sku":"sku-123","category":"shoes","qty":1,"price":59.90}]}],
 *  "events":[{"type":"page_view","at":"2026-05-20T08:00:00Z","properties":{"path":"/shoes/trail"}}]}
 * }</pre>
 *
 * <ul>
 *   <li>Dates are ISO-8601 ({@code 2026-06-01}); instants ISO-8601 in UTC, nanoseconds kept.
 *   <li>Amounts ({@code income}, {@code annual_revenue}, an order's {@code total}, an item's {@code price}) are
 *       written exactly as the {@link java.math.BigDecimal} they are, scale kept ({@code 59.90}), and read exactly,
 *       never through a {@code double}. An amount has at most {@value #MAX_AMOUNT_DIGITS} digits before and after
 *       the decimal point.
 *   <li>An order's {@code status} is {@code "cancelled"} or {@code "refunded"}, and left out when it is
 *       {@code "placed"} (see {@link io.segmentation.customer.Order.Status}); {@code currency} is an ISO 4217 code.
 *   <li>A custom attribute is a string, a number, a boolean or an array of strings as itself; a date or an instant,
 *       which a string could not tell apart from a text, as {@code {"date": …}} or {@code {"instant": …}}.
 *   <li>Event properties are strings, numbers and booleans.
 * </ul>
 *
 * <p><b>Nothing is lost:</b> {@code read(write(c)).equals(c)} for every customer {@code c}, and writing what was read
 * gives the same text. <b>Untrusted input is safe to read:</b> the document's length and the size of every array and
 * object are bounded by {@link CustomerJsonLimits}, nesting and amounts by the format; duplicate keys, unknown fields
 * (with a suggestion for a misspelt one), trailing content and values the model rejects (an unknown country code, a
 * negative total) are errors. Every failure is a {@link CustomerJsonException} whose message starts with the JSONPath
 * of the offending value: {@code $.orders[2].total: expected a number but found the string "12"}. Thread-safe.
 *
 * @since 0.3.0
 */
public final class CustomerJson {

    /** The most digits an amount may have before the decimal point, and after it (trailing zeros not counted). */
    public static final int MAX_AMOUNT_DIGITS = 40;

    /** How deep a customer document nests: {@code $.orders[0].items[0]} is five levels. */
    private static final int MAX_DEPTH = 5;

    private static final JsonMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(MAX_DEPTH)
                            .build())
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    private CustomerJson() {}

    /**
     * The JSON document of a customer: compact, on one line, fields in the order described above.
     *
     * @param customer the customer
     * @return the JSON text
     * @throws CustomerJsonException if an amount has more than {@value #MAX_AMOUNT_DIGITS} digits before or after the
     *     decimal point, naming its JSONPath
     */
    public static String write(Customer customer) {
        checkNotNull(customer, "customer");
        JsonPath root = JsonPath.root();
        ObjectNode json = JsonNodeFactory.instance.objectNode().put("id", customer.id());
        CustomerFields.write(customer, json, root, CustomerFields.ALL);
        try {
            return MAPPER.writeValueAsString(json);
        } catch (JacksonException e) {
            throw new IllegalStateException("a JSON tree could not be written", e);
        }
    }

    /**
     * Reads a customer within the {@link CustomerJsonLimits#defaults()}.
     *
     * @param json a customer document
     * @return the customer
     * @throws CustomerJsonException if the JSON is malformed, does not describe a customer or exceeds a limit, naming
     *     the JSONPath
     */
    public static Customer read(String json) {
        return read(json, CustomerJsonLimits.defaults());
    }

    /**
     * Reads a customer within the given limits.
     *
     * @param json a customer document
     * @param limits the limits
     * @return the customer
     * @throws CustomerJsonException if the JSON is malformed, does not describe a customer or exceeds a limit, naming
     *     the JSONPath
     */
    public static Customer read(String json, CustomerJsonLimits limits) {
        checkNotNull(json, "json");
        checkNotNull(limits, "limits");
        if (json.length() > limits.maxLength()) {
            throw new CustomerJsonException(
                    "$",
                    "the document has " + json.length() + " characters; the limit is " + limits.maxLength()
                            + " (CustomerJsonLimits.maxLength)");
        }
        JsonPath root = JsonPath.root();
        StrictObject object = StrictObject.of(parse(json), root, limits, "a customer object {\"id\": …}");
        String id = object.requiredText("id");
        Customer.Builder customer = CustomerValues.model(root.field("id"), () -> Customer.builder(id));
        CustomerFields.read(object, customer, CustomerFields.ALL, CustomerFields.NAMES);
        return CustomerValues.model(root, customer::build);
    }

    /**
     * Writes customers as JSON Lines: each customer's document ({@link #write(Customer)}) followed by {@code '\n'}.
     * For a stream, pass {@code stream::iterator}; the customers are written one at a time.
     *
     * @param customers the customers, in the order to write them
     * @param out where to write; not flushed or closed
     * @throws IOException if writing to {@code out} fails
     * @throws CustomerJsonException if a customer cannot be written (see {@link #write(Customer)})
     */
    public static void writeLines(Iterable<Customer> customers, Appendable out) throws IOException {
        checkNotNull(customers, "customers");
        checkNotNull(out, "out");
        for (Customer customer : customers) {
            out.append(write(checkNotNull(customer, "customers: null element"))).append('\n');
        }
    }

    /**
     * Reads JSON Lines lazily, one customer a line within the {@link CustomerJsonLimits#defaults()}; blank lines are
     * skipped. See {@link #readLines(BufferedReader, CustomerJsonLimits)}.
     *
     * @param in the text; read as the stream is consumed, not closed
     * @return the customers in the order of the lines
     */
    public static Stream<Customer> readLines(BufferedReader in) {
        return readLines(in, CustomerJsonLimits.defaults());
    }

    /**
     * Reads JSON Lines lazily, one customer a line within {@code limits} (which apply to each line); blank lines are
     * skipped. A malformed line ends the stream with a {@link CustomerJsonException} whose {@link
     * CustomerJsonException#line()} says which line: {@code line 17: $.country: …}. A failure of {@code in} ends it
     * with an {@link UncheckedIOException}, as {@link BufferedReader#lines()} does.
     *
     * <pre>{@code
     * try (BufferedReader in = Files.newBufferedReader(path)) {
     *     long vips = CustomerJson.readLines(in).filter(c -> c.tags().contains("vip")).count();  // one at a time
     * }
     * }</pre>
     *
     * @param in the text; read as the stream is consumed, not closed
     * @param limits the limits of each line
     * @return the customers in the order of the lines, a sequential ordered stream
     */
    public static Stream<Customer> readLines(BufferedReader in, CustomerJsonLimits limits) {
        checkNotNull(in, "in");
        checkNotNull(limits, "limits");
        Spliterator<Customer> lines =
                new Spliterators.AbstractSpliterator<>(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL) {
                    private int number;

                    @Override
                    public boolean tryAdvance(Consumer<? super Customer> action) {
                        try {
                            for (String line = in.readLine(); line != null; line = in.readLine()) {
                                number++;
                                if (!line.isBlank()) {
                                    action.accept(readLine(line, number, limits));
                                    return true;
                                }
                            }
                            return false;
                        } catch (IOException e) {
                            throw new UncheckedIOException("cannot read customers after line " + number, e);
                        }
                    }
                };
        return StreamSupport.stream(lines, false);
    }

    private static Customer readLine(String line, int number, CustomerJsonLimits limits) {
        try {
            return read(line, limits);
        } catch (CustomerJsonException e) {
            throw e.onLine(number);
        }
    }

    /** Parses JSON text, turning syntax errors into a {@link CustomerJsonException} with line and column. */
    private static JsonNode parse(String json) {
        JsonNode node;
        try {
            node = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            Object processor = e.getProcessor();
            JsonPath path = processor instanceof JsonParser parser ? JsonPath.ofParser(parser) : JsonPath.root();
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            String problem = e instanceof StreamConstraintsException
                    ? "nested deeper than a customer document can be (" + MAX_DEPTH + " levels)"
                    : e.getOriginalMessage();
            throw new CustomerJsonException(path.toString(), "malformed JSON" + where + ": " + problem, 0, e);
        }
        if (node == null || node.isMissingNode()) {
            throw new CustomerJsonException("$", "the text is empty; expected a JSON object");
        }
        return node;
    }
}
