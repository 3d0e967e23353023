package io.segmentation.examples.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.segmentation.customer.Customer;
import io.segmentation.customer.Event;
import io.segmentation.customer.Order;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CustomerJsonTest {

    private static final Instant AT = Instant.parse("2026-05-02T10:15:30Z");

    @Test
    void every_field_survives_a_round_trip() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("path", "/shoes/trail");
        properties.put("score", 9.5);
        properties.put("first", true);
        Customer customer = Customer.builder("c-42")
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
                .order(Order.builder("o-1", AT, new BigDecimal("59.90"))
                        .currency("EUR")
                        .channel("web")
                        .item("sku-123", "shoes", 1, new BigDecimal("59.90"))
                        .build())
                .event(Event.of("page_view", AT, properties))
                .event(Event.of("login", AT))
                .build();

        assertThat(CustomerJson.read(CustomerJson.write(customer))).isEqualTo(customer);
    }

    @Test
    void order_status_survives_a_round_trip_and_placed_is_left_out() {
        Instant at = Instant.parse("2026-05-02T10:15:30Z");
        Customer customer = Customer.builder("c-1")
                .order(Order.builder("o-1", at, new BigDecimal("5.00")).build())
                .order(Order.builder("o-2", at.plusSeconds(1), new BigDecimal("6.00"))
                        .status(Order.Status.CANCELLED)
                        .build())
                .order(Order.builder("o-3", at.plusSeconds(2), new BigDecimal("7.00"))
                        .status(Order.Status.REFUNDED)
                        .build())
                .build();

        String line = CustomerJson.write(customer);

        assertThat(line)
                .contains("\"status\":\"cancelled\"", "\"status\":\"refunded\"")
                .doesNotContain("placed");
        assertThat(CustomerJson.read(line)).isEqualTo(customer);
    }

    @Test
    void an_unknown_order_status_is_rejected_with_its_path() {
        assertThatThrownBy(() -> CustomerJson.read(
                        "{\"id\":\"c-1\",\"orders\":[{\"id\":\"o-1\",\"at\":\"2026-05-02T10:15:30Z\",\"total\":5,"
                                + "\"status\":\"lost\"}]}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(
                        "status: expected one of \"placed\", \"cancelled\", \"refunded\" but found" + " \"lost\"");
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

        String line = CustomerJson.write(customer);

        assertThat(line).doesNotContain("\n");
        assertThat(CustomerJson.read(line)).isEqualTo(customer);
    }

    @Test
    void money_is_written_exactly() {
        Customer customer = Customer.builder("c-1")
                .order(Order.builder("o-1", AT, new BigDecimal("0.10")).build())
                .build();

        assertThat(CustomerJson.write(customer)).contains("\"total\":0.10");
    }

    @Test
    void null_values_are_rejected_with_a_hint() {
        assertThatThrownBy(() -> CustomerJson.read("{\"id\":\"c-1\",\"gender\":null}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("gender: expected a text but found null; leave the field out instead");
    }

    @Test
    void fractional_quantity_is_rejected() {
        String line = "{\"id\":\"c-1\",\"orders\":[{\"id\":\"o-1\",\"at\":\"2026-01-01T00:00:00Z\",\"total\":1,"
                + "\"items\":[{\"sku\":\"sku-1\",\"category\":\"home\",\"qty\":1.5,\"price\":1}]}]}";

        assertThatThrownBy(() -> CustomerJson.read(line))
                .hasMessage("orders[0].items[0].qty: expected a whole number but found 1.5");
    }

    @Test
    void malformed_instant_is_rejected_with_an_example() {
        String line = "{\"id\":\"c-1\",\"events\":[{\"type\":\"login\",\"at\":\"yesterday\"}]}";

        assertThatThrownBy(() -> CustomerJson.read(line))
                .hasMessage("events[0].at: 'yesterday' is not an ISO-8601 instant (2026-06-01T00:00:00Z)");
    }
}
