package io.segmentation.testkit;

import static io.segmentation.testkit.SegmentationAssertions.assertThatSubject;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.segmentation.Segment;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SubjectAssertTest {

    private static final Segment<LoyaltyAccount> GOLD = Segment.where(
                    LoyaltyAccountAttributes.loyaltyPoints().atLeast(1_000))
            .named("gold");

    private static final LoyaltyAccount RICH = LoyaltyAccount.withPoints("a-1", 1_200);
    private static final LoyaltyAccount POOR = LoyaltyAccount.withPoints("a-2", 10);

    @Test
    void is_in_passes_for_a_member_of_a_segment_over_a_user_type() {
        assertThatSubject(RICH).isIn(GOLD);
    }

    @Test
    void is_in_failure_names_the_subject_by_to_string_and_explains() {
        assertThatThrownBy(() -> assertThatSubject(POOR).isIn(GOLD))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expecting subject " + POOR + "\nto be in segment 'gold': loyalty_points >= 1000")
                .hasMessageContaining("✗ loyalty_points 10 is not at least 1000");
    }

    @Test
    void is_not_in_passes_for_a_non_member() {
        assertThatSubject(POOR).isNotIn(GOLD);
    }

    @Test
    void is_not_in_fails_for_a_member() {
        assertThatThrownBy(() -> assertThatSubject(RICH).isNotIn(GOLD))
                .hasMessageContaining("not to be in segment 'gold'")
                .hasMessageContaining("✓ loyalty_points 1200 is at least 1000");
    }

    @Test
    void satisfies_evaluates_a_criterion_over_a_user_type() {
        assertThatSubject(LoyaltyAccount.empty("a-3"))
                .satisfies(LoyaltyAccountAttributes.loyaltyPoints().isMissing());
    }

    @Test
    void as_of_is_kept_for_time_relative_criteria() {
        LoyaltyAccount joined =
                new LoyaltyAccount("a-4", null, null, null, Instant.parse("2025-12-20T00:00:00Z"), null);
        Segment<LoyaltyAccount> newcomers = Segment.where(
                        LoyaltyAccountAttributes.memberSince().within(Duration.ofDays(30)))
                .named("newcomers");

        // 2025-12-20 is 12 days before the default 2026-01-01 and 43 days before 2026-02-01.
        assertThatSubject(joined)
                .isIn(newcomers)
                .asOf(Instant.parse("2026-02-01T00:00:00Z"))
                .isNotIn(newcomers);
    }
}
