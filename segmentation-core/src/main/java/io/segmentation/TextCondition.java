package io.segmentation;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import io.segmentation.internal.model.PatternBudget;
import io.segmentation.internal.model.Regexes;
import io.segmentation.plan.TextMatch;
import io.segmentation.plan.TextMatch.CaseMode;
import io.segmentation.plan.TextMatch.Kind;
import java.util.Collection;
import java.util.Locale;

/**
 * Conditions on text. Case-insensitive variants fold both sides with {@code toLowerCase(Locale.ROOT)}; their operand
 * is stored folded, so {@code isIgnoringCase("DE")} and {@code isIgnoringCase("de")} are the same condition.
 *
 * @since 0.1.0
 */
public sealed interface TextCondition extends Condition<String> {

    @Override
    default Class<String> valueType() {
        return String.class;
    }

    /**
     * The texts this condition accepts, as a kind of match with operands and a case mode: {@code in("DE", "AT")} is
     * {@code EXACT_SET [DE, AT]}, {@code startsWithIgnoringCase("Ber")} is {@code PREFIX [ber] IGNORE_CASE}. The
     * operands are the condition's, already in the attribute's stored form. {@code match().accepts(v)} equals
     * {@code test(v, context)}.
     *
     * @return the match
     * @since 0.3.0
     */
    TextMatch match();

    /**
     * Same as {@link #match()}.
     *
     * @return the match
     * @since 0.3.0
     */
    @Override
    default TextMatch normalForm() {
        return match();
    }

    /**
     * The value equals {@code expected}.
     *
     * @param expected the expected text (lower-case when {@code ignoreCase})
     * @param ignoreCase whether case is ignored
     */
    record Is(String expected, boolean ignoreCase) implements TextCondition {
        /** Validates and folds the operand. */
        public Is {
            expected = fold(checkNotNull(expected, "value"), ignoreCase);
        }

        @Override
        public boolean test(String value, EvaluationContext context) {
            return fold(value, ignoreCase).equals(expected);
        }

        @Override
        public TextMatch match() {
            return TextMatch.of(Kind.EXACT_SET, expected, CaseMode.of(ignoreCase));
        }

        @Override
        public <R> R accept(ConditionVisitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /**
     * The value equals one of a non-empty set of texts.
     *
     * @param values the accepted texts (lower-case when {@code ignoreCase})
     * @param ignoreCase whether case is ignored
     */
    record In(ImmutableSet<String> values, boolean ignoreCase) implements TextCondition {
        /** Validates, copies and folds the operands. */
        public In {
            checkNotNull(values, "values");
            checkArgument(!values.isEmpty(), "the list of values is empty");
            ImmutableSet.Builder<String> copy = ImmutableSet.builder();
            for (String v : values) {
                copy.add(fold(checkNotNull(v, "value"), ignoreCase));
            }
            values = copy.build();
        }

        /**
         * The condition for the given values.
         *
         * @param values the accepted texts, at least one
         * @param ignoreCase whether case is ignored
         * @return the condition
         */
        public static In of(Collection<String> values, boolean ignoreCase) {
            checkNotNull(values, "values");
            for (String v : values) {
                checkNotNull(v, "value");
            }
            return new In(ImmutableSet.copyOf(values), ignoreCase);
        }

        @Override
        public boolean test(String value, EvaluationContext context) {
            return values.contains(fold(value, ignoreCase));
        }

        @Override
        public TextMatch match() {
            return TextMatch.of(Kind.EXACT_SET, values, CaseMode.of(ignoreCase));
        }

        @Override
        public <R> R accept(ConditionVisitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /**
     * The value starts with {@code prefix}.
     *
     * @param prefix the prefix (lower-case when {@code ignoreCase})
     * @param ignoreCase whether case is ignored
     */
    record StartsWith(String prefix, boolean ignoreCase) implements TextCondition {
        /** Validates and folds the operand. */
        public StartsWith {
            prefix = fold(checkNotNull(prefix, "prefix"), ignoreCase);
        }

        @Override
        public boolean test(String value, EvaluationContext context) {
            return fold(value, ignoreCase).startsWith(prefix);
        }

        @Override
        public TextMatch match() {
            return TextMatch.of(Kind.PREFIX, prefix, CaseMode.of(ignoreCase));
        }

        @Override
        public <R> R accept(ConditionVisitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /**
     * The value ends with {@code suffix}.
     *
     * @param suffix the suffix (lower-case when {@code ignoreCase})
     * @param ignoreCase whether case is ignored
     */
    record EndsWith(String suffix, boolean ignoreCase) implements TextCondition {
        /** Validates and folds the operand. */
        public EndsWith {
            suffix = fold(checkNotNull(suffix, "suffix"), ignoreCase);
        }

        @Override
        public boolean test(String value, EvaluationContext context) {
            return fold(value, ignoreCase).endsWith(suffix);
        }

        @Override
        public TextMatch match() {
            return TextMatch.of(Kind.SUFFIX, suffix, CaseMode.of(ignoreCase));
        }

        @Override
        public <R> R accept(ConditionVisitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /**
     * The value contains {@code part}.
     *
     * @param part the text looked for (lower-case when {@code ignoreCase})
     * @param ignoreCase whether case is ignored
     */
    record Contains(String part, boolean ignoreCase) implements TextCondition {
        /** Validates and folds the operand. */
        public Contains {
            part = fold(checkNotNull(part, "part"), ignoreCase);
        }

        @Override
        public boolean test(String value, EvaluationContext context) {
            return fold(value, ignoreCase).contains(part);
        }

        @Override
        public TextMatch match() {
            return TextMatch.of(Kind.CONTAINS, part, CaseMode.of(ignoreCase));
        }

        @Override
        public <R> R accept(ConditionVisitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /**
     * The whole value matches a regular expression. Patterns use RE2 syntax (as in Go and RE2/J): matching takes
     * time linear in the input, whatever the pattern, so patterns from untrusted text cannot cause catastrophic
     * backtracking; in exchange there are no back-references, look-arounds, atomic groups or possessive quantifiers
     * (a pattern using one is refused with a message naming it).
     *
     * <p>RE2 copies a counted repeat into its program once per count, so {@code (a{1,1000}){1,1000}} — 19
     * characters — would become two million instructions, and matching costs up to one step per instruction per
     * character. Patterns are therefore bounded before they are compiled, and refused with an
     * {@link IllegalArgumentException} that says which bound and by how much:
     *
     * <ul>
     *   <li>a pattern has at most {@value #MAX_LENGTH} characters;
     *   <li>a counted repeat {@code {n}}, {@code {n,}} or {@code {n,m}} counts at most {@value #MAX_REPEAT};
     *   <li>nested counted repeats multiply to at most {@value #MAX_REPEAT} ({@code (a{2}){500}} is the most);
     *   <li>groups nest at most {@value #MAX_GROUP_DEPTH} deep;
     *   <li>the compiled program has at most about {@value #MAX_PROGRAM_SIZE} instructions, estimated from the
     *       pattern from above: a character, class, {@code .} or anchor counts 1, a capture group 2 more,
     *       {@code ?}, {@code +} and {@code |} 1 each, {@code *} 2, and {@code x{n,m}} about {@code m × (size(x) + 1)}.
     *       {@code [0-9]{5}} counts 13, {@code .*engineer.*} 16, {@code x{1,499}} 1 001 (refused; {@code x+} is not).
     * </ul>
     *
     * <p>With these bounds compiling a pattern takes microseconds, and matching a value of length {@code n} takes at
     * most about {@code n × }{@value #MAX_PROGRAM_SIZE} steps.
     *
     * @param regex the RE2 expression
     * @param ignoreCase whether case is ignored
     */
    record Matches(String regex, boolean ignoreCase) implements TextCondition {

        /**
         * The most instructions a pattern's compiled program may have, as estimated from the pattern.
         *
         * @since 0.2.0
         */
        public static final int MAX_PROGRAM_SIZE = PatternBudget.MAX_PROGRAM_SIZE;

        /**
         * The largest count of a counted repeat, and the largest product of the counts of nested counted repeats.
         *
         * @since 0.2.0
         */
        public static final int MAX_REPEAT = PatternBudget.MAX_REPEAT;

        /**
         * The longest pattern, in chars.
         *
         * @since 0.2.0
         */
        public static final int MAX_LENGTH = PatternBudget.MAX_LENGTH;

        /**
         * The deepest nesting of groups in a pattern.
         *
         * @since 0.2.0
         */
        public static final int MAX_GROUP_DEPTH = PatternBudget.MAX_GROUP_DEPTH;

        /**
         * Validates the expression: checks it against the bounds above, then compiles it.
         *
         * @param regex the RE2 expression
         * @param ignoreCase whether case is ignored
         * @throws IllegalArgumentException if the expression is invalid, uses a construct RE2 lacks or exceeds a bound
         */
        public Matches {
            checkNotNull(regex, "regex");
            Regexes.compile(regex, ignoreCase);
        }

        /**
         * Compiles {@code regex}.
         *
         * @param regex an RE2 expression
         * @param ignoreCase whether case is ignored
         * @return the condition
         * @throws IllegalArgumentException if the expression is invalid, uses a construct RE2 lacks or exceeds a bound
         *     (see {@link Matches}), with the reason
         */
        public static Matches of(String regex, boolean ignoreCase) {
            return new Matches(regex, ignoreCase);
        }

        @Override
        public boolean test(String value, EvaluationContext context) {
            return Regexes.compile(regex, ignoreCase).matches(value);
        }

        @Override
        public TextMatch match() {
            return TextMatch.of(Kind.REGEX, regex, CaseMode.of(ignoreCase));
        }

        @Override
        public <R> R accept(ConditionVisitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    private static String fold(String text, boolean ignoreCase) {
        return ignoreCase ? text.toLowerCase(Locale.ROOT) : text;
    }
}
