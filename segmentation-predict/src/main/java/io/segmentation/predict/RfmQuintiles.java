package io.segmentation.predict;

import java.util.Arrays;

/**
 * The quintile arithmetic of RFM scores, in one place.
 *
 * <p>For a population of {@code n} values sorted ascending {@code x(1) <= … <= x(n)}, the breakpoints are
 * {@code c(k) = x(ceil(k·n/5))} for {@code k = 1..4}, and a value's score is {@code 1 +} the number of breakpoints
 * strictly below it. That is the same as {@code 1 + floor(5 · (values strictly below v) / n)}, capped at 5: one plus
 * the number of whole fifths of the population that the value beats. The score depends only on the value, so equal
 * values share a score and the order of the population does not matter. Recency is scored the same way with the
 * direction reversed: its breakpoints are the {@code ceil(k·n/5)}-th largest day counts, and a day count scores one
 * plus the number of breakpoints strictly above it.
 */
final class RfmQuintiles {

    /** The number of breakpoints: five scores need four cuts. */
    static final int BREAKPOINTS = 4;

    private RfmQuintiles() {}

    /**
     * The breakpoints of "higher is better" values (frequency, monetary), non-decreasing.
     *
     * @param values the population's values, at least one, all finite; not modified
     * @return the four breakpoints
     */
    static double[] ascending(double[] values) {
        double[] sorted = sorted(values);
        double[] cuts = new double[BREAKPOINTS];
        for (int k = 1; k <= BREAKPOINTS; k++) {
            cuts[k - 1] = sorted[rank(k, sorted.length) - 1];
        }
        return cuts;
    }

    /**
     * The breakpoints of "lower is better" values (days since the last order), non-increasing.
     *
     * @param values the population's values, at least one, all finite; not modified
     * @return the four breakpoints
     */
    static double[] descending(double[] values) {
        double[] sorted = sorted(values);
        double[] cuts = new double[BREAKPOINTS];
        for (int k = 1; k <= BREAKPOINTS; k++) {
            cuts[k - 1] = sorted[sorted.length - rank(k, sorted.length)];
        }
        return cuts;
    }

    /** One plus the number of (non-decreasing) breakpoints strictly below {@code value}. */
    static int scoreAscending(double value, double[] cuts) {
        int score = 1;
        for (double cut : cuts) {
            if (value > cut) {
                score++;
            }
        }
        return score;
    }

    /** One plus the number of (non-increasing) breakpoints strictly above {@code value}. */
    static int scoreDescending(double value, double[] cuts) {
        int score = 1;
        for (double cut : cuts) {
            if (value < cut) {
                score++;
            }
        }
        return score;
    }

    /** {@code ceil(k·n/5)}, a 1-based rank between 1 and n. */
    private static int rank(int k, int n) {
        return (int) ((k * (long) n + 4) / 5);
    }

    private static double[] sorted(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        for (int i = 0; i < sorted.length; i++) {
            sorted[i] += 0.0; // -0.0 becomes 0.0, so breakpoints (attribute parameters) compare equal
        }
        return sorted;
    }
}
