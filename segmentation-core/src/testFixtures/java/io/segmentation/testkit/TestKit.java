package io.segmentation.testkit;

import io.segmentation.EvaluationContext;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * The defaults every part of the test kit shares, so that a fixture built without an explicit time is judged by an
 * assertion without an explicit time at the same instant: {@link #DEFAULT_AS_OF} (2026-01-01T00:00:00Z) in UTC.
 *
 * <pre>{@code
 * Customer c = Fixtures.customerIn(vip);          // built for TestKit.defaultContext()
 * assertThat(c).isIn(vip);                       // judged as of the same instant
 * }</pre>
 *
 * <h2>One time, from fixture to assertion</h2>
 *
 * <p>The default is a fixed instant, never the clock, so tests are reproducible. A fixture built for another time
 * carries that time into the assertions made from it, so the two cannot silently disagree:
 *
 * <pre>{@code
 * Customer c = Fixtures.asOf(june).customerIn(recentBuyers);   // built for june
 * assertThat(c).isIn(recentBuyers);                            // judged as of june too
 * assertThat(c).asOf(december).isNotIn(recentBuyers);          // an explicit time always wins
 * }</pre>
 *
 * <p>Everything else without an explicit time — assertions on customers not built by {@link Fixtures} (your own,
 * copies of fixtures, {@link Populations}), {@link SegmentationAssertions#assertThat(io.segmentation.Segment)
 * segment assertions}, {@link Generators} and the contracts — uses {@link #defaultContext()}. Populations are generated
 * up to {@link PopulationSpec#asOf()}, which is {@link #DEFAULT_AS_OF} unless set; when you set it, judge with
 * {@code .asOf(spec.asOf())}.
 *
 * @since 0.1.0
 */
public final class TestKit {

    /** The evaluation time fixtures and assertions use unless told otherwise: 2026-01-01T00:00:00Z. */
    public static final Instant DEFAULT_AS_OF = Instant.parse("2026-01-01T00:00:00Z");

    /** The seed fixtures and populations use unless told otherwise. */
    public static final long DEFAULT_SEED = 20260101L;

    private TestKit() {}

    /**
     * The evaluation context fixtures and assertions use unless told otherwise: {@link #DEFAULT_AS_OF} in UTC.
     *
     * @return the default context
     */
    public static EvaluationContext defaultContext() {
        return EvaluationContext.asOf(DEFAULT_AS_OF, ZoneOffset.UTC);
    }
}
