package io.segmentation.testkit.internal.generators;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The random draws of one synthetic customer: uniform, weighted, exponential, normal, gamma, beta and Poisson
 * variates from one {@link SplittableRandom}, using {@link StrictMath} so that a seed gives the same population on
 * every JVM and platform. Not thread-safe; each customer has its own.
 */
public final class PopulationRandom {

    private final SplittableRandom random;

    private PopulationRandom(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /**
     * The draws of customer {@code index} of the population with {@code seed}: a seed of its own, mixed from both
     * (SplitMix64's finaliser), so that customers do not depend on one another.
     */
    public static PopulationRandom forCustomer(long seed, long index) {
        long z = seed + (index + 1) * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return new PopulationRandom(z ^ (z >>> 31));
    }

    /** Uniform in [0, 1). */
    public double uniform() {
        return (random.nextLong() >>> 11) * 0x1.0p-53;
    }

    /** Uniform in (0, 1], safe to take the logarithm of. */
    private double positiveUniform() {
        return 1.0 - uniform();
    }

    /** Uniform in [0, bound). */
    public int below(int bound) {
        return Math.min(bound - 1, (int) (uniform() * bound));
    }

    /** Uniform in [lo, hi], both included. */
    public int between(int lo, int hi) {
        return lo + below(hi - lo + 1);
    }

    /** True with the given probability. */
    public boolean chance(double probability) {
        return uniform() < probability;
    }

    /** One element, uniformly. */
    public <E> E pick(List<E> values) {
        return values.get(below(values.size()));
    }

    /** An index with probability proportional to its weight. */
    public int weighted(double[] weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double x = uniform() * total;
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    /** Exponential with the given rate (mean {@code 1 / rate}); infinite for a rate of 0. */
    public double exponential(double rate) {
        return -StrictMath.log(positiveUniform()) / rate;
    }

    /** Standard normal, by the Box–Muller transform. */
    public double normal() {
        return StrictMath.sqrt(-2 * StrictMath.log(positiveUniform())) * StrictMath.cos(2 * StrictMath.PI * uniform());
    }

    /** Log-normal with the given median and log-scale standard deviation. */
    public double logNormal(double median, double sigma) {
        return median * StrictMath.exp(sigma * normal());
    }

    /**
     * Gamma with {@code shape} and {@code rate} (mean {@code shape / rate}), by Marsaglia and Tsang's method; shapes
     * below 1 are boosted by one and scaled by {@code U^(1/shape)}.
     */
    public double gamma(double shape, double rate) {
        if (shape < 1) {
            return gamma(shape + 1, rate) * StrictMath.pow(positiveUniform(), 1 / shape);
        }
        double d = shape - 1.0 / 3;
        double c = 1 / StrictMath.sqrt(9 * d);
        while (true) {
            double x = normal();
            double v = 1 + c * x;
            if (v <= 0) {
                continue;
            }
            v = v * v * v;
            double u = positiveUniform();
            if (StrictMath.log(u) < 0.5 * x * x + d - d * v + d * StrictMath.log(v)) {
                return d * v / rate;
            }
        }
    }

    /** Beta with shapes {@code a} and {@code b}, as {@code X / (X + Y)} of two gamma variates. */
    public double beta(double a, double b) {
        double x = gamma(a, 1);
        double y = gamma(b, 1);
        double sum = x + y;
        return sum == 0 ? (uniform() < a / (a + b) ? 1 : 0) : x / sum;
    }

    /** Poisson with the given mean, by counting exponential gaps (means here are small). */
    public int poisson(double mean) {
        if (mean <= 0) {
            return 0;
        }
        if (mean > 500) {
            return (int) Math.max(0, Math.round(mean + StrictMath.sqrt(mean) * normal()));
        }
        int n = 0;
        double t = exponential(1);
        while (t < mean) {
            n++;
            t += exponential(1);
        }
        return n;
    }
}
