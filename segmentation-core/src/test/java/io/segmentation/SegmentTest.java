package io.segmentation;

import static io.segmentation.Attributes.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.segmentation.customer.Customer;
import io.segmentation.engine.SegmentMatcher;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SegmentTest {

    private static final EvaluationContext CONTEXT = EvaluationContext.asOf(Instant.parse("2026-06-01T00:00:00Z"));

    private final Criterion<Customer> a = age().between(18, 25);
    private final Criterion<Customer> b = purchases().atLeast(3);
    private final Criterion<Customer> c = country().is("DE");

    private static final Customer GERMAN_25 = Customer.builder("c-1")
            .birthDate(LocalDate.of(2001, 3, 14))
            .country("DE")
            .build();

    private static final Customer FRENCH = Customer.builder("c-2").country("FR").build();

    private static boolean matches(Segment<Customer> segment, Customer customer) {
        return SegmentMatcher.of(segment).matches(customer, CONTEXT);
    }

    @Test
    void where_makes_an_unnamed_segment_of_the_criterion() {
        Segment<Customer> segment = Segment.where(a);

        assertThat(segment.criterion()).isEqualTo(a);
        assertThat(segment.name()).isEmpty();
        assertThat(segment.description()).isEmpty();
    }

    @Test
    void named_sets_the_name() {
        assertThat(Segment.where(a).named("young").name()).contains("young");
    }

    @Test
    void named_again_replaces_the_name() {
        assertThat(Segment.where(a).named("young").named("youth").name()).contains("youth");
    }

    @Test
    void described_as_sets_the_description() {
        assertThat(Segment.where(a).describedAs("18 to 25").description()).contains("18 to 25");
    }

    @Test
    void named_keeps_the_description() {
        assertThat(Segment.where(a).describedAs("18 to 25").named("young").description())
                .contains("18 to 25");
    }

    @Test
    void and_conjoins_the_criterion() {
        assertThat(Segment.where(a).and(b).criterion()).isEqualTo(allOf(a, b));
    }

    @Test
    void or_disjoins_the_criterion() {
        assertThat(Segment.where(a).or(b).criterion()).isEqualTo(anyOf(a, b));
    }

    @Test
    void and_keeps_name_and_description() {
        Segment<Customer> segment =
                Segment.where(a).named("young").describedAs("18 to 25").and(b);

        assertThat(segment.name()).contains("young");
        assertThat(segment.description()).contains("18 to 25");
    }

    @Test
    void or_keeps_name_and_description() {
        Segment<Customer> segment =
                Segment.where(a).named("young").describedAs("18 to 25").or(b);

        assertThat(segment.name()).contains("young");
        assertThat(segment.description()).contains("18 to 25");
    }

    @Test
    void and_then_or_combines_left_to_right() {
        assertThat(Segment.where(a).and(b).or(c).criterion()).isEqualTo(anyOf(allOf(a, b), c));
    }

    @Test
    void or_then_and_combines_left_to_right() {
        assertThat(Segment.where(a).or(b).and(c).criterion()).isEqualTo(allOf(anyOf(a, b), c));
    }

    @Test
    void chained_and_is_flattened() {
        assertThat(Segment.where(a).and(b).and(c)).isEqualTo(Segment.where(allOf(a, b, c)));
    }

    @Test
    void chained_and_has_the_operands_in_order() {
        Criterion.And<Customer> and =
                (Criterion.And<Customer>) Segment.where(a).and(b).and(c).criterion();

        assertThat(and.operands()).containsExactly(a, b, c);
    }

    @Test
    void chained_or_is_flattened() {
        assertThat(Segment.where(a).or(b).or(c)).isEqualTo(Segment.where(anyOf(a, b, c)));
    }

    @Test
    void combining_returns_a_new_segment_and_leaves_the_original_unchanged() {
        Segment<Customer> original = Segment.where(a);

        Segment<Customer> narrowed = original.and(b);

        assertThat(narrowed).isNotSameAs(original);
        assertThat(original.criterion()).isEqualTo(a);
    }

    @Test
    void to_string_of_an_unnamed_segment_is_the_query_text_of_its_criterion() {
        assertThat(Segment.where(a)).hasToString("age BETWEEN 18 AND 25");
    }

    @Test
    void to_string_of_a_named_segment_is_the_query_text_of_its_criterion() {
        assertThat(Segment.where(a).and(b).named("young-repeat"))
                .hasToString("age BETWEEN 18 AND 25 AND purchases >= 3");
    }

    @Test
    void to_string_parenthesises_nested_combinations() {
        assertThat(Segment.where(a).or(b).and(c))
                .hasToString("(age BETWEEN 18 AND 25 OR purchases >= 3) AND country = 'DE'");
    }

    @Test
    void to_string_parenthesises_a_negated_combination() {
        assertThat(Segment.where(not(allOf(a, b)))).hasToString("NOT (age BETWEEN 18 AND 25 AND purchases >= 3)");
    }

    @Test
    void to_string_of_a_reference_names_the_segment() {
        assertThat(Segment.where(inSegment(Segment.where(c).named("german")))).hasToString("IN SEGMENT 'german'");
    }

    @Test
    void to_string_of_a_custom_criterion_falls_back_to_its_description() {
        assertThat(Segment.where(a).and(satisfies("even-id", x -> true)))
                .hasToString("age is between 18 and 25 and custom 'even-id'");
    }

    @Test
    void named_rejects_a_blank_name_quoting_it() {
        assertThatThrownBy(() -> Segment.where(a).named("  "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("segment name must not be blank")
                .hasMessageContaining("'  '");
    }

    @Test
    void named_rejects_an_empty_name() {
        assertThatThrownBy(() -> Segment.where(a).named("")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void described_as_rejects_a_blank_description() {
        assertThatThrownBy(() -> Segment.where(a).describedAs(" "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("description");
    }

    @Test
    void segments_are_equal_by_name_description_and_criterion() {
        new EqualsTester()
                .addEqualityGroup(Segment.where(a), Segment.where(age().between(18, 25)))
                .addEqualityGroup(Segment.where(b))
                .addEqualityGroup(
                        Segment.where(a).named("young"), Segment.where(a).named("young"))
                .addEqualityGroup(Segment.where(a).named("youth"))
                .addEqualityGroup(
                        Segment.where(a).named("young").describedAs("18 to 25"),
                        Segment.where(a).describedAs("18 to 25").named("young"))
                .addEqualityGroup(Segment.where(a).describedAs("18 to 25"))
                .addEqualityGroup(Segment.where(a).and(b), Segment.where(allOf(a, b)))
                .addEqualityGroup(Segment.where(b).and(a))
                .testEquals();
    }

    @Test
    void in_segment_matches_members_of_the_referenced_segment() {
        Segment<Customer> german = Segment.where(c).named("german");
        Segment<Customer> referring = Segment.where(inSegment(german));

        assertThat(matches(referring, GERMAN_25)).isTrue();
        assertThat(matches(referring, FRENCH)).isFalse();
    }

    @Test
    void in_segment_rejects_an_unnamed_segment() {
        Segment<Customer> unnamed = Segment.where(c);

        assertThatThrownBy(() -> inSegment(unnamed))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("named segment")
                .hasMessageContaining(".named(");
    }

    @Test
    void a_diamond_of_references_is_accepted() {
        Segment<Customer> base = Segment.where(c).named("base");
        Segment<Customer> left = Segment.where(inSegment(base)).and(a).named("left");
        Segment<Customer> right = Segment.where(inSegment(base)).or(b).named("right");

        Segment<Customer> top =
                Segment.where(inSegment(left)).and(inSegment(right)).named("top");

        assertThat(matches(top, GERMAN_25)).isTrue();
        assertThat(matches(top, FRENCH)).isFalse();
    }

    @Test
    void a_cycle_by_name_is_rejected_naming_the_cycle() {
        Segment<Customer> firstA = Segment.where(c).named("a");
        Segment<Customer> segmentB = Segment.where(inSegment(firstA)).named("b");

        assertThatThrownBy(() -> Segment.where(inSegment(segmentB)).named("a"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("a → b → a");
    }

    @Test
    void a_direct_reference_to_a_segment_of_the_same_name_is_rejected() {
        Segment<Customer> firstA = Segment.where(c).named("a");

        assertThatThrownBy(() -> Segment.where(inSegment(firstA)).named("a"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("a → a");
    }

    @Test
    void a_cycle_added_by_and_on_a_named_segment_is_rejected() {
        Segment<Customer> firstA = Segment.where(c).named("a");
        Segment<Customer> segmentB = Segment.where(inSegment(firstA)).named("b");
        Segment<Customer> secondA = Segment.where(a).named("a");

        assertThatThrownBy(() -> secondA.and(inSegment(segmentB)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("a → b → a");
    }

    @Test
    void a_cycle_through_a_negated_reference_is_rejected() {
        Segment<Customer> firstA = Segment.where(c).named("a");
        Segment<Customer> segmentB = Segment.where(not(inSegment(firstA))).named("b");

        assertThatThrownBy(() -> Segment.where(a).or(inSegment(segmentB)).named("a"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("a → b → a");
    }

    @Test
    void a_longer_cycle_by_name_is_rejected_naming_every_segment() {
        Segment<Customer> firstA = Segment.where(c).named("a");
        Segment<Customer> segmentC = Segment.where(inSegment(firstA)).named("c");
        Segment<Customer> segmentB = Segment.where(inSegment(segmentC)).named("b");

        assertThatThrownBy(() -> Segment.where(inSegment(segmentB)).named("a"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("a → b → c → a");
    }

    @Test
    void null_pointer_tester_on_static_and_instance_methods() {
        NullPointerTester tester = new NullPointerTester().setDefault(Criterion.class, a);
        tester.testAllPublicStaticMethods(Segment.class);
        tester.testAllPublicInstanceMethods(Segment.where(a).named("young"));
    }
}
