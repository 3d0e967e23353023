package io.segmentation.predict;

import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import org.hipparchus.special.Beta;
import org.hipparchus.special.Gamma;

/**
 * The BG/NBD model of Fader, Hardie and Lee (2005, "Counting your customers the easy way: an alternative to the
 * Pareto/NBD model", Marketing Science 24(2)): while alive a customer buys as a Poisson process with rate {@code λ ~
 * Gamma(r, α)}, and after every purchase drops out with probability {@code p ~ Beta(a, b)}.
 *
 * <pre>{@code
 * BgNbdModel model = BgNbdModel.fit(summaries);            // maximum likelihood
 * model.r(); model.alpha(); model.a(); model.b();
 * double next90Days = model.expectedPurchases(Duration.ofDays(90), summary);
 * double alive = model.probabilityAlive(summary);
 * }</pre>
 *
 * <p>Formulas (FHL 2005, equations 6, 9 and 10; {@code B} is the beta function, {@code 2F1} the Gaussian
 * hypergeometric function, {@code δ = 1} when {@code x > 0}):
 *
 * <ul>
 *   <li>{@code L = Γ(r+x) α^r / Γ(r) · [B(a, b+x)/B(a, b) · (α+T)^-(r+x) + δ B(a+1, b+x-1)/B(a, b) ·
 *       (α+t_x)^-(r+x)]}
 *   <li>{@code P(alive) = 1 / (1 + δ a/(b+x-1) · ((α+T)/(α+t_x))^(r+x))}
 *   <li>{@code E[Y(t) | x, t_x, T] = (a+b+x-1)/(a-1) · [1 - ((α+T)/(α+T+t))^(r+x) 2F1(r+x, b+x; a+b+x-1;
 *       t/(α+T+t))] · P(alive)}
 *   <li>{@code E[X(t)] = (a+b-1)/(a-1) · [1 - (α/(α+t))^r 2F1(r, b; a+b-1; t/(α+t))]}
 * </ul>
 *
 * <p>The expectations divide by {@code a - 1}; within {@code 1e-4} of {@code a = 1}, where numerator and denominator
 * both vanish, they are interpolated linearly between {@code a = 1 ± 1e-4} (error of order {@code 1e-8}).
 *
 * <p>{@link #fit} maximises the log-likelihood with Hipparchus' Nelder-Mead simplex over the logarithms of the four
 * parameters, starting from {@code r = a = b = 1} and {@code α} the mean of {@code T}. On CDNOW's 2,357 customers (in
 * weeks) it gives the published {@code r = 0.243, α = 4.414, a = 0.793, b = 2.426} and log-likelihood {@code
 * -9582.4}. Immutable and thread-safe; equal when parameters and unit are equal.
 *
 * @since 0.1.0
 */
public final class BgNbdModel implements PurchaseModel {

    private static final String NAME = "BgNbdModel";
    private static final double NEAR_ONE = 1e-4;

    private final double r;
    private final double alpha;
    private final double a;
    private final double b;
    private final double logLikelihood;
    private final ChronoUnit unit;

    private BgNbdModel(double r, double alpha, double a, double b, double logLikelihood, ChronoUnit unit) {
        this.r = ModelChecks.positive(r, "r", NAME);
        this.alpha = ModelChecks.positive(alpha, "alpha", NAME);
        this.a = ModelChecks.positive(a, "a", NAME);
        this.b = ModelChecks.positive(b, "b", NAME);
        this.logLikelihood = logLikelihood;
        this.unit = unit;
    }

    /**
     * Fits the model by maximum likelihood.
     *
     * @param summaries at least one summary, all in the same unit (or all unit-less)
     * @return the fitted model, in the summaries' unit
     * @throws IllegalArgumentException if there are no summaries, one is null, or units are mixed
     * @throws IllegalStateException if the optimiser finds no maximum
     */
    public static BgNbdModel fit(Iterable<CustomerSummary> summaries) {
        FitData data = FitData.of(summaries, NAME);
        MaximumLikelihood.Maximum max = MaximumLikelihood.maximise(
                NAME, p -> logLikelihood(p[0], p[1], p[2], p[3], data), 1, data.startingScale(), 1, 1);
        double[] p = max.parameters();
        return new BgNbdModel(p[0], p[1], p[2], p[3], max.logLikelihood(), data.unit.orElse(null));
    }

    /**
     * A model with given parameters, in unit-less periods (for parameters fitted elsewhere).
     *
     * @param r the shape of the purchase-rate gamma distribution, {@code > 0}
     * @param alpha its scale parameter (a time, in periods), {@code > 0}
     * @param a the first shape of the drop-out beta distribution, {@code > 0}
     * @param b its second shape, {@code > 0}
     * @return the model
     * @throws IllegalArgumentException if a parameter is not finite and positive
     */
    public static BgNbdModel of(double r, double alpha, double a, double b) {
        return new BgNbdModel(r, alpha, a, b, Double.NaN, null);
    }

    /**
     * A model with given parameters, fitted elsewhere on summaries in {@code unit}s.
     *
     * @param r the shape of the purchase-rate gamma distribution, {@code > 0}
     * @param alpha its scale parameter, in {@code unit}s, {@code > 0}
     * @param a the first shape of the drop-out beta distribution, {@code > 0}
     * @param b its second shape, {@code > 0}
     * @param unit {@link ChronoUnit#DAYS}, {@link ChronoUnit#WEEKS} or {@link ChronoUnit#MONTHS}
     * @return the model
     */
    public static BgNbdModel of(double r, double alpha, double a, double b, ChronoUnit unit) {
        return new BgNbdModel(r, alpha, a, b, Double.NaN, PeriodUnits.checkSummaryUnit(unit, "unit"));
    }

    /**
     * The shape {@code r} of the gamma distribution of purchase rates.
     *
     * @return {@code r > 0}
     */
    public double r() {
        return r;
    }

    /**
     * The scale {@code α} of the gamma distribution of purchase rates, in periods.
     *
     * @return {@code α > 0}
     */
    public double alpha() {
        return alpha;
    }

    /**
     * The first shape {@code a} of the beta distribution of drop-out probabilities.
     *
     * @return {@code a > 0}
     */
    public double a() {
        return a;
    }

    /**
     * The second shape {@code b} of the beta distribution of drop-out probabilities.
     *
     * @return {@code b > 0}
     */
    public double b() {
        return b;
    }

    @Override
    public Optional<ChronoUnit> periodUnit() {
        return Optional.ofNullable(unit);
    }

    @Override
    public double logLikelihood() {
        return ModelChecks.logLikelihood(logLikelihood, NAME);
    }

    @Override
    public double logLikelihood(CustomerSummary summary) {
        ModelChecks.summary(summary, periodUnit(), NAME);
        int x = summary.frequency();
        double logA = Gamma.logGamma(r + x) - Gamma.logGamma(r) + r * Math.log(alpha);
        double logBeta = Beta.logBeta(a, b);
        double logB1 = Beta.logBeta(a, b + x) - logBeta;
        double logB2 = x > 0 ? Beta.logBeta(a + 1, b + x - 1) - logBeta : Double.NEGATIVE_INFINITY;
        return individual(r, alpha, x, summary.recency(), summary.age(), logA, logB1, logB2);
    }

    @Override
    public double expectedPurchases(double t, CustomerSummary summary) {
        ModelChecks.horizon(t, NAME);
        return conditional(t, summary, probabilityAlive(summary));
    }

    @Override
    public double expectedPurchases(double t) {
        ModelChecks.horizon(t, NAME);
        if (t == 0) {
            return 0;
        }
        if (Math.abs(a - 1) < NEAR_ONE) {
            double low = unconditional(t, 1 - NEAR_ONE);
            double high = unconditional(t, 1 + NEAR_ONE);
            return low + (high - low) * (a - (1 - NEAR_ONE)) / (2 * NEAR_ONE);
        }
        return unconditional(t, a);
    }

    @Override
    public double probabilityAlive(CustomerSummary summary) {
        ModelChecks.summary(summary, periodUnit(), NAME);
        int x = summary.frequency();
        if (x == 0) {
            return 1;
        }
        double logRatio = (r + x) * (Math.log(alpha + summary.age()) - Math.log(alpha + summary.recency()));
        return 1 / (1 + a / (b + x - 1) * Math.exp(logRatio));
    }

    /** {@code E[Y(t) | x, t_x, T]} given the customer's {@code P(alive)}; the summary is already checked. */
    double conditional(double t, CustomerSummary summary, double probabilityAlive) {
        if (t == 0) {
            return 0;
        }
        if (Math.abs(a - 1) < NEAR_ONE) {
            double low = perAliveCustomer(t, summary, 1 - NEAR_ONE);
            double high = perAliveCustomer(t, summary, 1 + NEAR_ONE);
            return (low + (high - low) * (a - (1 - NEAR_ONE)) / (2 * NEAR_ONE)) * probabilityAlive;
        }
        return perAliveCustomer(t, summary, a) * probabilityAlive;
    }

    /**
     * {@code E[Y(t_k) | x, t_x, T]} for several horizons at once, into {@code out}, given the customer's {@code
     * P(alive)}; the summary is already checked and the horizons are finite and {@code >= 0}.
     */
    void conditionalAll(double[] t, CustomerSummary summary, double probabilityAlive, double[] out) {
        if (Math.abs(a - 1) < NEAR_ONE) {
            double[] high = new double[t.length];
            perAliveCustomerAll(t, summary, 1 - NEAR_ONE, out);
            perAliveCustomerAll(t, summary, 1 + NEAR_ONE, high);
            double weight = (a - (1 - NEAR_ONE)) / (2 * NEAR_ONE);
            for (int k = 0; k < t.length; k++) {
                out[k] = (out[k] + (high[k] - out[k]) * weight) * probabilityAlive;
            }
            return;
        }
        perAliveCustomerAll(t, summary, a, out);
        for (int k = 0; k < t.length; k++) {
            out[k] *= probabilityAlive;
        }
    }

    private void perAliveCustomerAll(double[] t, CustomerSummary summary, double shapeA, double[] out) {
        int x = summary.frequency();
        double horizonStart = alpha + summary.age();
        double[] z = new double[t.length];
        for (int k = 0; k < t.length; k++) {
            z[k] = t[k] / (horizonStart + t[k]);
        }
        Hypergeometric.scaledAll(r + x, r + x, b + x, shapeA + b + x - 1, z, out);
        double factor = (shapeA + b + x - 1) / (shapeA - 1);
        for (int k = 0; k < t.length; k++) {
            out[k] = factor * (1 - out[k]);
        }
    }

    private double perAliveCustomer(double t, CustomerSummary summary, double shapeA) {
        int x = summary.frequency();
        double horizonStart = alpha + summary.age();
        double z = t / (horizonStart + t);
        double bracket = 1 - Hypergeometric.scaled(r + x, r + x, b + x, shapeA + b + x - 1, z);
        return (shapeA + b + x - 1) / (shapeA - 1) * bracket;
    }

    private double unconditional(double t, double shapeA) {
        double z = t / (alpha + t);
        double bracket = 1 - Hypergeometric.scaled(r, r, b, shapeA + b - 1, z);
        return (shapeA + b - 1) / (shapeA - 1) * bracket;
    }

    static double logLikelihood(double r, double alpha, double a, double b, FitData data) {
        int maxX = data.maxFrequency;
        double[] logA = new double[maxX + 1];
        double[] logB1 = new double[maxX + 1];
        double[] logB2 = new double[maxX + 1];
        double logGammaR = Gamma.logGamma(r);
        double rLogAlpha = r * Math.log(alpha);
        double logBeta = Beta.logBeta(a, b);
        boolean[] seen = new boolean[maxX + 1];
        for (int x : data.x) {
            seen[x] = true;
        }
        for (int x = 0; x <= maxX; x++) {
            if (seen[x]) {
                logA[x] = Gamma.logGamma(r + x) - logGammaR + rLogAlpha;
                logB1[x] = Beta.logBeta(a, b + x) - logBeta;
                logB2[x] = x > 0 ? Beta.logBeta(a + 1, b + x - 1) - logBeta : Double.NEGATIVE_INFINITY;
            }
        }
        double sum = 0;
        for (int i = 0; i < data.x.length; i++) {
            int x = data.x[i];
            sum += individual(r, alpha, x, data.tx[i], data.age[i], logA[x], logB1[x], logB2[x]);
        }
        return sum;
    }

    private static double individual(
            double r, double alpha, int x, double tx, double age, double logA, double logB1, double logB2) {
        double first = logB1 - (r + x) * Math.log(alpha + age);
        double second = x > 0 ? logB2 - (r + x) * Math.log(alpha + tx) : Double.NEGATIVE_INFINITY;
        return logA + ModelChecks.logSumExp(first, second);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BgNbdModel other
                && Double.compare(r, other.r) == 0
                && Double.compare(alpha, other.alpha) == 0
                && Double.compare(a, other.a) == 0
                && Double.compare(b, other.b) == 0
                && unit == other.unit;
    }

    @Override
    public int hashCode() {
        return Objects.hash(r, alpha, a, b, unit);
    }

    /** For example {@code BgNbdModel[r=0.2426, alpha=4.4136, a=0.7929, b=2.4259, unit=Weeks]}. */
    @Override
    public String toString() {
        return "BgNbdModel[r=" + r + ", alpha=" + alpha + ", a=" + a + ", b=" + b + ", unit="
                + FitData.name(periodUnit()) + "]";
    }
}
