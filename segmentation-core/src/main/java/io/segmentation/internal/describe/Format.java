package io.segmentation.internal.describe;

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
     * A duration in its largest whole unit: {@code 30d}, {@code 12h}, {@code 90min}, {@code 45s}; ISO-8601 for
     * fractions of a second. These are also the units of the query language.
     *
     * @param duration the duration
     * @return its text
     */
    public static String duration(Duration duration) {
        if (duration.isZero() || duration.getNano() != 0) {
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
     * A period of whole months (or years), as months: {@code 3m}.
     *
     * @param period the period, without days
     * @return its text
     */
    public static String period(Period period) {
        return period.toTotalMonths() + "m";
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
