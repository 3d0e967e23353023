package io.segmentation.internal.evaluate;

import io.segmentation.CustomPredicate;
import io.segmentation.EvaluationContext;
import io.segmentation.attribute.Attribute;
import io.segmentation.attribute.NumberAttribute;
import io.segmentation.plan.NormalForm;
import io.segmentation.plan.NumberIntervals;
import java.util.Set;

/**
 * A compiled criterion: a tree of specialised evaluators with the semantics of the reference interpreter
 * ({@link io.segmentation.internal.model.Evaluator}) — a comparison on a missing value is false, {@code not} is the exact
 * complement — without boxing numbers or allocating on the way.
 *
 * @param <T> the subject type
 */
abstract class Node<T> {

    /** A rough relative cost, so that cheap clauses run first in {@code and}/{@code or}. */
    final int cost;

    Node(int cost) {
        this.cost = cost;
    }

    abstract boolean test(T subject, EvaluationContext context, Frame frame);

    /** One interval of numbers, {@code low <(=) value <(=) high}; NaN (missing) fails every comparison. */
    static final class NumberRange<T> extends Node<T> {
        private final NumberAttribute<T> attribute;
        private final int slot;
        private final double low;
        private final double high;
        private final boolean lowInclusive;
        private final boolean highInclusive;

        NumberRange(NumberAttribute<T> attribute, int slot, NumberIntervals.Interval interval, int cost) {
            super(cost);
            this.attribute = attribute;
            this.slot = slot;
            this.low = interval.lower();
            this.high = interval.upper();
            this.lowInclusive = interval.lowerClosed();
            this.highInclusive = interval.upperClosed();
        }

        @Override
        boolean test(T subject, EvaluationContext context, Frame frame) {
            double v = frame.number(slot, attribute, subject, context);
            return (lowInclusive ? v >= low : v > low) && (highInclusive ? v <= high : v < high);
        }
    }

    /** Several intervals or points of numbers ({@code in}); NaN (missing) is in none. */
    static final class NumberSet<T> extends Node<T> {
        private final NumberAttribute<T> attribute;
        private final int slot;
        private final NumberIntervals intervals;

        NumberSet(NumberAttribute<T> attribute, int slot, NumberIntervals intervals, int cost) {
            super(cost);
            this.attribute = attribute;
            this.slot = slot;
            this.intervals = intervals;
        }

        @Override
        boolean test(T subject, EvaluationContext context, Frame frame) {
            return intervals.contains(frame.number(slot, attribute, subject, context));
        }
    }

    /** A number attribute is present (not NaN) or missing. */
    static final class NumberPresence<T> extends Node<T> {
        private final NumberAttribute<T> attribute;
        private final int slot;
        private final boolean present;

        NumberPresence(NumberAttribute<T> attribute, int slot, boolean present, int cost) {
            super(cost);
            this.attribute = attribute;
            this.slot = slot;
            this.present = present;
        }

        @Override
        boolean test(T subject, EvaluationContext context, Frame frame) {
            return Double.isNaN(frame.number(slot, attribute, subject, context)) != present;
        }
    }

    /** A value equals one of a set (exact text equality, booleans). */
    static final class ValueIn<T> extends Node<T> {
        private final Attribute<T, ?> attribute;
        private final int slot;
        private final Set<?> accepted;

        ValueIn(Attribute<T, ?> attribute, int slot, Set<?> accepted, int cost) {
            super(cost);
            this.attribute = attribute;
            this.slot = slot;
            this.accepted = accepted;
        }

        @Override
        boolean test(T subject, EvaluationContext context, Frame frame) {
            Object v = frame.value(slot, attribute, subject, context);
            return v != null && accepted.contains(v);
        }
    }

    /** A set-valued attribute contains one element. */
    static final class SetContains<T> extends Node<T> {
        private final Attribute<T, ?> attribute;
        private final int slot;
        private final String element;

        SetContains(Attribute<T, ?> attribute, int slot, String element, int cost) {
            super(cost);
            this.attribute = attribute;
            this.slot = slot;
            this.element = element;
        }

        @Override
        boolean test(T subject, EvaluationContext context, Frame frame) {
            Object v = frame.value(slot, attribute, subject, context);
            return v != null && ((Set<?>) v).contains(element);
        }
    }

    /** Any other comparison: read the (memoised) value and ask the normal form. */
    static final class Compare<T, V> extends Node<T> {
        private final Attribute<T, V> attribute;
        private final int slot;
        private final NormalForm<V> form;

        Compare(Attribute<T, V> attribute, int slot, NormalForm<V> form, int cost) {
            super(cost);
            this.attribute = attribute;
            this.slot = slot;
            this.form = form;
        }

        @Override
        @SuppressWarnings("unchecked") // the slot holds values of this attribute
        boolean test(T subject, EvaluationContext context, Frame frame) {
            V v = (V) frame.value(slot, attribute, subject, context);
            return v != null && form.test(v, context);
        }
    }

    /** A non-number attribute is present or missing. */
    static final class Presence<T> extends Node<T> {
        private final Attribute<T, ?> attribute;
        private final int slot;
        private final boolean present;

        Presence(Attribute<T, ?> attribute, int slot, boolean present, int cost) {
            super(cost);
            this.attribute = attribute;
            this.slot = slot;
            this.present = present;
        }

        @Override
        boolean test(T subject, EvaluationContext context, Frame frame) {
            return (frame.value(slot, attribute, subject, context) != null) == present;
        }
    }

    /** All operands hold; cheapest first. */
    static final class And<T> extends Node<T> {
        private final Node<T>[] operands;

        And(Node<T>[] operands, int cost) {
            super(cost);
            this.operands = operands;
        }

        @Override
        boolean test(T subject, EvaluationContext context, Frame frame) {
            for (Node<T> n : operands) {
                if (!n.test(subject, context, frame)) {
                    return false;
                }
            }
            return true;
        }
    }

    /** At least one operand holds; cheapest first. */
    static final class Or<T> extends Node<T> {
        private final Node<T>[] operands;

        Or(Node<T>[] operands, int cost) {
            super(cost);
            this.operands = operands;
        }

        @Override
        boolean test(T subject, EvaluationContext context, Frame frame) {
            for (Node<T> n : operands) {
                if (n.test(subject, context, frame)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** The exact complement. */
    static final class Not<T> extends Node<T> {
        private final Node<T> operand;

        Not(Node<T> operand) {
            super(operand.cost);
            this.operand = operand;
        }

        @Override
        boolean test(T subject, EvaluationContext context, Frame frame) {
            return !operand.test(subject, context, frame);
        }
    }

    /** A sub-criterion shared by several parents: decided once per subject. */
    static final class Shared<T> extends Node<T> {
        private final Node<T> node;
        private final int slot;

        Shared(Node<T> node, int slot) {
            super(node.cost);
            this.node = node;
            this.slot = slot;
        }

        @Override
        boolean test(T subject, EvaluationContext context, Frame frame) {
            if (frame.hasResult(slot)) {
                return frame.result(slot);
            }
            return frame.remember(slot, node.test(subject, context, frame));
        }
    }

    /** A user's opaque predicate. */
    static final class Custom<T> extends Node<T> {
        private final CustomPredicate<? super T> predicate;

        Custom(CustomPredicate<? super T> predicate) {
            super(1_000);
            this.predicate = predicate;
        }

        @Override
        boolean test(T subject, EvaluationContext context, Frame frame) {
            return predicate.test(subject, context);
        }
    }

    /** A constant, from folding. */
    static final class Constant<T> extends Node<T> {
        private final boolean value;

        Constant(boolean value) {
            super(0);
            this.value = value;
        }

        boolean value() {
            return value;
        }

        @Override
        boolean test(T subject, EvaluationContext context, Frame frame) {
            return value;
        }
    }
}
