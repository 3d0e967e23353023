package io.segmentation.testkit;

import static io.segmentation.Attributes.allOf;
import static io.segmentation.Attributes.anyOf;
import static io.segmentation.Attributes.not;

import io.segmentation.Criterion;
import io.segmentation.TimePoint;
import io.segmentation.attribute.Attribute;
import io.segmentation.attribute.BooleanAttribute;
import io.segmentation.attribute.InstantAttribute;
import io.segmentation.attribute.NumberAttribute;
import io.segmentation.attribute.SetAttribute;
import io.segmentation.attribute.TextAttribute;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The criteria {@link AttributeContract} checks an attribute with: every operator of its family, built around the
 * values its samples read, plus presence tests and a few combinations.
 */
final class AttributeContractOperators {

    /** At most this many distinct sample values are turned into operators. */
    private static final int VALUES = 3;

    private static final Duration MONTH = Duration.ofDays(30);

    private AttributeContractOperators() {}

    /**
     * Every operator of the attribute's family around the given values, presence tests and combinations.
     *
     * @param attribute the attribute
     * @param values values the attribute reads from some subjects
     * @return distinct criteria, in a stable order
     */
    static <T, V> List<Criterion<T>> criteria(Attribute<T, V> attribute, Collection<V> values) {
        Set<Criterion<T>> criteria = new LinkedHashSet<>();
        criteria.add(attribute.isPresent());
        criteria.add(attribute.isMissing());
        values.stream().distinct().limit(VALUES).forEach(v -> criteria.addAll(comparisons(attribute, v)));
        List<Criterion<T>> comparisons = List.copyOf(criteria);
        Criterion<T> first = comparisons.size() > 2 ? comparisons.get(2) : attribute.isPresent();
        criteria.add(allOf(attribute.isPresent(), first));
        criteria.add(anyOf(attribute.isMissing(), not(first)));
        return List.copyOf(criteria);
    }

    /**
     * The family's equality test for a value: the criterion that holds exactly for subjects reading {@code value}.
     *
     * @param attribute the attribute
     * @param value a value it reads
     * @return the criterion, empty for an attribute of no known family
     */
    @SuppressWarnings("unchecked") // each branch casts the value to its family's value type
    static <T, V> Optional<Criterion<T>> equalTo(Attribute<T, V> attribute, V value) {
        if (attribute instanceof NumberAttribute<?>) {
            return Optional.of(((NumberAttribute<T>) attribute).is((Double) value));
        } else if (attribute instanceof TextAttribute<?>) {
            return Optional.of(((TextAttribute<T>) attribute).is((String) value));
        } else if (attribute instanceof BooleanAttribute<?>) {
            return Optional.of(((BooleanAttribute<T>) attribute).is((Boolean) value));
        } else if (attribute instanceof InstantAttribute<?>) {
            Instant at = (Instant) value;
            return Optional.of(((InstantAttribute<T>) attribute).between(at, at));
        } else if (attribute instanceof SetAttribute<?>) {
            SetAttribute<T> set = (SetAttribute<T>) attribute;
            Set<String> elements = (Set<String>) value;
            return Optional.of(elements.isEmpty() ? set.isEmpty() : set.containsAll(elements));
        }
        return Optional.empty();
    }

    /**
     * Calls of the family's criterion builders with a null argument, by the call as written.
     *
     * @param attribute the attribute
     * @return label to call
     */
    @SuppressWarnings("unchecked") // each branch casts to its family
    static <T> Map<String, Runnable> nullCalls(Attribute<T, ?> attribute) {
        Map<String, Runnable> calls = new LinkedHashMap<>();
        if (attribute instanceof NumberAttribute<?>) {
            NumberAttribute<T> n = (NumberAttribute<T>) attribute;
            calls.put("in((double[]) null)", () -> n.in((double[]) null));
            calls.put("in((Collection) null)", () -> n.in((Collection<Double>) null));
            calls.put("in([1, null])", () -> n.in(Arrays.asList(1.0, null)));
        } else if (attribute instanceof TextAttribute<?>) {
            TextAttribute<T> t = (TextAttribute<T>) attribute;
            calls.put("is(null)", () -> t.is(null));
            calls.put("isIgnoringCase(null)", () -> t.isIgnoringCase(null));
            calls.put("in((String[]) null)", () -> t.in((String[]) null));
            calls.put("in('a', null)", () -> t.in("a", null));
            calls.put("inIgnoringCase((String[]) null)", () -> t.inIgnoringCase((String[]) null));
            calls.put("startsWith(null)", () -> t.startsWith(null));
            calls.put("endsWith(null)", () -> t.endsWith(null));
            calls.put("contains(null)", () -> t.contains(null));
            calls.put("matches(null)", () -> t.matches(null));
        } else if (attribute instanceof InstantAttribute<?>) {
            InstantAttribute<T> i = (InstantAttribute<T>) attribute;
            calls.put("before((Instant) null)", () -> i.before((Instant) null));
            calls.put("before((TimePoint) null)", () -> i.before((TimePoint) null));
            calls.put("after((Instant) null)", () -> i.after((Instant) null));
            calls.put("between(null, instant)", () -> i.between(null, Instant.EPOCH));
            calls.put("between(instant, null)", () -> i.between(Instant.EPOCH, null));
            calls.put("within(null)", () -> i.within(null));
            calls.put("moreThan(null)", () -> i.moreThan(null));
        } else if (attribute instanceof SetAttribute<?>) {
            SetAttribute<T> s = (SetAttribute<T>) attribute;
            calls.put("contains(null)", () -> s.contains(null));
            calls.put("containsAny((String[]) null)", () -> s.containsAny((String[]) null));
            calls.put("containsAny('a', null)", () -> s.containsAny("a", null));
            calls.put("containsAll((String[]) null)", () -> s.containsAll((String[]) null));
            calls.put("containsAll('a', null)", () -> s.containsAll("a", null));
        }
        return calls;
    }

    @SuppressWarnings("unchecked") // each branch casts the value to its family's value type
    private static <T, V> List<Criterion<T>> comparisons(Attribute<T, V> attribute, V value) {
        if (attribute instanceof NumberAttribute<?>) {
            return numbers((NumberAttribute<T>) attribute, (Double) value);
        } else if (attribute instanceof TextAttribute<?>) {
            return texts((TextAttribute<T>) attribute, (String) value);
        } else if (attribute instanceof BooleanAttribute<?>) {
            BooleanAttribute<T> b = (BooleanAttribute<T>) attribute;
            return List.of(b.isTrue(), b.isFalse());
        } else if (attribute instanceof InstantAttribute<?>) {
            return instants((InstantAttribute<T>) attribute, (Instant) value);
        } else if (attribute instanceof SetAttribute<?>) {
            return sets((SetAttribute<T>) attribute, (Set<String>) value);
        }
        return List.of();
    }

    private static <T> List<Criterion<T>> numbers(NumberAttribute<T> n, double v) {
        return List.of(
                n.is(v),
                n.atLeast(v),
                n.atMost(v),
                n.greaterThan(v),
                n.lessThan(v),
                n.between(v - 1, v + 1),
                n.in(v, v + 1));
    }

    private static <T> List<Criterion<T>> texts(TextAttribute<T> t, String v) {
        String other = v + "~";
        String head = v.isEmpty() ? v : v.substring(0, v.offsetByCodePoints(0, 1));
        String tail = v.isEmpty() ? v : v.substring(v.offsetByCodePoints(v.length(), -1));
        return List.of(
                t.is(v),
                t.isIgnoringCase(v.toUpperCase(Locale.ROOT)),
                t.in(v, other),
                t.inIgnoringCase(v.toLowerCase(Locale.ROOT), other),
                t.startsWith(head),
                t.endsWith(tail),
                t.contains(v),
                t.containsIgnoringCase(v.toUpperCase(Locale.ROOT)),
                t.matches(Pattern.quote(v)),
                t.matchesIgnoringCase(".*"));
    }

    private static <T> List<Criterion<T>> instants(InstantAttribute<T> i, Instant v) {
        return List.of(
                i.before(v),
                i.after(v),
                i.between(v, v),
                i.within(MONTH),
                i.moreThan(MONTH).ago());
    }

    private static <T> List<Criterion<T>> sets(SetAttribute<T> s, Set<String> v) {
        if (v.isEmpty()) {
            return List.of(s.isEmpty(), s.contains("~"), s.containsAny("~"));
        }
        String element = v.iterator().next();
        return List.of(s.isEmpty(), s.contains(element), s.containsAny(element, element + "~"), s.containsAll(v));
    }
}
