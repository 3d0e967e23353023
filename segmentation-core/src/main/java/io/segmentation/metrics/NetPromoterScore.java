package io.segmentation.metrics;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * A Net Promoter Score: the percentage of promoters (a score of 9 or 10 on the 0–10 scale) minus the percentage of
 * detractors (0 to 6), from -100 to +100; passives (7 and 8) count only in the total.
 *
 * <pre>{@code
 * NetPromoterScore nps = new NetPromoterScore(50, 30, 20);
 * nps.responses();   // 100
 * nps.value();       // 100 * (50 - 20) / 100 = 30.0
 * }</pre>
 *
 * @param promoters respondents who gave 9 or 10, at least 0
 * @param passives respondents who gave 7 or 8, at least 0
 * @param detractors respondents who gave 0 to 6, at least 0
 * @since 0.1.0
 */
public record NetPromoterScore(long promoters, long passives, long detractors) implements MetricValue {

    /**
     * Validates the counts.
     *
     * @throws IllegalArgumentException if a count is negative
     */
    public NetPromoterScore {
        checkArgument(promoters >= 0, "promoters must be at least 0 but was %s", promoters);
        checkArgument(passives >= 0, "passives must be at least 0 but was %s", passives);
        checkArgument(detractors >= 0, "detractors must be at least 0 but was %s", detractors);
    }

    /**
     * How many responded: {@code promoters + passives + detractors}.
     *
     * @return the number of respondents
     */
    public long responses() {
        return promoters + passives + detractors;
    }

    /**
     * The score, {@code 100 * (promoters - detractors) / responses}.
     *
     * @return a value in {@code [-100, 100]}, or {@link Double#NaN} when nobody responded
     */
    @Override
    public double value() {
        long responses = responses();
        return responses == 0 ? Double.NaN : 100.0 * (promoters - detractors) / responses;
    }

    /**
     * Always {@link MetricUnit#SCORE}.
     *
     * @return {@link MetricUnit#SCORE}
     */
    @Override
    public MetricUnit unit() {
        return MetricUnit.SCORE;
    }
}
