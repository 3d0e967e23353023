package io.segmentation.testkit;

import org.assertj.core.api.AbstractSoftAssertions;
import org.assertj.core.api.AutoCloseableSoftAssertionsProvider;

/**
 * Soft assertions that report every collected failure when closed, for try-with-resources.
 *
 * <pre>{@code
 * try (AutoCloseableSoftSegmentationAssertions softly = new AutoCloseableSoftSegmentationAssertions()) {
 *     softly.assertThat(anna).isIn(youngRepeat);
 *     softly.assertThat(bob).isNotIn(lapsed);
 * }   // one AssertionError listing every failure
 * }</pre>
 *
 * <p>Not thread-safe: use one per test.
 *
 * @since 0.1.0
 */
public class AutoCloseableSoftSegmentationAssertions extends AbstractSoftAssertions
        implements SegmentationSoftAssertionsProvider, AutoCloseableSoftAssertionsProvider {

    /** Creates soft assertions with no failure collected yet. */
    public AutoCloseableSoftSegmentationAssertions() {}
}
