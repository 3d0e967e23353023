package io.segmentation.internal.report;

import io.segmentation.Segment;
import io.segmentation.metrics.MetricUnit;
import io.segmentation.metrics.SafeCsv;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * How report figures are written: the one place for number formats, markers and the wording of report notes. Formats
 * are fixed ({@link Locale#ROOT}: comma thousands separator, point decimal separator), never the machine's locale, so
 * a report reads the same on every machine.
 */
public final class ReportFormat {

    /** The text of an undefined figure (no data, or no baseline for a per-segment metric). */
    public static final String UNDEFINED = "–";

    /** The text of a suppressed figure other than the size. */
    public static final String SUPPRESSED = "*";

    /** The text of every figure withheld by secondary suppression. */
    public static final String SECONDARY = "**";

    /** The marker in front of a noisy figure of a differentially private report. */
    public static final String NOISY = "~";

    /** The note explaining secondary suppression. */
    public static final String SECONDARY_NOTE =
            "withheld too: with the figures shown, they would give a small group's figures away";

    /** The note explaining undefined figures. */
    public static final String UNDEFINED_NOTE = "undefined: no data, or no population figure for a per-segment metric";

    /** The note explaining lift. */
    public static final String LIFT_NOTE =
            "the segment's figure divided by the population's (×); for scores, the difference in points";

    private ReportFormat() {}

    /**
     * A figure as its unit asks: COUNT {@code 1,234}, MONEY {@code 12,345.67}, FRACTION {@code 12.3%}, RATE
     * {@code 2.35}, SCORE {@code +12.0}; {@link #UNDEFINED} for {@code NaN}, {@code ∞} for infinities.
     *
     * @param unit the unit
     * @param value the figure
     * @return its text
     */
    public static String value(MetricUnit unit, double value) {
        if (Double.isNaN(value)) {
            return UNDEFINED;
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "∞" : "-∞";
        }
        return switch (unit) {
            case COUNT -> String.format(Locale.ROOT, "%,d", rounded(value, 0).toBigInteger());
            case MONEY, RATE -> String.format(Locale.ROOT, "%,.2f", rounded(value, 2));
            case FRACTION -> String.format(Locale.ROOT, "%.1f%%", rounded(value * 100, 1));
            case SCORE -> {
                BigDecimal score = rounded(value, 1);
                yield String.format(Locale.ROOT, score.signum() == 0 ? "%.1f" : "%+.1f", score);
            }
        };
    }

    /**
     * A lift: a ratio as {@code ×1.42}, or for {@link MetricUnit#SCORE} a difference as {@code +3.5 pts}; the empty
     * string for {@code NaN}.
     *
     * @param unit the unit of the figures compared
     * @param lift the lift
     * @return its text
     */
    public static String lift(MetricUnit unit, double lift) {
        if (Double.isNaN(lift)) {
            return "";
        }
        if (Double.isInfinite(lift)) {
            return lift > 0 ? "×∞" : "×-∞";
        }
        if (unit == MetricUnit.SCORE) {
            BigDecimal points = rounded(lift, 1);
            return String.format(Locale.ROOT, points.signum() == 0 ? "%.1f pts" : "%+.1f pts", points);
        }
        return String.format(Locale.ROOT, "×%.2f", rounded(lift, 2));
    }

    /**
     * The text of a suppressed size: {@code <10}.
     *
     * @param minimumSize the report's minimum segment size
     * @return the marker
     */
    public static String suppressedSize(int minimumSize) {
        return "<" + minimumSize;
    }

    /**
     * A figure for machines (CSV, JSON), as {@link io.segmentation.metrics.SafeCsv#number(double)} writes it: a plain
     * decimal ({@code 1234}, {@code 0.3333333333333333}, {@code 25116329.43}), Java's exponent form only for
     * magnitudes below 10<sup>-7</sup> or from 10<sup>21</sup>; {@code Infinity}, {@code -Infinity} and {@code NaN}
     * as Java writes them.
     *
     * @param value the figure
     * @return its text, which {@link Double#parseDouble} reads back to the same {@code double}
     */
    public static String raw(double value) {
        return SafeCsv.number(value);
    }

    /**
     * The name a segment goes by in reports: its name, or its query text when it has none.
     *
     * @param segment the segment
     * @return its label
     */
    public static String label(Segment<?> segment) {
        return segment.name().orElseGet(segment::toString);
    }

    /**
     * A number of members: {@code 1 member}, {@code 10 members}.
     *
     * @param n the number
     * @return the phrase
     */
    public static String members(int n) {
        return value(MetricUnit.COUNT, n) + (n == 1 ? " member" : " members");
    }

    /**
     * A label in single quotes, for messages.
     *
     * @param segment the segment
     * @return e.g. {@code 'vip'}
     */
    public static String quoted(Segment<?> segment) {
        return "'" + label(segment) + "'";
    }

    /**
     * The note explaining suppression.
     *
     * @param minimumSize the report's minimum segment size
     * @return the note's text, without a marker
     */
    public static String suppressionNote(int minimumSize) {
        return "fewer than " + members(minimumSize) + ": figures withheld so that small groups cannot be singled out";
    }

    /**
     * The text with every lone surrogate (half of a UTF-16 pair without its other half) replaced by U+FFFD, so that
     * it can always be encoded, e.g. as UTF-8; well-formed text is returned as it is.
     *
     * @param text any text
     * @return well-formed text
     */
    public static String wellFormed(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean lone = Character.isHighSurrogate(c)
                    ? i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))
                    : Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)));
            if (lone && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (out != null) {
                out.append(lone ? '\uFFFD' : c);
            }
        }
        return out == null ? text : out.toString();
    }

    /**
     * The note explaining noisy figures.
     *
     * @param epsilon the report's privacy budget
     * @return the note's text, without a marker
     */
    public static String noiseNote(double epsilon) {
        return "noisy: every figure carries Laplace noise for differential privacy (epsilon " + raw(epsilon)
                + " for the whole report); figures are not exact and need not add up";
    }

    private static BigDecimal rounded(double value, int decimals) {
        // BigDecimal has no negative zero: -0.001 prints as "0.00", not "-0.00"
        return new BigDecimal(Double.toString(value)).setScale(decimals, RoundingMode.HALF_UP);
    }
}
