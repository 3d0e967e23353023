package io.segmentation.testkit;

import static com.google.common.base.Preconditions.checkNotNull;
import static io.segmentation.Attributes.not;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.segmentation.Attributes;
import io.segmentation.Criterion;
import io.segmentation.CustomPredicate;
import io.segmentation.EvaluationContext;
import io.segmentation.Segment;
import io.segmentation.engine.Explanation;
import io.segmentation.engine.SegmentMatcher;
import io.segmentation.index.PopulationIndex;
import io.segmentation.text.SegmentQuery;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The contract every custom criterion must keep — a named {@link CustomPredicate} wrapped by
 * {@link io.segmentation.Attributes#custom} — as a JUnit 5 test class to extend (a TCK, like Micrometer's): equal
 * definitions are equal, it holds for the subjects it should and not for the others, every explanation agrees with
 * the answer and names it, {@code not} is its complement, answers are repeatable, the population index agrees with the
 * matcher, and printing it as text fails with a message naming it.
 *
 * <p>Implement {@link #criterion()}, {@link #satisfying()} and {@link #notSatisfying()}; override {@link #context()}
 * for another evaluation time:
 *
 * <pre>{@code
 * record Account(String id, String email) {}
 *
 * final class AccountCriteria {
 *     // One predicate object: custom criteria are equal only when their predicates are the same object.
 *     private static final CustomPredicate<Account> CORPORATE =
 *             (account, context) -> account.email() != null && account.email().endsWith("@example.com");
 *
 *     static Criterion<Account> corporateEmail() {
 *         return Attributes.custom("corporate_email", CORPORATE);
 *     }
 * }
 *
 * class CorporateEmailContractTest extends CustomPredicateContract<Account> {
 *
 *     @Override
 *     protected Criterion<Account> criterion() {
 *         return AccountCriteria.corporateEmail();
 *     }
 *
 *     @Override
 *     protected List<Account> satisfying() {
 *         return List.of(new Account("a-1", "ann@example.com"));
 *     }
 *
 *     @Override
 *     protected List<Account> notSatisfying() {
 *         return List.of(new Account("a-2", "bob@mail.test"), new Account("a-3", null));   // missing data too
 *     }
 * }
 * }</pre>
 *
 * <p>Every check is a public {@code @Test} method; to leave one out, override it without {@code @Test}, saying why
 * in a comment. Prefer a custom {@link io.segmentation.attribute.Attribute} when you can: it keeps every operator,
 * the text form and SQL, and has its own contract, {@link AttributeContract}.
 *
 * @param <T> the subject type
 * @since 0.1.0
 */
public abstract class CustomPredicateContract<T> {

    /** Creates the contract test; JUnit calls it. */
    protected CustomPredicateContract() {}

    /**
     * The custom criterion under test, built the way your code builds it (with
     * {@link io.segmentation.Attributes#custom} or {@link io.segmentation.Attributes#satisfies}).
     *
     * @return the criterion
     */
    protected abstract Criterion<T> criterion();

    /**
     * Subjects for which the criterion holds; at least one.
     *
     * @return the subjects
     */
    protected abstract List<T> satisfying();

    /**
     * Subjects for which the criterion does not hold; at least one, preferably including one with missing data.
     *
     * @return the subjects
     */
    protected abstract List<T> notSatisfying();

    /**
     * The evaluation context of every check; {@link TestKit#defaultContext()} unless overridden.
     *
     * @return the context
     */
    protected EvaluationContext context() {
        return TestKit.defaultContext();
    }

    /** The criterion is a named custom predicate, with a name that is not blank. */
    @Test
    public void is_a_named_custom_criterion() {
        assertThat(criterion()).as("criterion()").isInstanceOf(Criterion.Custom.class);
        assertThat(customCriterion().name()).as("name of the custom criterion").isNotBlank();
    }

    /**
     * Two constructions are equal with equal hash codes: the predicate is one object, not a new lambda on every call,
     * so that segments using it are equal and engines share it.
     */
    @Test
    public void two_constructions_are_equal_with_equal_hash_codes() {
        Criterion<T> one = criterion();
        assertThat(criterion())
                .as(
                        "a second construction of custom '%s' (keep the predicate in a constant)",
                        customCriterion().name())
                .isEqualTo(one)
                .hasSameHashCodeAs(one);
    }

    /** A criterion with the same predicate under another name is a different criterion. */
    @Test
    public void another_name_makes_another_criterion() {
        Criterion.Custom<T> mine = customCriterion();
        assertThat(Attributes.<T>custom(mine.name() + "_other", mine.predicate()))
                .as("custom '%s' renamed", mine.name())
                .isNotEqualTo(mine);
    }

    /** The samples hold a subject in and a subject out, so that the other checks cover both answers. */
    @Test
    public void samples_include_a_subject_in_and_one_out() {
        assertThat(checkNotNull(satisfying(), "satisfying()"))
                .as("satisfying()")
                .isNotEmpty();
        assertThat(checkNotNull(notSatisfying(), "notSatisfying()"))
                .as("notSatisfying()")
                .isNotEmpty();
    }

    /** The criterion holds for every subject of {@link #satisfying()}. */
    @Test
    public void holds_for_the_satisfying_subjects() {
        for (T subject : satisfying()) {
            assertThat(matches(criterion(), subject))
                    .as("custom '%s' for %s", customCriterion().name(), subject)
                    .isTrue();
        }
    }

    /** The criterion does not hold for any subject of {@link #notSatisfying()}. */
    @Test
    public void does_not_hold_for_the_other_subjects() {
        for (T subject : notSatisfying()) {
            assertThat(matches(criterion(), subject))
                    .as("custom '%s' for %s", customCriterion().name(), subject)
                    .isFalse();
        }
    }

    /** Every explanation agrees with the match and names the criterion. */
    @Test
    public void every_explanation_agrees_with_its_match_and_names_it() {
        SegmentMatcher<T> matcher = SegmentMatcher.of(Segment.where(criterion()));
        String name = customCriterion().name();
        for (T subject : subjects()) {
            Explanation why = matcher.explain(subject, context());
            boolean matched = matcher.matches(subject, context());
            assertThat(why.matched())
                    .as("explanation of custom '%s' for %s:%n%s", name, subject, why)
                    .isEqualTo(matched);
            assertThat(why.children().get(0).summary())
                    .as("explanation of custom '%s' for %s", name, subject)
                    .startsWith("custom ")
                    .contains(name)
                    .endsWith(matched ? " holds" : " does not hold");
        }
    }

    /** {@code not(criterion)} holds exactly when the criterion does not. */
    @Test
    public void not_is_the_complement() {
        for (T subject : subjects()) {
            assertThat(matches(not(criterion()), subject))
                    .as("NOT custom '%s' for %s", customCriterion().name(), subject)
                    .isEqualTo(!matches(criterion(), subject));
        }
    }

    /** Asking again gives the same answer: the predicate is a pure function of subject and context. */
    @Test
    public void answers_are_repeatable() {
        Criterion.Custom<T> c = customCriterion();
        for (T subject : subjects()) {
            boolean first = test(c, subject);
            for (int i = 0; i < 3; i++) {
                assertThat(test(c, subject))
                        .as("custom '%s' asked again for %s", c.name(), subject)
                        .isEqualTo(first);
            }
        }
    }

    /** The {@link PopulationIndex}, which asks custom predicates row by row, finds the subjects the matcher finds. */
    @Test
    public void the_population_index_agrees_with_the_matcher() {
        List<T> subjects = subjects();
        Map<T, String> ids = new IdentityHashMap<>();
        subjects.forEach(s -> ids.put(s, "sample-" + ids.size()));
        PopulationIndex<T> index = PopulationIndex.build(subjects, ids::get, context());
        for (Criterion<T> c : List.of(criterion(), not(criterion()))) {
            assertThat(index.members(c))
                    .as("members of %s in the population index", Segment.where(c))
                    .containsExactlyElementsOf(
                            SegmentMatcher.of(Segment.where(c)).filter(subjects, context()));
        }
    }

    /** Building a custom criterion rejects a null name or predicate at once, naming it. */
    @Test
    public void building_rejects_a_null_name_or_predicate() {
        Criterion.Custom<T> c = customCriterion();
        assertThatThrownBy(() -> Attributes.<T>custom(null, c.predicate()))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("name");
        assertThatThrownBy(() -> Attributes.<T>custom(c.name(), null))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("predicate");
    }

    /** Printing the criterion as query text fails with a message that names it: it has no text form. */
    @Test
    public void printing_as_text_fails_naming_it() {
        Criterion.Custom<T> c = customCriterion();
        assertThatThrownBy(() -> SegmentQuery.toText(c))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + c.name() + "'");
    }

    private Criterion.Custom<T> customCriterion() {
        Criterion<T> c = checkNotNull(criterion(), "criterion()");
        if (!(c instanceof Criterion.Custom<T> custom)) {
            throw new IllegalStateException("criterion() must be a custom criterion (Attributes.custom(...)) but is "
                    + Segment.where(c) + "; test attributes with AttributeContract");
        }
        return custom;
    }

    private List<T> subjects() {
        Map<T, Boolean> seen = new IdentityHashMap<>();
        List<T> subjects = new ArrayList<>();
        for (List<T> part : List.of(satisfying(), notSatisfying())) {
            for (T subject : checkNotNull(part, "satisfying() and notSatisfying()")) {
                checkNotNull(subject, "a sample subject is null");
                if (seen.put(subject, Boolean.TRUE) == null) {
                    subjects.add(subject);
                }
            }
        }
        return subjects;
    }

    @SuppressWarnings("unchecked") // the predicate accepts T or a supertype of it
    private boolean test(Criterion.Custom<T> c, T subject) {
        return ((CustomPredicate<T>) c.predicate()).test(subject, context());
    }

    private boolean matches(Criterion<T> criterion, T subject) {
        return SegmentMatcher.of(Segment.where(criterion)).matches(subject, context());
    }
}
