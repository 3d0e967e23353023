package io.segmentation.testkit;

import static io.segmentation.Attributes.age;
import static io.segmentation.Attributes.allOf;
import static io.segmentation.Attributes.country;
import static io.segmentation.Attributes.inSegment;
import static io.segmentation.Attributes.satisfies;
import static io.segmentation.testkit.AssertionSamples.ANNA;
import static io.segmentation.testkit.AssertionSamples.BOB;
import static io.segmentation.testkit.AssertionSamples.NOBODY;
import static io.segmentation.testkit.AssertionSamples.YOUNG;
import static io.segmentation.testkit.AssertionSamples.YOUNG_REPEAT;
import static io.segmentation.testkit.SegmentationAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.segmentation.Segment;
import io.segmentation.attribute.Attribute;
import io.segmentation.attribute.AttributeRegistry;
import io.segmentation.customer.Customer;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SegmentAssertTest {

    private static final List<Customer> POPULATION = List.of(ANNA, BOB, NOBODY);

    private static final Segment<Customer> EVEN_IDS =
            Segment.where(satisfies("even_id", (Customer c) -> c.id().length() % 2 == 0));

    private static final Segment<LoyaltyAccount> GOLD = Segment.where(
                    LoyaltyAccountAttributes.loyaltyPoints().atLeast(1_000))
            .named("gold");

    @Test
    void has_name_passes_for_the_name() {
        assertThat(YOUNG).hasName("young");
    }

    @Test
    void has_name_fails_naming_the_actual_name() {
        assertThatThrownBy(() -> assertThat(YOUNG).hasName("old"))
                .isInstanceOf(AssertionError.class)
                .hasMessage(
                        "\nExpecting segment 'young': age BETWEEN 18 AND 25\nto be named 'old', but it is named 'young'");
    }

    @Test
    void has_name_fails_for_an_unnamed_segment() {
        assertThatThrownBy(() -> assertThat(Segment.where(age().atLeast(18))).hasName("adults"))
                .hasMessageContaining("Expecting segment: age >= 18\nto be named 'adults', but it is unnamed");
    }

    @Test
    void is_unnamed_passes_for_an_unnamed_segment() {
        assertThat(Segment.where(age().atLeast(18))).isUnnamed();
    }

    @Test
    void is_unnamed_fails_for_a_named_segment() {
        assertThatThrownBy(() -> assertThat(YOUNG).isUnnamed())
                .hasMessageContaining("to be unnamed, but it is named 'young'");
    }

    @Test
    void has_description_passes_for_the_description() {
        assertThat(YOUNG.describedAs("18 to 25 years old")).hasDescription("18 to 25 years old");
    }

    @Test
    void has_description_fails_showing_the_actual_description() {
        assertThatThrownBy(() -> assertThat(YOUNG.describedAs("18 to 25")).hasDescription("young adults"))
                .hasMessageContaining("to be described as\n  young adults\nbut it is described as\n  18 to 25");
    }

    @Test
    void has_description_fails_for_a_segment_without_one() {
        assertThatThrownBy(() -> assertThat(YOUNG).hasDescription("young adults"))
                .hasMessageContaining("but it has no description");
    }

    @Test
    void has_text_passes_for_the_canonical_text() {
        assertThat(YOUNG_REPEAT).hasText("age BETWEEN 18 AND 25 AND purchases >= 3");
    }

    @Test
    void has_text_fails_showing_the_canonical_text() {
        assertThatThrownBy(() -> assertThat(YOUNG).hasText("age between 18 and 25"))
                .hasMessageContaining(
                        "to have the text\n  age between 18 and 25\nbut its canonical text is\n  age BETWEEN 18 AND 25");
    }

    @Test
    void has_text_fails_for_a_custom_predicate_naming_it() {
        assertThatThrownBy(() -> assertThat(EVEN_IDS).hasText("even_id"))
                .hasMessageContaining(
                        "to have a text form, but it has none: custom criterion 'even_id' has no text form");
    }

    @Test
    void round_trips_through_text_passes_for_a_customer_segment() {
        assertThat(YOUNG_REPEAT).roundTripsThroughText();
    }

    @Test
    void round_trips_through_text_resolves_referenced_segments() {
        assertThat(Segment.where(inSegment(YOUNG)).and(country().is("DE"))).roundTripsThroughText();
    }

    @Test
    void round_trips_through_text_fails_for_a_custom_predicate() {
        assertThatThrownBy(() -> assertThat(EVEN_IDS).roundTripsThroughText()).hasMessageContaining("has no text form");
    }

    @Test
    void round_trips_through_text_with_a_registry_passes_for_a_user_type() {
        assertThat(GOLD).roundTripsThroughText(LoyaltyAccountAttributes.registry());
    }

    @Test
    void round_trips_through_text_fails_when_the_registry_lacks_the_attribute() {
        assertThatThrownBy(() -> assertThat(GOLD).roundTripsThroughText(AttributeRegistry.empty()))
                .hasMessageContaining("to round-trip through its text\n  loyalty_points >= 1000\n"
                        + "but the text does not parse back: ")
                .hasMessageContaining("loyalty_points");
    }

    @Test
    void round_trips_through_text_fails_when_the_text_parses_to_another_attribute() {
        AttributeRegistry<LoyaltyAccount> misnamed = AttributeRegistry.<LoyaltyAccount>empty()
                .with("loyalty_points", arguments -> Attribute.number("points", LoyaltyAccount::points));

        assertThatThrownBy(() -> assertThat(GOLD).roundTripsThroughText(misnamed))
                .hasMessageContaining("but the text parses to a different criterion, printed\n  points >= 1000");
    }

    @Test
    void contains_passes_for_a_member() {
        assertThat(YOUNG).contains(ANNA);
    }

    @Test
    void contains_fails_with_the_explanation() {
        assertThatThrownBy(() -> assertThat(YOUNG).contains(BOB))
                .hasMessageContaining("Expecting customer 'c-7'\nto be in segment 'young'")
                .hasMessageContaining("✗ age 45 is not between 18 and 25");
    }

    @Test
    void does_not_contain_passes_for_a_non_member() {
        assertThat(YOUNG).doesNotContain(BOB);
    }

    @Test
    void does_not_contain_fails_with_the_explanation() {
        assertThatThrownBy(() -> assertThat(YOUNG).doesNotContain(ANNA))
                .hasMessageContaining("not to be in segment 'young'")
                .hasMessageContaining("✓ age 24 is between 18 and 25");
    }

    @Test
    void as_of_moves_the_evaluation_time_of_membership() {
        // Anna, born 2001-03-14, is 26 on 2027-03-14.
        assertThat(YOUNG).asOf(Instant.parse("2027-03-14T00:00:00Z")).doesNotContain(ANNA);
    }

    @Test
    void is_equivalent_to_passes_for_a_rewritten_definition() {
        assertThat(YOUNG).isEquivalentTo(Segment.where(allOf(age().atLeast(18), age().atMost(25))), POPULATION);
    }

    @Test
    void is_equivalent_to_fails_listing_who_differs_and_explaining_the_first() {
        Segment<Customer> wider = Segment.where(age().between(18, 50)).named("wider");

        assertThatThrownBy(() -> assertThat(YOUNG).isEquivalentTo(wider, POPULATION))
                .hasMessageContaining("to have the same members as segment 'wider': age BETWEEN 18 AND 50\n"
                        + "among 3 subjects as of 2026-01-01T00:00:00Z (UTC), but 1 differs:\n"
                        + "  in the first only:  (none)\n"
                        + "  in the second only: 'c-7'\n"
                        + "For customer 'c-7':\n")
                .hasMessageContaining("✗ age 45 is not between 18 and 25")
                .hasMessageContaining("✓ age 45 is between 18 and 50");
    }

    @Test
    void is_equivalent_to_rejects_a_null_subject_in_the_population() {
        assertThatThrownBy(() -> assertThat(YOUNG).isEquivalentTo(YOUNG, Arrays.asList(ANNA, null)))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("population contains null at 1");
    }
}
