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
import io.segmentation.text.Token.Type;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Recursive-descent reader of the query language (grammar in {@code docs/query-language.md}). Precedence, loosest
 * first: {@code OR}, {@code AND}, {@code NOT}, then comparisons and parentheses. Depth is bounded by
 * {@link QueryLimits#maxDepth()}, so hostile nesting fails cleanly instead of overflowing the stack.
 *
 * @param <T> the subject type of the scope
 */
final class QueryReader<T> {

    private static final List<String> OPERATORS =
            List.of("BETWEEN", "IN", "NOT", "STARTS", "ENDS", "CONTAINS", "MATCHES", "IS", "WITHIN");

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
            p = new Predicate(Kind.COMPARE, op, List.of(literal()));
        } else if (op.isKeyword("BETWEEN")) {
            cursor.next();
            Token low = literal();
            cursor.expectKeyword("AND");
            p = new Predicate(Kind.BETWEEN, op, List.of(low, literal()));
        } else if (op.isKeyword("IN")) {
            cursor.next();
            p = new Predicate(Kind.IN, op, list());
        } else if (op.isKeyword("NOT") && cursor.peek(1).isKeyword("IN")) {
            cursor.next();
            cursor.next();
            p = new Predicate(Kind.NOT_IN, op, list());
        } else if (op.isKeyword("STARTS") || op.isKeyword("ENDS")) {
            cursor.next();
            cursor.expectKeyword("WITH");
            p = new Predicate(op.isKeyword("STARTS") ? Kind.STARTS_WITH : Kind.ENDS_WITH, op, List.of(literal()));
        } else if (op.isKeyword("CONTAINS")) {
            cursor.next();
            if (cursor.acceptKeyword("ANY")) {
                p = new Predicate(Kind.CONTAINS_ANY, op, list());
            } else if (cursor.acceptKeyword("ALL")) {
                p = new Predicate(Kind.CONTAINS_ALL, op, list());
            } else {
                p = new Predicate(Kind.CONTAINS, op, List.of(literal()));
            }
        } else if (op.isKeyword("MATCHES")) {
            cursor.next();
            p = new Predicate(Kind.MATCHES, op, List.of(literal()));
        } else if (op.isKeyword("WITHIN")) {
            cursor.next();
            p = new Predicate(Kind.WITHIN, op, List.of(literal()));
        } else if (op.isKeyword("IS")) {
            cursor.next();
            boolean negated = cursor.acceptKeyword("NOT");
            Token what = cursor.expect(Type.IDENTIFIER, "MISSING, PRESENT, TRUE, FALSE or EMPTY after IS");
            p = new Predicate(is(what, negated), op, List.of(what));
        } else {
            String suggestion = op.is(Type.IDENTIFIER)
                    ? Suggestions.closest(op.text().toUpperCase(java.util.Locale.ROOT), OPERATORS)
                    : null;
            throw cursor.error(
                    op,
                    "expected a comparison after '" + attribute.text()
                            + "' (=, !=, <, <=, >, >=, BETWEEN, IN, CONTAINS, STARTS WITH, ENDS WITH, MATCHES,"
                            + " WITHIN, IS) but found " + op.describe(),
                    suggestion);
        }
        if (cursor.peek().isKeyword("IGNORING")) {
            Token ignoring = cursor.next();
            cursor.expectKeyword("CASE");
            p = p.ignoringCase(ignoring);
        }
        return p;
    }

    private Kind is(Token what, boolean negated) {
        String w = what.text().toUpperCase(java.util.Locale.ROOT);
        switch (w) {
            case "MISSING":
                return negated ? Kind.PRESENT : Kind.MISSING;
            case "PRESENT":
                return negated ? Kind.MISSING : Kind.PRESENT;
            case "TRUE":
                return negated ? Kind.IS_TRUE_NEGATED : Kind.IS_TRUE;
            case "FALSE":
                return negated ? Kind.IS_FALSE_NEGATED : Kind.IS_FALSE;
            case "EMPTY":
                if (negated) {
                    throw cursor.error(what, "IS NOT EMPTY is not supported; write NOT x IS EMPTY");
                }
                return Kind.EMPTY;
            default:
                throw cursor.error(
                        what,
                        "expected MISSING, PRESENT, TRUE, FALSE or EMPTY after IS but found " + what.describe(),
                        Suggestions.closest(w, List.of("MISSING", "PRESENT", "TRUE", "FALSE", "EMPTY")));
        }
    }

    private Token literal() {
        Token t = cursor.peek();
        switch (t.type()) {
            case STRING:
            case NUMBER:
            case AMOUNT:
            case AGO:
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

    private enum Kind {
        COMPARE,
        BETWEEN,
        IN,
        NOT_IN,
        STARTS_WITH,
        ENDS_WITH,
        CONTAINS,
        CONTAINS_ANY,
        CONTAINS_ALL,
        MATCHES,
        WITHIN,
        MISSING,
        PRESENT,
        IS_TRUE,
        IS_FALSE,
        IS_TRUE_NEGATED,
        IS_FALSE_NEGATED,
        EMPTY
    }

    /** A comparison as written, turned into a criterion once the attribute is known. */
    private final class Predicate {
        private final Kind kind;
        private final Token op;
        private final List<Token> operands;
        private final Token ignoringCase;

        Predicate(Kind kind, Token op, List<Token> operands) {
            this(kind, op, operands, null);
        }

        private Predicate(Kind kind, Token op, List<Token> operands, Token ignoringCase) {
            this.kind = kind;
            this.op = op;
            this.operands = operands;
            this.ignoringCase = ignoringCase;
        }

        Predicate ignoringCase(Token at) {
            return new Predicate(kind, op, operands, at);
        }

        ValueType inferredType() {
            switch (kind) {
                case MISSING:
                case PRESENT:
                case STARTS_WITH:
                case ENDS_WITH:
                case CONTAINS:
                case MATCHES:
                    return ValueType.TEXT;
                case IS_TRUE:
                case IS_FALSE:
                case IS_TRUE_NEGATED:
                case IS_FALSE_NEGATED:
                    return ValueType.BOOLEAN;
                case EMPTY:
                case CONTAINS_ANY:
                case CONTAINS_ALL:
                    return ValueType.SET;
                case WITHIN:
                    return ValueType.INSTANT;
                default:
                    return typeOf(operands.get(0));
            }
        }

        private ValueType typeOf(Token literal) {
            switch (literal.type()) {
                case NUMBER:
                    return ValueType.NUMBER;
                case AGO:
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
            if (kind == Kind.MISSING || kind == Kind.PRESENT) {
                rejectIgnoringCase(attribute);
                return kind == Kind.MISSING ? attribute.isMissing() : attribute.isPresent();
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
            switch (kind) {
                case COMPARE:
                    double v = number(a, operands.get(0));
                    switch (op.text()) {
                        case "=":
                            return build(() -> a.is(v));
                        case "!=":
                        case "<>":
                            return not(build(() -> a.is(v)));
                        case "<":
                            return build(() -> a.lessThan(v));
                        case "<=":
                            return build(() -> a.atMost(v));
                        case ">":
                            return build(() -> a.greaterThan(v));
                        default:
                            return build(() -> a.atLeast(v));
                    }
                case BETWEEN:
                    double low = number(a, operands.get(0));
                    double high = number(a, operands.get(1));
                    return build(() -> a.between(low, high));
                case IN:
                case NOT_IN:
                    List<Double> values = new ArrayList<>();
                    for (Token t : operands) {
                        values.add(number(a, t));
                    }
                    Criterion<T> in = build(() -> a.in(values));
                    return kind == Kind.IN ? in : not(in);
                default:
                    throw wrongOperator(a, "a number", "=, !=, <, <=, >, >=, BETWEEN, IN or IS MISSING");
            }
        }

        private Criterion<T> text(TextAttribute<T> a) {
            boolean ic = ignoringCase != null;
            switch (kind) {
                case COMPARE:
                    String v = text(a, operands.get(0));
                    if (op.text().equals("=")) {
                        return build(() -> ic ? a.isIgnoringCase(v) : a.is(v));
                    }
                    if (op.text().equals("!=") || op.text().equals("<>")) {
                        return not(build(() -> ic ? a.isIgnoringCase(v) : a.is(v)));
                    }
                    throw wrongOperator(a, "text", "=, !=, IN, STARTS WITH, ENDS WITH, CONTAINS, MATCHES");
                case IN:
                case NOT_IN:
                    List<String> values = new ArrayList<>();
                    for (Token t : operands) {
                        values.add(text(a, t));
                    }
                    Criterion<T> in = build(() -> ic ? a.inIgnoringCase(values) : a.in(values));
                    return kind == Kind.IN ? in : not(in);
                case STARTS_WITH:
                    String prefix = text(a, operands.get(0));
                    return build(() -> ic ? a.startsWithIgnoringCase(prefix) : a.startsWith(prefix));
                case ENDS_WITH:
                    String suffix = text(a, operands.get(0));
                    return build(() -> ic ? a.endsWithIgnoringCase(suffix) : a.endsWith(suffix));
                case CONTAINS:
                    String part = text(a, operands.get(0));
                    return build(() -> ic ? a.containsIgnoringCase(part) : a.contains(part));
                case MATCHES:
                    String regex = text(a, operands.get(0));
                    return build(() -> ic ? a.matchesIgnoringCase(regex) : a.matches(regex), operands.get(0));
                default:
                    throw wrongOperator(a, "text", "=, !=, IN, STARTS WITH, ENDS WITH, CONTAINS, MATCHES");
            }
        }

        private Criterion<T> bool(BooleanAttribute<T> a) {
            switch (kind) {
                case IS_TRUE:
                    return a.isTrue();
                case IS_FALSE:
                    return a.isFalse();
                case IS_TRUE_NEGATED:
                    return not(a.isTrue());
                case IS_FALSE_NEGATED:
                    return not(a.isFalse());
                case COMPARE:
                    Token t = operands.get(0);
                    if (!(t.isKeyword("true") || t.isKeyword("false"))) {
                        throw wrongValue(a, "a boolean", t);
                    }
                    boolean v = t.isKeyword("true");
                    if (op.text().equals("=")) {
                        return a.is(v);
                    }
                    if (op.text().equals("!=") || op.text().equals("<>")) {
                        return not(a.is(v));
                    }
                    throw wrongOperator(a, "a boolean", "IS TRUE, IS FALSE, = or !=");
                default:
                    throw wrongOperator(a, "a boolean", "IS TRUE, IS FALSE, = or !=");
            }
        }

        private Criterion<T> instant(InstantAttribute<T> a) {
            switch (kind) {
                case COMPARE:
                    TimePoint p = time(a, operands.get(0));
                    if (op.text().equals("<")) {
                        return build(() -> a.before(p));
                    }
                    if (op.text().equals(">")) {
                        return build(() -> a.after(p));
                    }
                    throw cursor.error(
                            op,
                            "'" + a + "' is a time: compare it with < or > (both strict), BETWEEN … AND …, or"
                                    + " WITHIN; '" + op.text() + "' is not supported");
                case BETWEEN:
                    TimePoint from = time(a, operands.get(0));
                    TimePoint to = time(a, operands.get(1));
                    return build(() -> a.between(from, to));
                case WITHIN:
                    Token amount = operands.get(0);
                    if (!amount.is(Type.AMOUNT) || !(amount.value() instanceof Duration)) {
                        throw cursor.error(
                                amount, "WITHIN takes a length of time such as 30d but found " + amount.describe());
                    }
                    return build(() -> a.within((Duration) amount.value()));
                default:
                    throw wrongOperator(a, "a time", "<, >, BETWEEN, WITHIN or IS MISSING");
            }
        }

        private Criterion<T> set(SetAttribute<T> a) {
            switch (kind) {
                case CONTAINS:
                    String element = text(a, operands.get(0));
                    return build(() -> a.contains(element));
                case CONTAINS_ANY:
                case CONTAINS_ALL:
                    List<String> values = new ArrayList<>();
                    for (Token t : operands) {
                        values.add(text(a, t));
                    }
                    return build(() -> kind == Kind.CONTAINS_ANY ? a.containsAny(values) : a.containsAll(values));
                case EMPTY:
                    return a.isEmpty();
                default:
                    throw wrongOperator(a, "a set", "CONTAINS, CONTAINS ANY, CONTAINS ALL, IS EMPTY or IS MISSING");
            }
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
