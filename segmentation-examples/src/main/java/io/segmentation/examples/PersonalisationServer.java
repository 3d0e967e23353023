package io.segmentation.examples;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableMap;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.segmentation.EvaluationContext;
import io.segmentation.Segment;
import io.segmentation.customer.Customer;
import io.segmentation.engine.Explanation;
import io.segmentation.engine.SegmentEngine;
import io.segmentation.engine.SegmentMatcher;
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
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
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
 * <p>Answers: {@code 200} with the JSON document; {@code 404} for an unknown customer or path; {@code 405} (with
 * {@code Allow: GET, HEAD}) for a method other than {@code GET} or {@code HEAD}; {@code 400} for an {@code explain}
 * value other than {@code true} or {@code false}; {@code 503} (with {@code Retry-After: 1}) when every worker is busy
 * and the queue is full; {@code 500} if evaluating fails. These errors are JSON too: {@code {"error":"no customer
 * 'x'"}}. {@code HEAD} answers what {@code GET} would, headers and {@code Content-Length} included, without the body.
 * Every request is evaluated as of the server's clock, read once per request; the engine is shared by the request
 * threads (it is thread-safe).
 *
 * <p>How it holds up under load and against slow or broken clients:
 *
 * <ul>
 *   <li><b>Bounded work.</b> A fixed number of worker threads (default {@value #DEFAULT_THREADS}) takes requests from
 *       a bounded queue (default {@value #DEFAULT_QUEUE} waiting). When the queue is full, one more thread answers
 *       {@code 503} at once; when that one is busy too, the connection is closed without an answer.
 *   <li><b>Timeouts and {@code TCP_NODELAY}.</b> The JDK server reads each request on a worker thread with blocking
 *       reads; a request must arrive within {@value JdkHttpServerSettings#MAX_REQUEST_SECONDS} seconds of its first
 *       byte, or the connection is closed, so a slow client holds a worker for that long at most. Idle and response
 *       timeouts, the connection limit and {@code TCP_NODELAY} are JVM-wide system properties of the JDK server, set
 *       before the first server of the JVM is created unless given on the command line: see {@code
 *       JdkHttpServerSettings} in this package for each. A JVM that created another {@code HttpServer} before keeps
 *       the JDK's defaults (no timeouts, Nagle's algorithm on).
 *   <li><b>Errors the JDK answers itself.</b> A malformed request line, an invalid URI, a header name with illegal
 *       characters, a malformed or conflicting {@code Content-Length} never reach the handler: the JDK answers {@code
 *       400} ({@code 501} for a {@code Transfer-Encoding} other than {@code chunked}) with a small HTML body and
 *       closes the connection; it cannot be configured to answer JSON. Requests over the JDK's header limits, and slow
 *       requests, are closed without an answer.
 * </ul>
 *
 * <p>A server facing the internet would sit behind a reverse proxy that buffers requests; these measures keep the
 * example usable without one, not safe against a determined attacker with many connections.
 *
 * <p>Run it on the sample data with {@code ./mvnw -q -pl segmentation-examples -am compile exec:java
 * -Dexec.mainClass=io.segmentation.examples.PersonalisationServer} and open
 * {@code http://127.0.0.1:8080/customers/c-0001/segments?explain=true}.
 *
 * @since 0.1.0
 */
public final class PersonalisationServer implements AutoCloseable {

    /** Worker threads by default: enough that a few slow clients leave room for everybody else. */
    public static final int DEFAULT_THREADS = 8;

    /** Requests that may wait for a worker by default, beyond which the server answers {@code 503}. */
    public static final int DEFAULT_QUEUE = 64;

    static {
        // The JDK reads its server settings once, when the first HttpServer is created: set them before.
        JdkHttpServerSettings.applyDefaults();
    }

    private static final Logger LOG = LoggerFactory.getLogger(PersonalisationServer.class);
    /** Writes the answers: maps, lists, texts and booleans, compact, in UTF-8. Thread-safe once configured. */
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final Pattern PATH = Pattern.compile("/customers/([^/]+)/segments/?");
    private static final Pattern EXPLAIN = Pattern.compile("(?:^|&)explain=([^&]*)");
    private static final String ALLOWED = "GET, HEAD";

    /** True on the thread that answers {@code 503} when the workers' queue is full. */
    private static final ThreadLocal<Boolean> ANSWERS_BUSY = ThreadLocal.withInitial(() -> false);

    private final HttpServer server;
    private final ThreadPoolExecutor workers;
    private final ThreadPoolExecutor busy;
    private final ImmutableMap<String, Customer> customers;
    private final SegmentEngine<Customer> engine;
    private final Clock clock;

    private PersonalisationServer(
            HttpServer server,
            Map<String, Customer> customers,
            SegmentEngine<Customer> engine,
            Clock clock,
            int threads,
            int queue) {
        this.server = server;
        this.customers = ImmutableMap.copyOf(customers);
        this.engine = engine;
        this.clock = clock;
        // When the queue is full, a single thread reads the request and answers 503; when it is busy as well, the
        // JDK closes the connection (it does so whenever the executor rejects a connection).
        this.busy = new ThreadPoolExecutor(
                1,
                1,
                0,
                TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(queue),
                threads("personalisation-http-busy", true),
                new ThreadPoolExecutor.AbortPolicy());
        this.workers = new ThreadPoolExecutor(
                threads,
                threads,
                0,
                TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(queue),
                threads("personalisation-http", false),
                (task, pool) -> busy.execute(task));
        server.createContext("/", this::handle);
        server.setExecutor(workers);
    }

    private static ThreadFactory threads(String name, boolean answersBusy) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(
                    () -> {
                        ANSWERS_BUSY.set(answersBusy);
                        runnable.run();
                    },
                    name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /**
     * Starts a server on 127.0.0.1 with {@value #DEFAULT_THREADS} worker threads and room for {@value #DEFAULT_QUEUE}
     * waiting requests.
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
        return start(port, customers, engine, clock, DEFAULT_THREADS, DEFAULT_QUEUE);
    }

    /**
     * Starts a server on 127.0.0.1 with a given number of worker threads and waiting requests: beyond {@code threads}
     * requests in work and {@code queue} waiting, the server answers {@code 503} with {@code Retry-After: 1}.
     *
     * @param port the port, or 0 for any free port (see {@link #uri()})
     * @param customers the customers it answers for; ids must be distinct
     * @param engine the segments, in priority order
     * @param clock the time requests are evaluated at
     * @param threads how many requests are read and answered at the same time, at least 1
     * @param queue how many requests may wait for a worker, at least 1
     * @return the running server; close it to stop it
     * @throws IOException if the port cannot be bound
     * @throws IllegalArgumentException if {@code port} is outside 0–65535, {@code threads} or {@code queue} is below
     *     1, or two customers share an id
     * @since 0.2.0
     */
    public static PersonalisationServer start(
            int port, List<Customer> customers, SegmentEngine<Customer> engine, Clock clock, int threads, int queue)
            throws IOException {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be between 0 and 65535, was " + port);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        if (queue < 1) {
            throw new IllegalArgumentException("queue must be at least 1, was " + queue);
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
        PersonalisationServer started = new PersonalisationServer(server, byId, engine, clock, threads, queue);
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
        workers.shutdownNow();
        busy.shutdownNow();
        try {
            workers.awaitTermination(5, TimeUnit.SECONDS);
            busy.awaitTermination(5, TimeUnit.SECONDS);
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
            String method = exchange.getRequestMethod();
            Response response;
            if (ANSWERS_BUSY.get()) {
                response = Response.error(503, "too many requests at once; try again in a second");
            } else {
                try {
                    response = respond(
                            method,
                            exchange.getRequestURI().getRawPath(),
                            exchange.getRequestURI().getRawQuery());
                } catch (RuntimeException e) {
                    LOG.error("request {} {} failed", method, exchange.getRequestURI(), e);
                    response = Response.error(500, "the segments could not be evaluated; see the server log");
                }
            }
            send(exchange, method, response);
        }
    }

    /** Sends the answer; to {@code HEAD}, the headers {@code GET} would have, {@code Content-Length} included. */
    private static void send(HttpExchange exchange, String method, Response response) throws IOException {
        byte[] body = JSON.writeValueAsBytes(response.body());
        Headers headers = exchange.getResponseHeaders();
        headers.set("Content-Type", "application/json; charset=utf-8");
        if (response.status() == 405) {
            headers.set("Allow", ALLOWED);
        }
        if (response.status() == 503) {
            headers.set("Retry-After", "1");
        }
        if (method.equals("HEAD")) {
            // The JDK writes no Content-Length for HEAD itself: given -1 it sends the headers set here, and no body.
            headers.set("Content-Length", Integer.toString(body.length));
            exchange.sendResponseHeaders(response.status(), -1);
            return;
        }
        exchange.sendResponseHeaders(response.status(), body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private record Response(int status, Map<String, Object> body) {
        static Response error(int status, String message) {
            return new Response(status, Map.of("error", message));
        }
    }

    private Response respond(String method, String path, String query) {
        Matcher matcher = PATH.matcher(path == null ? "" : path);
        if (!matcher.matches()) {
            return Response.error(404, "no such resource; try /customers/{id}/segments");
        }
        if (!method.equals("GET") && !method.equals("HEAD")) {
            return Response.error(405, "only GET and HEAD are supported, not " + method);
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
