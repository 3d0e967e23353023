package io.segmentation.plan;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import io.segmentation.EvaluationContext;
import java.util.Collection;
import java.util.Objects;
import java.util.Set;

/**
 * The normal form of a set condition: the set contains {@link Kind#ANY any} or {@link Kind#ALL all} of some
 * elements, or is {@link Kind#EMPTY empty}. Elements compare exactly, case included.
 *
 * <pre>{@code
 * contains("vip")              ANY {vip}
 * containsAny("vip", "gold")   ANY {vip, gold}
 * containsAll("vip", "gold")   ALL {vip, gold}
 * isEmpty()                    EMPTY {}
 * }</pre>
 *
 * @since 0.3.0
 */
public final class SetMatch implements NormalForm<Set<String>> {

    private static final SetMatch EMPTY = new SetMatch(Kind.EMPTY, ImmutableSet.of());

    private final Kind kind;
    private final ImmutableSet<String> elements;

    private SetMatch(Kind kind, ImmutableSet<String> elements) {
        this.kind = kind;
        this.elements = elements;
    }

    /**
     * A set match.
     *
     * @param kind the kind of match
     * @param elements the elements: at least one for {@link Kind#ANY} and {@link Kind#ALL}, none for
     *     {@link Kind#EMPTY}
     * @return the match
     * @throws IllegalArgumentException if the number of elements does not fit the kind
     * @throws NullPointerException if an argument or element is null
     * @since 0.3.0
     */
    public static SetMatch of(Kind kind, Collection<String> elements) {
        checkNotNull(kind, "kind");
        checkNotNull(elements, "elements");
        for (String e : elements) {
            checkNotNull(e, "element");
        }
        if (kind == Kind.EMPTY) {
            checkArgument(elements.isEmpty(), "an EMPTY set match takes no elements: %s", elements);
            return EMPTY;
        }
        checkArgument(!elements.isEmpty(), "an %s set match needs at least one element", kind);
        return new SetMatch(kind, ImmutableSet.copyOf(elements));
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
     * The elements looked for, in the order given; empty for {@link Kind#EMPTY}.
     *
     * @return the elements
     * @since 0.3.0
     */
    public ImmutableSet<String> elements() {
        return elements;
    }

    /**
     * Whether a set is accepted.
     *
     * @param value the set
     * @return whether it is accepted
     * @since 0.3.0
     */
    public boolean accepts(Set<String> value) {
        checkNotNull(value, "value");
        return switch (kind) {
            case EMPTY -> value.isEmpty();
            case ALL -> value.containsAll(elements);
            case ANY -> containsAny(value);
        };
    }

    private boolean containsAny(Set<String> value) {
        for (String e : elements) {
            if (value.contains(e)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Same as {@link #accepts(Set)}.
     *
     * @param value a present set
     * @param context not read
     * @return whether it is accepted
     */
    @Override
    public boolean test(Set<String> value, EvaluationContext context) {
        checkNotNull(context, "context");
        return accepts(value);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return checkNotNull(visitor, "visitor").visitSet(this);
    }

    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof SetMatch other && kind == other.kind && elements.equals(other.elements);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, elements);
    }

    /** E.g. {@code ANY [vip, gold]}. */
    @Override
    public String toString() {
        return kind + " " + elements;
    }

    /**
     * The kinds of set match.
     *
     * @since 0.3.0
     */
    public enum Kind {
        /** The set contains at least one of the elements. */
        ANY,
        /** The set contains every one of the elements. */
        ALL,
        /** The set has no element. */
        EMPTY
    }
}
