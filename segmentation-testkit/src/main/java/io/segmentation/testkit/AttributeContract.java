package io.segmentation.testkit;

import static com.google.common.base.Preconditions.checkNotNull;
import static io.segmentation.Attributes.not;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.segmentation.Criterion;
import io.segmentation.EvaluationContext;
import io.segmentation.Segment;
import io.segmentation.attribute.Attribute;
import io.segmentation.attribute.AttributeRegistry;
import io.segmentation.engine.Explanation;
import io.segmentation.engine.SegmentEngine;
import io.segmentation.engine.SegmentMatcher;
import io.segmentation.index.PopulationIndex;
import io.segmentation.text.SegmentParser;
import io.segmentation.text.SegmentQuery;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The contract every custom {@link Attribute} must keep, as a JUnit 5 test class to extend (a TCK, like Micrometer's):
 * equal definitions are equal, reading gives the expected values and "missing" for missing data, every operator of
 * the attribute's family evaluates the same way in the matcher, its explanation, the {@link SegmentEngine} and the
 * {@link PopulationIndex}, {@code not} is the exact complement, builders reject {@code null}, and — when you give a
 * registry — every criterion prints and parses back.
 *
 * <p>Implement {@link #attribute()}, {@link #otherAttribute()} and {@link #samples()}; override {@link #registry()} to
 * check the text round trip (skipped otherwise) and {@link #context()} for another evaluation time:
 *
 * <pre>{@code
 * record Account(String id, Integer points) {}
 *
 * final class Accounts {
 *     static NumberAttribute<Account> loyaltyPoints() {
 *         return Attribute.number("loyalty_points", Account::points);   // null reads as missing
 *     }
 * }
 *
 * class LoyaltyPointsContractTest extends AttributeContract<Account, Double> {
 *
 *     @Override
 *     protected NumberAttribute<Account> attribute() {
 *         return Accounts.loyaltyPoints();                       // built afresh, as your code builds it
 *     }
 *
 *     @Override
 *     protected Attribute<Account, ?> otherAttribute() {
 *         return Attribute.number("status_points", Account::points);
 *     }
 *
 *     @Override
 *     protected List<Sample<Account, Double>> samples() {
 *         return List.of(
 *                 reads(new Account("a-1", 1_200), 1_200.0),     // number attributes read Double: write 1_200.0
 *                 reads(new Account("a-2", 0), 0.0),
 *                 readsMissing(new Account("a-3", null)));
 *     }
 *
 *     @Override
 *     protected Optional<AttributeRegistry<Account>> registry() {
 *         return Optional.of(AttributeRegistry.<Account>empty().with(Accounts.loyaltyPoints()));
 *     }
 * }
 * }</pre>
 *
 * <p>Every check is a public {@code @Test} method; to leave one out, override it without {@code @Test}, saying why
 * in a comment. The criteria checked are built around the values your samples read: for a number {@code v},
 * {@code is(v)}, {@code atLeast(v)}, {@code atMost(v)}, {@code greaterThan(v)}, {@code lessThan(v)},
 * {@code between(v - 1, v + 1)} and {@code in(v, v + 1)}; for texts, booleans, instants and sets the corresponding
 * operators of their family; plus {@code isPresent()}, {@code isMissing()} and combinations with {@code allOf},
 * {@code anyOf} and {@code not}.
 *
 * @param <T> the subject type
 * @param <V> the value type of the attribute
 * @since 0.1.0
 */
public abstract class AttributeContract<T, V> {

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    /** Creates the contract test; JUnit calls it. */
    protected AttributeContract() {}

    /**
     * The attribute under test, built afresh on every call the way your code builds it, so that the contract can
     * check that two constructions are equal.
     *
     * @return the attribute
     */
    protected abstract Attribute<T, V> attribute();

    /**
     * A different attribute over the same subject type — ideally one easily confused with {@link #attribute()}, such
     * as one reading the same field under another name — which must not equal it.
     *
     * @return the other attribute
     */
    protected abstract Attribute<T, ?> otherAttribute();

    /**
     * Subjects and the value the attribute must read from each, with {@link #reads} and {@link #readsMissing}: at
     * least one present value and one missing, and preferably a boundary or two (zero, an empty text or set).
     *
     * @return the samples
     */
    protected abstract List<Sample<T, V>> samples();

    /**
     * Whether the attribute can read as missing; override to return false for attributes that always have a value
     * (counts, sums), which then need no missing sample.
     *
     * @return true unless overridden
     */
    protected boolean canBeMissing() {
        return true;
    }

    /**
     * The registry that names the attribute in query text, to check that every criterion prints and parses back;
     * empty (the default) skips that check.
     *
     * @return the registry, if the attribute has a text form
     */
    protected Optional<AttributeRegistry<T>> registry() {
        return Optional.empty();
    }

    /**
     * The evaluation context of every check; {@link TestKit#defaultContext()} unless overridden.
     *
     * @return the context
     */
    protected EvaluationContext context() {
        return TestKit.defaultContext();
    }

    /**
     * A sample whose subject reads {@code value}.
     *
     * @param subject the subject
     * @param value the value the attribute must read from it
     * @param <T> the subject type
     * @param <V> the value type
     * @return the sample
     */
    protected static <T, V> Sample<T, V> reads(T subject, V value) {
        return new Sample<>(subject, Optional.of(checkNotNull(value, "value")));
    }

    /**
     * A sample whose subject has no value for the attribute.
     *
     * @param subject the subject
     * @param <T> the subject type
     * @param <V> the value type
     * @return the sample
     */
    protected static <T, V> Sample<T, V> readsMissing(T subject) {
        return new Sample<>(subject, Optional.empty());
    }

    /** The attribute's name is an identifier ({@code [A-Za-z_][A-Za-z0-9_]*}), so that it can be written in text. */
    @Test
    public void name_is_an_identifier() {
        assertThat(attribute().name()).as("name of %s", attribute()).matches(IDENTIFIER);
    }

    /** Two separate constructions are equal and have equal hash codes, so engines and caches can share them. */
    @Test
    public void two_constructions_are_equal_with_equal_hash_codes() {
        Attribute<T, V> one = attribute();
        Attribute<T, V> two = attribute();
        assertThat(two)
                .as("a second construction of %s (its parameters %s must have equals)", one, one.parameters())
                .isEqualTo(one)
                .hasSameHashCodeAs(one);
    }

    /** The attribute differs from {@link #otherAttribute()}: different attributes need different names. */
    @Test
    public void differs_from_the_other_attribute() {
        assertThat(otherAttribute())
                .as("otherAttribute() %s compared with attribute() %s", otherAttribute(), attribute())
                .isNotEqualTo(attribute());
    }

    /**
     * The samples hold a present value and, unless {@link #canBeMissing()} says the attribute is never missing, a
     * missing one, so that the other checks cover both.
     */
    @Test
    public void samples_include_a_present_and_a_missing_value() {
        List<Sample<T, V>> samples = checkedSamples();
        assertThat(samples)
                .as("samples() of %s need a present value (reads(subject, value))", attribute())
                .anyMatch(s -> s.value().isPresent());
        if (canBeMissing()) {
            assertThat(samples)
                    .as(
                            "samples() of %s need a missing value (readsMissing(subject)), or canBeMissing() false",
                            attribute())
                    .anyMatch(s -> s.value().isEmpty());
        } else {
            assertThat(samples)
                    .as("samples() of %s, which canBeMissing() says is never missing", attribute())
                    .allMatch(s -> s.value().isPresent());
        }
    }

    /** Reading every sample gives its expected value, and missing data reads as missing rather than throwing. */
    @Test
    public void reads_the_expected_value_of_every_sample() {
        Attribute<T, V> attribute = attribute();
        for (Sample<T, V> s : checkedSamples()) {
            assertThat(attribute.valueOf(s.subject(), context()))
                    .as("%s read from %s", attribute, s.subject())
                    .isEqualTo(s.value());
        }
    }

    /** Reading the same subject twice gives the same value: reading functions are pure. */
    @Test
    public void reading_twice_gives_the_same_value() {
        Attribute<T, V> attribute = attribute();
        for (Sample<T, V> s : checkedSamples()) {
            Optional<V> first = attribute.valueOf(s.subject(), context());
            assertThat(attribute.valueOf(s.subject(), context()))
                    .as("%s read a second time from %s", attribute, s.subject())
                    .isEqualTo(first);
        }
    }

    /** {@code isPresent()} holds exactly for the samples with a value, and {@code isMissing()} for the others. */
    @Test
    public void presence_criteria_follow_the_samples() {
        Attribute<T, V> attribute = attribute();
        for (Sample<T, V> s : checkedSamples()) {
            boolean present = s.value().isPresent();
            assertThat(matches(attribute.isPresent(), s.subject()))
                    .as("%s IS PRESENT for %s", attribute, s.subject())
                    .isEqualTo(present);
            assertThat(matches(attribute.isMissing(), s.subject()))
                    .as("%s IS MISSING for %s", attribute, s.subject())
                    .isEqualTo(!present);
        }
    }

    /** Every comparison is false for a subject whose value is missing. */
    @Test
    public void comparisons_are_false_on_a_missing_value() {
        for (Criterion<T> c : criteria()) {
            if (!(c instanceof Criterion.Comparison<?, ?>)) {
                continue;
            }
            for (Sample<T, V> s : checkedSamples()) {
                if (s.value().isEmpty()) {
                    assertThat(matches(c, s.subject()))
                            .as("%s for %s, whose value is missing", describe(c), s.subject())
                            .isFalse();
                }
            }
        }
    }

    /** Comparisons see the value read: the family's equality test holds for the subject that reads that value. */
    @Test
    public void comparisons_see_the_value_read() {
        Attribute<T, V> attribute = attribute();
        for (Sample<T, V> s : checkedSamples()) {
            if (s.value().isPresent()) {
                Optional<Criterion<T>> equal =
                        AttributeContractOperators.equalTo(attribute, s.value().get());
                assumeTrue(equal.isPresent(), () -> attribute + " is of no family the test kit knows");
                assertThat(matches(equal.get(), s.subject()))
                        .as("%s for %s", describe(equal.get()), s.subject())
                        .isTrue();
            }
        }
    }

    /** For every criterion and sample, the explanation agrees with the match. */
    @Test
    public void every_explanation_agrees_with_its_match() {
        for (Criterion<T> c : criteria()) {
            SegmentMatcher<T> matcher = SegmentMatcher.of(Segment.where(c));
            for (Sample<T, V> s : checkedSamples()) {
                Explanation why = matcher.explain(s.subject(), context());
                assertThat(why.matched())
                        .as("explanation of %s for %s:%n%s", describe(c), s.subject(), why)
                        .isEqualTo(matcher.matches(s.subject(), context()));
            }
        }
    }

    /** Every explanation of a comparison or presence test names the attribute, and says when its value is missing. */
    @Test
    public void every_explanation_names_the_attribute() {
        Attribute<T, V> attribute = attribute();
        for (Criterion<T> c : criteria()) {
            if (!(c instanceof Criterion.Comparison<?, ?> || c instanceof Criterion.Presence<?>)) {
                continue;
            }
            SegmentMatcher<T> matcher = SegmentMatcher.of(Segment.where(c));
            for (Sample<T, V> s : checkedSamples()) {
                String summary = matcher.explain(s.subject(), context())
                        .children()
                        .get(0)
                        .summary();
                assertThat(summary)
                        .as("explanation of %s for %s", describe(c), s.subject())
                        .startsWith(attribute.toString());
                if (s.value().isEmpty()) {
                    assertThat(summary)
                            .as("explanation of %s for %s", describe(c), s.subject())
                            .contains("missing");
                }
            }
        }
    }

    /** {@code not(c)} holds exactly when {@code c} does not, for every criterion and sample. */
    @Test
    public void not_is_the_complement_of_every_criterion() {
        for (Criterion<T> c : criteria()) {
            for (Sample<T, V> s : checkedSamples()) {
                assertThat(matches(not(c), s.subject()))
                        .as("NOT (%s) for %s", describe(c), s.subject())
                        .isEqualTo(!matches(c, s.subject()));
            }
        }
    }

    /** The {@link SegmentEngine}, evaluating all criteria together, gives each sample the matcher's answers. */
    @Test
    public void the_segment_engine_agrees_with_the_matcher() {
        List<Segment<T>> segments = new ArrayList<>();
        for (Criterion<T> c : criteria()) {
            segments.add(Segment.where(c));
        }
        SegmentEngine<T> engine = SegmentEngine.of(segments);
        for (T subject : subjects()) {
            Set<Segment<T>> expected = new LinkedHashSet<>();
            for (Segment<T> segment : segments) {
                if (SegmentMatcher.of(segment).matches(subject, context())) {
                    expected.add(segment);
                }
            }
            assertThat(engine.segmentsOf(subject, context()))
                    .as("segments of %s among %s", subject, segments)
                    .containsExactlyElementsOf(expected);
        }
    }

    /** The columnar {@link PopulationIndex} finds, for every criterion, the samples the matcher finds. */
    @Test
    public void the_population_index_agrees_with_the_matcher() {
        List<T> subjects = subjects();
        Map<T, String> ids = new IdentityHashMap<>();
        subjects.forEach(s -> ids.put(s, "sample-" + ids.size()));
        PopulationIndex<T> index = PopulationIndex.build(subjects, ids::get, context());
        for (Criterion<T> c : criteria()) {
            assertThat(index.members(c))
                    .as("members of %s in the population index", describe(c))
                    .containsExactlyElementsOf(
                            SegmentMatcher.of(Segment.where(c)).filter(subjects, context()));
        }
    }

    /** Every criterion builder of the attribute's family rejects a null argument at once, saying what was null. */
    @Test
    public void criterion_builders_reject_null_arguments() {
        Attribute<T, V> attribute = attribute();
        Map<String, Runnable> calls = AttributeContractOperators.nullCalls(attribute);
        assumeFalse(calls.isEmpty(), () -> attribute + " has no criterion builder that takes an object");
        calls.forEach((call, run) -> assertThatThrownBy(run::run)
                .as("%s.%s", attribute, call)
                .isInstanceOf(NullPointerException.class)
                .hasMessageFindingMatch("\\S"));
    }

    /** The registry knows the attribute by its name. Skipped without a {@link #registry()}. */
    @Test
    public void is_registered_under_its_name() {
        AttributeRegistry<T> registry = assumeRegistry();
        assertThat(registry.attribute(attribute().name()))
                .as("%s in %s", attribute().name(), registry)
                .isPresent();
    }

    /**
     * Every criterion prints as text that parses back, with the registry, to an equal criterion, which prints as the
     * same text. Skipped without a {@link #registry()}.
     */
    @Test
    public void every_criterion_round_trips_through_text() {
        SegmentParser<T> parser = SegmentQuery.parser(assumeRegistry());
        for (Criterion<T> c : criteria()) {
            String text = SegmentQuery.toText(c);
            Criterion<T> parsed;
            try {
                parsed = parser.parseCriterion(text);
            } catch (RuntimeException e) {
                throw new AssertionError(
                        "[" + text + " parsed back] the text does not parse with registry() " + parser.registry() + ": "
                                + e.getMessage(),
                        e);
            }
            assertThat(parsed).as("%s parsed back", text).isEqualTo(c);
            assertThat(SegmentQuery.toText(parsed))
                    .as("%s parsed and printed", text)
                    .isEqualTo(text);
        }
    }

    private AttributeRegistry<T> assumeRegistry() {
        Optional<AttributeRegistry<T>> registry = checkNotNull(registry(), "registry()");
        assumeTrue(registry.isPresent(), "no registry(): the text round trip is not checked");
        return registry.get();
    }

    private List<Sample<T, V>> checkedSamples() {
        List<Sample<T, V>> samples = checkNotNull(samples(), "samples()");
        if (samples.isEmpty()) {
            throw new IllegalStateException("samples() of " + attribute() + " is empty; give at least two");
        }
        return samples;
    }

    /** The samples' subjects, each once (by identity), in order. */
    private List<T> subjects() {
        Map<T, Boolean> seen = new IdentityHashMap<>();
        List<T> subjects = new ArrayList<>();
        for (Sample<T, V> s : checkedSamples()) {
            if (seen.put(s.subject(), Boolean.TRUE) == null) {
                subjects.add(s.subject());
            }
        }
        return subjects;
    }

    private List<Criterion<T>> criteria() {
        List<V> values = new ArrayList<>();
        for (Sample<T, V> s : checkedSamples()) {
            s.value().ifPresent(values::add);
        }
        return AttributeContractOperators.criteria(attribute(), values);
    }

    private boolean matches(Criterion<T> criterion, T subject) {
        return SegmentMatcher.of(Segment.where(criterion)).matches(subject, context());
    }

    private static String describe(Criterion<?> criterion) {
        return Segment.where(criterion).toString();
    }

    /**
     * A subject and the value an attribute must read from it; build with {@link AttributeContract#reads} and
     * {@link AttributeContract#readsMissing}.
     *
     * @param subject the subject
     * @param value the expected value, empty when missing
     * @param <T> the subject type
     * @param <V> the value type
     * @since 0.1.0
     */
    public record Sample<T, V>(T subject, Optional<V> value) {
        /** Validates subject and value. */
        public Sample {
            checkNotNull(subject, "subject");
            checkNotNull(value, "value");
        }
    }
}
