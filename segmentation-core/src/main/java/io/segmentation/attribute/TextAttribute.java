package io.segmentation.attribute;

import io.segmentation.Criterion;
import io.segmentation.TextCondition;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * An attribute with a text value: gender, country, city, industry, an event property. Comparisons are exact unless
 * the method says {@code IgnoringCase} (which folds both sides with {@code toLowerCase(Locale.ROOT)}); every
 * comparison is false when the value is missing.
 *
 * <pre>{@code
 * country().in("DE", "AT", "CH")
 * city().isIgnoringCase("berlin")
 * postalCode().startsWith("10")
 * occupation().matches(".*engineer.*")
 * }</pre>
 *
 * @param <T> the subject type
 * @since 0.1.0
 */
public abstract class TextAttribute<T> extends Attribute<T, String> {

    /**
     * Creates a text attribute.
     *
     * @param name the name, an identifier
     * @param parameters what distinguishes attributes of the same name, may be empty
     */
    protected TextAttribute(String name, List<?> parameters) {
        super(name, String.class, parameters);
    }

    /**
     * The value equals {@code expected} exactly.
     *
     * @param expected the text
     * @return the criterion
     */
    public final Criterion<T> is(String expected) {
        return compare(call("is", expected), () -> new TextCondition.Is(stored(expected), false));
    }

    /**
     * The value equals {@code expected}, ignoring case.
     *
     * @param expected the text
     * @return the criterion
     */
    public final Criterion<T> isIgnoringCase(String expected) {
        return compare(call("isIgnoringCase", expected), () -> new TextCondition.Is(expected, true));
    }

    /**
     * The value is one of {@code values}.
     *
     * @param values at least one text
     * @return the criterion
     */
    public final Criterion<T> in(String... values) {
        required(values, "in", "values");
        return in(Arrays.asList(values));
    }

    /**
     * The value is one of {@code values}.
     *
     * @param values at least one text
     * @return the criterion
     */
    public final Criterion<T> in(Collection<String> values) {
        required(values, "in", "values");
        return compare("in(" + values + ")", () -> TextCondition.In.of(stored(values), false));
    }

    /**
     * The value is one of {@code values}, ignoring case.
     *
     * @param values at least one text
     * @return the criterion
     */
    public final Criterion<T> inIgnoringCase(String... values) {
        required(values, "inIgnoringCase", "values");
        return inIgnoringCase(Arrays.asList(values));
    }

    /**
     * The value is one of {@code values}, ignoring case.
     *
     * @param values at least one text
     * @return the criterion
     */
    public final Criterion<T> inIgnoringCase(Collection<String> values) {
        required(values, "inIgnoringCase", "values");
        return compare("inIgnoringCase(" + values + ")", () -> TextCondition.In.of(values, true));
    }

    /**
     * The value starts with {@code prefix}.
     *
     * @param prefix the prefix
     * @return the criterion
     */
    public final Criterion<T> startsWith(String prefix) {
        return compare(call("startsWith", prefix), () -> new TextCondition.StartsWith(stored(prefix), false));
    }

    /**
     * The value starts with {@code prefix}, ignoring case.
     *
     * @param prefix the prefix
     * @return the criterion
     */
    public final Criterion<T> startsWithIgnoringCase(String prefix) {
        return compare(call("startsWithIgnoringCase", prefix), () -> new TextCondition.StartsWith(prefix, true));
    }

    /**
     * The value ends with {@code suffix}.
     *
     * @param suffix the suffix
     * @return the criterion
     */
    public final Criterion<T> endsWith(String suffix) {
        return compare(call("endsWith", suffix), () -> new TextCondition.EndsWith(stored(suffix), false));
    }

    /**
     * The value ends with {@code suffix}, ignoring case.
     *
     * @param suffix the suffix
     * @return the criterion
     */
    public final Criterion<T> endsWithIgnoringCase(String suffix) {
        return compare(call("endsWithIgnoringCase", suffix), () -> new TextCondition.EndsWith(suffix, true));
    }

    /**
     * The value contains {@code part}.
     *
     * @param part the text looked for
     * @return the criterion
     */
    public final Criterion<T> contains(String part) {
        return compare(call("contains", part), () -> new TextCondition.Contains(stored(part), false));
    }

    /**
     * The value contains {@code part}, ignoring case.
     *
     * @param part the text looked for
     * @return the criterion
     */
    public final Criterion<T> containsIgnoringCase(String part) {
        return compare(call("containsIgnoringCase", part), () -> new TextCondition.Contains(part, true));
    }

    /**
     * The whole value matches the regular expression, in RE2 syntax (linear-time: no back-references or
     * look-arounds). Patterns are bounded so that none is costly to compile or keep: at most
     * {@value TextCondition.Matches#MAX_REPEAT} per counted repeat and in all for nested ones, and a program of at
     * most about {@value TextCondition.Matches#MAX_PROGRAM_SIZE} instructions (see {@link TextCondition.Matches}).
     *
     * <pre>{@code
     * city().matches("(a{1,1000}){1,1000}")
     * // IllegalArgumentException: matches('(a{1,1000}){1,1000}'): pattern '(a{1,1000}){1,1000}' nests counted
     * // repeats to 1,000,000 repetitions in all (…) for attribute 'city'
     * }</pre>
     *
     * @param regex an RE2 expression
     * @return the criterion
     * @throws IllegalArgumentException if the expression is invalid, uses a construct RE2 lacks or exceeds a bound,
     *     naming the attribute, the pattern and the reason
     */
    public final Criterion<T> matches(String regex) {
        return compare(call("matches", regex), () -> TextCondition.Matches.of(regex, false));
    }

    /**
     * The whole value matches the regular expression, ignoring case; bounded as {@link #matches(String)} is.
     *
     * @param regex an RE2 expression
     * @return the criterion
     * @throws IllegalArgumentException if the expression is invalid, uses a construct RE2 lacks or exceeds a bound,
     *     naming the attribute, the pattern and the reason
     */
    public final Criterion<T> matchesIgnoringCase(String regex) {
        return compare(call("matchesIgnoringCase", regex), () -> TextCondition.Matches.of(regex, true));
    }

    /**
     * Returns {@code value} in the form this attribute's values are stored in, so that an operand compares as stored;
     * the identity unless overridden. An attribute whose values are always kept in one canonical form overrides it:
     * the built-in {@code country()} stores ISO codes in upper case, as {@code Customer.Builder.country} does, so
     * {@code country().in("de")} is {@code country().in("DE")}, in Java, the query language and JSON alike.
     *
     * <p>Applied to the operand of {@code is}, {@code in}, {@code startsWith}, {@code endsWith} and {@code contains}
     * before the criterion is built (so the criterion, its text and its JSON hold the stored form). The
     * {@code …IgnoringCase} operators and regular expressions take their operand as written.
     *
     * @param value an operand, never null
     * @return the operand as the attribute stores such values; the same value by default
     * @since 0.2.0
     */
    protected String canonical(String value) {
        return value;
    }

    private String stored(String value) {
        return value == null ? null : canonical(value);
    }

    private List<String> stored(Collection<String> values) {
        List<String> out = new ArrayList<>(values.size());
        for (String value : values) {
            out.add(stored(value));
        }
        return out;
    }

    @Override
    final Class<?> getFamily() {
        return TextAttribute.class;
    }

    private static String call(String operator, String operand) {
        return operator + "(" + (operand == null ? "null" : "'" + operand + "'") + ")";
    }
}
