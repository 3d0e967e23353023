package io.segmentation.plan;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import io.segmentation.EvaluationContext;
import io.segmentation.internal.model.Regexes;
import java.util.Collection;
import java.util.Locale;
import java.util.Objects;

/**
 * The normal form of a text condition: a {@link Kind} of match, its operands and a {@link CaseMode}.
 *
 * <pre>{@code
 * is("DE"), in("DE", "AT")      EXACT_SET {DE} / {DE, AT}
 * startsWith("10")              PREFIX {10}
 * endsWith(".com")              SUFFIX {.com}
 * contains("eng")               CONTAINS {eng}
 * matches(".*engineer.*")       REGEX {.*engineer.*}
 * isIgnoringCase("Berlin")      EXACT_SET {berlin}, IGNORE_CASE
 * }</pre>
 *
 * <p>Operands are the condition's, in the form the attribute stores its values ({@code country().in("de")} holds
 * {@code DE}, as the built-in country attribute upper-cases codes), and folded to lower case under
 * {@link CaseMode#IGNORE_CASE}, except a regular expression, which is kept as written and matched ignoring case.
 *
 * @since 0.3.0
 */
public final class TextMatch implements NormalForm<String> {

    private final Kind kind;
    private final ImmutableSet<String> operands;
    private final CaseMode caseMode;

    private TextMatch(Kind kind, ImmutableSet<String> operands, CaseMode caseMode) {
        this.kind = kind;
        this.operands = operands;
        this.caseMode = caseMode;
    }

    /**
     * A text match.
     *
     * @param kind the kind of match
     * @param operands the operands: at least one for {@link Kind#EXACT_SET}, exactly one for the other kinds
     * @param caseMode whether case counts
     * @return the match, with operands folded to lower case (but a regular expression) under
     *     {@link CaseMode#IGNORE_CASE}
     * @throws IllegalArgumentException if the number of operands does not fit the kind, or a regular expression is
     *     invalid or over the bounds of {@link io.segmentation.TextCondition.Matches}
     * @throws NullPointerException if an argument or operand is null
     * @since 0.3.0
     */
    public static TextMatch of(Kind kind, Collection<String> operands, CaseMode caseMode) {
        checkNotNull(kind, "kind");
        checkNotNull(operands, "operands");
        checkNotNull(caseMode, "caseMode");
        ImmutableSet.Builder<String> folded = ImmutableSet.builder();
        for (String operand : operands) {
            checkNotNull(operand, "operand");
            folded.add(kind == Kind.REGEX ? operand : caseMode.fold(operand));
        }
        ImmutableSet<String> set = folded.build();
        checkArgument(!set.isEmpty(), "a %s text match needs an operand", kind);
        checkArgument(kind == Kind.EXACT_SET || set.size() == 1, "a %s text match takes one operand: %s", kind, set);
        if (kind == Kind.REGEX) {
            Regexes.compile(set.iterator().next(), caseMode == CaseMode.IGNORE_CASE);
        }
        return new TextMatch(kind, set, caseMode);
    }

    /**
     * A match with one operand.
     *
     * @param kind the kind of match
     * @param operand the operand
     * @param caseMode whether case counts
     * @return the match
     * @throws IllegalArgumentException if a regular expression is invalid or over the bounds
     * @since 0.3.0
     */
    public static TextMatch of(Kind kind, String operand, CaseMode caseMode) {
        return of(kind, ImmutableSet.of(checkNotNull(operand, "operand")), caseMode);
    }

    /**
     * The kind of match.
     *
     * @return the kind
     * @since 0.3.0
     */
    public Kind kind() {
        return kind;
    }

    /**
     * The operands, in the order given: the accepted texts of an {@link Kind#EXACT_SET}, else one operand.
     *
     * @return the operands, never empty
     * @since 0.3.0
     */
    public ImmutableSet<String> operands() {
        return operands;
    }

    /**
     * The only operand of a match that is not an exact set, or the only text of an exact set of one.
     *
     * @return the operand
     * @throws IllegalStateException if the match has several operands
     * @since 0.3.0
     */
    public String operand() {
        if (operands.size() != 1) {
            throw new IllegalStateException("the match has " + operands.size() + " operands: " + operands);
        }
        return operands.iterator().next();
    }

    /**
     * Whether case counts.
     *
     * @return the case mode
     * @since 0.3.0
     */
    public CaseMode caseMode() {
        return caseMode;
    }

    /**
     * Whether a text is accepted.
     *
     * @param value the text
     * @return whether it is accepted
     * @since 0.3.0
     */
    public boolean accepts(String value) {
        checkNotNull(value, "value");
        return switch (kind) {
            case EXACT_SET -> operands.contains(caseMode.fold(value));
            case PREFIX -> caseMode.fold(value).startsWith(operand());
            case SUFFIX -> caseMode.fold(value).endsWith(operand());
            case CONTAINS -> caseMode.fold(value).contains(operand());
            case REGEX ->
                Regexes.compile(operand(), caseMode == CaseMode.IGNORE_CASE).matches(value);
        };
    }

    /**
     * Same as {@link #accepts(String)}.
     *
     * @param value a present text
     * @param context not read
     * @return whether it is accepted
     */
    @Override
    public boolean test(String value, EvaluationContext context) {
        checkNotNull(context, "context");
        return accepts(value);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return checkNotNull(visitor, "visitor").visitText(this);
    }

    @Override
    public boolean equals(Object o) {
        return o == this
                || o instanceof TextMatch other
                        && kind == other.kind
                        && caseMode == other.caseMode
                        && operands.equals(other.operands);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, operands, caseMode);
    }

    /** E.g. {@code EXACT_SET [DE, AT]} or {@code PREFIX [ber] IGNORE_CASE}. */
    @Override
    public String toString() {
        return kind + " " + operands + (caseMode == CaseMode.IGNORE_CASE ? " IGNORE_CASE" : "");
    }

    /**
     * The kinds of text match.
     *
     * @since 0.3.0
     */
    public enum Kind {
        /** The text equals one of the operands ({@code is}, {@code in}). */
        EXACT_SET,
        /** The text starts with the operand ({@code startsWith}). */
        PREFIX,
        /** The text ends with the operand ({@code endsWith}). */
        SUFFIX,
        /** The text contains the operand ({@code contains}). */
        CONTAINS,
        /** The whole text matches the RE2 regular expression in the operand ({@code matches}). */
        REGEX
    }

    /**
     * Whether case counts in a text match.
     *
     * @since 0.3.0
     */
    public enum CaseMode {
        /** Texts compare exactly, case included. */
        EXACT,
        /**
         * Case is ignored: both sides are folded with {@code toLowerCase(Locale.ROOT)} (a regular expression is
         * matched case-insensitively instead).
         */
        IGNORE_CASE;

        /**
         * Folds a text as this mode compares it.
         *
         * @param text the text
         * @return the text lower-cased with {@link Locale#ROOT} under {@link #IGNORE_CASE}, else the text itself
         * @since 0.3.0
         */
        public String fold(String text) {
            checkNotNull(text, "text");
            return this == IGNORE_CASE ? text.toLowerCase(Locale.ROOT) : text;
        }

        /**
         * The mode of a condition's {@code ignoreCase} flag.
         *
         * @param ignoreCase whether case is ignored
         * @return {@link #IGNORE_CASE} or {@link #EXACT}
         * @since 0.3.0
         */
        public static CaseMode of(boolean ignoreCase) {
            return ignoreCase ? IGNORE_CASE : EXACT;
        }
    }
}
