package io.segmentation.testkit.internal.generators;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * What generated criteria may contain, and the instant their fixed times cluster around.
 *
 * @param anchor the instant fixed time points and windows are drawn near (the evaluation time of the tests)
 * @param opaque whether custom predicates and user-defined attributes inside event filters may appear (neither has a
 *     text or JSON form)
 * @param subSecond whether durations with fractions of a second may appear (JSON writes them, text does not)
 */
public record Vocabulary(Instant anchor, boolean opaque, boolean subSecond) {

    /** Validates the anchor. */
    public Vocabulary {
        checkNotNull(anchor, "anchor");
    }

    /** Everything the criterion tree can hold. */
    public static Vocabulary full(Instant anchor) {
        return new Vocabulary(anchor, true, true);
    }

    /** What the JSON schema can store: no custom predicates, no user-defined attributes inside event filters. */
    public static Vocabulary storable(Instant anchor) {
        return new Vocabulary(anchor, false, true);
    }

    /** What the query language can print and parse back. */
    public static Vocabulary text(Instant anchor) {
        return new Vocabulary(anchor, false, false);
    }

    /** The durations of look-backs and windows. */
    public List<Duration> durations() {
        return subSecond
                ? ImmutableList.<Duration>builder()
                        .addAll(Pools.DURATIONS)
                        .addAll(Pools.SUB_SECOND_DURATIONS)
                        .build()
                : Pools.DURATIONS;
    }
}
