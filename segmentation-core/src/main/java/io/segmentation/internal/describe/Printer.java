package io.segmentation.internal.describe;

import io.segmentation.Condition;
import io.segmentation.Criterion;
import io.segmentation.CriterionVisitor;
import io.segmentation.TimePoint;
import io.segmentation.attribute.Attribute;
import io.segmentation.attribute.EventProperty;
import io.segmentation.attribute.ValueType;
import io.segmentation.attribute.Window;
import io.segmentation.internal.vocabulary.BuiltIn;
import io.segmentation.internal.vocabulary.Defined;
import io.segmentation.internal.vocabulary.OperatorCatalogue;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.StringJoiner;

/**
 * Writes criteria in the canonical text of the query language. The output parses back to an equal criterion, and
 * printing that again gives the same text.
 *
 * @param <T> the subject type
 */
public final class Printer<T> implements CriterionVisitor<T, String> {

    private Printer() {}

    /**
     * The canonical text of a criterion.
     *
     * @param criterion the criterion
     * @param <T> the subject type
     * @return the text
     * @throws IllegalArgumentException if the criterion has no text form, naming the part that has none
     */
    public static <T> String print(Criterion<T> criterion) {
        return criterion.accept(new Printer<>());
    }

    @Override
    public <V> String visitComparison(Criterion.Comparison<T, V> comparison) {
        Condition<V> condition = comparison.condition();
        OperatorCatalogue row = OperatorCatalogue.of(condition);
        return attribute(comparison.attribute(), Typing.inferred(condition)) + " "
                + operator(row.text(), row, condition);
    }

    @Override
    public String visitPresence(Criterion.Presence<T> presence) {
        OperatorCatalogue row = OperatorCatalogue.PRESENCE;
        return attribute(presence.attribute(), ValueType.TEXT) + " "
                + (presence.present() ? row.text() : row.textNegated());
    }

    @Override
    public String visitAnd(Criterion.And<T> and) {
        return join(and.operands(), " AND ");
    }

    @Override
    public String visitOr(Criterion.Or<T> or) {
        return join(or.operands(), " OR ");
    }

    /**
     * {@code NOT} before anything but the comparisons that have a negated operator: those print as {@code !=},
     * {@code NOT IN} and {@code IS NOT TRUE/FALSE}, which read back as this very {@code not}. So printing never adds a
     * level of nesting that the text limits ({@link QueryLimits#maxDepth()}) would count.
     */
    @Override
    public String visitNot(Criterion.Not<T> not) {
        if (not.operand() instanceof Criterion.Comparison<T, ?> comparison) {
            String negated = negated(comparison);
            if (negated != null) {
                return negated;
            }
        }
        return "NOT " + operand(not.operand());
    }

    private static <T, V> String negated(Criterion.Comparison<T, V> comparison) {
        Condition<V> condition = comparison.condition();
        OperatorCatalogue row = OperatorCatalogue.of(condition);
        if (row.textNegated() == null) {
            return null;
        }
        return attribute(comparison.attribute(), Typing.inferred(condition)) + " "
                + operator(row.textNegated(), row, condition);
    }

    /** A condition's operator and operands from one of its row's templates, with {@code IGNORING CASE} if it does. */
    private static String operator(String template, OperatorCatalogue row, Object condition) {
        List<String> operands = new ArrayList<>();
        for (Object operand : row.operands(condition)) {
            operands.add(written(operand));
        }
        return OperatorCatalogue.fill(template, operands)
                + (row.ignoresCase(condition) ? OperatorCatalogue.TEXT_IGNORING_CASE : "");
    }

    private static String written(Object operand) {
        if (operand instanceof Double d) {
            return number(d);
        }
        if (operand instanceof String s) {
            return string(s);
        }
        if (operand instanceof Collection<?> c) {
            return list(c);
        }
        if (operand instanceof Duration d) {
            return amount(d);
        }
        if (operand instanceof TimePoint p) {
            return point(p);
        }
        if (operand instanceof Boolean b) {
            return b ? "TRUE" : "FALSE";
        }
        throw new IllegalArgumentException("operand " + operand + " has no text form");
    }

    /**
     * A number as the lexer reads it back exactly: plain ({@code 25}, {@code 0.5}, {@code 1000000}) or, as in
     * JavaScript, in exponent form for magnitudes from 1e21 up or below 1e-6 when that is shorter ({@code 1e-300},
     * {@code 1.7976931348623157e308}), so that no number prints longer than about 25 characters.
     */
    static String number(double value) {
        String plain = Format.number(value);
        double magnitude = Math.abs(value);
        if (!Double.isFinite(value) || value == 0 || (magnitude >= 1e-6 && magnitude < 1e21)) {
            return plain;
        }
        BigDecimal exact = BigDecimal.valueOf(value).stripTrailingZeros();
        String digits = exact.unscaledValue().abs().toString();
        int exponent = digits.length() - 1 - exact.scale();
        String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        String scientific = (value < 0 ? "-" : "") + mantissa + "e" + exponent;
        return scientific.length() < plain.length() ? scientific : plain;
    }

    @Override
    public String visitInSegment(Criterion.InSegment<T> inSegment) {
        return "IN SEGMENT " + string(inSegment.segment().name().orElseThrow());
    }

    @Override
    public String visitCustom(Criterion.Custom<T> custom) {
        throw new IllegalArgumentException("custom criterion '" + custom.name()
                + "' has no text form; define a custom Attribute instead to print, parse or store it");
    }

    private String join(List<Criterion<T>> operands, String separator) {
        StringJoiner joined = new StringJoiner(separator);
        for (Criterion<T> c : operands) {
            joined.add(operand(c));
        }
        return joined.toString();
    }

    private String operand(Criterion<T> c) {
        String text = c.accept(this);
        return c instanceof Criterion.And || c instanceof Criterion.Or ? "(" + text + ")" : text;
    }

    /**
     * An attribute reference. Event properties print as their bare key when it is an identifier and the comparison
     * implies their type, as the parser infers it; otherwise as {@code property('key', type)}.
     */
    private static String attribute(Attribute<?, ?> attribute, ValueType inferred) {
        if (attribute instanceof EventProperty
                || (attribute instanceof Defined d && d.definition().builtIn() == BuiltIn.EVENT_PROPERTY)) {
            String key = (String) attribute.parameters().get(0);
            ValueType type = (ValueType) attribute.parameters().get(1);
            if (type == inferred && Typing.isIdentifier(key) && !Typing.isReserved(key)) {
                return key;
            }
        }
        List<Object> parameters = attribute.parameters();
        if (parameters.isEmpty()) {
            return attribute.name();
        }
        StringJoiner args = new StringJoiner(", ", attribute.name() + "(", ")");
        for (Object p : parameters) {
            args.add(argument(p));
        }
        return args.toString();
    }

    private static String argument(Object p) {
        if (p instanceof String s) {
            return string(s);
        }
        if (p instanceof Double d) {
            return number(d);
        }
        if (p instanceof ValueType t) {
            return t.keyword();
        }
        if (p instanceof Window.Last last) {
            return "last: " + amount(last.duration());
        }
        if (p instanceof Window.Between between) {
            return "from: " + between.from() + ", to: " + between.to();
        }
        if (p instanceof Criterion<?> filter) {
            return print(filter);
        }
        throw new IllegalArgumentException(
                "attribute parameter " + p + " (" + p.getClass().getSimpleName() + ") has no text form");
    }

    static String string(String s) {
        StringBuilder out = new StringBuilder("'");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\'':
                    out.append("\\'");
                    break;
                case '\\':
                    out.append("\\\\");
                    break;
                case '\n':
                    out.append("\\n");
                    break;
                case '\t':
                    out.append("\\t");
                    break;
                case '\r':
                    out.append("\\r");
                    break;
                default:
                    if (Character.isISOControl(c) || Character.isSurrogate(c) && !validSurrogateAt(s, i)) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
            }
        }
        return out.append('\'').toString();
    }

    private static boolean validSurrogateAt(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }

    static String amount(Duration duration) {
        if (duration.getNano() != 0) {
            throw new IllegalArgumentException(
                    "duration " + duration + " has no text form: the query language counts whole seconds");
        }
        return Format.duration(duration);
    }

    static String point(TimePoint point) {
        if (point instanceof TimePoint.DurationAgo ago) {
            return "-" + amount(ago.duration());
        }
        if (point instanceof TimePoint.DurationAhead ahead) {
            return "+" + amount(ahead.duration());
        }
        return point.toString();
    }

    private static String list(Collection<?> values) {
        StringJoiner joined = new StringJoiner(", ", "(", ")");
        for (Object v : values) {
            joined.add(v instanceof String s ? string(s) : number((Double) v));
        }
        return joined.toString();
    }
}
