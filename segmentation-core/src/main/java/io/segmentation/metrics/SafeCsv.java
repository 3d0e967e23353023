package io.segmentation.metrics;

import static com.google.common.base.Preconditions.checkNotNull;

import io.segmentation.internal.report.ReportFormat;
import java.math.BigDecimal;

/**
 * CSV fields (RFC 4180) that a spreadsheet opens as data, never as a formula: the one writer of CSV cells behind
 * {@link SegmentReport#toCsv()}, for exports of your own (member ids, segment names) too.
 *
 * <p>The rule, after OWASP's "CSV Injection" guidance:
 *
 * <ul>
 *   <li><b>Text</b> ({@link #text(String)}) — names, labels, ids, anything a person or a data source chose: a field
 *       that starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return is neutralised by a
 *       leading single quote ({@code '}) and quoted, so {@code =HYPERLINK("http://x")} is written as
 *       {@code "'=HYPERLINK(""http://x"")"} and shown as text. Every other field is quoted only when it holds a comma,
 *       a quote or a line break, with quotes doubled. A lone surrogate (half of a UTF-16 pair) becomes U+FFFD, so
 *       the text can always be encoded as UTF-8.
 *   <li><b>Numbers</b> ({@link #number(double)}, {@link #number(BigDecimal)}) — figures the program computed itself:
 *       written as plain decimals ({@code 25116329.43}, never {@code 2.511632943E7}; {@code -3.2} stays a number),
 *       never neutralised, since a number is not a formula and a quote would turn it into text.
 * </ul>
 *
 * <p>So a text field that happens to look like a negative number ({@code -42} as a customer id) is neutralised too:
 * it is shown as the text {@code '-42} rather than read as a number. Write figures with {@link #number(double)}.
 *
 * <pre>{@code
 * String line = SafeCsv.text(customer.id()) + "," + SafeCsv.text(segment.name().orElse("")) + ","
 *         + SafeCsv.number(revenue) + "\r\n";
 * }</pre>
 *
 * @since 0.2.0
 */
public final class SafeCsv {

    private SafeCsv() {}

    /**
     * A text field, neutralised against formula injection and quoted where RFC 4180 needs it.
     *
     * @param text any text, empty included
     * @return the field as written between the commas
     * @throws NullPointerException if {@code text} is null
     */
    public static String text(String text) {
        checkNotNull(text, "text");
        String clean = ReportFormat.wellFormed(text);
        boolean formula = !clean.isEmpty() && isTrigger(clean.charAt(0));
        String value = formula ? "'" + clean : clean;
        boolean quote = formula
                || value.indexOf(',') >= 0
                || value.indexOf('"') >= 0
                || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0;
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }

    /**
     * A figure as a plain decimal: integral values without a fraction ({@code 1234}), others in the fewest digits that
     * read back as the same {@code double} ({@code 0.25}, {@code 25116329.43}, {@code -3.2}); only magnitudes below
     * 10<sup>-7</sup> or from 10<sup>21</sup> keep Java's exponent form ({@code 1.0E-9}) rather than dozens of
     * zeros. {@code NaN} and infinities are written as Java writes them.
     *
     * @param value the figure
     * @return the field, which {@link Double#parseDouble} reads back to the same {@code double}
     */
    public static String number(double value) {
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        double magnitude = Math.abs(value);
        if (magnitude < 1e-7 || magnitude >= 1e21) {
            return Double.toString(value);
        }
        return new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
    }

    /**
     * An exact amount as a plain decimal, scale kept: {@code 25116329.43}.
     *
     * @param value the amount
     * @return the field
     * @throws NullPointerException if {@code value} is null
     */
    public static String number(BigDecimal value) {
        checkNotNull(value, "value");
        return value.toPlainString();
    }

    /**
     * Whether a text starting with this character would be read as a formula: {@code = + - @}, tab or carriage
     * return.
     */
    private static boolean isTrigger(char first) {
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }
}
