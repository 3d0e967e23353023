package io.segmentation.examples;

import static io.segmentation.Attributes.country;
import static io.segmentation.Attributes.purchases;
import static io.segmentation.Attributes.satisfies;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.segmentation.Segment;
import io.segmentation.customer.Customer;
import io.segmentation.customer.Order;
import io.segmentation.engine.SegmentEngine;
import io.segmentation.examples.RawHttp.RawResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
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
        Map<?, ?> body = json(response.body());
        assertThat(body.get("customer")).isEqualTo("anna");
        assertThat(body.get("asOf")).isEqualTo("2026-06-01T00:00:00Z");
        assertThat(body.get("segments")).isEqualTo(List.of("germany"));
        assertThat(body.containsKey("explanations")).isFalse();
    }

    @Test
    void explains_every_segment_when_asked() throws Exception {
        HttpResponse<String> response = get("/customers/anna/segments?explain=true");

        Map<?, ?> body = json(response.body());
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
        assertThat(json(response.body()).get("segments")).isEqualTo(List.of());
    }

    @Test
    void unknown_customer_is_404_with_a_json_error() throws Exception {
        HttpResponse<String> response = get("/customers/nobody/segments");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(json(response.body()).get("error")).isEqualTo("no customer 'nobody'");
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
        assertThat(response.headers().firstValue("Allow")).hasValue("GET, HEAD");
    }

    @Test
    void head_answers_the_headers_of_get_with_its_content_length_and_no_body() throws Exception {
        HttpResponse<String> get = get("/customers/anna/segments");

        RawResponse head = RawHttp.exchange(
                server.uri(), "HEAD /customers/anna/segments HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");

        assertThat(head.status()).isEqualTo(200);
        assertThat(head.header("Content-Length"))
                .hasValue(Integer.toString(get.body().getBytes(UTF_8).length));
        assertThat(head.header("Content-Type")).hasValue("application/json; charset=utf-8");
        assertThat(head.body()).isEmpty();
    }

    @Test
    void head_of_an_unknown_customer_is_404_without_a_body() throws Exception {
        RawResponse head = RawHttp.exchange(
                server.uri(), "HEAD /customers/nobody/segments HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");

        assertThat(head.status()).isEqualTo(404);
        assertThat(head.header("Content-Length")).isPresent();
        assertThat(head.body()).isEmpty();
    }

    @Test
    void a_failing_evaluation_is_500_with_a_json_error() throws Exception {
        Segment<Customer> broken = Segment.<Customer>where(satisfies("broken", c -> {
                    throw new IllegalStateException("boom");
                }))
                .named("broken");
        try (PersonalisationServer failing = PersonalisationServer.start(
                0, List.of(Customer.builder("anna").build()), SegmentEngine.of(broken), Clock.systemUTC())) {
            HttpResponse<String> response = client.send(
                    HttpRequest.newBuilder(failing.uri().resolve("/customers/anna/segments"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).isEqualTo(500);
            assertThat(json(response.body()).get("error"))
                    .isEqualTo("the segments could not be evaluated; see the server log");
        }
    }

    @Test
    void a_malformed_request_line_is_answered_by_the_jdk_itself_with_400() throws Exception {
        // Documented: the JDK rejects it before any handler runs, with its own HTML body.
        RawResponse response = RawHttp.exchange(server.uri(), "NONSENSE\r\n\r\n");

        assertThat(response.status()).isEqualTo(400);
    }

    @Test
    void sets_tcp_nodelay_and_timeouts_of_the_jdk_server_before_it_starts() {
        assertThat(System.getProperty("sun.net.httpserver.nodelay")).isEqualTo("true");
        assertThat(System.getProperty("sun.net.httpserver.maxReqTime"))
                .isEqualTo(Integer.toString(JdkHttpServerSettings.MAX_REQUEST_SECONDS));
        assertThat(JdkHttpServerSettings.current()).doesNotContainValue(null);
    }

    @Test
    void two_slow_clients_do_not_delay_a_normal_request() throws Exception {
        try (SlowClient one = SlowClient.connect(server.uri());
                SlowClient two = SlowClient.connect(server.uri())) {
            one.awaitStarted();
            two.awaitStarted();

            // A generous bound, not a benchmark: without free workers this would wait for the slow clients.
            HttpResponse<String> response = client.send(
                    HttpRequest.newBuilder(server.uri().resolve("/customers/anna/segments"))
                            .timeout(Duration.ofSeconds(3))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).isEqualTo(200);
        }
    }

    @Test
    void slow_clients_are_disconnected_so_they_cannot_hold_every_worker() throws Exception {
        try (PersonalisationServer small = PersonalisationServer.start(
                        0,
                        List.of(Customer.builder("anna").build()),
                        SegmentEngine.of(GERMANY),
                        Clock.systemUTC(),
                        2,
                        4);
                SlowClient one = SlowClient.connect(small.uri());
                SlowClient two = SlowClient.connect(small.uri())) {
            one.awaitStarted();
            two.awaitStarted();

            // Both workers read the slow requests; the server closes them after the request time limit.
            HttpResponse<String> response = client.send(
                    HttpRequest.newBuilder(small.uri().resolve("/customers/anna/segments"))
                            .timeout(Duration.ofSeconds(JdkHttpServerSettings.MAX_REQUEST_SECONDS + 10))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(one.closedByServer()).isTrue();
            assertThat(two.closedByServer()).isTrue();
        }
    }

    @Test
    void a_full_queue_is_answered_503_with_retry_after() throws Exception {
        CountDownLatch inWork = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Segment<Customer> waiting = Segment.<Customer>where(satisfies("waiting", c -> {
                    inWork.countDown();
                    try {
                        return release.await(30, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return false;
                    }
                }))
                .named("waiting");
        HttpClient http11 =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        try (PersonalisationServer one = PersonalisationServer.start(
                0, List.of(Customer.builder("anna").build()), SegmentEngine.of(waiting), Clock.systemUTC(), 1, 1)) {
            HttpRequest request = HttpRequest.newBuilder(one.uri().resolve("/customers/anna/segments"))
                    .timeout(Duration.ofSeconds(30))
                    .build();
            CompletableFuture<HttpResponse<String>> first =
                    http11.sendAsync(request, HttpResponse.BodyHandlers.ofString());
            assertThat(inWork.await(10, TimeUnit.SECONDS)).isTrue();
            // One worker busy: of the next two, one waits in the queue and the other finds it full.
            CompletableFuture<HttpResponse<String>> second =
                    http11.sendAsync(request, HttpResponse.BodyHandlers.ofString());
            CompletableFuture<HttpResponse<String>> third =
                    http11.sendAsync(request, HttpResponse.BodyHandlers.ofString());
            HttpResponse<?> early =
                    (HttpResponse<?>) CompletableFuture.anyOf(second, third).get(10, TimeUnit.SECONDS);
            assertThat(early.statusCode())
                    .as("answered while the worker is still busy")
                    .isEqualTo(503);
            assertThat(first).isNotDone();
            release.countDown();

            List<Integer> statuses = List.of(
                    first.get(10, TimeUnit.SECONDS).statusCode(),
                    second.get(10, TimeUnit.SECONDS).statusCode(),
                    third.get(10, TimeUnit.SECONDS).statusCode());
            assertThat(statuses).containsExactlyInAnyOrder(200, 200, 503);
            assertThat(early.headers().firstValue("Retry-After")).hasValue("1");
            assertThat(json((String) early.body()).get("error")).asString().contains("try again");
        }
    }

    @Test
    void rejects_fewer_than_one_thread_or_queue_place() {
        assertThatThrownBy(() ->
                        PersonalisationServer.start(0, List.of(), SegmentEngine.of(GERMANY), Clock.systemUTC(), 0, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("threads");
        assertThatThrownBy(() ->
                        PersonalisationServer.start(0, List.of(), SegmentEngine.of(GERMANY), Clock.systemUTC(), 1, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("queue");
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

    private static Map<?, ?> json(String body) {
        try {
            return new ObjectMapper().readValue(body, Map.class);
        } catch (JsonProcessingException e) {
            throw new AssertionError("not JSON: " + body, e);
        }
    }
}
