package io.segmentation.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.segmentation.customer.Customer;
import io.segmentation.customer.Event;
import io.segmentation.customer.Order;
import java.io.BufferedReader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CustomerJsonTest {

    private static final Instant AT = Instant.parse("2026-05-02T10:15:30Z");

    @Test
    void every_field_survives_a_round_trip() {
        Customer customer = everyField();

        assertThat(CustomerJson.read(CustomerJson.write(customer))).isEqualTo(customer);
    }

    @Test
    void fields_are_written_in_the_documented_order_and_form() {
        assertThat(CustomerJson.write(everyField()))
                .isEqualTo("{\"id\":\"c-42\",\"birth_date\":\"2001-03-14\",\"gender\":\"female\",\"income\":52300,"
                        + "\"education\":\"master\",\"occupation\":\"engineer\",\"country\":\"CH\","
                        + "\"region\":\"Zürich\",\"city\":\"Zürich\",\"postal_code\":\"8001\","
                        + "\"location\":{\"lat\":47.3769,\"lon\":8.5417},\"interests\":[\"running\",\"yoga\"],"
                        + "\"values\":[\"sustainability\"],\"lifestyle\":[\"urban\"],"
                        + "\"company\":{\"size\":120,\"industry\":\"retail\",\"annual_revenue\":15600000},"
                        + "\"subscriptions\":[\"email\",\"push\"],\"tags\":[\"newsletter\",\"vip\"],"
                        + "\"attributes\":{\"loyalty_tier\":\"gold\",\"points\":1250.5,\"beta\":true,"
                        + "\"badges\":[\"early\"],\"signed_up\":{\"date\":\"2024-03-01\"},"
                        + "\"last_login\":{\"instant\":\"2026-05-30T08:00:00.000000001Z\"}},"
                        + "\"orders\":[{\"id\":\"o-1\",\"at\":\"2026-05-02T10:15:30Z\",\"total\":59.90,"
                        + "\"currency\":\"EUR\",\"channel\":\"web\",\"status\":\"refunded\","
                        + "\"items\":[{\"sku\":\"sku-123\",\"category\":\"shoes\",\"qty\":1,\"price\":59.90}]}],"
                        + "\"events\":[{\"type\":\"login\",\"at\":\"2026-05-02T10:15:30Z\"},"
                        + "{\"type\":\"page_view\",\"at\":\"2026-05-02T10:15:30Z\","
                        + "\"properties\":{\"path\":\"/shoes/trail\",\"score\":9.5,\"seconds\":30,\"first\":true}}]}");
    }

    @Test
    void order_status_survives_a_round_trip_and_placed_is_left_out() {
        Customer customer = Customer.builder("c-1")
                .order(Order.builder("o-1", AT, new BigDecimal("5.00")).build())
                .order(Order.builder("o-2", AT.plusSeconds(1), new BigDecimal("6.00"))
                        .status(Order.Status.CANCELLED)
                        .build())
                .order(Order.builder("o-3", AT.plusSeconds(2), new BigDecimal("7.00"))
                        .status(Order.Status.REFUNDED)
                        .build())
                .build();

        String json = CustomerJson.write(customer);

        assertThat(json)
                .contains("\"status\":\"cancelled\"", "\"status\":\"refunded\"")
                .doesNotContain("placed");
        assertThat(CustomerJson.read(json)).isEqualTo(customer);
    }

    @Test
    void a_customer_with_only_an_id_is_written_as_only_an_id() {
        Customer customer = Customer.builder("c-1").build();

        assertThat(CustomerJson.write(customer)).isEqualTo("{\"id\":\"c-1\"}");
        assertThat(CustomerJson.read("{\"id\":\"c-1\"}")).isEqualTo(customer);
    }

    @Test
    void texts_with_quotes_backslashes_and_line_breaks_stay_on_one_line() {
        Customer customer =
                Customer.builder("c-1").occupation("say \"hi\"\\\nbye").build();

        String json = CustomerJson.write(customer);

        assertThat(json).doesNotContain("\n");
        assertThat(CustomerJson.read(json)).isEqualTo(customer);
    }

    @Test
    void money_is_written_exactly_with_its_scale() {
        Customer customer = Customer.builder("c-1")
                .order(Order.builder("o-1", AT, new BigDecimal("0.10")).build())
                .build();

        assertThat(CustomerJson.write(customer)).contains("\"total\":0.10");
    }

    @Test
    void money_is_read_exactly_not_through_a_double() {
        String json = "{\"id\":\"c-1\",\"income\":12345678901234567890.123456789012345678901}";

        assertThat(CustomerJson.read(json).income())
                .contains(new BigDecimal("12345678901234567890.123456789012345678901"));
    }

    @Test
    void an_amount_beyond_the_format_is_rejected_on_reading() {
        assertThatThrownBy(() -> CustomerJson.read("{\"id\":\"c-1\",\"income\":1e999999999}"))
                .isInstanceOfSatisfying(
                        CustomerJsonException.class, e -> assertThat(e.path()).isEqualTo("$.income"))
                .hasMessageContaining("at most 40 digits before and 40 after the decimal point");
    }

    @Test
    void an_amount_beyond_the_format_is_rejected_on_writing() {
        Customer customer = Customer.builder("c-1")
                .order(Order.builder("o-1", AT, new BigDecimal("1E+41")).build())
                .build();

        assertThatThrownBy(() -> CustomerJson.write(customer))
                .isInstanceOfSatisfying(
                        CustomerJsonException.class, e -> assertThat(e.path()).isEqualTo("$.orders[0].total"));
    }

    @Test
    void an_unknown_order_status_is_rejected_with_its_path() {
        String json = "{\"id\":\"c-1\",\"orders\":[{\"id\":\"o-1\",\"at\":\"2026-05-02T10:15:30Z\",\"total\":5,"
                + "\"status\":\"lost\"}]}";

        assertThatThrownBy(() -> CustomerJson.read(json))
                .isInstanceOf(CustomerJsonException.class)
                .hasMessage("$.orders[0].status: expected one of [placed, cancelled, refunded] but found the string"
                        + " \"lost\"");
    }

    @Test
    void null_values_are_rejected_with_a_hint() {
        assertThatThrownBy(() -> CustomerJson.read("{\"id\":\"c-1\",\"gender\":null}"))
                .hasMessage("$.gender: expected a value but found null; leave the field out instead");
    }

    @Test
    void a_wrong_type_is_rejected_with_its_path() {
        String json = "{\"id\":\"c-1\",\"orders\":[{\"id\":\"o-1\",\"at\":\"2026-01-01T00:00:00Z\",\"total\":\"12\"}]}";

        assertThatThrownBy(() -> CustomerJson.read(json))
                .hasMessage("$.orders[0].total: expected a number but found the string \"12\"");
    }

    @Test
    void fractional_quantity_is_rejected() {
        String json = "{\"id\":\"c-1\",\"orders\":[{\"id\":\"o-1\",\"at\":\"2026-01-01T00:00:00Z\",\"total\":1,"
                + "\"items\":[{\"sku\":\"sku-1\",\"category\":\"home\",\"qty\":1.5,\"price\":1}]}]}";

        assertThatThrownBy(() -> CustomerJson.read(json))
                .hasMessage("$.orders[0].items[0].qty: expected a whole number but found 1.5");
    }

    @Test
    void malformed_instant_is_rejected_with_an_example() {
        String json = "{\"id\":\"c-1\",\"events\":[{\"type\":\"login\",\"at\":\"yesterday\"}]}";

        assertThatThrownBy(() -> CustomerJson.read(json))
                .hasMessage("$.events[0].at: \"yesterday\" is not an ISO-8601 instant such as"
                        + " \"2026-06-01T00:00:00Z\"");
    }

    @Test
    void a_value_the_model_rejects_is_reported_at_its_path() {
        assertThatThrownBy(() -> CustomerJson.read("{\"id\":\"c-1\",\"country\":\"XX\"}"))
                .isInstanceOfSatisfying(CustomerJsonException.class, e -> {
                    assertThat(e.path()).isEqualTo("$.country");
                    assertThat(e.problem()).isEqualTo("country: 'XX' is not an ISO 3166-1 alpha-2 code");
                });
    }

    @Test
    void duplicate_order_ids_are_reported_at_the_customer() {
        String order = "{\"id\":\"o-1\",\"at\":\"2026-01-01T00:00:00Z\",\"total\":1}";

        assertThatThrownBy(() -> CustomerJson.read("{\"id\":\"c-1\",\"orders\":[" + order + "," + order + "]}"))
                .hasMessage("$: orders: duplicate order id 'o-1'");
    }

    @Test
    void an_unknown_field_is_rejected_with_a_suggestion() {
        assertThatThrownBy(() -> CustomerJson.read("{\"id\":\"c-1\",\"contry\":\"DE\"}"))
                .hasMessageStartingWith("$.contry: unknown field 'contry'")
                .hasMessageContaining("country");
    }

    @Test
    void an_unknown_field_inside_an_order_is_rejected() {
        String json =
                "{\"id\":\"c-1\",\"orders\":[{\"id\":\"o-1\",\"at\":\"2026-01-01T00:00:00Z\",\"total\":1,\"x\":1}]}";

        assertThatThrownBy(() -> CustomerJson.read(json)).hasMessageStartingWith("$.orders[0].x: unknown field 'x'");
    }

    @Test
    void a_missing_id_is_rejected() {
        assertThatThrownBy(() -> CustomerJson.read("{\"country\":\"DE\"}"))
                .hasMessage("$.id: missing; expected a string");
    }

    @Test
    void duplicate_keys_are_rejected() {
        assertThatThrownBy(() -> CustomerJson.read("{\"id\":\"c-1\",\"id\":\"c-2\"}"))
                .isInstanceOf(CustomerJsonException.class)
                .hasMessageContaining("Duplicate field 'id'");
    }

    @Test
    void trailing_content_is_rejected() {
        assertThatThrownBy(() -> CustomerJson.read("{\"id\":\"c-1\"} {}"))
                .isInstanceOf(CustomerJsonException.class)
                .hasMessageStartingWith("$: malformed JSON");
    }

    @Test
    void malformed_json_names_line_and_column() {
        assertThatThrownBy(() -> CustomerJson.read("{\"id\":\"c-1\",\"country\":}"))
                .isInstanceOf(CustomerJsonException.class)
                .hasMessageContaining("malformed JSON at line 1, column 23");
    }

    @Test
    void empty_text_is_rejected() {
        assertThatThrownBy(() -> CustomerJson.read(" ")).hasMessage("$: the text is empty; expected a JSON object");
    }

    @Test
    void a_document_that_is_not_an_object_is_rejected() {
        assertThatThrownBy(() -> CustomerJson.read("[1]"))
                .hasMessage("$: expected a customer object {\"id\": …} but found an array");
    }

    @Test
    void a_custom_attribute_object_must_be_a_date_or_an_instant() {
        assertThatThrownBy(() -> CustomerJson.read("{\"id\":\"c-1\",\"attributes\":{\"a\":{\"day\":\"x\"}}}"))
                .hasMessageStartingWith("$.attributes.a: expected {\"date\": \"2026-05-01\"} or {\"instant\":");
    }

    @Test
    void a_custom_attribute_list_must_hold_texts() {
        assertThatThrownBy(() -> CustomerJson.read("{\"id\":\"c-1\",\"attributes\":{\"a\":[\"x\",1]}}"))
                .hasMessage("$.attributes.a[1]: expected a string but found the number 1");
    }

    @Test
    void odd_attribute_names_are_quoted_in_the_path() {
        assertThatThrownBy(() -> CustomerJson.read("{\"id\":\"c-1\",\"attributes\":{\"odd key\":null}}"))
                .hasMessageStartingWith("$.attributes['odd key']: expected");
    }

    @Test
    void json_lines_skip_blank_lines() {
        List<Customer> customers = readLines("{\"id\":\"c-1\"}\n\n  \n{\"id\":\"c-2\"}\n");

        assertThat(customers).extracting(Customer::id).containsExactly("c-1", "c-2");
    }

    @Test
    void a_bad_line_names_its_line_number() {
        assertThatThrownBy(() -> readLines("{\"id\":\"c-1\"}\n\n{\"id\":\"c-2\",\"country\":\"XX\"}"))
                .isInstanceOfSatisfying(CustomerJsonException.class, e -> {
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.path()).isEqualTo("$.country");
                })
                .hasMessage("line 3: $.country: country: 'XX' is not an ISO 3166-1 alpha-2 code");
    }

    @Test
    void json_lines_are_read_lazily() {
        List<Customer> first = CustomerJson.readLines(
                        new BufferedReader(new StringReader("{\"id\":\"c-1\"}\nnot json")))
                .limit(1)
                .toList();

        assertThat(first).extracting(Customer::id).containsExactly("c-1");
    }

    private static List<Customer> readLines(String text) {
        return CustomerJson.readLines(new BufferedReader(new StringReader(text)))
                .toList();
    }

    private static Customer everyField() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("path", "/shoes/trail");
        properties.put("score", 9.5);
        properties.put("seconds", 30);
        properties.put("first", true);
        return Customer.builder("c-42")
                .birthDate(LocalDate.of(2001, 3, 14))
                .gender("female")
                .income(new BigDecimal("52300"))
                .education("master")
                .occupation("engineer")
                .country("CH")
                .region("Zürich")
                .city("Zürich")
                .postalCode("8001")
                .location(47.3769, 8.5417)
                .interests("running", "yoga")
                .values("sustainability")
                .lifestyle("urban")
                .companySize(120)
                .industry("retail")
                .annualRevenue(new BigDecimal("15600000"))
                .subscribedTo("email", "push")
                .tags("newsletter", "vip")
                .attribute("loyalty_tier", "gold")
                .attribute("points", 1250.5)
                .attribute("beta", true)
                .attribute("badges", Set.of("early"))
                .attribute("signed_up", LocalDate.of(2024, 3, 1))
                .attribute("last_login", Instant.parse("2026-05-30T08:00:00.000000001Z"))
                .order(Order.builder("o-1", AT, new BigDecimal("59.90"))
                        .currency("EUR")
                        .channel("web")
                        .status(Order.Status.REFUNDED)
                        .item("sku-123", "shoes", 1, new BigDecimal("59.90"))
                        .build())
                .event(Event.of("page_view", AT, properties))
                .event(Event.of("login", AT))
                .build();
    }
}
