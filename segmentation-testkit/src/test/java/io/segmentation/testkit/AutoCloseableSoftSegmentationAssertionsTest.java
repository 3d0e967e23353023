package io.segmentation.testkit;

import static io.segmentation.testkit.AssertionSamples.ANNA;
import static io.segmentation.testkit.AssertionSamples.BOB;
import static io.segmentation.testkit.AssertionSamples.GERMANS;
import static io.segmentation.testkit.AssertionSamples.REPEAT;
import static io.segmentation.testkit.AssertionSamples.YOUNG;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AutoCloseableSoftSegmentationAssertionsTest {

    @Test
    void closing_reports_every_failure_together() {
        assertThatThrownBy(() -> {
                    try (AutoCloseableSoftSegmentationAssertions softly =
                            new AutoCloseableSoftSegmentationAssertions()) {
                        softly.assertThat(ANNA).isIn(REPEAT);
                        softly.assertThat(BOB).isIn(YOUNG);
                    }
                })
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expecting customer 'c-42'\nto be in segment 'repeat'")
                .hasMessageContaining("Expecting customer 'c-7'\nto be in segment 'young'");
    }

    @Test
    void closing_without_failures_passes() {
        assertThatCode(() -> {
                    try (AutoCloseableSoftSegmentationAssertions softly =
                            new AutoCloseableSoftSegmentationAssertions()) {
                        softly.assertThat(ANNA).isIn(YOUNG).isIn(GERMANS);
                    }
                })
                .doesNotThrowAnyException();
    }
}
