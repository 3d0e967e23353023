package io.segmentation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableSet;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The condition records of every family: validation, equality and the tests they make on present values. */
class ConditionsTest {

    private static final Instant AS_OF = Instant.parse("2026-06-01T00:00:00Z");
    private static final EvaluationContext CONTEXT = EvaluationContext.asOf(AS_OF);
    private static final Instant T = Instant.parse("2026-05-01T00:00:00Z");

    @Test
    void each_family_reports_its_value_type() {
        assertThat(new NumberCondition.AtLeast(1).valueType()).isEqualTo(Double.class);
        assertThat(new TextCondition.Is("x", false).valueType()).isEqualTo(String.class);
        assertThat(new BooleanCondition.Is(true).valueType()).isEqualTo(Boolean.class);
        assertThat(new InstantCondition.Within(Duration.ofDays(1)).valueType()).isEqualTo(Instant.class);
        assertThat(new SetCondition.IsEmpty().valueType()).isEqualTo(Set.class);
    }

    @Test
    void number_between_rejects_reversed_bounds_naming_both() {
        assertThatThrownBy(() -> new NumberCondition.Between(25, 18))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("lower bound 25 exceeds upper bound 18");
    }

    @Test
    void number_conditions_reject_non_finite_operands() {
        assertThatThrownBy(() -> new NumberCondition.AtLeast(Double.NaN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("finite");
        assertThatThrownBy(() -> new NumberCondition.Between(0, Double.POSITIVE_INFINITY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("upper bound");
    }

    @Test
    void number_in_rejects_an_empty_set() {
        assertThatThrownBy(() -> new NumberCondition.In(ImmutableSet.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("empty");
    }

    @Test
    void number_conditions_store_negative_zero_as_zero() {
        assertThat(new NumberCondition.AtLeast(-0.0).bound()).isEqualTo(0.0);
        assertThat(NumberCondition.In.of(-0.0).values()).containsExactly(0.0);
    }

    @Test
    void number_in_keeps_the_order_given() {
        assertThat(NumberCondition.In.of(3, 1, 2).values()).containsExactly(3.0, 1.0, 2.0);
    }

    @Test
    void number_in_of_numbers_converts_them_to_doubles() {
        assertThat(NumberCondition.In.of(List.of(1, 2L, 2.5f)).values()).containsExactly(1.0, 2.0, 2.5);
    }

    @Test
    void number_conditions_are_equal_by_operands() {
        new EqualsTester()
                .addEqualityGroup(new NumberCondition.Between(1, 2), new NumberCondition.Between(1, 2))
                .addEqualityGroup(new NumberCondition.Between(1, 3))
                .addEqualityGroup(new NumberCondition.AtLeast(1), new NumberCondition.AtLeast(1.0))
                .addEqualityGroup(new NumberCondition.AtMost(1))
                .addEqualityGroup(new NumberCondition.GreaterThan(1))
                .addEqualityGroup(new NumberCondition.LessThan(1))
                .addEqualityGroup(new NumberCondition.Is(0.0), new NumberCondition.Is(-0.0))
                .addEqualityGroup(
                        NumberCondition.In.of(1, 2),
                        NumberCondition.In.of(2, 1),
                        new NumberCondition.In(ImmutableSet.of(1.0, 2.0)))
                .addEqualityGroup(NumberCondition.In.of(1))
                .testEquals();
    }

    @Test
    void text_ignoring_case_operands_are_stored_folded() {
        assertThat(new TextCondition.Is("DE", true).expected()).isEqualTo("de");
        assertThat(new TextCondition.StartsWith("/Shoes", true).prefix()).isEqualTo("/shoes");
        assertThat(TextCondition.In.of(List.of("DE", "At"), true).values()).containsExactly("de", "at");
    }

    @Test
    void text_case_sensitive_operands_are_stored_as_given() {
        assertThat(new TextCondition.Is("DE", false).expected()).isEqualTo("DE");
    }

    @Test
    void text_in_rejects_an_empty_set() {
        assertThatThrownBy(() -> TextCondition.In.of(List.of(), false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("empty");
    }

    @Test
    void text_in_ignoring_case_collapses_values_differing_only_in_case() {
        assertThat(TextCondition.In.of(List.of("DE", "de"), true).values()).containsExactly("de");
    }

    @Test
    void matches_of_an_invalid_regex_is_rejected_naming_the_pattern() {
        assertThatThrownBy(() -> TextCondition.Matches.of("a(b", false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("invalid regular expression")
                .hasMessageContaining("'a(b'");
    }

    @Test
    void matches_record_validates_its_regex() {
        assertThatThrownBy(() -> new TextCondition.Matches("[a-", true))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'[a-'");
    }

    @Test
    void matches_ignoring_case_tests_the_whole_value_in_any_case() {
        TextCondition.Matches matches = TextCondition.Matches.of("b+", true);

        assertThat(matches.test("BbB", CONTEXT)).isTrue();
        assertThat(matches.test("aBBB", CONTEXT)).isFalse();
    }

    @Test
    void matches_reports_its_regex_and_case_flag() {
        TextCondition.Matches matches = TextCondition.Matches.of("a.*", true);

        assertThat(matches.regex()).isEqualTo("a.*");
        assertThat(matches.ignoreCase()).isTrue();
        assertThat(matches).hasToString("Matches[regex=a.*, ignoreCase=true]");
    }

    @Test
    void matches_tests_the_whole_value() {
        TextCondition.Matches matches = TextCondition.Matches.of("b+", false);

        assertThat(matches.test("bbb", CONTEXT)).isTrue();
        assertThat(matches.test("abbb", CONTEXT)).isFalse();
    }

    @Test
    void text_conditions_are_equal_by_operand_and_case_flag() {
        new EqualsTester()
                .addEqualityGroup(
                        new TextCondition.Is("DE", true),
                        new TextCondition.Is("de", true),
                        new TextCondition.Is("De", true))
                .addEqualityGroup(new TextCondition.Is("DE", false))
                .addEqualityGroup(new TextCondition.Is("de", false))
                .addEqualityGroup(
                        TextCondition.In.of(List.of("DE", "AT"), false),
                        TextCondition.In.of(List.of("AT", "DE"), false))
                .addEqualityGroup(
                        TextCondition.In.of(List.of("DE", "AT"), true), TextCondition.In.of(List.of("de", "at"), true))
                .addEqualityGroup(new TextCondition.StartsWith("/shoes", false))
                .addEqualityGroup(new TextCondition.EndsWith("/shoes", false))
                .addEqualityGroup(new TextCondition.Contains("/shoes", false))
                .addEqualityGroup(
                        new TextCondition.Contains("/SHOES", true), new TextCondition.Contains("/shoes", true))
                .addEqualityGroup(
                        TextCondition.Matches.of("a.*", false),
                        TextCondition.Matches.of("a.*", false),
                        new TextCondition.Matches("a.*", false))
                .addEqualityGroup(TextCondition.Matches.of("a.*", true), new TextCondition.Matches("a.*", true))
                .addEqualityGroup(TextCondition.Matches.of("A.*", true))
                .testEquals();
    }

    @Test
    void boolean_conditions_are_equal_by_expected_value() {
        new EqualsTester()
                .addEqualityGroup(new BooleanCondition.Is(true), new BooleanCondition.Is(true))
                .addEqualityGroup(new BooleanCondition.Is(false))
                .testEquals();
    }

    @Test
    void instant_between_of_fixed_points_rejects_reversed_bounds() {
        assertThatThrownBy(() -> new InstantCondition.Between(TimePoint.at(AS_OF), TimePoint.at(T)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(AS_OF.toString())
                .hasMessageContaining(T.toString());
    }

    @Test
    void instant_between_of_relative_points_out_of_order_matches_nothing() {
        InstantCondition.Between reversed =
                new InstantCondition.Between(TimePoint.now(), TimePoint.ago(Duration.ofDays(1)));

        assertThat(reversed.test(AS_OF, CONTEXT)).isFalse();
        assertThat(reversed.test(AS_OF.minus(Duration.ofHours(12)), CONTEXT)).isFalse();
    }

    @Test
    void within_rejects_a_zero_duration() {
        assertThatThrownBy(() -> new InstantCondition.Within(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("PT0S");
    }

    @Test
    void instant_conditions_are_equal_by_operands() {
        new EqualsTester()
                .addEqualityGroup(
                        new InstantCondition.Before(TimePoint.at(T)), new InstantCondition.Before(TimePoint.at(T)))
                .addEqualityGroup(new InstantCondition.After(TimePoint.at(T)))
                .addEqualityGroup(new InstantCondition.Before(TimePoint.ago(Duration.ofDays(30))))
                .addEqualityGroup(
                        new InstantCondition.Between(TimePoint.at(T), TimePoint.at(AS_OF)),
                        new InstantCondition.Between(TimePoint.at(T), TimePoint.at(AS_OF)))
                .addEqualityGroup(
                        new InstantCondition.Within(Duration.ofDays(30)),
                        new InstantCondition.Within(Duration.ofHours(720)))
                .addEqualityGroup(new InstantCondition.Within(Duration.ofDays(7)))
                .testEquals();
    }

    @Test
    void set_conditions_reject_an_empty_set_of_elements() {
        assertThatThrownBy(() -> new SetCondition.ContainsAny(ImmutableSet.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("empty");
        assertThatThrownBy(() -> new SetCondition.ContainsAll(ImmutableSet.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void set_conditions_are_equal_by_elements() {
        new EqualsTester()
                .addEqualityGroup(new SetCondition.Contains("vip"), new SetCondition.Contains("vip"))
                .addEqualityGroup(new SetCondition.Contains("VIP"))
                .addEqualityGroup(
                        new SetCondition.ContainsAny(ImmutableSet.of("a", "b")),
                        new SetCondition.ContainsAny(ImmutableSet.of("b", "a")))
                .addEqualityGroup(new SetCondition.ContainsAll(ImmutableSet.of("a", "b")))
                .addEqualityGroup(new SetCondition.IsEmpty(), new SetCondition.IsEmpty())
                .testEquals();
    }

    @Test
    void null_pointer_tester_on_the_record_constructors_and_factories() {
        NullPointerTester tester = new NullPointerTester()
                .setDefault(TimePoint.class, TimePoint.now())
                .setDefault(Duration.class, Duration.ofDays(1))
                .setDefault(ImmutableSet.class, ImmutableSet.of("x"));
        for (Class<?> record : List.of(
                NumberCondition.Between.class,
                NumberCondition.AtLeast.class,
                NumberCondition.AtMost.class,
                NumberCondition.GreaterThan.class,
                NumberCondition.LessThan.class,
                NumberCondition.Is.class,
                TextCondition.Is.class,
                TextCondition.In.class,
                TextCondition.StartsWith.class,
                TextCondition.EndsWith.class,
                TextCondition.Contains.class,
                TextCondition.Matches.class,
                BooleanCondition.Is.class,
                InstantCondition.Before.class,
                InstantCondition.After.class,
                InstantCondition.Between.class,
                InstantCondition.Within.class,
                SetCondition.Contains.class,
                SetCondition.ContainsAny.class,
                SetCondition.ContainsAll.class,
                SetCondition.IsEmpty.class)) {
            tester.testAllPublicConstructors(record);
            tester.testAllPublicStaticMethods(record);
        }
        new NullPointerTester()
                .setDefault(ImmutableSet.class, ImmutableSet.of(1.0))
                .testAllPublicConstructors(NumberCondition.In.class);
        new NullPointerTester().testAllPublicStaticMethods(NumberCondition.In.class);
    }
}
