package io.segmentation.plan;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.segmentation.Criterion;
import io.segmentation.CustomPredicate;
import io.segmentation.EvaluationContext;
import io.segmentation.Segment;
import io.segmentation.attribute.Attribute;
import java.util.List;

/**
 * The plan of a criterion: the same tree with every condition in its {@link NormalForm} and what a missing value does
 * stated at each leaf. Built once, by {@link #of(Criterion)} or {@link #of(Segment)}; evaluators and renderers (SQL,
 * Spark) walk it with a {@link Visitor}.
 *
 * <ul>
 *   <li>{@link Compare}: the attribute's value is in the normal form; false when the value is missing
 *       ({@link Leaf#holdsWhenMissing()} is false), so true for a missing value under {@link Not};
 *   <li>{@link Presence}: the attribute has a value ({@code isPresent()}) or has none ({@code isMissing()});
 *   <li>{@link All}, {@link Any}: every operand, at least one operand;
 *   <li>{@link Not}: the exact complement;
 *   <li>{@link Reference}: the plan of a named segment the criterion refers to; a segment referred to several times
 *       has one plan;
 *   <li>{@link Opaque}: a user's custom predicate, which only the subject itself can answer.
 * </ul>
 *
 * <p>Each node keeps the criterion it was built from; two plans are equal when their criteria are.
 *
 * <pre>{@code
 * Plan<Customer> plan = Plan.of(Segment.where(not(age().atLeast(18))));
 * // Not[Compare(age, [18.0, +Infinity])]: true for a customer without a birth date
 * }</pre>
 *
 * @param <T> the subject type
 * @since 0.3.0
 */
public sealed interface Plan<T> permits Plan.Leaf, Plan.All, Plan.Any, Plan.Not, Plan.Reference, Plan.Opaque {

    /**
     * The plan of a criterion.
     *
     * @param criterion the criterion
     * @param <T> the subject type
     * @return its plan
     * @since 0.3.0
     */
    static <T> Plan<T> of(Criterion<T> criterion) {
        checkNotNull(criterion, "criterion");
        return PlanBuilder.build(criterion);
    }

    /**
     * The plan of a segment's criterion.
     *
     * @param segment the segment
     * @param <T> the subject type
     * @return the plan of {@code segment.criterion()}
     * @since 0.3.0
     */
    static <T> Plan<T> of(Segment<T> segment) {
        checkNotNull(segment, "segment");
        return of(segment.criterion());
    }

    /**
     * The criterion this node was built from.
     *
     * @return the criterion
     * @since 0.3.0
     */
    Criterion<T> criterion();

    /**
     * Decides the plan for one subject, with the library's one meaning (the same answer as every matcher).
     *
     * @param subject the subject
     * @param context the evaluation context
     * @return whether the subject satisfies the plan
     * @since 0.3.0
     */
    boolean test(T subject, EvaluationContext context);

    /**
     * Calls the visitor method for this node's kind.
     *
     * @param visitor the visitor
     * @param <R> the result type
     * @return the visitor's result
     * @since 0.3.0
     */
    <R> R accept(Visitor<T, R> visitor);

    /**
     * A leaf that reads one attribute, with what a missing value does.
     *
     * @param <T> the subject type
     * @since 0.3.0
     */
    sealed interface Leaf<T> extends Plan<T> permits Compare, Presence {

        /**
         * The attribute read.
         *
         * @return the attribute
         * @since 0.3.0
         */
        Attribute<T, ?> attribute();

        /**
         * The leaf's answer for a subject whose attribute has no value. A comparison is false; a presence test is
         * true exactly when it tests {@code isMissing()}. Under {@link Not} the answer is the opposite.
         *
         * @return the answer for a missing value
         * @since 0.3.0
         */
        boolean holdsWhenMissing();
    }

    /**
     * The attribute's value is present and in the normal form.
     *
     * @param criterion the comparison
     * @param attribute the attribute read, the comparison's
     * @param form the normal form of the comparison's condition
     * @param <T> the subject type
     * @param <V> the value type
     * @since 0.3.0
     */
    record Compare<T, V>(Criterion.Comparison<T, V> criterion, Attribute<T, V> attribute, NormalForm<V> form)
            implements Leaf<T> {

        /**
         * Validates that attribute and form are the comparison's.
         *
         * @throws IllegalArgumentException if they are not
         */
        public Compare {
            checkNotNull(criterion, "criterion");
            checkNotNull(attribute, "attribute");
            checkNotNull(form, "form");
            checkArgument(attribute.equals(criterion.attribute()), "attribute %s is not the comparison's", attribute);
            checkArgument(
                    form.equals(criterion.condition().normalForm()),
                    "normal form %s is not the comparison's condition's",
                    form);
        }

        /**
         * The plan of a comparison.
         *
         * @param comparison the comparison
         * @param <T> the subject type
         * @param <V> the value type
         * @return the leaf
         * @since 0.3.0
         */
        public static <T, V> Compare<T, V> of(Criterion.Comparison<T, V> comparison) {
            checkNotNull(comparison, "comparison");
            return new Compare<>(
                    comparison, comparison.attribute(), comparison.condition().normalForm());
        }

        /**
         * Always false: a comparison on a missing value is false.
         *
         * @return false
         */
        @Override
        public boolean holdsWhenMissing() {
            return false;
        }

        @Override
        public boolean test(T subject, EvaluationContext context) {
            V value = attribute.read(subject, context);
            return value == null ? holdsWhenMissing() : form.test(value, context);
        }

        @Override
        public <R> R accept(Visitor<T, R> visitor) {
            return visitor.visitCompare(this);
        }

        @Override
        public boolean equals(Object o) {
            return o == this || o instanceof Compare<?, ?> other && criterion.equals(other.criterion);
        }

        @Override
        public int hashCode() {
            return criterion.hashCode();
        }
    }

    /**
     * The attribute has a value ({@code present}) or has none.
     *
     * @param criterion the presence test
     * @param attribute the attribute read, the test's
     * @param present true for {@code isPresent()}, false for {@code isMissing()}
     * @param <T> the subject type
     * @since 0.3.0
     */
    record Presence<T>(Criterion.Presence<T> criterion, Attribute<T, ?> attribute, boolean present) implements Leaf<T> {

        /**
         * Validates that attribute and flag are the test's.
         *
         * @throws IllegalArgumentException if they are not
         */
        public Presence {
            checkNotNull(criterion, "criterion");
            checkNotNull(attribute, "attribute");
            checkArgument(
                    attribute.equals(criterion.attribute()) && present == criterion.present(),
                    "attribute %s and present=%s are not the presence test's",
                    attribute,
                    present);
        }

        /**
         * True for {@code isMissing()}, false for {@code isPresent()}.
         *
         * @return {@code !present}
         */
        @Override
        public boolean holdsWhenMissing() {
            return !present;
        }

        @Override
        public boolean test(T subject, EvaluationContext context) {
            return (attribute.read(subject, context) != null) == present;
        }

        @Override
        public <R> R accept(Visitor<T, R> visitor) {
            return visitor.visitPresence(this);
        }

        @Override
        public boolean equals(Object o) {
            return o == this || o instanceof Presence<?> other && criterion.equals(other.criterion);
        }

        @Override
        public int hashCode() {
            return criterion.hashCode();
        }
    }

    /**
     * Every operand holds.
     *
     * @param criterion the conjunction
     * @param operands the plans of its operands, in order
     * @param <T> the subject type
     * @since 0.3.0
     */
    record All<T>(Criterion.And<T> criterion, ImmutableList<Plan<T>> operands) implements Plan<T> {

        /**
         * Validates the operands.
         *
         * @throws IllegalArgumentException if they are not the plans of the conjunction's operands
         */
        public All {
            checkNotNull(criterion, "criterion");
            operands = checkedOperands(criterion.operands(), operands);
        }

        @Override
        public boolean test(T subject, EvaluationContext context) {
            for (Plan<T> p : operands) {
                if (!p.test(subject, context)) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public <R> R accept(Visitor<T, R> visitor) {
            return visitor.visitAll(this);
        }

        @Override
        public boolean equals(Object o) {
            return o == this || o instanceof All<?> other && criterion.equals(other.criterion);
        }

        @Override
        public int hashCode() {
            return criterion.hashCode();
        }
    }

    /**
     * At least one operand holds.
     *
     * @param criterion the disjunction
     * @param operands the plans of its operands, in order
     * @param <T> the subject type
     * @since 0.3.0
     */
    record Any<T>(Criterion.Or<T> criterion, ImmutableList<Plan<T>> operands) implements Plan<T> {

        /**
         * Validates the operands.
         *
         * @throws IllegalArgumentException if they are not the plans of the disjunction's operands
         */
        public Any {
            checkNotNull(criterion, "criterion");
            operands = checkedOperands(criterion.operands(), operands);
        }

        @Override
        public boolean test(T subject, EvaluationContext context) {
            for (Plan<T> p : operands) {
                if (p.test(subject, context)) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public <R> R accept(Visitor<T, R> visitor) {
            return visitor.visitAny(this);
        }

        @Override
        public boolean equals(Object o) {
            return o == this || o instanceof Any<?> other && criterion.equals(other.criterion);
        }

        @Override
        public int hashCode() {
            return criterion.hashCode();
        }
    }

    /**
     * The exact complement of the operand: true for a missing value where the operand's leaf is false for it.
     *
     * @param criterion the negation
     * @param operand the plan of its operand
     * @param <T> the subject type
     * @since 0.3.0
     */
    record Not<T>(Criterion.Not<T> criterion, Plan<T> operand) implements Plan<T> {

        /**
         * Validates the operand.
         *
         * @throws IllegalArgumentException if it is not the plan of the negation's operand
         */
        public Not {
            checkNotNull(criterion, "criterion");
            checkNotNull(operand, "operand");
            checkArgument(operand.criterion().equals(criterion.operand()), "operand is not the plan of the negated");
        }

        @Override
        public boolean test(T subject, EvaluationContext context) {
            return !operand.test(subject, context);
        }

        @Override
        public <R> R accept(Visitor<T, R> visitor) {
            return visitor.visitNot(this);
        }

        @Override
        public boolean equals(Object o) {
            return o == this || o instanceof Not<?> other && criterion.equals(other.criterion);
        }

        @Override
        public int hashCode() {
            return criterion.hashCode();
        }
    }

    /**
     * The subject is in a named segment: the plan of that segment's criterion.
     *
     * @param criterion the reference
     * @param body the plan of the referenced segment's criterion
     * @param <T> the subject type
     * @since 0.3.0
     */
    record Reference<T>(Criterion.InSegment<T> criterion, Plan<T> body) implements Plan<T> {

        /**
         * Validates the body.
         *
         * @throws IllegalArgumentException if it is not the plan of the referenced segment
         */
        public Reference {
            checkNotNull(criterion, "criterion");
            checkNotNull(body, "body");
            checkArgument(
                    body.criterion().equals(criterion.segment().criterion()),
                    "body is not the plan of the referenced segment");
        }

        /**
         * The segment referred to.
         *
         * @return the named segment
         * @since 0.3.0
         */
        public Segment<T> segment() {
            return criterion.segment();
        }

        @Override
        public boolean test(T subject, EvaluationContext context) {
            return body.test(subject, context);
        }

        @Override
        public <R> R accept(Visitor<T, R> visitor) {
            return visitor.visitReference(this);
        }

        @Override
        public boolean equals(Object o) {
            return o == this || o instanceof Reference<?> other && criterion.equals(other.criterion);
        }

        @Override
        public int hashCode() {
            return criterion.hashCode();
        }
    }

    /**
     * A user's custom predicate: evaluated on the subject, and refused by renderers that cannot run Java code.
     *
     * @param criterion the custom criterion
     * @param <T> the subject type
     * @since 0.3.0
     */
    record Opaque<T>(Criterion.Custom<T> criterion) implements Plan<T> {

        /** Validates the criterion. */
        public Opaque {
            checkNotNull(criterion, "criterion");
        }

        /**
         * The custom criterion's name.
         *
         * @return the name
         * @since 0.3.0
         */
        public String name() {
            return criterion.name();
        }

        /**
         * The custom criterion's predicate.
         *
         * @return the predicate
         * @since 0.3.0
         */
        public CustomPredicate<? super T> predicate() {
            return criterion.predicate();
        }

        @Override
        public boolean test(T subject, EvaluationContext context) {
            return criterion.predicate().test(subject, context);
        }

        @Override
        public <R> R accept(Visitor<T, R> visitor) {
            return visitor.visitOpaque(this);
        }
    }

    /**
     * One method per kind of plan node.
     *
     * @param <T> the subject type
     * @param <R> the result type
     * @since 0.3.0
     */
    interface Visitor<T, R> {

        /**
         * Visits a comparison leaf.
         *
         * @param compare the leaf
         * @param <V> the value type
         * @return the result
         * @since 0.3.0
         */
        <V> R visitCompare(Compare<T, V> compare);

        /**
         * Visits a presence leaf.
         *
         * @param presence the leaf
         * @return the result
         * @since 0.3.0
         */
        R visitPresence(Presence<T> presence);

        /**
         * Visits a conjunction.
         *
         * @param all the node
         * @return the result
         * @since 0.3.0
         */
        R visitAll(All<T> all);

        /**
         * Visits a disjunction.
         *
         * @param any the node
         * @return the result
         * @since 0.3.0
         */
        R visitAny(Any<T> any);

        /**
         * Visits a negation.
         *
         * @param not the node
         * @return the result
         * @since 0.3.0
         */
        R visitNot(Not<T> not);

        /**
         * Visits a reference to a named segment.
         *
         * @param reference the node
         * @return the result
         * @since 0.3.0
         */
        R visitReference(Reference<T> reference);

        /**
         * Visits a custom predicate.
         *
         * @param opaque the node
         * @return the result
         * @since 0.3.0
         */
        R visitOpaque(Opaque<T> opaque);
    }

    private static <T> ImmutableList<Plan<T>> checkedOperands(List<Criterion<T>> criteria, List<Plan<T>> plans) {
        checkNotNull(plans, "operands");
        checkArgument(criteria.size() == plans.size(), "%s operands for %s criteria", plans.size(), criteria.size());
        for (int i = 0; i < plans.size(); i++) {
            checkNotNull(plans.get(i), "operand");
            checkArgument(
                    plans.get(i).criterion().equals(criteria.get(i)), "operand %s is not the plan of its criterion", i);
        }
        return ImmutableList.copyOf(plans);
    }
}
