package io.segmentation.logging;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;

/**
 * The events logged to one logger while a test captures it, at a level the test chooses; every other logger is off.
 *
 * <pre>{@code
 * try (RecordedLogs logs = RecordedLogs.capture(SegmentEngine.class, Level.DEBUG)) {
 *     SegmentEngine.of(vip, lapsed);
 *     assertThat(logs.messages(Level.DEBUG)).anyMatch(m -> m.startsWith("SegmentEngine built: 2 segments"));
 * }
 * }</pre>
 */
public final class RecordedLogs implements AutoCloseable {

    /** One logged event: its level, the message formatted, and the arguments as given. */
    public record Event(Level level, String message, List<Object> arguments) {}

    private static final Map<String, RecordedLogs> CAPTURES = new ConcurrentHashMap<>();
    private static final Map<String, RecordingLogger> LOGGERS = new ConcurrentHashMap<>();

    private final String name;
    private final Level threshold;
    private final List<Event> events = new CopyOnWriteArrayList<>();

    private RecordedLogs(String name, Level threshold) {
        this.name = name;
        this.threshold = threshold;
    }

    /**
     * Records what the logger named after {@code type} logs at {@code threshold} or more severe, until closed.
     *
     * @param type the class whose logger to capture
     * @param threshold the least severe level enabled
     * @return the capture
     */
    public static RecordedLogs capture(Class<?> type, Level threshold) {
        RecordedLogs logs = new RecordedLogs(type.getName(), threshold);
        if (CAPTURES.putIfAbsent(logs.name, logs) != null) {
            throw new IllegalStateException("logger " + logs.name + " is already captured");
        }
        return logs;
    }

    /**
     * The events recorded so far, in order.
     *
     * @return the events
     */
    public List<Event> events() {
        return List.copyOf(events);
    }

    /**
     * The messages recorded at one level, in order.
     *
     * @param level the level
     * @return the formatted messages
     */
    public List<String> messages(Level level) {
        return events.stream()
                .filter(e -> e.level() == level)
                .map(Event::message)
                .toList();
    }

    @Override
    public void close() {
        CAPTURES.remove(name, this);
    }

    static Logger logger(String name) {
        return LOGGERS.computeIfAbsent(name, RecordingLogger::new);
    }

    private static boolean enabled(String name, Level level) {
        RecordedLogs logs = CAPTURES.get(name);
        return logs != null && level.toInt() >= logs.threshold.toInt();
    }

    /** A logger that hands enabled events to the capture of its name. */
    private static final class RecordingLogger extends LegacyAbstractLogger {
        private static final long serialVersionUID = 1L;

        RecordingLogger(String name) {
            this.name = name;
        }

        @Override
        public boolean isTraceEnabled() {
            return enabled(name, Level.TRACE);
        }

        @Override
        public boolean isDebugEnabled() {
            return enabled(name, Level.DEBUG);
        }

        @Override
        public boolean isInfoEnabled() {
            return enabled(name, Level.INFO);
        }

        @Override
        public boolean isWarnEnabled() {
            return enabled(name, Level.WARN);
        }

        @Override
        public boolean isErrorEnabled() {
            return enabled(name, Level.ERROR);
        }

        @Override
        protected String getFullyQualifiedCallerName() {
            return null;
        }

        @Override
        protected void handleNormalizedLoggingCall(
                Level level, Marker marker, String pattern, Object[] arguments, Throwable throwable) {
            RecordedLogs logs = CAPTURES.get(name);
            if (logs != null && level.toInt() >= logs.threshold.toInt()) {
                String message = MessageFormatter.basicArrayFormat(pattern, arguments);
                logs.events.add(new Event(
                        level,
                        message,
                        arguments == null
                                ? List.of()
                                : Collections.unmodifiableList(Arrays.asList(arguments.clone()))));
            }
        }
    }
}
