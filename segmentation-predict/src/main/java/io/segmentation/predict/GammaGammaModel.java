package io.segmentation.predict;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.hipparchus.special.Gamma;

/**
 * The Gamma-Gamma model of spend per transaction (Fader, Hardie and Lee 2005, "RFM and CLV: using iso-value curves
 * for customer base analysis", Journal of Marketing Research 42(4); Fader and Hardie 2013, "The Gamma-Gamma model of
 * monetary value"): a customer's transaction values are Gamma with shape {@code p} and rate {@code ν}, and {@code ν ~
 * Gamma(q, γ)} across customers. It assumes spend per transaction is independent of how often a customer buys.
 *
 * <pre>{@code
 * GammaGammaModel spend = GammaGammaModel.fit(GammaGammaModel.repeaters(summaries));
 * double expected = spend.expectedAverageSpend(summary);   // shrinks the customer's mean towards p γ / (q - 1)
 * }</pre>
 *
 * <p>With {@code x} repeat transactions of mean {@code z̄}:
 *
 * <ul>
 *   <li>{@code f(z̄ | x) = Γ(px+q) / (Γ(px) Γ(q)) · γ^q z̄^(px-1) x^(px) / (γ + x z̄)^(px+q)} (the likelihood);
 *   <li>{@code E[M | x, z̄] = p (γ + x z̄) / (px + q - 1)}, a weighted mean of the population mean {@code p γ / (q - 1)}
 *       (all a customer with {@code x = 0} gets) and the customer's {@code z̄}.
 * </ul>
 *
 * <p>Spend is in whatever currency the summaries' means are in; the model has no time unit. {@link #fit} maximises the
 * likelihood with Hipparchus' Nelder-Mead simplex over log-parameters from {@code p = q = 1} and {@code γ} the mean of
 * {@code z̄}. On CDNOW's 946 repeat buyers it gives the published {@code p = 6.25, q = 3.74, γ = 15.44}. Immutable and
 * thread-safe; equal when the parameters are equal.
 *
 * @since 0.1.0
 */
public final class GammaGammaModel {

    private static final String NAME = "GammaGammaModel";

    private final double p;
    private final double q;
    private final double gamma;
    private final double logLikelihood;

    private GammaGammaModel(double p, double q, double gamma, double logLikelihood) {
        this.p = ModelChecks.positive(p, "p", NAME);
        this.q = ModelChecks.positive(q, "q", NAME);
        this.gamma = ModelChecks.positive(gamma, "gamma", NAME);
        this.logLikelihood = logLikelihood;
    }

    /**
     * Fits the model by maximum likelihood on repeat buyers.
     *
     * @param repeaters at least one summary, each with {@code x > 0} and a positive mean repeat spend (see
     *     {@link #repeaters})
     * @return the fitted model
     * @throws IllegalArgumentException if there are none, or a summary has {@code x = 0}, no mean repeat spend or a
     *     mean of 0 (naming the first such summary)
     * @throws IllegalStateException if the optimiser finds no maximum
     */
    public static GammaGammaModel fit(Iterable<CustomerSummary> repeaters) {
        FitData data = FitData.of(repeaters, NAME);
        double meanSpend = 0;
        for (int i = 0; i < data.size(); i++) {
            checkArgument(
                    data.x[i] > 0,
                    "%s.fit takes repeat buyers only, but summary %s has frequency 0 (filter with repeaters())",
                    NAME,
                    i);
            checkArgument(
                    data.spend[i] > 0,
                    "%s.fit needs a positive mean repeat spend, but summary %s has %s",
                    NAME,
                    i,
                    Double.isNaN(data.spend[i]) ? "none" : data.spend[i]);
            meanSpend += data.spend[i] / data.size();
        }
        MaximumLikelihood.Maximum max =
                MaximumLikelihood.maximise(NAME, v -> logLikelihood(v[0], v[1], v[2], data), 1, 1, meanSpend);
        double[] v = max.parameters();
        return new GammaGammaModel(v[0], v[1], v[2], max.logLikelihood());
    }

    /**
     * The summaries {@link #fit} can use: repeat buyers ({@code x > 0}) with a positive mean repeat spend.
     *
     * @param summaries summaries, with or without spend
     * @return those to fit on, in their order
     */
    public static List<CustomerSummary> repeaters(Iterable<CustomerSummary> summaries) {
        List<CustomerSummary> repeaters = new ArrayList<>();
        for (CustomerSummary s : summaries) {
            if (s.isRepeatBuyer() && s.meanRepeatSpend().orElse(0) > 0) {
                repeaters.add(s);
            }
        }
        return repeaters;
    }

    /**
     * A model with given parameters.
     *
     * @param p the shape of transaction values, {@code > 0}
     * @param q the shape of the gamma distribution of their rates, {@code > 0}
     * @param gamma its scale ({@code γ}, in units of money), {@code > 0}
     * @return the model
     * @throws IllegalArgumentException if a parameter is not finite and positive
     */
    public static GammaGammaModel of(double p, double q, double gamma) {
        return new GammaGammaModel(p, q, gamma, Double.NaN);
    }

    /**
     * The shape {@code p} of transaction values.
     *
     * @return {@code p > 0}
     */
    public double p() {
        return p;
    }

    /**
     * The shape {@code q} of the gamma distribution of the transaction-value rates across customers.
     *
     * @return {@code q > 0}
     */
    public double q() {
        return q;
    }

    /**
     * The scale {@code γ} of the gamma distribution of the transaction-value rates across customers.
     *
     * @return {@code γ > 0}
     */
    public double gamma() {
        return gamma;
    }

    /**
     * The log-likelihood of the fitted parameters on the repeat buyers they were fitted on.
     *
     * @return the maximised log-likelihood
     * @throws IllegalStateException if the model was made from given parameters rather than fitted
     */
    public double logLikelihood() {
        return ModelChecks.logLikelihood(logLikelihood, NAME);
    }

    /**
     * The log-likelihood of one repeat buyer's mean spend under this model's parameters, {@code ln f(z̄ | x)}.
     *
     * @param repeater a summary with {@code x > 0} and a positive mean repeat spend
     * @return the log-likelihood (of a density, so it may be positive)
     * @throws IllegalArgumentException if the summary has {@code x = 0} or no positive mean repeat spend
     */
    public double logLikelihood(CustomerSummary repeater) {
        checkNotNull(repeater, "repeater");
        checkArgument(
                repeater.isRepeatBuyer() && repeater.meanRepeatSpend().orElse(0) > 0,
                "%s.logLikelihood needs a repeat buyer with a positive mean repeat spend but got %s",
                NAME,
                repeater);
        return logLikelihood(p, q, gamma, FitData.of(List.of(repeater), NAME));
    }

    /**
     * The expected value of a transaction across all customers, {@code p γ / (q - 1)}.
     *
     * @return the population mean
     * @throws IllegalStateException if {@code q <= 1}, where the mean is infinite
     */
    public double expectedAverageSpend() {
        requireFiniteMean();
        return p * gamma / (q - 1);
    }

    /**
     * The expected value of this customer's future transactions, {@code p (γ + x z̄) / (px + q - 1)}: the customer's
     * mean {@code z̄} shrunk towards the population mean, the more so the fewer repeat purchases there are. A customer
     * without repeat purchases gets the population mean.
     *
     * @param summary a summary with a mean repeat spend, or with {@code x = 0}
     * @return the expected spend per transaction
     * @throws IllegalArgumentException if {@code x > 0} and the summary has no mean repeat spend
     * @throws IllegalStateException if {@code q <= 1}, where the population mean is infinite
     */
    public double expectedAverageSpend(CustomerSummary summary) {
        checkNotNull(summary, "summary");
        requireFiniteMean();
        int x = summary.frequency();
        if (x == 0) {
            return expectedAverageSpend();
        }
        double mean = summary.meanRepeatSpend()
                .orElseThrow(() -> new IllegalArgumentException(
                        NAME + ".expectedAverageSpend needs a mean repeat spend but " + summary + " has none"));
        return p * (gamma + x * mean) / (p * x + q - 1);
    }

    private void requireFiniteMean() {
        if (q <= 1) {
            throw new IllegalStateException(this + ": the expected spend is infinite when q <= 1");
        }
    }

    static double logLikelihood(double p, double q, double gamma, FitData data) {
        int maxX = data.maxFrequency;
        double[] logCoefficient = new double[maxX + 1];
        boolean[] seen = new boolean[maxX + 1];
        for (int x : data.x) {
            seen[x] = true;
        }
        double base = -Gamma.logGamma(q) + q * Math.log(gamma);
        for (int x = 1; x <= maxX; x++) {
            if (seen[x]) {
                logCoefficient[x] = Gamma.logGamma(p * x + q) - Gamma.logGamma(p * x) + base + p * x * Math.log(x);
            }
        }
        double sum = 0;
        for (int i = 0; i < data.x.length; i++) {
            int x = data.x[i];
            double z = data.spend[i];
            sum += logCoefficient[x] + (p * x - 1) * Math.log(z) - (p * x + q) * Math.log(gamma + x * z);
        }
        return sum;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GammaGammaModel other
                && Double.compare(p, other.p) == 0
                && Double.compare(q, other.q) == 0
                && Double.compare(gamma, other.gamma) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(p, q, gamma);
    }

    /** For example {@code GammaGammaModel[p=6.25, q=3.74, gamma=15.44]}. */
    @Override
    public String toString() {
        return "GammaGammaModel[p=" + p + ", q=" + q + ", gamma=" + gamma + "]";
    }
}
