package io.segmentation;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.segmentation.attribute.Attribute;
import java.util.List;

/**
 * A condition on a subject: the abstract syntax tree of a segment. Criteria are data — records with structural
 * equality — so they can be evaluated, explained, printed and compared. Build them with the operator methods of
 * attributes and with {@link Attributes#allOf}, {@link Attributes#anyOf} and {@link Attributes#not}; users never
 * construct the records themselves, and never implement this interface (what the tree cannot say goes into a
 * {@link Custom} criterion).
 *
 * <h2>Semantics</h2>
 *
 * <ul>
 *   <li>A {@link Comparison} on a missing value is {@code false}, whatever the condition: {@code age < 18} is false
 *       for a customer without a birth date, and so is {@code age >= 18}.
 *   <li>{@link Not} is the exact complement: {@code not(c)} is true exactly when {@code c} is false, so
 *       {@code not(age().atLeast(18))} is true for a customer without a birth date.
 *   <li>{@link Presence} tests whether an attribute has a value: {@code isMissing()} is true for a missing value and
 *       {@code isPresent()} is its complement.
 *   <li>{@link And} is true when every operand is; {@link Or} when at least one is. Nested {@code And}s (and nested
 *       {@code Or}s) are flattened, since the operators are associative; order is kept.
 *   <li>{@link InSegment} is true when the referenced segment's criterion is.
 *   <li>Nesting is bounded: a criterion is at most {@link #MAX_DEPTH} levels deep, counting one level per
 *       {@code and}, {@code or}, {@code not} and comparison, through the criteria of referenced segments
 *       ({@code inSegment}) and through event filters. Building a deeper one fails at once with an
 *       {@link IllegalArgumentException} that names the depth and the limit, so that every evaluator, renderer and
 *       {@code equals}/{@code hashCode} stays well within a thread's default stack.
 *   <li>Evaluation never reads the wall clock: relative conditions ({@code within(30 days)}, ages, windows such as
 *       {@code purchases().inLast(30 days)}) are taken relative to the evaluation time of the
 *       {@link io.segmentation.EvaluationContext}, and behavioural aggregates only see orders and events at
 *       or before it.
 * </ul>
 *
 * <pre>{@code
 * Criterion<Customer> c = allOf(age().between(18, 25), not(tags().contains("wholesale")));
 * }</pre>
 *
 * @param <T> the type of subject, e.g. {@link io.segmentation.customer.Customer}
 * @since 0.1.0
 */
public sealed interface Criterion<T>
        permits Criterion.Comparison,
                Criterion.Presence,
                Criterion.And,
                Criterion.Or,
                Criterion.Not,
                Criterion.InSegment,
                Criterion.Custom {

    /**
     * The deepest nesting a criterion may have: 1,000 levels. A leaf is one level; {@code and}, {@code or} and
     * {@code not} add one to their deepest operand; {@code inSegment} adds one to the referenced segment's
     * criterion; a comparison adds one to its attribute's event filter, if any. Constructors of deeper criteria throw
     * {@link IllegalArgumentException}. The query language ({@link io.segmentation.text.QueryLimits}) and JSON
     * refuse far shallower input by default.
     *
     * @since 0.2.0
     */
    int MAX_DEPTH = 1_000;

    /**
     * Calls the visitor method for this criterion's record type.
     *
     * @param visitor the visitor
     * @param <R> the visitor's result type
     * @return the visitor's result
     */
    <R> R accept(CriterionVisitor<T, R> visitor);

    /**
     * This criterion and another: {@code a.and(b)} is {@code allOf(a, b)}.
     *
     * @param other the other criterion
     * @return the conjunction
     */
    default Criterion<T> and(Criterion<T> other) {
        return new And<>(ImmutableList.of(this, checkNotNull(other, "other")));
    }

    /**
     * This criterion or another: {@code a.or(b)} is {@code anyOf(a, b)}.
     *
     * @param other the other criterion
     * @return the disjunction
     */
    default Criterion<T> or(Criterion<T> other) {
        return new Or<>(ImmutableList.of(this, checkNotNull(other, "other")));
    }

    /**
     * An attribute's value satisfies a condition; false when the value is missing.
     *
     * @param attribute the attribute read
     * @param condition the test on its value, of the attribute's value type
     * @param <T> the subject type
     * @param <V> the value type
     */
    record Comparison<T, V>(Attribute<T, V> attribute, Condition<V> condition) implements Criterion<T> {
        /** Validates that attribute and condition are of the same value type. */
        public Comparison {
            checkNotNull(attribute, "attribute");
            checkNotNull(condition, "condition");
            checkArgument(
                    attribute.valueType().equals(condition.valueType()),
                    "attribute '%s' holds %s values but the condition tests %s",
                    attribute.name(),
                    attribute.valueType().getSimpleName(),
                    condition.valueType().getSimpleName());
            Depth.checkLeaf(attribute);
        }

        @Override
        public <R> R accept(CriterionVisitor<T, R> visitor) {
            return visitor.visitComparison(this);
        }
    }

    /**
     * An attribute has a value ({@code present}) or has none ({@code !present}).
     *
     * @param attribute the attribute read
     * @param present true for {@code isPresent()}, false for {@code isMissing()}
     * @param <T> the subject type
     */
    record Presence<T>(Attribute<T, ?> attribute, boolean present) implements Criterion<T> {
        /** Validates the attribute. */
        public Presence {
            checkNotNull(attribute, "attribute");
            Depth.checkLeaf(attribute);
        }

        @Override
        public <R> R accept(CriterionVisitor<T, R> visitor) {
            return visitor.visitPresence(this);
        }
    }

    /**
     * All operands hold. Holds at least two operands; nested {@code And}s are flattened into this one.
     *
     * @param operands the operands, in order
     * @param <T> the subject type
     */
    record And<T>(ImmutableList<Criterion<T>> operands) implements Criterion<T> {
        /** Validates and flattens the operands. */
        public And {
            operands = flatten(operands, And.class);
            Depth.checkParent("and", operands);
        }

        @Override
        public <R> R accept(CriterionVisitor<T, R> visitor) {
            return visitor.visitAnd(this);
        }

        // Written out rather than generated: the generated record methods take several stack frames per level.
        @Override
        public boolean equals(Object o) {
            return o == this || o instanceof And<?> other && operands.equals(other.operands);
        }

        @Override
        public int hashCode() {
            return 31 + operands.hashCode();
        }
    }

    /**
     * At least one operand holds. Holds at least two operands; nested {@code Or}s are flattened into this one.
     *
     * @param operands the operands, in order
     * @param <T> the subject type
     */
    record Or<T>(ImmutableList<Criterion<T>> operands) implements Criterion<T> {
        /** Validates and flattens the operands. */
        public Or {
            operands = flatten(operands, Or.class);
            Depth.checkParent("or", operands);
        }

        @Override
        public <R> R accept(CriterionVisitor<T, R> visitor) {
            return visitor.visitOr(this);
        }

        // Written out rather than generated: the generated record methods take several stack frames per level.
        @Override
        public boolean equals(Object o) {
            return o == this || o instanceof Or<?> other && operands.equals(other.operands);
        }

        @Override
        public int hashCode() {
            return 37 + operands.hashCode();
        }
    }

    /**
     * The exact complement of the operand.
     *
     * @param operand the negated criterion
     * @param <T> the subject type
     */
    record Not<T>(Criterion<T> operand) implements Criterion<T> {
        /** Validates the operand. */
        public Not {
            checkNotNull(operand, "operand");
            Depth.checkParent("not", java.util.List.of(operand));
        }

        @Override
        public <R> R accept(CriterionVisitor<T, R> visitor) {
            return visitor.visitNot(this);
        }

        @Override
        public boolean equals(Object o) {
            return o == this || o instanceof Not<?> other && operand.equals(other.operand);
        }

        @Override
        public int hashCode() {
            return 41 + operand.hashCode();
        }
    }

    /**
     * The subject is in another, named segment.
     *
     * @param segment the referenced segment; must be named
     * @param <T> the subject type
     */
    record InSegment<T>(Segment<T> segment) implements Criterion<T> {
        /** Validates the reference. */
        public InSegment {
            checkNotNull(segment, "segment");
            checkArgument(
                    segment.name().isPresent(),
                    "inSegment(...) needs a named segment, but got the unnamed segment %s; use .named(\"...\")",
                    segment);
            Depth.check("inSegment('" + segment.name().orElseThrow() + "')", 1 + segment.depth());
        }

        @Override
        public <R> R accept(CriterionVisitor<T, R> visitor) {
            return visitor.visitInSegment(this);
        }

        @Override
        public boolean equals(Object o) {
            return o == this || o instanceof InSegment<?> other && segment.equals(other.segment);
        }

        @Override
        public int hashCode() {
            return 43 + segment.hashCode();
        }
    }

    /**
     * A named predicate for what the tree cannot express. It evaluates and explains, but has no text, JSON or SQL
     * form: renderers refuse it with a message naming it. Two custom criteria are equal when they have the same name
     * and the same predicate object.
     *
     * @param name the name shown in explanations
     * @param predicate the test
     * @param <T> the subject type
     */
    record Custom<T>(String name, CustomPredicate<? super T> predicate) implements Criterion<T> {
        /** Validates name and predicate. */
        public Custom {
            checkNotNull(name, "name");
            checkArgument(!name.isBlank(), "custom criterion name must not be blank");
            checkNotNull(predicate, "predicate");
        }

        @Override
        public <R> R accept(CriterionVisitor<T, R> visitor) {
            return visitor.visitCustom(this);
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> ImmutableList<Criterion<T>> flatten(List<Criterion<T>> operands, Class<?> kind) {
        checkNotNull(operands, "operands");
        ImmutableList.Builder<Criterion<T>> flat = ImmutableList.builder();
        for (Criterion<T> c : operands) {
            checkNotNull(c, "operand");
            if (kind.isInstance(c)) {
                flat.addAll(c instanceof And<T> and ? and.operands() : ((Or<T>) c).operands());
            } else {
                flat.add(c);
            }
        }
        ImmutableList<Criterion<T>> result = flat.build();
        checkArgument(
                result.size() >= 2,
                "%s needs at least two operands but got %s",
                kind.getSimpleName().toLowerCase(java.util.Locale.ROOT),
                result.size());
        return result;
    }
}
