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
 *   <li>Evaluation never reads the wall clock: relative conditions ({@code within(30 days)}, ages, windows such as
 *       {@code purchases().inLast(30 days)}) are taken relative to the evaluation time of the
 *       {@link io.segmentation.engine.EvaluationContext}, and behavioural aggregates only see orders and events at
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
        }

        @Override
        public <R> R accept(CriterionVisitor<T, R> visitor) {
            return visitor.visitAnd(this);
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
        }

        @Override
        public <R> R accept(CriterionVisitor<T, R> visitor) {
            return visitor.visitOr(this);
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
        }

        @Override
        public <R> R accept(CriterionVisitor<T, R> visitor) {
            return visitor.visitNot(this);
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
        }

        @Override
        public <R> R accept(CriterionVisitor<T, R> visitor) {
            return visitor.visitInSegment(this);
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
