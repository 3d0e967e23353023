package io.segmentation.testkit;

import static io.segmentation.Attributes.age;
import static io.segmentation.testkit.AssertionSamples.ANNA;
import static io.segmentation.testkit.AssertionSamples.BOB;
import static io.segmentation.testkit.AssertionSamples.GERMANS;
import static io.segmentation.testkit.AssertionSamples.NOBODY;
import static io.segmentation.testkit.AssertionSamples.REPEAT;
import static io.segmentation.testkit.AssertionSamples.YOUNG;
import static io.segmentation.testkit.AssertionSamples.YOUNG_REPEAT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.segmentation.Segment;
import io.segmentation.customer.Customer;
import io.segmentation.engine.AssignmentMode;
import io.segmentation.engine.SegmentEngine;
import io.segmentation.engine.SegmentMatcher;
import java.time.Instant;
import java.util.List;
import org.assertj.core.api.SoftAssertions;
import org.assertj.core.api.junit.jupiter.InjectSoftAssertions;
import org.assertj.core.api.junit.jupiter.SoftAssertionsExtension;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

class SoftSegmentationAssertionsTest {

    private final SoftSegmentationAssertions softly = new SoftSegmentationAssertions();

    @Test
    void collects_every_failure_instead_of_throwing() {
        softly.assertThat(ANNA).isIn(YOUNG_REPEAT);
        softly.assertThat(BOB).isIn(GERMANS);
        softly.assertThat(YOUNG).hasName("old");

        assertThat(softly.errorsCollected()).hasSize(3);
    }

    @Test
    void assert_all_reports_every_failure_together_with_its_explanation() {
        softly.assertThat(ANNA).isIn(YOUNG_REPEAT);
        softly.assertThat(BOB).isIn(GERMANS);

        assertThatThrownBy(softly::assertAll)
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("✗ purchases 1 is not at least 3")
                .hasMessageContaining("Expecting customer 'c-7'\nto be in segment 'germans'")
                .hasMessageContaining("✗ country 'FR' is not 'DE'");
    }

    @Test
    void assert_all_passes_when_every_assertion_holds() {
        softly.assertThat(ANNA).isIn(YOUNG).isNotIn(REPEAT);
        softly.assertThat(YOUNG).hasName("young");

        assertThatCode(softly::assertAll).doesNotThrowAnyException();
    }

    @Test
    void a_chain_goes_on_after_a_failure() {
        softly.assertThat(ANNA).isIn(REPEAT).isIn(GERMANS).isNotIn(YOUNG);

        // isIn(REPEAT) and isNotIn(YOUNG) fail; isIn(GERMANS) holds.
        assertThat(softly.errorsCollected()).hasSize(2);
    }

    @Test
    void as_of_works_through_the_proxy() {
        // Anna, born 2001-03-14, is 26 on 2027-03-14.
        softly.assertThat(ANNA).asOf(Instant.parse("2027-03-14T00:00:00Z")).isNotIn(YOUNG);

        assertThat(softly.errorsCollected()).isEmpty();
    }

    @Test
    void varargs_forms_collect_their_failure() {
        softly.assertThat(ANNA).isInAll(YOUNG, REPEAT).isInNoneOf(GERMANS).isInAnyOf(REPEAT, YOUNG_REPEAT);

        assertThat(softly.errorsCollected()).hasSize(3);
    }

    @Test
    void a_null_actual_is_collected_once() {
        softly.assertThat((Customer) null).isIn(YOUNG);

        assertThat(softly.errorsCollected())
                .singleElement()
                .extracting(Throwable::getMessage)
                .asString()
                .contains("Expecting actual not to be null");
    }

    @Test
    void every_entry_point_is_soft() {
        Segment<LoyaltyAccount> gold = Segment.where(
                        LoyaltyAccountAttributes.loyaltyPoints().atLeast(1_000))
                .named("gold");
        softly.assertThat(ANNA).isIn(REPEAT);
        softly.assertThatSubject(LoyaltyAccount.withPoints("a-1", 5)).isIn(gold);
        softly.assertThat(YOUNG).hasText("age > 1");
        softly.assertThat(SegmentMatcher.of(YOUNG).explain(BOB, TestKit.defaultContext()))
                .isMatched();
        softly.assertThat(SegmentEngine.of(YOUNG)
                        .assign(List.of(BOB), TestKit.defaultContext(), AssignmentMode.EXCLUSIVE))
                .assigns(BOB, YOUNG);

        assertThat(softly.errorsCollected()).hasSize(5);
    }

    @Test
    void assert_softly_runs_the_block_then_reports_every_failure() {
        assertThatThrownBy(() -> SoftSegmentationAssertions.assertSoftly(s -> {
                    s.assertThat(NOBODY).isIn(YOUNG);
                    s.assertThat(NOBODY).satisfies(age().isPresent());
                }))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("to be in segment 'young'")
                .hasMessageContaining("to satisfy age IS PRESENT");
    }

    @Test
    void assert_softly_passes_when_every_assertion_holds() {
        assertThatCode(() -> SoftSegmentationAssertions.assertSoftly(
                        s -> s.assertThat(ANNA).isIn(YOUNG)))
                .doesNotThrowAnyException();
    }

    @Test
    void mixes_with_assertj_standard_soft_assertions() {
        MixedSoftAssertions mixed = new MixedSoftAssertions();
        mixed.assertThat(ANNA).isIn(REPEAT);
        mixed.assertThat(ANNA.id()).startsWith("x-");

        assertThat(mixed.errorsCollected()).hasSize(2);
    }

    /** AssertJ's standard soft assertions and the test kit's in one object, as the provider's javadoc shows. */
    static class MixedSoftAssertions extends SoftAssertions implements SegmentationSoftAssertionsProvider {}

    @Nested
    @ExtendWith(SoftAssertionsExtension.class)
    class InjectedByTheJUnitExtension {

        @InjectSoftAssertions
        SoftSegmentationAssertions injected;

        @Test
        void the_extension_injects_and_checks_them() {
            injected.assertThat(ANNA).isIn(YOUNG).isIn(GERMANS);

            assertThat(injected.errorsCollected()).isEmpty();
        }
    }
}
