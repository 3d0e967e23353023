package io.segmentation.examples;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The JVM-wide settings of the JDK's built-in HTTP server ({@code com.sun.net.httpserver}) that {@link
 * PersonalisationServer} relies on. The JDK reads them from system properties once, when the first {@code HttpServer}
 * of the JVM is created, so they are set before that and only where the user has not set them on the command line
 * ({@code -Dsun.net.httpserver.maxReqTime=2} wins). They are documented in the {@code jdk.httpserver} module's javadoc
 * (JDK 17 reads every one of them; the times are in seconds, the timer periods in milliseconds):
 *
 * <ul>
 *   <li>{@code sun.net.httpserver.nodelay=true}: {@code TCP_NODELAY} on every accepted connection. The JDK writes a
 *       response's headers and body separately; without it Nagle's algorithm holds the body back until the client
 *       acknowledges the headers, which a client delaying its acknowledgements does after about 40 ms.
 *   <li>{@code sun.net.httpserver.maxReqTime=5}: a request line, headers and body must arrive within 5 seconds of
 *       their first byte, otherwise the connection is closed. The JDK reads a request on a worker thread with blocking
 *       reads, so this is what frees the thread a slow client ("slowloris") holds. A connection that sends nothing at
 *       all is closed after the same time.
 *   <li>{@code sun.net.httpserver.maxRspTime=10}: a response must be taken by the client within 10 seconds.
 *   <li>{@code sun.net.httpserver.idleInterval=10}: a kept-alive connection without a new request is closed after 10
 *       seconds.
 *   <li>{@code sun.net.httpserver.clockTick=1000} and {@code sun.net.httpserver.timerMillis=1000}: the idle and the
 *       request/response timers look every second (the JDK's idle timer otherwise looks every 10 seconds).
 *   <li>{@code jdk.httpserver.maxConnections=1000}: further connections are closed as they are accepted.
 * </ul>
 *
 * <p>The JDK also limits a request to 200 header fields ({@code sun.net.httpserver.maxReqHeaders}) and, in recent JDK
 * 17 updates (17.0.15 has it), to 384 KB of headers ({@code sun.net.httpserver.maxReqHeaderSize}); those defaults are
 * kept.
 */
final class JdkHttpServerSettings {

    /** Seconds a request may take to arrive, from its first byte. */
    static final int MAX_REQUEST_SECONDS = 5;

    private static final Map<String, String> SETTINGS = settings();

    private JdkHttpServerSettings() {}

    private static Map<String, String> settings() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("sun.net.httpserver.nodelay", "true");
        settings.put("sun.net.httpserver.maxReqTime", Integer.toString(MAX_REQUEST_SECONDS));
        settings.put("sun.net.httpserver.maxRspTime", "10");
        settings.put("sun.net.httpserver.idleInterval", "10");
        settings.put("sun.net.httpserver.clockTick", "1000");
        settings.put("sun.net.httpserver.timerMillis", "1000");
        settings.put("jdk.httpserver.maxConnections", "1000");
        return Collections.unmodifiableMap(settings);
    }

    /**
     * Sets each property the user has not set. Takes effect only if no {@code HttpServer} has been created in this JVM
     * yet: the JDK reads the properties once.
     */
    static void applyDefaults() {
        synchronized (JdkHttpServerSettings.class) {
            SETTINGS.forEach((key, value) -> {
                if (System.getProperty(key) == null) {
                    System.setProperty(key, value);
                }
            });
        }
    }

    /**
     * The settings as this JVM has them now (the user's value where one was given).
     *
     * @return property name to value, in the order above
     */
    static Map<String, String> current() {
        Map<String, String> current = new LinkedHashMap<>();
        SETTINGS.keySet().forEach(key -> current.put(key, System.getProperty(key)));
        return current;
    }
}
