package io.segmentation.examples;

import static io.segmentation.Attributes.country;
import static io.segmentation.Attributes.purchases;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.segmentation.Segment;
import io.segmentation.customer.Customer;
import io.segmentation.customer.Order;
import io.segmentation.engine.SegmentEngine;
import io.segmentation.examples.data.JsonReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PersonalisationServerTest {

    private static final Instant NOW = Instant.parse("2026-06-01T00:00:00Z");
    private static final Segment<Customer> GERMANY =
            Segment.where(country().is("DE")).named("germany");
    private static final Segment<Customer> REPEAT =
            Segment.where(purchases().atLeast(2)).named("repeat");

    private final HttpClient client = HttpClient.newHttpClient();
    private PersonalisationServer server;

    @BeforeEach
    void start() throws IOException {
        Customer anna = Customer.builder("anna")
                .country("DE")
                .order(Order.builder("o1", NOW.minusSeconds(86_400), new BigDecimal("10.00"))
                        .build())
                .build();
        Customer bob = Customer.builder("bob/2").country("FR").build();
        server = PersonalisationServer.start(
                0, List.of(anna, bob), SegmentEngine.of(GERMANY, REPEAT), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        HttpRequest request =
                HttpRequest.newBuilder(server.uri().resolve(path)).GET().build();
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void listens_on_the_loopback_address_only() {
        assertThat(server.uri().getHost()).isEqualTo("127.0.0.1");
        assertThat(server.uri().getPort()).isPositive();
    }

    @Test
    void answers_the_segments_of_a_customer_as_json() throws Exception {
        HttpResponse<String> response = get("/customers/anna/segments");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
        Map<?, ?> body = (Map<?, ?>) JsonReader.read(response.body());
        assertThat(body.get("customer")).isEqualTo("anna");
        assertThat(body.get("asOf")).isEqualTo("2026-06-01T00:00:00Z");
        assertThat(body.get("segments")).isEqualTo(List.of("germany"));
        assertThat(body.containsKey("explanations")).isFalse();
    }

    @Test
    void explains_every_segment_when_asked() throws Exception {
        HttpResponse<String> response = get("/customers/anna/segments?explain=true");

        Map<?, ?> body = (Map<?, ?>) JsonReader.read(response.body());
        List<?> explanations = (List<?>) body.get("explanations");
        assertThat(explanations).hasSize(2);
        Map<?, ?> repeat = (Map<?, ?>) explanations.get(1);
        assertThat(repeat.get("segment")).isEqualTo("repeat");
        assertThat(repeat.get("matched")).isEqualTo(false);
        assertThat((List<?>) repeat.get("why"))
                .anySatisfy(
                        line -> assertThat((String) line).contains("purchases").contains("1"));
    }

    @Test
    void decodes_percent_encoded_ids() throws Exception {
        HttpResponse<String> response = get("/customers/bob%2F2/segments");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(((Map<?, ?>) JsonReader.read(response.body())).get("segments"))
                .isEqualTo(List.of());
    }

    @Test
    void unknown_customer_is_404_with_a_json_error() throws Exception {
        HttpResponse<String> response = get("/customers/nobody/segments");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(((Map<?, ?>) JsonReader.read(response.body())).get("error")).isEqualTo("no customer 'nobody'");
    }

    @Test
    void unknown_path_is_404() throws Exception {
        assertThat(get("/orders").statusCode()).isEqualTo(404);
    }

    @Test
    void other_methods_are_405_with_allow_header() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(server.uri().resolve("/customers/anna/segments"))
                .POST(HttpRequest.BodyPublishers.ofString("{}"))
                .build();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().firstValue("Allow")).hasValue("GET");
    }

    @Test
    void malformed_explain_flag_is_400() throws Exception {
        assertThat(get("/customers/anna/segments?explain=yes").statusCode()).isEqualTo(400);
    }

    @Test
    void rejects_a_port_out_of_range() {
        assertThatThrownBy(() ->
                        PersonalisationServer.start(70_000, List.of(), SegmentEngine.of(GERMANY), Clock.systemUTC()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("70000");
    }

    @Test
    void rejects_duplicate_customer_ids() {
        Customer one = Customer.builder("same").build();
        assertThatThrownBy(() ->
                        PersonalisationServer.start(0, List.of(one, one), SegmentEngine.of(GERMANY), Clock.systemUTC()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'same'");
    }

    @Test
    void stops_listening_when_closed() throws Exception {
        URI uri = server.uri().resolve("/customers/anna/segments");
        server.close();

        assertThatThrownBy(() -> client.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString()))
                .isInstanceOf(IOException.class);
    }
}
