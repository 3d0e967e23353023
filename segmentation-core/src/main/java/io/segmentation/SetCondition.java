package io.segmentation;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import io.segmentation.plan.SetMatch;
import java.util.Collection;
import java.util.Set;

/**
 * Conditions on sets of texts (interests, tags, channels…). Elements compare exactly, case included.
 *
 * @since 0.1.0
 */
@SuppressWarnings("rawtypes") // Set.class is the only class literal for Set<String>
public sealed interface SetCondition extends Condition<Set<String>> {

    @Override
    @SuppressWarnings("unchecked")
    default Class<Set<String>> valueType() {
        return (Class<Set<String>>) (Class) Set.class;
    }

    /**
     * The sets this condition accepts, as any of, all of, or empty: {@code contains("vip")} is {@code ANY [vip]},
     * {@code containsAll("a", "b")} is {@code ALL [a, b]}, {@code isEmpty()} is {@code EMPTY []}.
     * {@code match().accepts(v)} equals {@code test(v, context)}.
     *
     * @return the match
     * @since 0.3.0
     */
    SetMatch match();

    /**
     * Same as {@link #match()}.
     *
     * @return the match
     * @since 0.3.0
     */
    @Override
    default SetMatch normalForm() {
        return match();
    }

    /**
     * The set contains {@code element}.
     *
     * @param element the element looked for
     */
    record Contains(String element) implements SetCondition {
        /** Validates the operand. */
        public Contains {
            checkNotNull(element, "element");
        }

        @Override
        public boolean test(Set<String> value, EvaluationContext context) {
            return value.contains(element);
        }

        @Override
        public SetMatch match() {
            return SetMatch.of(SetMatch.Kind.ANY, ImmutableSet.of(element));
        }

        @Override
        public <R> R accept(ConditionVisitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /**
     * The set contains at least one of a non-empty set of elements.
     *
     * @param elements the elements looked for
     */
    record ContainsAny(ImmutableSet<String> elements) implements SetCondition {
        /** Validates the operands. */
        public ContainsAny {
            elements = nonEmpty(elements);
        }

        @Override
        public boolean test(Set<String> value, EvaluationContext context) {
            for (String e : elements) {
                if (value.contains(e)) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public SetMatch match() {
            return SetMatch.of(SetMatch.Kind.ANY, elements);
        }

        @Override
        public <R> R accept(ConditionVisitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /**
     * The set contains every one of a non-empty set of elements.
     *
     * @param elements the elements required
     */
    record ContainsAll(ImmutableSet<String> elements) implements SetCondition {
        /** Validates the operands. */
        public ContainsAll {
            elements = nonEmpty(elements);
        }

        @Override
        public boolean test(Set<String> value, EvaluationContext context) {
            return value.containsAll(elements);
        }

        @Override
        public SetMatch match() {
            return SetMatch.of(SetMatch.Kind.ALL, elements);
        }

        @Override
        public <R> R accept(ConditionVisitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /** The set is present and empty. */
    record IsEmpty() implements SetCondition {
        @Override
        public boolean test(Set<String> value, EvaluationContext context) {
            return value.isEmpty();
        }

        @Override
        public SetMatch match() {
            return SetMatch.of(SetMatch.Kind.EMPTY, ImmutableSet.of());
        }

        @Override
        public <R> R accept(ConditionVisitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    private static ImmutableSet<String> nonEmpty(Collection<String> elements) {
        checkNotNull(elements, "elements");
        checkArgument(!elements.isEmpty(), "the list of elements is empty");
        for (String e : elements) {
            checkNotNull(e, "element");
        }
        return ImmutableSet.copyOf(elements);
    }
}
