package io.segmentation.testkit;

import static io.segmentation.Attributes.age;
import static io.segmentation.Attributes.country;
import static io.segmentation.testkit.AssertionSamples.ANNA;
import static io.segmentation.testkit.AssertionSamples.ANNA_NOT_YOUNG_REPEAT;
import static io.segmentation.testkit.AssertionSamples.BOB;
import static io.segmentation.testkit.AssertionSamples.GERMANS;
import static io.segmentation.testkit.AssertionSamples.NOBODY;
import static io.segmentation.testkit.AssertionSamples.REPEAT;
import static io.segmentation.testkit.AssertionSamples.YOUNG;
import static io.segmentation.testkit.AssertionSamples.YOUNG_REPEAT;
import static io.segmentation.testkit.AssertionSamples.indented;
import static io.segmentation.testkit.SegmentationAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.segmentation.EvaluationContext;
import io.segmentation.Segment;
import io.segmentation.customer.Customer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class CustomerAssertTest {

    /** Anna (born 2001-03-14) is 26 on this day, no longer young. */
    private static final Instant ANNA_26 = Instant.parse("2027-03-14T00:00:00Z");

    @Test
    void is_in_passes_for_a_member() {
        assertThat(ANNA).isIn(YOUNG);
    }

    @Test
    void is_in_fails_with_the_whole_message() {
        assertThatThrownBy(() -> assertThat(ANNA).isIn(YOUNG_REPEAT))
                .isInstanceOf(AssertionError.class)
                .hasMessage(String.join(
                        "\n",
                        "",
                        "Expecting customer 'c-42'",
                        "to be in segment 'young-repeat': age BETWEEN 18 AND 25 AND purchases >= 3",
                        "as of 2026-01-01T00:00:00Z (UTC), but it is not:",
                        indented(ANNA_NOT_YOUNG_REPEAT)));
    }

    @Test
    void is_in_failure_shows_the_failing_explanation_line() {
        assertThatThrownBy(() -> assertThat(ANNA).isIn(YOUNG_REPEAT))
                .hasMessageContaining("✗ purchases 1 is not at least 3");
    }

    @Test
    void is_not_in_passes_for_a_non_member() {
        assertThat(ANNA).isNotIn(REPEAT);
    }

    @Test
    void is_not_in_fails_showing_why_the_customer_is_in() {
        assertThatThrownBy(() -> assertThat(ANNA).isNotIn(YOUNG))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expecting customer 'c-42'\nnot to be in segment 'young': age BETWEEN 18 AND 25")
                .hasMessageContaining("but it is:\n  ✓ segment 'young'\n    ✓ age 24 is between 18 and 25");
    }

    @Test
    void as_of_moves_the_evaluation_time() {
        assertThat(ANNA).asOf(ANNA_26).isNotIn(YOUNG);
    }

    @Test
    void as_of_shows_in_the_failure_message() {
        assertThatThrownBy(() -> assertThat(ANNA).asOf(ANNA_26).isIn(YOUNG))
                .hasMessageContaining("as of 2027-03-14T00:00:00Z (UTC), but it is not:")
                .hasMessageContaining("✗ age 26 is not between 18 and 25");
    }

    @Test
    void in_uses_the_given_context_and_names_its_zone() {
        EvaluationContext berlin = EvaluationContext.asOf(ANNA_26, ZoneId.of("Europe/Berlin"));

        assertThatThrownBy(() -> assertThat(ANNA).in(berlin).isIn(YOUNG))
                .hasMessageContaining("as of 2027-03-14T00:00:00Z (Europe/Berlin)");
    }

    @Test
    void is_in_all_passes_when_in_every_segment() {
        assertThat(ANNA).isInAll(YOUNG, GERMANS);
    }

    @Test
    void is_in_all_fails_explaining_each_missed_segment_only() {
        assertThatThrownBy(() -> assertThat(ANNA).isInAll(YOUNG, REPEAT, YOUNG_REPEAT))
                .hasMessageContaining(
                        "to be in all of 3 segments as of 2026-01-01T00:00:00Z (UTC)," + " but it is not in 2 of them:")
                .hasMessageContaining("- segment 'repeat': purchases >= 3\n  ✗ segment 'repeat'\n"
                        + "    ✗ purchases 1 is not at least 3")
                .hasMessageContaining("- segment 'young-repeat': ")
                .hasMessageNotContaining("- segment 'young': ");
    }

    @Test
    void is_in_all_takes_a_list() {
        assertThat(ANNA).isInAll(List.of(YOUNG, GERMANS));
    }

    @Test
    void is_in_all_rejects_no_segments() {
        assertThatThrownBy(() -> assertThat(ANNA).isInAll(List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("segments must not be empty");
    }

    @Test
    void is_in_any_of_passes_when_in_one() {
        assertThat(ANNA).isInAnyOf(REPEAT, GERMANS);
    }

    @Test
    void is_in_any_of_fails_explaining_every_segment() {
        assertThatThrownBy(() -> assertThat(NOBODY).isInAnyOf(YOUNG, GERMANS))
                .hasMessageContaining("Expecting customer 'c-0'\nto be in at least one of 2 segments")
                .hasMessageContaining("but it is in none:")
                .hasMessageContaining("✗ age is missing, so it is not between 18 and 25")
                .hasMessageContaining("✗ country is missing, so it is not 'DE'");
    }

    @Test
    void is_in_none_of_passes_when_in_none() {
        assertThat(BOB).isInNoneOf(YOUNG, GERMANS);
    }

    @Test
    void is_in_none_of_fails_explaining_each_segment_the_customer_is_in() {
        assertThatThrownBy(() -> assertThat(ANNA).isInNoneOf(REPEAT, GERMANS))
                .hasMessageContaining(
                        "to be in none of 2 segments as of 2026-01-01T00:00:00Z (UTC)," + " but it is in 1 of them:")
                .hasMessageContaining("- segment 'germans': country = 'DE'\n  ✓ segment 'germans'")
                .hasMessageNotContaining("- segment 'repeat'");
    }

    @Test
    void satisfies_passes_when_the_criterion_holds() {
        assertThat(ANNA).satisfies(age().atLeast(18));
    }

    @Test
    void satisfies_fails_with_the_criterion_text_and_explanation() {
        assertThatThrownBy(() -> assertThat(ANNA).satisfies(age().atLeast(30)))
                .hasMessageContaining("Expecting customer 'c-42'\nto satisfy age >= 30\n")
                .hasMessageContaining("✗ age 24 is not at least 30");
    }

    @Test
    void does_not_satisfy_passes_when_the_criterion_fails() {
        assertThat(ANNA).doesNotSatisfy(country().is("FR"));
    }

    @Test
    void does_not_satisfy_fails_showing_why_it_holds() {
        assertThatThrownBy(() -> assertThat(ANNA).doesNotSatisfy(country().is("DE")))
                .hasMessageContaining("not to satisfy country = 'DE'")
                .hasMessageContaining("✓ country 'DE' is 'DE'");
    }

    @Test
    void a_null_customer_fails_as_assertj_does() {
        assertThatThrownBy(() -> assertThat((Customer) null).isIn(YOUNG))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expecting actual not to be null");
    }

    @Test
    void a_null_segment_is_rejected() {
        assertThatThrownBy(() -> assertThat(ANNA).isIn((Segment<Customer>) null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("segment");
    }

    @Test
    void the_assertion_description_leads_the_message() {
        assertThatThrownBy(() -> assertThat(ANNA).as("anna's segments").isIn(YOUNG_REPEAT))
                .hasMessageStartingWith("[anna's segments] \nExpecting customer 'c-42'");
    }

    @Test
    void a_percent_sign_in_the_segment_prints_as_written() {
        Segment<Customer> odd = Segment.where(country().is("100%")).named("odd");

        assertThatThrownBy(() -> assertThat(ANNA).isIn(odd))
                .hasMessageContaining("segment 'odd': country = '100%'")
                .hasMessageContaining("✗ country 'DE' is not '100%'");
    }

    @Test
    void several_segments_given_to_is_in_are_refused_with_a_pointer_to_is_in_all() {
        assertThatThrownBy(() -> assertThat(ANNA).isIn(YOUNG, GERMANS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("isInAll(...)");
    }

    @Test
    void a_list_of_segments_given_to_is_in_is_refused() {
        assertThatThrownBy(() -> assertThat(ANNA).isIn(List.of(YOUNG)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("isIn(Object...) compares the subject with the given values by equals");
    }

    @Test
    void several_segments_given_to_is_not_in_are_refused() {
        assertThatThrownBy(() -> assertThat(ANNA).isNotIn(YOUNG, GERMANS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("isNotIn(Object...)");
    }

    @Test
    void is_in_with_plain_values_still_compares_by_equals() {
        assertThat(ANNA).isIn(BOB, ANNA).isNotIn(BOB, NOBODY);
    }

    @Test
    void exactly_one_of_is_in_and_is_not_in_fails_and_its_message_shows_the_age() {
        qt().forAll(
                        integers().between(1920, 2025),
                        integers().between(0, 110),
                        integers().between(0, 110))
                .checkAssert((year, a, b) -> {
                    // Born on 15 June, the customer is 2025 - year on 2026-01-01.
                    Customer c = Customer.builder("c-" + year)
                            .birthDate(LocalDate.of(year, 6, 15))
                            .build();
                    Segment<Customer> s = Segment.where(age().between(Math.min(a, b), Math.max(a, b)));
                    Throwable in = catchThrowable(() -> assertThat(c).isIn(s));
                    Throwable notIn = catchThrowable(() -> assertThat(c).isNotIn(s));

                    assertThat(in == null).isNotEqualTo(notIn == null);
                    assertThat(in == null ? notIn : in)
                            .isInstanceOf(AssertionError.class)
                            .hasMessageContaining("age " + (2025 - year) + " is");
                });
    }
}
