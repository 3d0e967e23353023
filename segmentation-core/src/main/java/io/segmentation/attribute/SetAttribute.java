package io.segmentation.attribute;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import io.segmentation.Criterion;
import io.segmentation.SetCondition;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * An attribute whose value is a set of texts: interests, values, lifestyle, tags, order channels. Elements compare
 * exactly. Every comparison is false when the value is missing; an empty set is present.
 *
 * <pre>{@code
 * interests().contains("running")
 * tags().containsAny("vip", "gold")
 * channels().containsAll("web", "store")
 * }</pre>
 *
 * @param <T> the subject type
 * @since 0.1.0
 */
public abstract class SetAttribute<T> extends Attribute<T, Set<String>> {

    /**
     * Creates a set attribute.
     *
     * @param name the name, an identifier
     * @param parameters what distinguishes attributes of the same name, may be empty
     */
    @SuppressWarnings({"unchecked", "rawtypes"}) // Set.class is the only class literal for Set<String>
    protected SetAttribute(String name, List<?> parameters) {
        super(name, (Class<Set<String>>) (Class) Set.class, parameters);
    }

    /**
     * The set contains {@code element}.
     *
     * @param element the element
     * @return the criterion
     */
    public final Criterion<T> contains(String element) {
        return compare(
                "contains(" + (element == null ? "null" : "'" + element + "'") + ")",
                () -> new SetCondition.Contains(element));
    }

    /**
     * The set contains at least one of {@code elements}.
     *
     * @param elements at least one element
     * @return the criterion
     */
    public final Criterion<T> containsAny(String... elements) {
        required(elements, "containsAny", "elements");
        return containsAny(Arrays.asList(elements));
    }

    /**
     * The set contains at least one of {@code elements}.
     *
     * @param elements at least one element
     * @return the criterion
     */
    public final Criterion<T> containsAny(Collection<String> elements) {
        required(elements, "containsAny", "elements");
        return compare(
                "containsAny(" + elements + ")",
                () -> new SetCondition.ContainsAny(ImmutableSet.copyOf(asSet(elements))));
    }

    /**
     * The set contains every one of {@code elements}.
     *
     * @param elements at least one element
     * @return the criterion
     */
    public final Criterion<T> containsAll(String... elements) {
        required(elements, "containsAll", "elements");
        return containsAll(Arrays.asList(elements));
    }

    /**
     * The set contains every one of {@code elements}.
     *
     * @param elements at least one element
     * @return the criterion
     */
    public final Criterion<T> containsAll(Collection<String> elements) {
        required(elements, "containsAll", "elements");
        return compare(
                "containsAll(" + elements + ")",
                () -> new SetCondition.ContainsAll(ImmutableSet.copyOf(asSet(elements))));
    }

    /**
     * The set is present and empty.
     *
     * @return the criterion
     */
    public final Criterion<T> isEmpty() {
        return compare("isEmpty()", SetCondition.IsEmpty::new);
    }

    @Override
    final Class<?> getFamily() {
        return SetAttribute.class;
    }

    static Set<String> asSet(Collection<String> values) {
        for (String v : values) {
            checkNotNull(v, "element");
        }
        return values instanceof Set<String> set ? set : ImmutableSet.copyOf(values);
    }
}
