package io.segmentation.testkit;

import io.segmentation.engine.EvaluationContext;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * The defaults every part of the test kit shares, so that a fixture built without an explicit time is judged by an
 * assertion without an explicit time at the same instant: {@link #DEFAULT_AS_OF} in UTC.
 *
 * <pre>{@code
 * Customer c = Fixtures.customerIn(vip);          // built for TestKit.defaultContext()
 * assertThat(c).isIn(vip);                       // judged as of the same instant
 * }</pre>
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
