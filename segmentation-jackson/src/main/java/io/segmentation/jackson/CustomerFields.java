package io.segmentation.jackson;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.segmentation.customer.Customer;
import io.segmentation.customer.GeoPoint;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.ObjIntConsumer;

/**
 * The fields of a customer document after {@code "id"}, one entry each, in the order they are written: adding a field
 * to the model means adding one line here (and a sentence to {@link CustomerJson}'s format description).
 */
final class CustomerFields {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** Writes a field's value, or nothing when the customer has none (unknown, or an empty list). */
    interface Writer {
        Optional<JsonNode> write(Customer customer, JsonPath path);
    }

    /** Reads a field's value, present and not {@code null}, into the builder. */
    interface Reader {
        void read(JsonNode value, JsonPath path, Customer.Builder customer, CustomerJsonLimits limits);
    }

    /** One field: its JSON name, how it is written, how it is read. */
    record Field(String name, Writer writer, Reader reader) {}

    /** Every field after {@code "id"}, in the order they are written. */
    static final List<Field> ALL = List.of(
            date("birth_date", Customer::birthDate, Customer.Builder::birthDate),
            date("customer_since", Customer::customerSince, Customer.Builder::customerSince),
            text("gender", Customer::gender, Customer.Builder::gender),
            amount("income", Customer::income, Customer.Builder::income),
            text("education", Customer::education, Customer.Builder::education),
            text("occupation", Customer::occupation, Customer.Builder::occupation),
            text("country", Customer::country, Customer.Builder::country),
            text("region", Customer::region, Customer.Builder::region),
            text("city", Customer::city, Customer.Builder::city),
            text("postal_code", Customer::postalCode, Customer.Builder::postalCode),
            new Field("location", CustomerFields::writeLocation, CustomerFields::readLocation),
            texts("interests", Customer::interests, Customer.Builder::interests),
            texts("values", Customer::values, Customer.Builder::values),
            texts("lifestyle", Customer::lifestyle, Customer.Builder::lifestyle),
            group(
                    "company",
                    whole("size", Customer::companySize, Customer.Builder::companySize),
                    text("industry", Customer::industry, Customer.Builder::industry),
                    amount("annual_revenue", Customer::annualRevenue, Customer.Builder::annualRevenue)),
            texts("subscriptions", Customer::subscriptions, Customer.Builder::subscribedTo),
            texts("tags", Customer::tags, Customer.Builder::tags),
            new Field("attributes", CustomAttributesJson::write, CustomAttributesJson::read),
            new Field("orders", OrdersJson::write, OrdersJson::read),
            new Field("events", EventsJson::write, EventsJson::read));

    /** The names of {@link #ALL}, with {@code "id"} first. */
    static final List<String> NAMES = names("id", ALL);

    private CustomerFields() {}

    /** Writes every field the customer has, in order, after {@code "id"}. */
    static void write(Customer customer, ObjectNode json, JsonPath path, List<Field> fields) {
        for (Field field : fields) {
            field.writer().write(customer, path.field(field.name())).ifPresent(v -> json.set(field.name(), v));
        }
    }

    /** Reads every field of {@code fields} the object has, then fails on any key not in {@code known}. */
    static void read(StrictObject json, Customer.Builder customer, List<Field> fields, List<String> known) {
        for (Field field : fields) {
            json.optional(field.name(), "a value")
                    .ifPresent(v -> field.reader().read(v, json.path(field.name()), customer, json.limits()));
        }
        json.finish(known);
    }

    private static Field text(
            String name, Function<Customer, Optional<String>> get, BiConsumer<Customer.Builder, String> set) {
        return new Field(
                name,
                (c, path) -> get.apply(c).map(NODES::textNode),
                (v, path, b, limits) -> set(path, () -> set.accept(b, CustomerValues.text(v, path))));
    }

    private static Field date(
            String name, Function<Customer, Optional<LocalDate>> get, BiConsumer<Customer.Builder, LocalDate> set) {
        return new Field(
                name,
                (c, path) -> get.apply(c).map(d -> NODES.textNode(d.toString())),
                (v, path, b, limits) -> set(path, () -> set.accept(b, CustomerValues.date(v, path))));
    }

    private static Field amount(
            String name, Function<Customer, Optional<BigDecimal>> get, BiConsumer<Customer.Builder, BigDecimal> set) {
        return new Field(
                name,
                (c, path) -> get.apply(c).map(a -> CustomerValues.amountNode(a, path)),
                (v, path, b, limits) -> set(path, () -> set.accept(b, CustomerValues.amount(v, path))));
    }

    private static Field whole(String name, Function<Customer, OptionalInt> get, ObjIntConsumer<Customer.Builder> set) {
        return new Field(
                name,
                (c, path) -> {
                    OptionalInt value = get.apply(c);
                    return value.isPresent() ? Optional.of(NODES.numberNode(value.getAsInt())) : Optional.empty();
                },
                (v, path, b, limits) -> set(path, () -> set.accept(b, CustomerValues.whole(v, path))));
    }

    private static Field texts(
            String name,
            Function<Customer, Collection<String>> get,
            BiConsumer<Customer.Builder, Collection<String>> set) {
        return new Field(
                name,
                (c, path) -> {
                    Collection<String> values = get.apply(c);
                    if (values.isEmpty()) {
                        return Optional.empty();
                    }
                    ArrayNode array = NODES.arrayNode(values.size());
                    values.forEach(array::add);
                    return Optional.of(array);
                },
                (v, path, b, limits) -> {
                    List<String> values = CustomerValues.texts(v, path, limits);
                    set(path, () -> set.accept(b, values));
                });
    }

    /** Fields of the customer written together as one object, such as {@code "company": {"size": 12, …}}. */
    private static Field group(String name, Field... members) {
        List<Field> fields = List.of(members);
        List<String> known = names(null, fields);
        return new Field(
                name,
                (c, path) -> {
                    ObjectNode object = NODES.objectNode();
                    write(c, object, path, fields);
                    return object.isEmpty() ? Optional.empty() : Optional.of(object);
                },
                (v, path, b, limits) -> read(StrictObject.of(v, path, limits, "an object"), b, fields, known));
    }

    private static Optional<JsonNode> writeLocation(Customer customer, JsonPath path) {
        return customer.location()
                .map(point -> NODES.objectNode()
                        .<ObjectNode>set("lat", Values.number(point.latitude()))
                        .set("lon", Values.number(point.longitude())));
    }

    private static void readLocation(JsonNode value, JsonPath path, Customer.Builder b, CustomerJsonLimits limits) {
        StrictObject point = StrictObject.of(value, path, limits, "an object {\"lat\": …, \"lon\": …}");
        double lat = CustomerValues.number(point.required("lat", "a number"), point.path("lat"));
        double lon = CustomerValues.number(point.required("lon", "a number"), point.path("lon"));
        point.finish(List.of("lat", "lon"));
        GeoPoint location = CustomerValues.model(path, () -> GeoPoint.of(lat, lon));
        b.location(location);
    }

    private static void set(JsonPath path, Runnable step) {
        CustomerValues.model(path, () -> {
            step.run();
            return null;
        });
    }

    private static List<String> names(String first, List<Field> fields) {
        List<String> names = new ArrayList<>();
        if (first != null) {
            names.add(first);
        }
        fields.forEach(f -> names.add(f.name()));
        return List.copyOf(names);
    }
}
