package io.segmentation.predict;

import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import org.hipparchus.special.Gamma;

/**
 * The Pareto/NBD model of Schmittlein, Morrison and Colombo (1987, "Counting your customers: who are they and what
 * will they do next?", Management Science 33(1)): while alive a customer buys as a Poisson process with rate {@code λ
 * ~ Gamma(r, α)}, and lives an exponential lifetime with rate {@code μ ~ Gamma(s, β)}.
 *
 * <pre>{@code
 * ParetoNbdModel model = ParetoNbdModel.fit(summaries);
 * model.r(); model.alpha(); model.s(); model.beta();
 * double alive = model.probabilityAlive(summary);
 * }</pre>
 *
 * <p>Formulas from Fader, Hardie and Lee (2005, "A note on deriving the Pareto/NBD model and related expressions"):
 *
 * <ul>
 *   <li>{@code L = Γ(r+x) α^r β^s / Γ(r) · [1/((α+T)^(r+x) (β+T)^s) + s/(r+s+x) · A0]}, where for {@code α >= β}
 *       {@code A0 = 2F1(r+s+x, s+1; r+s+x+1; (α-β)/(α+t_x)) / (α+t_x)^(r+s+x) - 2F1(r+s+x, s+1; r+s+x+1;
 *       (α-β)/(α+T)) / (α+T)^(r+s+x)} and for {@code α < β} {@code A0 = 2F1(r+s+x, r+x; r+s+x+1; (β-α)/(β+t_x)) /
 *       (β+t_x)^(r+s+x) - 2F1(r+s+x, r+x; r+s+x+1; (β-α)/(β+T)) / (β+T)^(r+s+x)} (so the argument of {@code 2F1} is
 *       always in {@code [0, 1)});
 *   <li>{@code P(alive) = 1 / (1 + s/(r+s+x) · (α+T)^(r+x) (β+T)^s · A0)};
 *   <li>{@code E[Y(t) | x, t_x, T] = (r+x)(β+T) / ((α+T)(s-1)) · [1 - ((β+T)/(β+T+t))^(s-1)] · P(alive)};
 *   <li>{@code E[X(t)] = r β / (α (s-1)) · [1 - (β/(β+t))^(s-1)]}.
 * </ul>
 *
 * <p>The factor {@code [1 - q^(s-1)]/(s-1)} is evaluated as {@code -expm1((s-1) ln q)/(s-1)}, which is accurate near
 * {@code s = 1} and equals its limit {@code -ln q} there.
 *
 * <p>{@link #fit} maximises the log-likelihood with Hipparchus' Nelder-Mead simplex over the logarithms of the
 * parameters, starting from {@code r = s = 1} and {@code α = β} the mean of {@code T}. On CDNOW (weeks) it gives the
 * published {@code r = 0.55, α = 10.58, s = 0.61, β = 11.67}. Immutable and thread-safe; equal when parameters and
 * unit are equal.
 *
 * @since 0.1.0
 */
public final class ParetoNbdModel implements PurchaseModel {

    private static final String NAME = "ParetoNbdModel";

    private final double r;
    private final double alpha;
    private final double s;
    private final double beta;
    private final double logLikelihood;
    private final ChronoUnit unit;

    private ParetoNbdModel(double r, double alpha, double s, double beta, double logLikelihood, ChronoUnit unit) {
        this.r = ModelChecks.positive(r, "r", NAME);
        this.alpha = ModelChecks.positive(alpha, "alpha", NAME);
        this.s = ModelChecks.positive(s, "s", NAME);
        this.beta = ModelChecks.positive(beta, "beta", NAME);
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
    public static ParetoNbdModel fit(Iterable<CustomerSummary> summaries) {
        FitData data = FitData.of(summaries, NAME);
        double scale = data.startingScale();
        MaximumLikelihood.Maximum max =
                MaximumLikelihood.maximise(NAME, p -> logLikelihood(p[0], p[1], p[2], p[3], data), 1, scale, 1, scale);
        double[] p = max.parameters();
        return new ParetoNbdModel(p[0], p[1], p[2], p[3], max.logLikelihood(), data.unit.orElse(null));
    }

    /**
     * A model with given parameters, in unit-less periods.
     *
     * @param r the shape of the purchase-rate gamma distribution, {@code > 0}
     * @param alpha its scale (a time, in periods), {@code > 0}
     * @param s the shape of the drop-out-rate gamma distribution, {@code > 0}
     * @param beta its scale (a time, in periods), {@code > 0}
     * @return the model
     * @throws IllegalArgumentException if a parameter is not finite and positive
     */
    public static ParetoNbdModel of(double r, double alpha, double s, double beta) {
        return new ParetoNbdModel(r, alpha, s, beta, Double.NaN, null);
    }

    /**
     * A model with given parameters, fitted elsewhere on summaries in {@code unit}s.
     *
     * @param r the shape of the purchase-rate gamma distribution, {@code > 0}
     * @param alpha its scale, in {@code unit}s, {@code > 0}
     * @param s the shape of the drop-out-rate gamma distribution, {@code > 0}
     * @param beta its scale, in {@code unit}s, {@code > 0}
     * @param unit {@link ChronoUnit#DAYS}, {@link ChronoUnit#WEEKS} or {@link ChronoUnit#MONTHS}
     * @return the model
     */
    public static ParetoNbdModel of(double r, double alpha, double s, double beta, ChronoUnit unit) {
        return new ParetoNbdModel(r, alpha, s, beta, Double.NaN, PeriodUnits.checkSummaryUnit(unit, "unit"));
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
     * The shape {@code s} of the gamma distribution of drop-out rates.
     *
     * @return {@code s > 0}
     */
    public double s() {
        return s;
    }

    /**
     * The scale {@code β} of the gamma distribution of drop-out rates, in periods.
     *
     * @return {@code β > 0}
     */
    public double beta() {
        return beta;
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
        double logA = Gamma.logGamma(r + x) - Gamma.logGamma(r) + r * Math.log(alpha) + s * Math.log(beta);
        return individual(r, alpha, s, beta, x, summary.recency(), summary.age(), logA);
    }

    @Override
    public double expectedPurchases(double t, CustomerSummary summary) {
        ModelChecks.horizon(t, NAME);
        return conditional(t, summary, probabilityAlive(summary));
    }

    @Override
    public double expectedPurchases(double t) {
        ModelChecks.horizon(t, NAME);
        return r / alpha * beta * growth(Math.log(beta / (beta + t)));
    }

    @Override
    public double probabilityAlive(CustomerSummary summary) {
        ModelChecks.summary(summary, periodUnit(), NAME);
        int x = summary.frequency();
        double age = summary.age();
        double u = -(r + x) * Math.log(alpha + age) - s * Math.log(beta + age);
        double[] v = logA0Terms(r, alpha, s, beta, x, summary.recency(), age);
        double ratio = s / (r + s + x) * (Math.exp(v[0] - u) - Math.exp(v[1] - u));
        return 1 / (1 + ratio);
    }

    /** {@code E[Y(t) | x, t_x, T]} given the customer's {@code P(alive)}; the summary is already checked. */
    double conditional(double t, CustomerSummary summary, double probabilityAlive) {
        double age = summary.age();
        double perAlive = (r + summary.frequency())
                / (alpha + age)
                * (beta + age)
                * growth(Math.log((beta + age) / (beta + age + t)));
        return perAlive * probabilityAlive;
    }

    /** {@code [1 - e^((s-1) logQ)] / (s-1)}, continuous at {@code s = 1}. */
    private double growth(double logQ) {
        double k = s - 1;
        return k == 0 ? -logQ : -Math.expm1(k * logQ) / k;
    }

    static double logLikelihood(double r, double alpha, double s, double beta, FitData data) {
        int maxX = data.maxFrequency;
        double[] logA = new double[maxX + 1];
        double base = -Gamma.logGamma(r) + r * Math.log(alpha) + s * Math.log(beta);
        boolean[] seen = new boolean[maxX + 1];
        for (int x : data.x) {
            seen[x] = true;
        }
        for (int x = 0; x <= maxX; x++) {
            if (seen[x]) {
                logA[x] = Gamma.logGamma(r + x) + base;
            }
        }
        double sum = 0;
        for (int i = 0; i < data.x.length; i++) {
            int x = data.x[i];
            sum += individual(r, alpha, s, beta, x, data.tx[i], data.age[i], logA[x]);
        }
        return sum;
    }

    private static double individual(
            double r, double alpha, double s, double beta, int x, double tx, double age, double logA) {
        double u = -(r + x) * Math.log(alpha + age) - s * Math.log(beta + age);
        double[] v = logA0Terms(r, alpha, s, beta, x, tx, age);
        double max = Math.max(u, v[0]);
        double inner = Math.exp(u - max) + s / (r + s + x) * (Math.exp(v[0] - max) - Math.exp(v[1] - max));
        return logA + max + Math.log(inner);
    }

    /** The logarithms of the two terms whose difference is {@code A0}, at {@code t_x} and at {@code T}. */
    private static double[] logA0Terms(double r, double alpha, double s, double beta, int x, double tx, double age) {
        double a = r + s + x;
        double c = a + 1;
        double larger;
        double difference;
        double b;
        if (alpha >= beta) {
            larger = alpha;
            difference = alpha - beta;
            b = s + 1;
        } else {
            larger = beta;
            difference = beta - alpha;
            b = r + x;
        }
        double atRecency =
                Math.log(Hypergeometric.f21(a, b, c, difference / (larger + tx))) - a * Math.log(larger + tx);
        double atAge = Math.log(Hypergeometric.f21(a, b, c, difference / (larger + age))) - a * Math.log(larger + age);
        return new double[] {atRecency, atAge};
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ParetoNbdModel other
                && Double.compare(r, other.r) == 0
                && Double.compare(alpha, other.alpha) == 0
                && Double.compare(s, other.s) == 0
                && Double.compare(beta, other.beta) == 0
                && unit == other.unit;
    }

    @Override
    public int hashCode() {
        return Objects.hash(r, alpha, s, beta, unit);
    }

    /** For example {@code ParetoNbdModel[r=0.55, alpha=10.58, s=0.61, beta=11.67, unit=Weeks]}. */
    @Override
    public String toString() {
        return "ParetoNbdModel[r=" + r + ", alpha=" + alpha + ", s=" + s + ", beta=" + beta + ", unit="
                + FitData.name(periodUnit()) + "]";
    }
}
