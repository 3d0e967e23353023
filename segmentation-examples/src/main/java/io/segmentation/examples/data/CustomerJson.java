package io.segmentation.examples.data;

import io.segmentation.customer.Customer;
import io.segmentation.customer.Event;
import io.segmentation.customer.GeoPoint;
import io.segmentation.customer.LineItem;
import io.segmentation.customer.Order;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A {@link Customer} as one line of JSON, and back: the format of {@code sample-customers.jsonl}.
 *
 * <pre>{@code
 * {"id":"c-0001","birth_date":"1988-04-12","gender":"female","income":52300,"education":"master",
 *  "occupation":"engineer","country":"DE","region":"Berlin","city":"Berlin","postal_code":"10437",
 *  "location":{"lat":52.5412,"lon":13.4123},"interests":["running"],"values":["sustainability"],
 *  "lifestyle":["urban"],"company":{"size":120,"industry":"retail","annual_revenue":15600000},
 *  "subscriptions":["email"],"tags":["newsletter"],"attributes":{"loyalty_tier":"gold"},
 *  "orders":[{"id":"o-100001","at":"2025-03-01T18:22:05Z","total":59.90,"currency":"EUR","channel":"web",
 *             "items":[{"sku":"sku-123","category":"shoes","qty":1,"price":59.90}]}],
 *  "events":[{"type":"page_view","at":"2026-05-20T08:00:00Z","properties":{"path":"/shoes/trail"}}]}
 * }</pre>
 *
 * <p>An order's optional {@code "status"} is {@code "placed"} (the default, left out), {@code "cancelled"} or {@code
 * "refunded"}; see {@link Order.Status}.
 *
 * <p>Only {@code id} is required; a field that is unknown is left out, and so is an empty list. Money is written
 * exactly as the {@link BigDecimal} it is, dates as ISO-8601, instants in UTC. Custom attributes and event
 * properties are texts, numbers or booleans (custom attributes may also be lists of texts). Reading is strict: an
 * unknown key, a value of the wrong type or a value the model rejects is an {@link IllegalArgumentException} whose
 * message starts with the path of the field, e.g. {@code orders[2].total: expected a number but found "abc"}.
 */
final class CustomerJson {

    private CustomerJson() {}

    /** The customer as one line of JSON, without a line terminator. */
    static String write(Customer customer) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", customer.id());
        customer.birthDate().ifPresent(d -> json.put("birth_date", d.toString()));
        customer.gender().ifPresent(v -> json.put("gender", v));
        customer.income().ifPresent(v -> json.put("income", v));
        customer.education().ifPresent(v -> json.put("education", v));
        customer.occupation().ifPresent(v -> json.put("occupation", v));
        customer.country().ifPresent(v -> json.put("country", v));
        customer.region().ifPresent(v -> json.put("region", v));
        customer.city().ifPresent(v -> json.put("city", v));
        customer.postalCode().ifPresent(v -> json.put("postal_code", v));
        customer.location().ifPresent(p -> json.put("location", location(p)));
        putList(json, "interests", customer.interests());
        putList(json, "values", customer.values());
        putList(json, "lifestyle", customer.lifestyle());
        Map<String, Object> company = new LinkedHashMap<>();
        customer.companySize().ifPresent(v -> company.put("size", v));
        customer.industry().ifPresent(v -> company.put("industry", v));
        customer.annualRevenue().ifPresent(v -> company.put("annual_revenue", v));
        if (!company.isEmpty()) {
            json.put("company", company);
        }
        putList(json, "subscriptions", customer.subscriptions());
        putList(json, "tags", customer.tags());
        if (!customer.customAttributes().isEmpty()) {
            Map<String, Object> attributes = new LinkedHashMap<>();
            customer.customAttributes().forEach((name, value) -> attributes.put(name, attributeValue(name, value)));
            json.put("attributes", attributes);
        }
        List<Object> orders = new ArrayList<>();
        customer.orders().forEach(o -> orders.add(order(o)));
        if (!orders.isEmpty()) {
            json.put("orders", orders);
        }
        List<Object> events = new ArrayList<>();
        customer.events().forEach(e -> events.add(event(e)));
        if (!events.isEmpty()) {
            json.put("events", events);
        }
        return JsonWriter.write(json);
    }

    /**
     * The customer that one line of JSON describes.
     *
     * @throws IllegalArgumentException if the line is not JSON, or not a customer in this format
     */
    static Customer read(String line) {
        Object parsed = JsonReader.read(line);
        Fields json = Fields.of(parsed, "customer");
        Customer.Builder customer = Customer.builder(json.requiredText("id"));
        json.optionalText("birth_date").ifPresent(v -> customer.birthDate(date(v, "birth_date")));
        json.optionalText("gender").ifPresent(customer::gender);
        json.optionalNumber("income").ifPresent(customer::income);
        json.optionalText("education").ifPresent(customer::education);
        json.optionalText("occupation").ifPresent(customer::occupation);
        json.optionalText("country").ifPresent(customer::country);
        json.optionalText("region").ifPresent(customer::region);
        json.optionalText("city").ifPresent(customer::city);
        json.optionalText("postal_code").ifPresent(customer::postalCode);
        json.optionalObject("location").ifPresent(p -> {
            customer.location(p.requiredDouble("lat"), p.requiredDouble("lon"));
            p.noOtherKeys();
        });
        customer.interests(json.texts("interests"));
        customer.values(json.texts("values"));
        customer.lifestyle(json.texts("lifestyle"));
        json.optionalObject("company").ifPresent(c -> {
            c.optionalNumber("size").ifPresent(v -> customer.companySize(c.intValue("size", v)));
            c.optionalText("industry").ifPresent(customer::industry);
            c.optionalNumber("annual_revenue").ifPresent(customer::annualRevenue);
            c.noOtherKeys();
        });
        customer.subscribedTo(json.texts("subscriptions"));
        customer.tags(json.texts("tags"));
        json.optionalObject("attributes").ifPresent(a -> readAttributes(a, customer));
        for (Fields order : json.objects("orders")) {
            customer.order(readOrder(order));
        }
        for (Fields event : json.objects("events")) {
            customer.event(readEvent(event));
        }
        json.noOtherKeys();
        return customer.build();
    }

    private static Map<String, Object> location(GeoPoint point) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("lat", point.latitude());
        json.put("lon", point.longitude());
        return json;
    }

    private static void putList(Map<String, Object> json, String key, Collection<String> values) {
        if (!values.isEmpty()) {
            json.put(key, new ArrayList<>(values));
        }
    }

    private static Object attributeValue(String name, Object value) {
        if (value instanceof String || value instanceof Double || value instanceof Boolean) {
            return value;
        }
        if (value instanceof Set<?> set) {
            return new ArrayList<>(set);
        }
        throw new IllegalArgumentException("attributes." + name + ": the sample-data format has no "
                + value.getClass().getSimpleName() + " values; use a text, number, boolean or set of texts");
    }

    private static void readAttributes(Fields attributes, Customer.Builder customer) {
        for (String name : attributes.keys()) {
            Object value = attributes.take(name);
            String path = attributes.path(name);
            if (value instanceof String text) {
                customer.attribute(name, text);
            } else if (value instanceof BigDecimal number) {
                customer.attribute(name, toDouble(number));
            } else if (value instanceof Boolean flag) {
                customer.attribute(name, flag.booleanValue());
            } else if (value instanceof List<?> list) {
                Set<String> texts = new LinkedHashSet<>();
                for (Object element : list) {
                    if (!(element instanceof String text)) {
                        throw new IllegalArgumentException(
                                path + ": expected a list of texts but found " + Fields.describe(element));
                    }
                    texts.add(text);
                }
                customer.attribute(name, texts);
            } else {
                throw new IllegalArgumentException(path
                        + ": expected a text, number, boolean or list of texts but found " + Fields.describe(value));
            }
        }
    }

    private static Map<String, Object> order(Order order) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", order.id());
        json.put("at", order.instant().toString());
        json.put("total", order.total());
        order.currency().ifPresent(c -> json.put("currency", c.getCurrencyCode()));
        order.channel().ifPresent(c -> json.put("channel", c));
        if (order.status() != Order.Status.PLACED) {
            json.put("status", order.status().name().toLowerCase(Locale.ROOT));
        }
        List<Object> items = new ArrayList<>();
        for (LineItem item : order.items()) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("sku", item.productId());
            line.put("category", item.category());
            line.put("qty", item.quantity());
            line.put("price", item.unitPrice());
            items.add(line);
        }
        if (!items.isEmpty()) {
            json.put("items", items);
        }
        return json;
    }

    private static Order readOrder(Fields json) {
        Order.Builder order = Order.builder(
                json.requiredText("id"),
                instant(json.requiredText("at"), json.path("at")),
                json.requiredNumber("total"));
        json.optionalText("currency").ifPresent(order::currency);
        json.optionalText("channel").ifPresent(order::channel);
        json.optionalText("status").ifPresent(v -> order.status(status(v, json.path("status"))));
        for (Fields item : json.objects("items")) {
            BigDecimal quantity = item.requiredNumber("qty");
            order.item(
                    item.requiredText("sku"),
                    item.requiredText("category"),
                    item.intValue("qty", quantity),
                    item.requiredNumber("price"));
            item.noOtherKeys();
        }
        json.noOtherKeys();
        return order.build();
    }

    private static Order.Status status(String value, String path) {
        for (Order.Status status : Order.Status.values()) {
            if (status.name().toLowerCase(Locale.ROOT).equals(value)) {
                return status;
            }
        }
        throw new IllegalArgumentException(
                path + ": expected one of \"placed\", \"cancelled\", \"refunded\" but found \"" + value + "\"");
    }

    private static Map<String, Object> event(Event event) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("type", event.type());
        json.put("at", event.instant().toString());
        if (!event.properties().isEmpty()) {
            json.put("properties", new LinkedHashMap<>(event.properties()));
        }
        return json;
    }

    private static Event readEvent(Fields json) {
        String type = json.requiredText("type");
        Instant at = instant(json.requiredText("at"), json.path("at"));
        Map<String, Object> properties = new LinkedHashMap<>();
        json.optionalObject("properties").ifPresent(p -> {
            for (String name : p.keys()) {
                Object value = p.take(name);
                if (value instanceof BigDecimal number) {
                    properties.put(name, toDouble(number));
                } else if (value instanceof String || value instanceof Boolean) {
                    properties.put(name, value);
                } else {
                    throw new IllegalArgumentException(
                            p.path(name) + ": expected a text, number or boolean but found " + Fields.describe(value));
                }
            }
        });
        json.noOtherKeys();
        return Event.of(type, at, properties);
    }

    private static LocalDate date(String text, String path) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(path + ": '" + text + "' is not an ISO-8601 date (2026-06-01)", e);
        }
    }

    private static Instant instant(String text, String path) {
        try {
            return Instant.parse(text);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(
                    path + ": '" + text + "' is not an ISO-8601 instant (2026-06-01T00:00:00Z)", e);
        }
    }

    /** The nearest double, by {@link Double#parseDouble}, which rounds correctly on every JDK. */
    private static double toDouble(BigDecimal number) {
        return Double.parseDouble(number.toString());
    }

    /** A JSON object being read: typed access by key, keeping track of the keys used so that strays are errors. */
    private static final class Fields {

        private final Map<String, Object> map;
        private final String where;
        private final Set<String> used = new HashSet<>();

        private Fields(Map<String, Object> map, String where) {
            this.map = map;
            this.where = where;
        }

        static Fields of(Object value, String where) {
            if (!(value instanceof Map<?, ?> map)) {
                throw new IllegalArgumentException(where + ": expected an object but found " + describe(value));
            }
            @SuppressWarnings("unchecked") // JsonReader makes objects with text keys
            Map<String, Object> object = (Map<String, Object>) map;
            return new Fields(object, where);
        }

        String path(String key) {
            return where.equals("customer") ? key : where + "." + key;
        }

        List<String> keys() {
            return new ArrayList<>(map.keySet());
        }

        Object take(String key) {
            used.add(key);
            return map.get(key);
        }

        String requiredText(String key) {
            return optionalText(key).orElseThrow(() -> missing(key, "a text"));
        }

        Optional<String> optionalText(String key) {
            Object value = take(key);
            if (value == null) {
                return nullOrAbsent(key, "a text");
            }
            if (!(value instanceof String text)) {
                throw wrongType(key, "a text", value);
            }
            return Optional.of(text);
        }

        BigDecimal requiredNumber(String key) {
            return optionalNumber(key).orElseThrow(() -> missing(key, "a number"));
        }

        Optional<BigDecimal> optionalNumber(String key) {
            Object value = take(key);
            if (value == null) {
                return nullOrAbsent(key, "a number");
            }
            if (!(value instanceof BigDecimal number)) {
                throw wrongType(key, "a number", value);
            }
            return Optional.of(number);
        }

        double requiredDouble(String key) {
            return toDouble(requiredNumber(key));
        }

        int intValue(String key, BigDecimal number) {
            try {
                return number.intValueExact();
            } catch (ArithmeticException e) {
                throw new IllegalArgumentException(path(key) + ": expected a whole number but found " + number, e);
            }
        }

        Optional<Fields> optionalObject(String key) {
            Object value = take(key);
            if (value == null) {
                return nullOrAbsent(key, "an object");
            }
            if (!(value instanceof Map)) {
                throw wrongType(key, "an object", value);
            }
            return Optional.of(of(value, path(key)));
        }

        List<String> texts(String key) {
            List<String> texts = new ArrayList<>();
            List<?> list = list(key);
            for (int i = 0; i < list.size(); i++) {
                if (!(list.get(i) instanceof String text)) {
                    throw new IllegalArgumentException(
                            path(key) + "[" + i + "]: expected a text but found " + describe(list.get(i)));
                }
                texts.add(text);
            }
            return texts;
        }

        List<Fields> objects(String key) {
            List<Fields> objects = new ArrayList<>();
            List<?> list = list(key);
            for (int i = 0; i < list.size(); i++) {
                objects.add(of(list.get(i), path(key) + "[" + i + "]"));
            }
            return objects;
        }

        private List<?> list(String key) {
            Object value = take(key);
            if (value == null) {
                nullOrAbsent(key, "a list");
                return List.of();
            }
            if (!(value instanceof List<?> list)) {
                throw wrongType(key, "a list", value);
            }
            return list;
        }

        void noOtherKeys() {
            for (String key : map.keySet()) {
                if (!used.contains(key)) {
                    throw new IllegalArgumentException(path(key) + ": unknown field");
                }
            }
        }

        private <V> Optional<V> nullOrAbsent(String key, String expected) {
            if (map.containsKey(key)) {
                throw new IllegalArgumentException(
                        path(key) + ": expected " + expected + " but found null; leave the field out instead");
            }
            return Optional.empty();
        }

        private IllegalArgumentException missing(String key, String expected) {
            return new IllegalArgumentException(path(key) + ": missing, expected " + expected);
        }

        private IllegalArgumentException wrongType(String key, String expected, Object value) {
            return new IllegalArgumentException(path(key) + ": expected " + expected + " but found " + describe(value));
        }

        static String describe(Object value) {
            if (value == null) {
                return "null";
            }
            if (value instanceof String text) {
                return JsonWriter.write(text);
            }
            if (value instanceof Map) {
                return "an object";
            }
            if (value instanceof List) {
                return "a list";
            }
            return value.toString();
        }
    }
}
