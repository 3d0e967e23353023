package io.segmentation;

import static io.segmentation.Attributes.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.segmentation.attribute.Attribute;
import io.segmentation.customer.Customer;
import io.segmentation.engine.SegmentMatcher;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CriterionTest {

    private static final EvaluationContext CONTEXT = EvaluationContext.asOf(Instant.parse("2026-06-01T00:00:00Z"));

    private static final Criterion<Customer> TRUE = satisfies("yes", customer -> true);
    private static final Criterion<Customer> FALSE = satisfies("no", customer -> false);

    private static final Customer UNKNOWN = Customer.builder("c-0").build();
    private static final Customer ADULT =
            Customer.builder("c-1").birthDate(LocalDate.of(1990, 1, 1)).build();

    private final Criterion<Customer> a = age().atLeast(18);
    private final Criterion<Customer> b = country().is("DE");
    private final Criterion<Customer> c = tags().contains("vip");
    private final Criterion<Customer> d = income().greaterThan(0);

    private static boolean holds(Criterion<Customer> criterion, Customer customer) {
        return SegmentMatcher.of(Segment.where(criterion)).matches(customer, CONTEXT);
    }

    @Test
    void and_holds_only_when_every_operand_holds() {
        assertThat(holds(allOf(TRUE, TRUE, TRUE), UNKNOWN)).isTrue();
        assertThat(holds(allOf(TRUE, FALSE, TRUE), UNKNOWN)).isFalse();
    }

    @Test
    void or_holds_when_any_operand_holds() {
        assertThat(holds(anyOf(FALSE, FALSE, TRUE), UNKNOWN)).isTrue();
        assertThat(holds(anyOf(FALSE, FALSE), UNKNOWN)).isFalse();
    }

    @Test
    void not_is_the_complement() {
        assertThat(holds(not(TRUE), UNKNOWN)).isFalse();
        assertThat(holds(not(FALSE), UNKNOWN)).isTrue();
    }

    @Test
    void a_comparison_on_a_missing_value_is_false_whatever_the_condition() {
        assertThat(holds(age().atLeast(18), UNKNOWN)).isFalse();
        assertThat(holds(age().lessThan(18), UNKNOWN)).isFalse();
    }

    @Test
    void not_of_a_comparison_on_a_missing_value_is_true() {
        assertThat(holds(not(age().atLeast(18)), UNKNOWN)).isTrue();
    }

    @Test
    void is_missing_is_the_complement_of_is_present() {
        assertThat(holds(age().isMissing(), UNKNOWN)).isTrue();
        assertThat(holds(age().isPresent(), UNKNOWN)).isFalse();
        assertThat(holds(age().isMissing(), ADULT)).isFalse();
        assertThat(holds(age().isPresent(), ADULT)).isTrue();
    }

    @Test
    void and_method_equals_all_of() {
        assertThat(a.and(b)).isEqualTo(allOf(a, b));
    }

    @Test
    void or_method_equals_any_of() {
        assertThat(a.or(b)).isEqualTo(anyOf(a, b));
    }

    @Test
    void nested_ands_are_flattened_keeping_order() {
        Criterion.And<Customer> and = new Criterion.And<>(ImmutableList.of(allOf(a, b), allOf(c, d)));

        assertThat(and.operands()).containsExactly(a, b, c, d);
    }

    @Test
    void nested_ors_are_flattened_keeping_order() {
        Criterion.Or<Customer> or = new Criterion.Or<>(ImmutableList.of(a, anyOf(b, c), d));

        assertThat(or.operands()).containsExactly(a, b, c, d);
    }

    @Test
    void an_or_inside_an_and_is_not_flattened() {
        Criterion.And<Customer> and = new Criterion.And<>(ImmutableList.of(a, anyOf(b, c)));

        assertThat(and.operands()).containsExactly(a, anyOf(b, c));
    }

    @Test
    void an_and_inside_an_or_is_not_flattened() {
        Criterion.Or<Customer> or = new Criterion.Or<>(ImmutableList.of(allOf(a, b), c));

        assertThat(or.operands()).containsExactly(allOf(a, b), c);
    }

    @Test
    void and_with_one_operand_is_rejected() {
        assertThatThrownBy(() -> new Criterion.And<>(ImmutableList.of(a)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("and needs at least two operands but got 1");
    }

    @Test
    void or_with_no_operand_is_rejected() {
        assertThatThrownBy(() -> new Criterion.Or<Customer>(ImmutableList.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("or needs at least two operands but got 0");
    }

    @Test
    @SuppressWarnings({"unchecked", "rawtypes"})
    void a_comparison_of_mismatched_types_is_rejected_naming_attribute_and_types() {
        Attribute ageAttribute = age();
        Condition textCondition = new TextCondition.Is("25", false);

        assertThatThrownBy(() -> new Criterion.Comparison(ageAttribute, textCondition))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'age'")
                .hasMessageContaining("Double")
                .hasMessageContaining("String");
    }

    @Test
    void in_segment_record_rejects_an_unnamed_segment() {
        Segment<Customer> unnamed = Segment.where(a);

        assertThatThrownBy(() -> new Criterion.InSegment<>(unnamed))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("named");
    }

    @Test
    void custom_record_rejects_a_blank_name() {
        assertThatThrownBy(() -> new Criterion.Custom<Customer>("", (x, ctx) -> true))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("blank");
    }

    @Test
    void custom_criteria_are_equal_by_name_and_predicate_object() {
        CustomPredicate<Customer> yes = (customer, context) -> true;

        new EqualsTester()
                .addEqualityGroup(custom("yes", yes), custom("yes", yes))
                .addEqualityGroup(custom("yes", (customer, context) -> true))
                .addEqualityGroup(custom("also-yes", yes))
                .testEquals();
    }

    @Test
    void comparisons_are_equal_by_attribute_and_condition() {
        new EqualsTester()
                .addEqualityGroup(
                        age().atLeast(18),
                        age().atLeast(18),
                        new Criterion.Comparison<>(age(), new NumberCondition.AtLeast(18)))
                .addEqualityGroup(age().atLeast(21))
                .addEqualityGroup(age().greaterThan(18))
                .addEqualityGroup(income().atLeast(18))
                .addEqualityGroup(purchases().inLast(Duration.ofDays(30)).atLeast(18))
                .testEquals();
    }

    @Test
    void presences_are_equal_by_attribute_and_polarity() {
        new EqualsTester()
                .addEqualityGroup(age().isPresent(), new Criterion.Presence<>(age(), true))
                .addEqualityGroup(age().isMissing(), new Criterion.Presence<>(age(), false))
                .addEqualityGroup(income().isPresent())
                .testEquals();
    }

    @Test
    void ands_and_ors_are_equal_by_operands_in_order() {
        new EqualsTester()
                .addEqualityGroup(allOf(a, b), a.and(b), new Criterion.And<>(ImmutableList.of(a, b)))
                .addEqualityGroup(allOf(b, a))
                .addEqualityGroup(allOf(a, b, c), allOf(allOf(a, b), c), allOf(a, allOf(b, c)))
                .addEqualityGroup(anyOf(a, b), a.or(b))
                .addEqualityGroup(anyOf(b, a))
                .testEquals();
    }

    @Test
    void nots_are_equal_by_operand() {
        new EqualsTester()
                .addEqualityGroup(not(a), not(age().atLeast(18)))
                .addEqualityGroup(not(b))
                .addEqualityGroup(not(not(a)))
                .testEquals();
    }

    @Test
    void segment_references_are_equal_by_segment() {
        Segment<Customer> adults = Segment.where(a).named("adults");

        new EqualsTester()
                .addEqualityGroup(inSegment(adults), inSegment(Segment.where(a).named("adults")))
                .addEqualityGroup(inSegment(Segment.where(a).named("grown-ups")))
                .addEqualityGroup(inSegment(Segment.where(b).named("adults")))
                .testEquals();
    }

    @Test
    void null_pointer_tester_on_the_record_constructors() {
        NullPointerTester tester = new NullPointerTester()
                .setDefault(Attribute.class, age())
                .setDefault(Condition.class, new NumberCondition.AtLeast(18))
                .setDefault(Criterion.class, a)
                .setDefault(Segment.class, Segment.where(a).named("adults"))
                .setDefault(String.class, "name");
        tester.testAllPublicConstructors(Criterion.Comparison.class);
        tester.testAllPublicConstructors(Criterion.Presence.class);
        tester.testAllPublicConstructors(Criterion.And.class);
        tester.testAllPublicConstructors(Criterion.Or.class);
        tester.testAllPublicConstructors(Criterion.Not.class);
        tester.testAllPublicConstructors(Criterion.InSegment.class);
        tester.testAllPublicConstructors(Criterion.Custom.class);
    }

    @Test
    void null_pointer_tester_on_the_default_methods() {
        new NullPointerTester().testAllPublicInstanceMethods(a);
    }
}
