package io.segmentation.jackson;

import io.segmentation.TimePoint;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times as JSON strings, spelt as in the query language: points {@code -30d}, {@code -3m}, {@code +7d}, {@code now},
 * {@code today}, {@code 2026-01-31}, {@code 2026-01-31T10:00:00Z}; durations {@code 30d}, {@code 2w}, {@code 12h},
 * {@code 90min}, {@code 45s}. Durations with fractions of a second, which the query language cannot write, are
 * ISO-8601 ({@code PT0.5S}) so that every duration round-trips.
 */
final class TimeText {

    private static final Pattern AMOUNT = Pattern.compile("([0-9]{1,18})(min|w|d|h|s|m|y)");

    private static final String POINT_EXPECTED =
            "expected a time such as -30d, -3m, +7d, now, today, 2026-01-31 or 2026-01-31T10:00:00Z";
    private static final String DURATION_EXPECTED = "expected a length of time such as 30d, 2w, 12h, 90min or 45s";

    private TimeText() {}

    static String point(TimePoint point) {
        if (point instanceof TimePoint.DurationAgo ago) {
            return "-" + duration(ago.duration());
        }
        if (point instanceof TimePoint.PeriodAgo ago) {
            return "-" + ago.period().toTotalMonths() + "m";
        }
        if (point instanceof TimePoint.DurationAhead ahead) {
            return "+" + duration(ahead.duration());
        }
        // Fixed (Instant#toString), StartOfDay (LocalDate#toString), now and today print as the query language does.
        return point.toString();
    }

    /**
     * Reads a point in time.
     *
     * @throws IllegalArgumentException naming what was expected
     */
    static TimePoint point(String text) {
        if (text.equals("now")) {
            return TimePoint.now();
        }
        if (text.equals("today")) {
            return TimePoint.today();
        }
        if (text.startsWith("-") && text.length() > 1 && !text.matches("-[0-9]+-.*")) {
            Object amount = amount(text.substring(1), POINT_EXPECTED + " but found '" + text + "'");
            return amount instanceof Period period ? TimePoint.ago(period) : TimePoint.ago((Duration) amount);
        }
        if (text.startsWith("+") && text.length() > 1 && !text.matches("\\+[0-9]+-.*")) {
            Object amount = amount(text.substring(1), POINT_EXPECTED + " but found '" + text + "'");
            if (amount instanceof Period) {
                throw new IllegalArgumentException("a time ahead is fixed: use w, d, h, min or s, not months or years,"
                        + " but found '" + text + "'");
            }
            return TimePoint.ahead((Duration) amount);
        }
        try {
            if (text.indexOf('T') < 0) {
                return TimePoint.on(LocalDate.parse(text));
            }
            return TimePoint.at(instant(text));
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(POINT_EXPECTED + " but found '" + text + "'", e);
        }
    }

    static String duration(Duration duration) {
        if (duration.isZero() || duration.isNegative() || duration.getNano() != 0) {
            return duration.toString();
        }
        long seconds = duration.getSeconds();
        if (seconds % 86_400 == 0) {
            return seconds / 86_400 + "d";
        }
        if (seconds % 3_600 == 0) {
            return seconds / 3_600 + "h";
        }
        if (seconds % 60 == 0) {
            return seconds / 60 + "min";
        }
        return seconds + "s";
    }

    /**
     * Reads a fixed length of time; months and years are refused.
     *
     * @throws IllegalArgumentException naming what was expected
     */
    static Duration duration(String text) {
        Object amount = amount(text, DURATION_EXPECTED + " but found '" + text + "'");
        if (amount instanceof Period) {
            throw new IllegalArgumentException(
                    "a length of time is fixed: use w, d, h, min or s, not months or years, but found '" + text + "'");
        }
        return (Duration) amount;
    }

    /** An instant: {@code 2026-01-31T10:00:00Z} or with an offset, {@code 2026-01-31T12:00:00+02:00}. */
    static Instant instant(String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeException e) {
            return OffsetDateTime.parse(text).toInstant();
        }
    }

    private static Object amount(String text, String expected) {
        if (text.startsWith("P")) {
            try {
                return Duration.parse(text);
            } catch (DateTimeException | ArithmeticException e) {
                throw new IllegalArgumentException(expected, e);
            }
        }
        Matcher m = AMOUNT.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException(expected);
        }
        long n = Long.parseLong(m.group(1));
        try {
            return switch (m.group(2)) {
                case "w" -> Duration.ofDays(Math.multiplyExact(n, 7));
                case "d" -> Duration.ofDays(n);
                case "h" -> Duration.ofHours(n);
                case "min" -> Duration.ofMinutes(n);
                case "s" -> Duration.ofSeconds(n);
                case "m" -> Period.ofMonths(Math.toIntExact(n));
                default -> Period.ofMonths(Math.toIntExact(Math.multiplyExact(n, 12)));
            };
        } catch (ArithmeticException | DateTimeException e) {
            throw new IllegalArgumentException("length of time '" + text + "' is too large", e);
        }
    }
}
