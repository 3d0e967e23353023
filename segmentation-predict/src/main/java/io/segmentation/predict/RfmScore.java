package io.segmentation.predict;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * One customer's RFM scores, each from 1 (worst fifth of the population) to 5 (best fifth): {@code recency} 5 for
 * the most recent buyers, {@code frequency} and {@code monetary} 5 for those who buy most often and spend most.
 *
 * <pre>{@code
 * RfmScore s = model.scoreOf(customer).orElseThrow();   // e.g. RfmScore[recency=5, frequency=4, monetary=3]
 * s.fm();        // 3.5, the average of frequency and monetary
 * s.code();      // 543
 * s.segment();   // RfmSegment.LOYAL_CUSTOMERS
 * }</pre>
 *
 * @param recency the recency score, 1 to 5 (5: bought most recently)
 * @param frequency the frequency score, 1 to 5 (5: most orders)
 * @param monetary the monetary score, 1 to 5 (5: most spent)
 * @since 0.1.0
 */
public record RfmScore(int recency, int frequency, int monetary) {

    /**
     * Validates the scores.
     *
     * @param recency the recency score, 1 to 5
     * @param frequency the frequency score, 1 to 5
     * @param monetary the monetary score, 1 to 5
     * @throws IllegalArgumentException if a score is outside 1 to 5
     */
    public RfmScore {
        checkScore("recency", recency);
        checkScore("frequency", frequency);
        checkScore("monetary", monetary);
    }

    /**
     * The average of the frequency and monetary scores, which the {@link RfmSegment named segments} use: 1, 1.5, 2, …,
     * 5.
     *
     * @return {@code (frequency + monetary) / 2}
     */
    public double fm() {
        return (frequency + monetary) / 2.0;
    }

    /**
     * The three scores as one three-digit number, recency first: {@code 100·R + 10·F + M}, from 111 to 555.
     *
     * @return the code
     */
    public int code() {
        return 100 * recency + 10 * frequency + monetary;
    }

    /**
     * The named RFM segment these scores fall in; there is always exactly one.
     *
     * @return the segment
     */
    public RfmSegment segment() {
        return RfmSegment.of(recency, fm());
    }

    private static void checkScore(String name, int score) {
        checkArgument(score >= 1 && score <= 5, "%s score must be between 1 and 5 but was %s", name, score);
    }
}
