package io.segmentation.internal.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

class PatternBudgetTest {

    /** Pieces of RE2 syntax, joined at random into patterns that RE2/J mostly accepts and sometimes refuses. */
    private static final List<String> PIECES = List.of(
            "a",
            "b",
            "é",
            "😀",
            ".",
            "^",
            "$",
            "(",
            ")",
            "(?:",
            "(?i)",
            "(?P<n>",
            "(?<m>",
            "|",
            "*",
            "+",
            "?",
            "*?",
            "{2}",
            "{0,3}",
            "{2,}",
            "{3,5}",
            "{0}",
            "{1}",
            "{01}",
            "{,3}",
            "{",
            "}",
            "[a-z]",
            "[^]x]",
            "[[:alpha:]]",
            "\\d",
            "\\pL",
            "\\p{Greek}",
            "\\x{41}",
            "\\Qab{9}\\E",
            "\\b",
            "\\012",
            "\\\\",
            "[\\]a]",
            ",",
            "0",
            "9",
            "{10}",
            "{4,7}",
            "(?s)",
            "(?-i)",
            "(?U)",
            "[]a]",
            "\\Q*\\E",
            "\\z",
            "\\A",
            "{100}",
            "{0,50}");

    private static Gen<String> patterns() {
        Gen<String> piece = Generate.pick(PIECES);
        return SourceDSL.lists().of(piece).ofSizeBetween(1, 16).map(pieces -> String.join("", pieces));
    }

    private static int programSize(String regex, boolean ignoreCase) {
        return Pattern.compile(regex, ignoreCase ? Pattern.CASE_INSENSITIVE : 0).programSize();
    }

    @Test
    void estimate_is_never_below_the_program_re2j_compiles() {
        qt().withExamples(5_000).forAll(patterns(), SourceDSL.booleans().all()).checkAssert((regex, ignoreCase) -> {
            int actual;
            try {
                actual = programSize(regex, ignoreCase);
            } catch (PatternSyntaxException refusedByRe2j) {
                return;
            }
            try {
                assertThat(PatternBudget.check(regex)).as(regex).isGreaterThanOrEqualTo(actual);
            } catch (IllegalArgumentException refused) {
                // Refused patterns need no estimate: only accepted ones reach RE2/J.
            }
        });
    }

    @Test
    void accepted_patterns_compile_to_at_most_the_limit() {
        qt().withExamples(5_000).forAll(patterns()).checkAssert(regex -> {
            try {
                PatternBudget.check(regex);
            } catch (IllegalArgumentException refused) {
                return;
            }
            try {
                assertThat(programSize(regex, false)).isLessThanOrEqualTo(PatternBudget.MAX_PROGRAM_SIZE);
            } catch (PatternSyntaxException refusedByRe2j) {
                // Not a pattern at all; RE2/J says why.
            }
        });
    }

    @Test
    void estimate_of_everyday_patterns_is_close_to_the_program() {
        assertThat(PatternBudget.check(".*engineer.*")).isEqualTo(16);
        assertThat(PatternBudget.check("[0-9]{5}")).isEqualTo(13);
        assertThat(programSize("[0-9]{5}", false)).isLessThanOrEqualTo(13);
    }

    @Test
    void nested_counted_repeats_are_refused_with_their_product_and_expansion() {
        assertThatThrownBy(() -> PatternBudget.check("(a{1,1000}){1,1000}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'(a{1,1000}){1,1000}'")
                .hasMessageContaining("1,000,000 repetitions")
                .hasMessageContaining("about 2,004,003 instructions")
                .hasMessageContaining("limited to 1,000");
    }

    @Test
    void nested_counted_repeats_just_over_the_product_limit_are_refused() {
        assertThatThrownBy(() -> PatternBudget.check("(?:a{2}){501}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1,002 repetitions in all")
                .hasMessageContaining("'{501}' at index 8");
    }

    @Test
    void a_count_over_the_limit_is_refused_naming_the_repeat() {
        assertThatThrownBy(() -> PatternBudget.check("x{2,1001}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("pattern 'x{2,1001}' repeats 1,001 times in '{2,1001}' at index 1; a counted repeat is"
                        + " limited to 1,000");
    }

    @Test
    void a_huge_count_is_refused_without_overflow() {
        assertThatThrownBy(() -> PatternBudget.check("x{99999999999999999999}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("a counted repeat is limited to 1,000");
    }

    @Test
    void a_program_over_the_limit_is_refused_with_its_estimated_size() {
        assertThatThrownBy(() -> PatternBudget.check("(.{0,1000})*b"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("pattern '(.{0,1000})*b' would expand to about 2,008 instructions; the limit is 1,000");
    }

    @Test
    void a_program_at_the_limit_is_accepted() {
        assertThat(PatternBudget.check("x{1,498}")).isLessThanOrEqualTo(PatternBudget.MAX_PROGRAM_SIZE);
        assertThatThrownBy(() -> PatternBudget.check("x{1,499}")).hasMessageContaining("about 1,001 instructions");
    }

    @Test
    void a_long_literal_counts_one_instruction_per_character() {
        assertThat(PatternBudget.check("a".repeat(998))).isEqualTo(1_000);
        assertThatThrownBy(() -> PatternBudget.check("a".repeat(999)))
                .hasMessageContaining("… (999 characters)")
                .hasMessageContaining("about 1,001 instructions");
    }

    @Test
    void unbounded_repeats_stay_small() {
        assertThat(PatternBudget.check("(a+)+$")).isLessThan(20);
        assertThat(PatternBudget.check("[a-z0-9._%+-]+@[a-z0-9.-]+\\.[a-z]{2,24}"))
                .isLessThan(100);
    }

    @Test
    void deep_groups_are_refused_at_the_first_group_over_the_limit() {
        String deep = "(".repeat(101) + "a" + ")".repeat(101);
        assertThatThrownBy(() -> PatternBudget.check(deep))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("nests groups more than 100 deep at index 100");
    }

    @Test
    void groups_at_the_depth_limit_are_accepted() {
        assertThat(PatternBudget.check("(?:".repeat(100) + "a" + ")".repeat(100)))
                .isLessThanOrEqualTo(PatternBudget.MAX_PROGRAM_SIZE);
    }

    @Test
    void very_deep_groups_are_refused_without_a_stack_overflow() {
        String deep = "(".repeat(PatternBudget.MAX_LENGTH);
        assertThatThrownBy(() -> PatternBudget.check(deep)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void look_behind_is_named() {
        assertThatThrownBy(() -> PatternBudget.check("(?<=x)a"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(
                        "pattern '(?<=x)a' uses look-behind '(?<=…)' at index 0, which RE2 syntax does" + " not have");
    }

    @Test
    void negative_look_behind_is_named() {
        assertThatThrownBy(() -> PatternBudget.check("a(?<!x)")).hasMessageContaining("negative look-behind '(?<!…)'");
    }

    @Test
    void look_ahead_is_named() {
        assertThatThrownBy(() -> PatternBudget.check("a(?=x)")).hasMessageContaining("look-ahead '(?=…)'");
        assertThatThrownBy(() -> PatternBudget.check("a(?!x)")).hasMessageContaining("negative look-ahead '(?!…)'");
    }

    @Test
    void back_references_are_named() {
        assertThatThrownBy(() -> PatternBudget.check("(a)\\1")).hasMessageContaining("back-reference '\\1' at index 3");
        assertThatThrownBy(() -> PatternBudget.check("(?P<x>a)\\k<x>")).hasMessageContaining("back-reference '\\k'");
        assertThatThrownBy(() -> PatternBudget.check("(?P<x>a)(?P=x)"))
                .hasMessageContaining("named back-reference '(?P=…)'");
    }

    @Test
    void octal_escapes_are_not_back_references() {
        assertThat(PatternBudget.check("\\12")).isPositive();
        assertThat(Pattern.compile("\\12").matches("\n")).isTrue();
    }

    @Test
    void atomic_groups_and_possessive_quantifiers_are_named() {
        assertThatThrownBy(() -> PatternBudget.check("(?>ab)")).hasMessageContaining("atomic group '(?>…)'");
        assertThatThrownBy(() -> PatternBudget.check("a*+")).hasMessageContaining("possessive quantifier '*+'");
        assertThatThrownBy(() -> PatternBudget.check("a{2}+")).hasMessageContaining("possessive quantifier '{2}+'");
    }

    @Test
    void conditionals_and_recursion_are_named() {
        assertThatThrownBy(() -> PatternBudget.check("(?(1)a|b)")).hasMessageContaining("conditional");
        assertThatThrownBy(() -> PatternBudget.check("a(?R)?")).hasMessageContaining("recursion '(?R…'");
        assertThatThrownBy(() -> PatternBudget.check("(a)(?1)")).hasMessageContaining("recursion '(?1…'");
    }

    @Test
    void constructs_inside_a_class_or_quote_are_literal() {
        assertThat(PatternBudget.check("[(?<=x)]")).isPositive();
        assertThat(PatternBudget.check("\\Q(?<=x)\\1\\E")).isPositive();
        assertThat(PatternBudget.check("\\Qa{1000}{1000}\\E")).isLessThan(30);
    }

    @Test
    void braces_that_are_not_a_repeat_are_literal_as_in_re2() {
        assertThat(PatternBudget.check("a{01}")).isEqualTo(7);
        assertThat(PatternBudget.check("a{,5}")).isEqualTo(7);
        assertThat(Pattern.compile("a{01}").matches("a{01}")).isTrue();
    }

    @Test
    void a_pattern_longer_than_the_limit_is_refused_with_an_excerpt() {
        String longClass = "[" + "a".repeat(20_000) + "]";
        assertThatThrownBy(() -> PatternBudget.check(longClass))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageEndingWith("… (20,002 characters) is longer than the limit of 10,000 characters");
    }

    @Test
    void a_long_class_within_the_length_limit_is_one_instruction() {
        assertThat(PatternBudget.check("[" + "a".repeat(9_998) + "]")).isEqualTo(3);
    }

    @Test
    void characters_re2j_cannot_fold_are_refused_when_ignoring_case() {
        // RE2/J 1.8 loops forever folding U+1C80–U+1C88; found by HostileInputFuzzTest (query 756,498).
        assertThatThrownBy(() -> PatternBudget.check("[a-\uDC00z]", true))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("U+1C80–U+1C88 at index 1 while ignoring case");
        assertThatThrownBy(() -> PatternBudget.check("(?i)x\u1C80")).hasMessageContaining("at index 5");
        assertThatThrownBy(() -> PatternBudget.check("\\x{1C85}", true)).hasMessageContaining("U+1C80–U+1C88");
        assertThatThrownBy(() -> PatternBudget.check("[\\x{1C00}-\\x{1CFF}]", true))
                .hasMessageContaining("U+1C80–U+1C88");
        assertThatThrownBy(() -> PatternBudget.check("\\Q\u1C88\\E", true)).hasMessageContaining("U+1C80–U+1C88");
    }

    @Test
    void the_same_characters_are_accepted_with_case() {
        assertThat(PatternBudget.check("[a-\uDC00z]", false)).isPositive();
        assertThat(Pattern.compile("[a-\uDC00z]").matches("\u1C80")).isTrue();
        assertThat(PatternBudget.check("(?i)[a-\u1C7F]")).isPositive();
    }

    @Test
    void excerpt_cuts_long_patterns() {
        assertThat(PatternBudget.excerpt("ab")).isEqualTo("'ab'");
        assertThat(PatternBudget.excerpt("x".repeat(10_000)))
                .hasSizeLessThan(120)
                .endsWith("(10,000 characters)");
    }
}
