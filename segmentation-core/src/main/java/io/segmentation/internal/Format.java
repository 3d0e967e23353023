package io.segmentation.internal;

import io.segmentation.Criterion;
import io.segmentation.Segment;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Period;
import java.util.Collection;
import java.util.StringJoiner;

/** How values are written in explanations, descriptions and messages: the one place for that wording. */
public final class Format {

    private Format() {}

    /**
     * A number without a spurious fraction: {@code 25}, {@code 59.9}.
     *
     * @param value the number
     * @return its text
     */
    public static String number(double value) {
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /**
     * Numbers separated by commas.
     *
     * @param values the numbers
     * @return their text
     */
    public static String numbers(double... values) {
        StringJoiner joined = new StringJoiner(", ");
        for (double v : values) {
            joined.add(number(v));
        }
        return joined.toString();
    }

    /**
     * A duration: whole days as {@code 30d}, anything else in ISO-8601 ({@code PT12H}).
     *
     * @param duration the duration
     * @return its text
     */
    public static String duration(Duration duration) {
        if (!duration.isZero() && duration.equals(Duration.ofDays(duration.toDays()))) {
            return duration.toDays() + "d";
        }
        return duration.toString();
    }

    /**
     * A period: {@code 3m} for months, {@code 2y} for years, {@code 10d} for days, ISO-8601 otherwise.
     *
     * @param period the period
     * @return its text
     */
    public static String period(Period period) {
        if (period.getYears() == 0 && period.getMonths() == 0) {
            return period.getDays() + "d";
        }
        if (period.getDays() == 0 && period.getYears() == 0) {
            return period.getMonths() + "m";
        }
        if (period.getDays() == 0 && period.getMonths() == 0) {
            return period.getYears() + "y";
        }
        return period.toString();
    }

    /**
     * Any value as it appears in explanations: numbers plain, texts quoted, collections bracketed.
     *
     * @param value the value
     * @return its text
     */
    public static String value(Object value) {
        if (value == null) {
            return "missing";
        }
        if (value instanceof Double d) {
            return number(d);
        }
        if (value instanceof Number n) {
            return number(n.doubleValue());
        }
        if (value instanceof String s) {
            return quote(s);
        }
        if (value instanceof Duration d) {
            return duration(d);
        }
        if (value instanceof Collection<?> c) {
            StringJoiner joined = new StringJoiner(", ", "[", "]");
            for (Object o : c) {
                joined.add(value(o));
            }
            return joined.toString();
        }
        if (value instanceof Criterion<?> c) {
            return CriterionDescriber.describe(c);
        }
        if (value instanceof Segment<?> s) {
            return s.name().map(Format::quote).orElseGet(s::toString);
        }
        return value.toString();
    }

    /**
     * A text in single quotes, with quotes and backslashes escaped.
     *
     * @param text the text
     * @return the quoted text
     */
    public static String quote(String text) {
        return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}
