package io.segmentation.text;

import static io.segmentation.Attributes.allOf;
import static io.segmentation.Attributes.anyOf;
import static io.segmentation.Attributes.inSegment;
import static io.segmentation.Attributes.not;

import io.segmentation.Criterion;
import io.segmentation.Segment;
import io.segmentation.TimePoint;
import io.segmentation.attribute.Attribute;
import io.segmentation.attribute.BooleanAttribute;
import io.segmentation.attribute.InstantAttribute;
import io.segmentation.attribute.NumberAttribute;
import io.segmentation.attribute.SetAttribute;
import io.segmentation.attribute.TextAttribute;
import io.segmentation.attribute.ValueType;
import io.segmentation.internal.base.Suggestions;
import io.segmentation.internal.vocabulary.OperatorCatalogue;
import io.segmentation.text.TextForms.Resolved;
import io.segmentation.text.Token.Type;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Recursive-descent reader of the query language (grammar in {@code docs/query-language.md}). Precedence, loosest
 * first: {@code OR}, {@code AND}, {@code NOT}, then comparisons and parentheses. Depth is bounded by
 * {@link QueryLimits#maxDepth()}, so hostile nesting fails cleanly instead of overflowing the stack.
 *
 * @param <T> the subject type of the scope
 */
final class QueryReader<T> {

    /**
     * {@code NOT} also negates a whole criterion, so it begins a comparison only when the words after it do too
     * ({@code NOT IN}).
     */
    private static final String CONNECTIVE = "NOT";

    private final Cursor cursor;
    private final Scope<T> scope;

    QueryReader(Cursor cursor, Scope<T> scope) {
        this.cursor = cursor;
        this.scope = scope;
    }

    /** A whole expression: stops before the end, a ')' or a ','. */
    Criterion<T> expression() {
        Token start = cursor.peek();
        List<Criterion<T>> operands = new ArrayList<>();
        operands.add(conjunction());
        while (cursor.acceptKeyword("OR")) {
            operands.add(conjunction());
        }
        return nested(start, () -> anyOf(operands));
    }

    private Criterion<T> conjunction() {
        Token start = cursor.peek();
        List<Criterion<T>> operands = new ArrayList<>();
        operands.add(unary());
        while (cursor.acceptKeyword("AND")) {
            operands.add(unary());
        }
        return nested(start, () -> allOf(operands));
    }

    private Criterion<T> unary() {
        Token t = cursor.peek();
        if (t.isKeyword("NOT")) {
            cursor.next();
            cursor.enter(t);
            Criterion<T> operand = unary();
            cursor.exit();
            return nested(t, () -> not(operand));
        }
        return primary();
    }

    /**
     * Combines criteria; a tree deeper than {@link Criterion#MAX_DEPTH} (through long chains of segment references,
     * or a text depth limit raised far above the default) is a syntax error at {@code at}.
     */
    private Criterion<T> nested(Token at, Supplier<Criterion<T>> combine) {
        try {
            return combine.get();
        } catch (IllegalArgumentException e) {
            throw cursor.error(at, e.getMessage());
        }
    }

    private Criterion<T> primary() {
        Token t = cursor.peek();
        if (t.is(Type.LEFT_PAREN)) {
            cursor.next();
            cursor.enter(t);
            Criterion<T> inner = expression();
            cursor.expect(Type.RIGHT_PAREN, "')' to close the '(' at line " + t.line() + ", column " + t.column());
            cursor.exit();
            return inner;
        }
        if (t.isKeyword("IN") && cursor.peek(1).isKeyword("SEGMENT")) {
            cursor.next();
            cursor.next();
            Token name = cursor.expect(Type.STRING, "the segment name in quotes");
            Segment<T> segment = scope.segment((String) name.value(), name, cursor);
            return nested(t, () -> inSegment(segment));
        }
        return comparison();
    }

    private Criterion<T> comparison() {
        Scope.PendingAttribute<T> pending = scope.attribute(cursor);
        Predicate predicate = predicate(pending.token());
        Attribute<T, ?> attribute = pending.build(predicate.inferredType());
        return predicate.apply(attribute);
    }

    private Predicate predicate(Token attribute) {
        Token op = cursor.peek();
        Predicate p;
        if (op.is(Type.OPERATOR)) {
            cursor.next();
            p = new Predicate(op.text() + " {0}", op, List.of(literal()));
        } else if (op.isKeyword("IS")) {
            cursor.next();
            boolean negated = cursor.acceptKeyword("NOT");
            Token what = cursor.expect(Type.IDENTIFIER, "MISSING, PRESENT, TRUE, FALSE or EMPTY after IS");
            p = new Predicate(is(what, negated), op, List.of(what));
        } else {
            List<String[]> candidates = candidates(op);
            if (candidates.isEmpty()) {
                String suggestion = op.is(Type.IDENTIFIER)
                        ? Suggestions.closest(op.text().toUpperCase(java.util.Locale.ROOT), TextForms.FIRST_WORDS)
                        : null;
                throw cursor.error(
                        op,
                        "expected a comparison after '" + attribute.text()
                                + "' (=, !=, <, <=, >, >=, BETWEEN, IN, CONTAINS, STARTS WITH, ENDS WITH, MATCHES,"
                                + " WITHIN, IS) but found " + op.describe(),
                        suggestion);
            }
            p = keywords(op, candidates);
        }
        if (cursor.peek().isKeyword("IGNORING")) {
            Token ignoring = cursor.next();
            cursor.expectKeyword("CASE");
            p = p.ignoringCase(ignoring);
        }
        return p;
    }

    /** The catalogue's text forms, as words and placeholders, that can begin at {@code op}. */
    private List<String[]> candidates(Token op) {
        List<String[]> candidates = new ArrayList<>();
        for (String form : TextForms.ALL) {
            String[] words = form.split(" ");
            if (TextForms.isPlaceholder(words[0]) || !op.isKeyword(words[0])) {
                continue;
            }
            if (words[0].equals(CONNECTIVE)
                    && (words.length < 2 || !cursor.peek(1).isKeyword(words[1]))) {
                continue;
            }
            candidates.add(words);
        }
        return candidates;
    }

    /**
     * Reads a comparison written with words ({@code STARTS WITH 'a'}, {@code CONTAINS ANY ('a')},
     * {@code BETWEEN 1 AND 2}): follows the leading words of the candidate forms as far as the input does, then reads
     * the one form left, its operands and the words between them.
     */
    private Predicate keywords(Token op, List<String[]> candidates) {
        cursor.next();
        List<String[]> live = candidates;
        int i = 1;
        while (true) {
            int at = i;
            List<String[]> wordMatches = new ArrayList<>();
            List<String[]> rest = new ArrayList<>();
            for (String[] words : live) {
                if (words.length <= at || TextForms.isPlaceholder(words[at])) {
                    rest.add(words);
                } else if (cursor.peek().isKeyword(words[at])) {
                    wordMatches.add(words);
                }
            }
            if (!wordMatches.isEmpty()) {
                cursor.next();
                live = wordMatches;
                i++;
            } else if (!rest.isEmpty()) {
                live = rest;
                break;
            } else {
                Token found = cursor.peek();
                throw cursor.error(found, "expected " + live.get(0)[at] + " but found " + found.describe());
            }
        }
        String[] words = live.get(0);
        String form = String.join(" ", words);
        List<Token> operands = new ArrayList<>();
        for (int w = i; w < words.length; w++) {
            if (!TextForms.isPlaceholder(words[w])) {
                cursor.expectKeyword(words[w]);
            } else if (TextForms.takesList(form)) {
                operands.addAll(list());
            } else {
                operands.add(literal());
            }
        }
        return new Predicate(form, op, operands);
    }

    /**
     * The form of {@code IS [NOT] word}: a presence test, {@code IS EMPTY}, or a boolean ({@code IS {0}} with
     * {@code TRUE} or {@code FALSE} as its operand).
     */
    private String is(Token what, boolean negated) {
        String w = what.text().toUpperCase(java.util.Locale.ROOT);
        String operand = w.equals("TRUE") || w.equals("FALSE") ? "{0}" : w;
        String form = "IS " + (negated ? "NOT " : "") + operand;
        if (TextForms.ALL.contains(form)) {
            return form;
        }
        if (negated && TextForms.ALL.contains("IS " + operand)) {
            throw cursor.error(what, "IS NOT " + w + " is not supported; write NOT x IS " + w);
        }
        throw cursor.error(
                what,
                "expected MISSING, PRESENT, TRUE, FALSE or EMPTY after IS but found " + what.describe(),
                Suggestions.closest(w, List.of("MISSING", "PRESENT", "TRUE", "FALSE", "EMPTY")));
    }

    private Token literal() {
        Token t = cursor.peek();
        switch (t.type()) {
            case STRING:
            case NUMBER:
            case AMOUNT:
            case AGO:
            case AHEAD:
            case DATE:
            case INSTANT:
                return cursor.next();
            case IDENTIFIER:
                if (t.isKeyword("now") || t.isKeyword("today") || t.isKeyword("true") || t.isKeyword("false")) {
                    return cursor.next();
                }
                break;
            default:
                break;
        }
        throw cursor.error(
                t,
                "expected a value (text in quotes, a number, a time such as -30d or 2026-01-31) but found "
                        + t.describe());
    }

    private List<Token> list() {
        Token open = cursor.expect(Type.LEFT_PAREN, "'(' to start a list of values");
        List<Token> values = new ArrayList<>();
        do {
            if (values.size() >= cursor.limits.maxListSize()) {
                throw cursor.error(cursor.peek(), "list is longer than the limit of " + cursor.limits.maxListSize());
            }
            values.add(literal());
        } while (cursor.peek().is(Type.COMMA) && cursor.next() != null);
        cursor.expect(
                Type.RIGHT_PAREN, "',' or ')' in the list opened at line " + open.line() + ", column " + open.column());
        return values;
    }

    /** A comparison as written, turned into a criterion once the attribute is known. */
    private final class Predicate {
        private final String form;
        private final Token op;
        private final List<Token> operands;
        private final Token ignoringCase;

        Predicate(String form, Token op, List<Token> operands) {
            this(form, op, operands, null);
        }

        private Predicate(String form, Token op, List<Token> operands, Token ignoringCase) {
            this.form = form;
            this.op = op;
            this.operands = operands;
            this.ignoringCase = ignoringCase;
        }

        Predicate ignoringCase(Token at) {
            return new Predicate(form, op, operands, at);
        }

        /**
         * The family the comparison implies, for attributes whose type the text decides (event properties): the one
         * family of a form that has one, text for a presence test and for {@code CONTAINS 'x'}, else the type of the
         * first operand ({@code = 3}, {@code < -30d}, {@code BETWEEN}, {@code IN}).
         */
        ValueType inferredType() {
            if (op.is(Type.OPERATOR)) {
                return typeOf(operands.get(0));
            }
            if (presence() != null) {
                return ValueType.TEXT;
            }
            Set<ValueType> families = TextForms.families(form);
            if (families.size() == 1) {
                return families.iterator().next();
            }
            if (families.equals(EnumSet.of(ValueType.TEXT, ValueType.SET))) {
                return ValueType.TEXT;
            }
            return typeOf(operands.get(0));
        }

        private Boolean presence() {
            return TextForms.presence(form);
        }

        private Resolved resolve(ValueType family) {
            return TextForms.resolve(form, family);
        }

        private Criterion<T> negatedIf(Resolved r, Criterion<T> criterion) {
            return r.negated() ? not(criterion) : criterion;
        }

        private ValueType typeOf(Token literal) {
            switch (literal.type()) {
                case NUMBER:
                    return ValueType.NUMBER;
                case AGO:
                case AHEAD:
                case DATE:
                case INSTANT:
                    return ValueType.INSTANT;
                case IDENTIFIER:
                    return literal.isKeyword("true") || literal.isKeyword("false")
                            ? ValueType.BOOLEAN
                            : ValueType.INSTANT;
                default:
                    return ValueType.TEXT;
            }
        }

        @SuppressWarnings("unchecked") // the families of Attribute<T, ?> are all over the same T
        Criterion<T> apply(Attribute<T, ?> attribute) {
            Boolean present = presence();
            if (present != null) {
                rejectIgnoringCase(attribute);
                return present ? attribute.isPresent() : attribute.isMissing();
            }
            if (attribute instanceof NumberAttribute) {
                rejectIgnoringCase(attribute);
                return number((NumberAttribute<T>) attribute);
            }
            if (attribute instanceof TextAttribute) {
                return text((TextAttribute<T>) attribute);
            }
            rejectIgnoringCase(attribute);
            if (attribute instanceof BooleanAttribute) {
                return bool((BooleanAttribute<T>) attribute);
            }
            if (attribute instanceof InstantAttribute) {
                return instant((InstantAttribute<T>) attribute);
            }
            if (attribute instanceof SetAttribute) {
                return set((SetAttribute<T>) attribute);
            }
            throw cursor.error(op, "attribute '" + attribute + "' has an unsupported type");
        }

        private Criterion<T> number(NumberAttribute<T> a) {
            if (op.is(Type.OPERATOR)) {
                number(a, operands.get(0));
            }
            Resolved r = resolve(ValueType.NUMBER);
            if (r == null) {
                throw wrongOperator(a, "a number", "=, !=, <, <=, >, >=, BETWEEN, IN or IS MISSING");
            }
            List<?> values = read(r, t -> number(a, t));
            return negatedIf(r, build(() -> r.row().call(a, values, false)));
        }

        private Criterion<T> text(TextAttribute<T> a) {
            if (op.is(Type.OPERATOR)) {
                text(a, operands.get(0));
            }
            Resolved r = resolve(ValueType.TEXT);
            if (r == null) {
                throw wrongOperator(a, "text", "=, !=, IN, STARTS WITH, ENDS WITH, CONTAINS, MATCHES");
            }
            List<?> values = read(r, t -> text(a, t));
            Token at = r.row() == OperatorCatalogue.TEXT_MATCHES ? operands.get(0) : op;
            return negatedIf(r, build(() -> r.row().call(a, values, ignoringCase != null), at));
        }

        private Criterion<T> bool(BooleanAttribute<T> a) {
            if (op.is(Type.OPERATOR)) {
                Token t = operands.get(0);
                if (!(t.isKeyword("true") || t.isKeyword("false"))) {
                    throw wrongValue(a, "a boolean", t);
                }
            }
            Resolved r = resolve(ValueType.BOOLEAN);
            if (r == null) {
                throw wrongOperator(a, "a boolean", "IS TRUE, IS FALSE, = or !=");
            }
            List<?> values = read(r, t -> t.isKeyword("true"));
            return negatedIf(r, build(() -> r.row().call(a, values, false)));
        }

        private Criterion<T> instant(InstantAttribute<T> a) {
            if (op.is(Type.OPERATOR)) {
                time(a, operands.get(0));
            }
            Resolved r = resolve(ValueType.INSTANT);
            if (r == null && op.is(Type.OPERATOR)) {
                throw cursor.error(
                        op,
                        "'" + a + "' is a time: compare it with < or > (both strict), BETWEEN … AND …, or"
                                + " WITHIN; '" + op.text() + "' is not supported");
            }
            if (r == null) {
                throw wrongOperator(a, "a time", "<, >, BETWEEN, WITHIN or IS MISSING");
            }
            List<?> values = read(r, t -> r.row() == OperatorCatalogue.INSTANT_WITHIN ? amount(t) : time(a, t));
            return negatedIf(r, build(() -> r.row().call(a, values, false)));
        }

        private Criterion<T> set(SetAttribute<T> a) {
            Resolved r = resolve(ValueType.SET);
            if (r == null) {
                throw wrongOperator(a, "a set", "CONTAINS, CONTAINS ANY, CONTAINS ALL, IS EMPTY or IS MISSING");
            }
            List<?> values = read(r, t -> text(a, t));
            return negatedIf(r, build(() -> r.row().call(a, values, false)));
        }

        /**
         * The operands as the row's DSL method takes them, each read by {@code read} in order: none, one, a pair, or
         * one list of them all.
         */
        private List<?> read(Resolved r, Function<Token, Object> read) {
            if (r.row().shape() == OperatorCatalogue.Shape.NONE) {
                return List.of();
            }
            List<Object> values = new ArrayList<>();
            for (Token t : operands) {
                values.add(read.apply(t));
            }
            return r.row().shape() == OperatorCatalogue.Shape.LIST ? List.of(values) : values;
        }

        private Duration amount(Token amount) {
            if (!amount.is(Type.AMOUNT) || !(amount.value() instanceof Duration)) {
                throw cursor.error(amount, "WITHIN takes a length of time such as 30d but found " + amount.describe());
            }
            return (Duration) amount.value();
        }

        private double number(Attribute<T, ?> a, Token t) {
            if (!t.is(Type.NUMBER)) {
                throw wrongValue(a, "a number", t);
            }
            return (Double) t.value();
        }

        private String text(Attribute<T, ?> a, Token t) {
            if (!t.is(Type.STRING)) {
                throw wrongValue(a, a instanceof SetAttribute ? "a set of texts" : "text", t);
            }
            return (String) t.value();
        }

        private TimePoint time(Attribute<T, ?> a, Token t) {
            switch (t.type()) {
                case AGO:
                    return t.value() instanceof Period period
                            ? TimePoint.ago(period)
                            : TimePoint.ago((Duration) t.value());
                case AHEAD:
                    return TimePoint.ahead((Duration) t.value());
                case DATE:
                    return TimePoint.on((LocalDate) t.value());
                case INSTANT:
                    return TimePoint.at((Instant) t.value());
                case IDENTIFIER:
                    if (t.isKeyword("now")) {
                        return TimePoint.now();
                    }
                    if (t.isKeyword("today")) {
                        return TimePoint.today();
                    }
                    break;
                default:
                    break;
            }
            throw wrongValue(a, "a time (-30d, today, now, 2026-01-31 or 2026-01-31T10:00:00Z)", t);
        }

        private Criterion<T> build(Supplier<Criterion<T>> criterion) {
            return build(criterion, op);
        }

        private Criterion<T> build(Supplier<Criterion<T>> criterion, Token at) {
            try {
                return criterion.get();
            } catch (IllegalArgumentException e) {
                throw cursor.error(at, e.getMessage());
            }
        }

        private void rejectIgnoringCase(Attribute<T, ?> a) {
            if (ignoringCase != null) {
                throw cursor.error(ignoringCase, "IGNORING CASE only applies to text, and '" + a + "' is not text");
            }
        }

        private SegmentSyntaxException wrongOperator(Attribute<T, ?> a, String type, String allowed) {
            return cursor.error(op, "'" + a + "' is " + type + "; use " + allowed + ", not " + describeOp());
        }

        private String describeOp() {
            return op.is(Type.OPERATOR) ? "'" + op.text() + "'" : op.text().toUpperCase(java.util.Locale.ROOT);
        }

        private SegmentSyntaxException wrongValue(Attribute<T, ?> a, String type, Token t) {
            return cursor.error(t, "'" + a + "' needs " + type + " here but found " + t.describe());
        }
    }
}
