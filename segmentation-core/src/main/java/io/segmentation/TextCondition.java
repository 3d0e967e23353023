package io.segmentation;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import io.segmentation.engine.EvaluationContext;
import io.segmentation.internal.Regexes;
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
        public <R> R accept(ConditionVisitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /**
     * The whole value matches a regular expression. Patterns use RE2 syntax (as in Go and RE2/J): matching takes
     * time linear in the input, whatever the pattern, so patterns from untrusted text cannot cause catastrophic
     * backtracking; in exchange there are no back-references or look-arounds.
     *
     * @param regex the RE2 expression
     * @param ignoreCase whether case is ignored
     */
    record Matches(String regex, boolean ignoreCase) implements TextCondition {
        /** Validates (compiles) the expression. */
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
         * @throws IllegalArgumentException if the expression is invalid, with the reason
         */
        public static Matches of(String regex, boolean ignoreCase) {
            return new Matches(regex, ignoreCase);
        }

        @Override
        public boolean test(String value, EvaluationContext context) {
            return Regexes.compile(regex, ignoreCase).matches(value);
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
