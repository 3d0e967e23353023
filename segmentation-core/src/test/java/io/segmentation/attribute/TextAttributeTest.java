package io.segmentation.attribute;

import static io.segmentation.Attributes.city;
import static io.segmentation.Attributes.country;
import static io.segmentation.Attributes.not;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.NullPointerTester;
import io.segmentation.Criterion;
import io.segmentation.EvaluationContext;
import io.segmentation.Segment;
import io.segmentation.engine.SegmentMatcher;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextAttributeTest {

    private static final EvaluationContext CONTEXT = EvaluationContext.asOf(Instant.parse("2026-06-01T00:00:00Z"));

    private record Sample(String city) {}

    private static final TextAttribute<Sample> CITY = Attribute.text("city", Sample::city);

    private static boolean holds(Criterion<Sample> criterion, String city) {
        return SegmentMatcher.of(Segment.where(criterion)).matches(new Sample(city), CONTEXT);
    }

    @Test
    void is_matches_exactly() {
        assertThat(holds(CITY.is("Berlin"), "Berlin")).isTrue();
        assertThat(holds(CITY.is("Berlin"), "berlin")).isFalse();
        assertThat(holds(CITY.is("Berlin"), "Berlin ")).isFalse();
    }

    @Test
    void is_ignoring_case_folds_both_sides() {
        assertThat(holds(CITY.isIgnoringCase("BERLIN"), "berlin")).isTrue();
        assertThat(holds(CITY.isIgnoringCase("berlin"), "BeRLiN")).isTrue();
        assertThat(holds(CITY.isIgnoringCase("berlin"), "bern")).isFalse();
    }

    @Test
    void in_matches_any_listed_text_exactly() {
        Criterion<Sample> c = CITY.in("Berlin", "Paris");

        assertThat(holds(c, "Paris")).isTrue();
        assertThat(holds(c, "paris")).isFalse();
        assertThat(holds(c, "Vienna")).isFalse();
    }

    @Test
    void in_of_a_collection_equals_in_of_varargs() {
        assertThat(CITY.in(List.of("Berlin", "Paris"))).isEqualTo(CITY.in("Berlin", "Paris"));
    }

    @Test
    void in_ignoring_case_matches_any_listed_text_in_any_case() {
        Criterion<Sample> c = CITY.inIgnoringCase("BERLIN", "Paris");

        assertThat(holds(c, "berlin")).isTrue();
        assertThat(holds(c, "PARIS")).isTrue();
        assertThat(holds(c, "Vienna")).isFalse();
    }

    @Test
    void starts_with_is_case_sensitive() {
        assertThat(holds(CITY.startsWith("Ber"), "Berlin")).isTrue();
        assertThat(holds(CITY.startsWith("ber"), "Berlin")).isFalse();
        assertThat(holds(CITY.startsWith("lin"), "Berlin")).isFalse();
    }

    @Test
    void starts_with_ignoring_case_folds_both_sides() {
        assertThat(holds(CITY.startsWithIgnoringCase("bER"), "Berlin")).isTrue();
        assertThat(holds(CITY.startsWithIgnoringCase("lin"), "Berlin")).isFalse();
    }

    @Test
    void ends_with_is_case_sensitive() {
        assertThat(holds(CITY.endsWith("lin"), "Berlin")).isTrue();
        assertThat(holds(CITY.endsWith("LIN"), "Berlin")).isFalse();
        assertThat(holds(CITY.endsWith("Ber"), "Berlin")).isFalse();
    }

    @Test
    void ends_with_ignoring_case_folds_both_sides() {
        assertThat(holds(CITY.endsWithIgnoringCase("LIN"), "Berlin")).isTrue();
        assertThat(holds(CITY.endsWithIgnoringCase("ber"), "Berlin")).isFalse();
    }

    @Test
    void contains_is_case_sensitive() {
        assertThat(holds(CITY.contains("erl"), "Berlin")).isTrue();
        assertThat(holds(CITY.contains("ERL"), "Berlin")).isFalse();
        assertThat(holds(CITY.contains("xyz"), "Berlin")).isFalse();
    }

    @Test
    void contains_ignoring_case_folds_both_sides() {
        assertThat(holds(CITY.containsIgnoringCase("ERL"), "Berlin")).isTrue();
        assertThat(holds(CITY.containsIgnoringCase("xyz"), "Berlin")).isFalse();
    }

    @Test
    void matches_requires_the_whole_value_to_match() {
        assertThat(holds(CITY.matches("Ber.*"), "Berlin")).isTrue();
        assertThat(holds(CITY.matches("erl"), "Berlin")).isFalse();
        assertThat(holds(CITY.matches("Ber"), "Berlin")).isFalse();
    }

    @Test
    void matches_is_case_sensitive() {
        assertThat(holds(CITY.matches("berlin"), "Berlin")).isFalse();
    }

    @Test
    void matches_ignoring_case_requires_the_whole_value_in_any_case() {
        assertThat(holds(CITY.matchesIgnoringCase("BER.*"), "Berlin")).isTrue();
        assertThat(holds(CITY.matchesIgnoringCase("ERL"), "Berlin")).isFalse();
    }

    @Test
    void every_comparison_on_a_missing_value_is_false() {
        List<Criterion<Sample>> comparisons = List.of(
                CITY.is(""),
                CITY.isIgnoringCase(""),
                CITY.in("", "x"),
                CITY.inIgnoringCase("", "x"),
                CITY.startsWith(""),
                CITY.startsWithIgnoringCase(""),
                CITY.endsWith(""),
                CITY.endsWithIgnoringCase(""),
                CITY.contains(""),
                CITY.containsIgnoringCase(""),
                CITY.matches(".*"),
                CITY.matchesIgnoringCase(".*"));

        assertThat(comparisons).allSatisfy(c -> assertThat(holds(c, null)).isFalse());
    }

    @Test
    void not_of_a_comparison_on_a_missing_value_is_true() {
        assertThat(holds(not(CITY.matches(".*")), null)).isTrue();
    }

    @Test
    void is_present_holds_for_a_value_and_is_missing_for_none() {
        assertThat(holds(CITY.isPresent(), "")).isTrue();
        assertThat(holds(CITY.isPresent(), null)).isFalse();
        assertThat(holds(CITY.isMissing(), null)).isTrue();
        assertThat(holds(CITY.isMissing(), "Berlin")).isFalse();
    }

    @Test
    void is_ignoring_case_of_different_cases_is_the_same_criterion() {
        assertThat(country().isIgnoringCase("DE")).isEqualTo(country().isIgnoringCase("de"));
    }

    @Test
    void is_of_different_cases_are_different_criteria() {
        assertThat(city().is("Berlin")).isNotEqualTo(city().is("berlin"));
    }

    @Test
    void is_and_is_ignoring_case_are_different_criteria() {
        assertThat(country().is("de")).isNotEqualTo(country().isIgnoringCase("de"));
    }

    @Test
    void matches_rejects_an_invalid_regex_naming_the_pattern_and_attribute() {
        assertThatThrownBy(() -> CITY.matches("Ber(lin"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'Ber(lin'")
                .hasMessageContaining("'city'");
    }

    @Test
    void matches_ignoring_case_rejects_an_invalid_regex_naming_the_pattern() {
        assertThatThrownBy(() -> CITY.matchesIgnoringCase("[a-"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("[a-");
    }

    @Test
    void in_rejects_no_values_naming_attribute() {
        assertThatThrownBy(() -> country().in())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("empty")
                .hasMessageContaining("'country'");
    }

    @Test
    void in_ignoring_case_rejects_no_values() {
        assertThatThrownBy(() -> country().inIgnoringCase(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void is_rejects_null_naming_the_call_and_attribute() {
        assertThatThrownBy(() -> country().is(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("is(null)")
                .hasMessageContaining("'country'");
    }

    @Test
    void in_rejects_a_null_element() {
        assertThatThrownBy(() -> country().in(Arrays.asList("DE", null))).isInstanceOf(NullPointerException.class);
    }

    @Test
    void starts_with_rejects_null() {
        assertThatThrownBy(() -> country().startsWith(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void matches_rejects_null() {
        assertThatThrownBy(() -> country().matches(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void null_pointer_tester_finds_every_reference_parameter_checked() {
        NullPointerTester tester = new NullPointerTester()
                .setDefault(EvaluationContext.class, CONTEXT)
                .setDefault(Object.class, new Sample("Berlin"));
        NumberAttributeTest.ignoreReaders(tester, CITY);
        tester.testAllPublicInstanceMethods(CITY);
    }
}
