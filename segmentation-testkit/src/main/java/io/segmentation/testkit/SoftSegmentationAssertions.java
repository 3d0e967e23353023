package io.segmentation.testkit;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.function.Consumer;
import org.assertj.core.api.AbstractSoftAssertions;
import org.assertj.core.api.SoftAssertionsProvider;

/**
 * Soft assertions: failures are collected and reported together by {@link #assertAll()}, each with its explanation
 * tree.
 *
 * <pre>{@code
 * SoftSegmentationAssertions softly = new SoftSegmentationAssertions();
 * softly.assertThat(anna).isIn(youngRepeat);
 * softly.assertThat(bob).isNotIn(lapsed);
 * softly.assertThat(youngRepeat).hasName("young-repeat");
 * softly.assertAll();   // one AssertionError listing every failure
 *
 * SoftSegmentationAssertions.assertSoftly(s -> {
 *     s.assertThat(anna).isIn(youngRepeat);
 *     s.assertThat(bob).isNotIn(lapsed);
 * });
 * }</pre>
 *
 * <p>With JUnit 5, let AssertJ's {@code SoftAssertionsExtension} create and check it:
 *
 * <pre>{@code
 * @ExtendWith(SoftAssertionsExtension.class)
 * class SegmentsTest {
 *     @InjectSoftAssertions
 *     SoftSegmentationAssertions softly;
 *
 *     @Test
 *     void anna() {
 *         softly.assertThat(anna).isIn(youngRepeat);   // assertAll() runs after the test
 *     }
 * }
 * }</pre>
 *
 * <p>Not thread-safe: use one per test.
 *
 * @since 0.1.0
 */
public class SoftSegmentationAssertions extends AbstractSoftAssertions implements SegmentationSoftAssertionsProvider {

    /** Creates soft assertions with no failure collected yet. */
    public SoftSegmentationAssertions() {}

    /**
     * Runs {@code assertions} against fresh soft assertions, then reports every failure together.
     *
     * @param assertions the assertions to run
     * @throws AssertionError if any assertion failed, listing all of them
     */
    public static void assertSoftly(Consumer<SoftSegmentationAssertions> assertions) {
        checkNotNull(assertions, "assertions");
        SoftAssertionsProvider.assertSoftly(SoftSegmentationAssertions.class, assertions);
    }
}
