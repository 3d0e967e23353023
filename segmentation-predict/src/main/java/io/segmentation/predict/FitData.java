package io.segmentation.predict;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Summaries checked for fitting and laid out as arrays: none null, at least one, all in the same unit. Customers
 * with the same {@code x} share their {@code x}-only likelihood terms, so {@link #maxFrequency} sizes those tables.
 */
final class FitData {

    final int[] x;
    final double[] tx;
    final double[] age;
    final double[] spend;
    final int maxFrequency;
    final Optional<ChronoUnit> unit;

    private FitData(int[] x, double[] tx, double[] age, double[] spend, int maxFrequency, Optional<ChronoUnit> unit) {
        this.x = x;
        this.tx = tx;
        this.age = age;
        this.spend = spend;
        this.maxFrequency = maxFrequency;
        this.unit = unit;
    }

    /**
     * Checks and copies summaries.
     *
     * @param summaries the summaries
     * @param model the model's name, for messages
     * @return the data
     * @throws IllegalArgumentException if there are none, one is null, or units differ (naming the first mismatch)
     */
    static FitData of(Iterable<CustomerSummary> summaries, String model) {
        checkNotNull(summaries, "summaries");
        List<CustomerSummary> all = new ArrayList<>();
        for (CustomerSummary s : summaries) {
            checkArgument(s != null, "%s.fit: summary %s is null", model, all.size());
            all.add(s);
        }
        int n = all.size();
        checkArgument(n > 0, "%s.fit needs at least one summary but got none", model);
        int[] x = new int[n];
        double[] tx = new double[n];
        double[] age = new double[n];
        double[] spend = new double[n];
        int max = 0;
        int i = 0;
        Optional<ChronoUnit> unit = Optional.empty();
        for (CustomerSummary s : all) {
            if (i == 0) {
                unit = s.unit();
            } else {
                checkArgument(
                        s.unit().equals(unit),
                        "%s.fit: summaries mix units: summary 0 is in %s but summary %s is in %s",
                        model,
                        name(unit),
                        i,
                        name(s.unit()));
            }
            x[i] = s.frequency();
            tx[i] = s.recency();
            age[i] = s.age();
            spend[i] = s.meanRepeatSpend().orElse(Double.NaN);
            max = Math.max(max, x[i]);
            i++;
        }
        return new FitData(x, tx, age, spend, max, unit);
    }

    /**
     * The number of customers.
     *
     * @return the count
     */
    /**
     * A starting value for scale parameters measured in periods: the mean customer age T (summed as {@code T / n}, in
     * input order), or 1 when every customer is brand new.
     */
    double startingScale() {
        double meanAge = 0;
        for (double t : age) {
            meanAge += t / size();
        }
        return meanAge > 0 ? meanAge : 1;
    }

    int size() {
        return x.length;
    }

    static String name(Optional<ChronoUnit> unit) {
        return unit.map(ChronoUnit::toString).orElse("unit-less periods");
    }
}
