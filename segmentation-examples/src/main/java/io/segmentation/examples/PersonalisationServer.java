package io.segmentation.examples;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.google.common.collect.ImmutableMap;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.segmentation.Segment;
import io.segmentation.customer.Customer;
import io.segmentation.engine.EvaluationContext;
import io.segmentation.engine.Explanation;
import io.segmentation.engine.SegmentEngine;
import io.segmentation.engine.SegmentMatcher;
import io.segmentation.examples.data.JsonWriter;
import io.segmentation.examples.data.SampleData;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A personalisation endpoint as an e-commerce backend would run it: {@code GET /customers/{id}/segments} answers, in
 * JSON, the segments a customer is in right now, and with {@code ?explain=true} why they are (or are not) in each one.
 * It runs on the JDK's built-in {@link HttpServer}, bound to 127.0.0.1 only.
 *
 * <pre>{@code
 * try (PersonalisationServer server = PersonalisationServer.start(0, customers, engine, clock)) {
 *     URI uri = server.uri().resolve("/customers/c-0001/segments?explain=true");
 *     // GET uri → {"customer":"c-0001","asOf":"2026-06-01T00:00:00Z","segments":["dach",…],"explanations":[…]}
 * }
 * }</pre>
 *
 * <p>Answers: {@code 200} with the JSON document; {@code 404} for an unknown customer or path; {@code 405} for a
 * method other than {@code GET}; {@code 400} for an {@code explain} value other than {@code true} or {@code false}.
 * Errors are JSON too: {@code {"error":"no customer 'x'"}}. Every request is evaluated as of the server's clock, read
 * once per request; the engine is shared by the request threads (it is thread-safe).
 *
 * <p>Run it on the sample data with {@code ./mvnw -q -pl segmentation-examples -am compile exec:java
 * -Dexec.mainClass=io.segmentation.examples.PersonalisationServer} and open
 * {@code http://127.0.0.1:8080/customers/c-0001/segments?explain=true}.
 *
 * @since 0.1.0
 */
public final class PersonalisationServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PersonalisationServer.class);
    private static final Pattern PATH = Pattern.compile("/customers/([^/]+)/segments/?");
    private static final Pattern EXPLAIN = Pattern.compile("(?:^|&)explain=([^&]*)");

    private final HttpServer server;
    private final ExecutorService executor;
    private final ImmutableMap<String, Customer> customers;
    private final SegmentEngine<Customer> engine;
    private final Clock clock;

    private PersonalisationServer(
            HttpServer server, Map<String, Customer> customers, SegmentEngine<Customer> engine, Clock clock) {
        this.server = server;
        this.customers = ImmutableMap.copyOf(customers);
        this.engine = engine;
        this.clock = clock;
        this.executor = Executors.newFixedThreadPool(2, runnable -> {
            Thread thread = new Thread(runnable, "personalisation-http");
            thread.setDaemon(true);
            return thread;
        });
        server.createContext("/", this::handle);
        server.setExecutor(executor);
    }

    /**
     * Starts a server on 127.0.0.1.
     *
     * @param port the port, or 0 for any free port (see {@link #uri()})
     * @param customers the customers it answers for; ids must be distinct
     * @param engine the segments, in priority order
     * @param clock the time requests are evaluated at
     * @return the running server; close it to stop it
     * @throws IOException if the port cannot be bound
     * @throws IllegalArgumentException if {@code port} is outside 0–65535 or two customers share an id
     */
    public static PersonalisationServer start(
            int port, List<Customer> customers, SegmentEngine<Customer> engine, Clock clock) throws IOException {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be between 0 and 65535, was " + port);
        }
        Map<String, Customer> byId = new LinkedHashMap<>();
        for (Customer customer : customers) {
            if (byId.put(customer.id(), customer) != null) {
                throw new IllegalArgumentException("customers: id '" + customer.id() + "' is given twice");
            }
        }
        if (engine == null || clock == null) {
            throw new NullPointerException(engine == null ? "engine" : "clock");
        }
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        PersonalisationServer started = new PersonalisationServer(server, byId, engine, clock);
        server.start();
        LOG.info("personalisation endpoint listening on {}", started.uri());
        return started;
    }

    /**
     * Where the server listens, e.g. {@code http://127.0.0.1:54321/}.
     *
     * @return the base URI
     */
    public URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    /** Stops the server at once and releases its port and threads. */
    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Serves the sample data on port 8080 (or the port given as the first argument) until the process is stopped,
     * evaluating as of {@link Tour#AS_OF}, the day after the sample data ends.
     *
     * @param args optionally the port
     * @throws IOException if the port cannot be bound
     */
    public static void main(String[] args) throws IOException {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 8080;
        List<Segment<Customer>> segments = new ArrayList<>();
        ExampleSegments.ALL.forEach(example -> segments.add(example.segment()));
        PersonalisationServer server =
                start(port, SampleData.load(), SegmentEngine.of(segments), Clock.fixed(Tour.AS_OF, ZoneOffset.UTC));
        Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        System.out.println("Try " + server.uri().resolve("/customers/c-0001/segments?explain=true"));
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            Response response = respond(
                    exchange.getRequestMethod(),
                    exchange.getRequestURI().getRawPath(),
                    exchange.getRequestURI().getRawQuery());
            byte[] body = JsonWriter.write(response.body()).getBytes(UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
            if (response.status() == 405) {
                exchange.getResponseHeaders().set("Allow", "GET");
            }
            exchange.sendResponseHeaders(response.status(), body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        } catch (RuntimeException e) {
            LOG.error("request {} failed", exchange.getRequestURI(), e);
            throw e;
        }
    }

    private record Response(int status, Map<String, Object> body) {
        static Response error(int status, String message) {
            return new Response(status, Map.of("error", message));
        }
    }

    private Response respond(String method, String path, String query) {
        Matcher matcher = PATH.matcher(path);
        if (!matcher.matches()) {
            return Response.error(404, "no such resource; try /customers/{id}/segments");
        }
        if (!method.equals("GET")) {
            return Response.error(405, "only GET is supported, not " + method);
        }
        Optional<Boolean> explain = explain(query);
        if (explain.isEmpty()) {
            return Response.error(400, "explain must be true or false");
        }
        String id = URI.create("x:" + matcher.group(1)).getSchemeSpecificPart();
        Customer customer = customers.get(id);
        if (customer == null) {
            return Response.error(404, "no customer '" + id + "'");
        }
        EvaluationContext context = EvaluationContext.now(clock);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("customer", customer.id());
        body.put("asOf", context.asOf().toString());
        List<Object> names = new ArrayList<>();
        for (Segment<Customer> segment : engine.segmentsOf(customer, context)) {
            names.add(name(segment));
        }
        body.put("segments", names);
        if (explain.get()) {
            List<Object> explanations = new ArrayList<>();
            for (Segment<Customer> segment : engine.segments()) {
                Explanation explanation = SegmentMatcher.of(segment).explain(customer, context);
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("segment", name(segment));
                entry.put("matched", explanation.matched());
                entry.put("why", explanation.toString().lines().toList());
                explanations.add(entry);
            }
            body.put("explanations", explanations);
        }
        return new Response(200, body);
    }

    private static Optional<Boolean> explain(String query) {
        if (query == null) {
            return Optional.of(false);
        }
        Matcher matcher = EXPLAIN.matcher(query);
        if (!matcher.find()) {
            return Optional.of(false);
        }
        switch (matcher.group(1)) {
            case "true":
                return Optional.of(true);
            case "false":
                return Optional.of(false);
            default:
                return Optional.empty();
        }
    }

    private static String name(Segment<Customer> segment) {
        return segment.name().orElse(segment.toString());
    }
}
