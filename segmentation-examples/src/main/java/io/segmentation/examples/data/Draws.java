package io.segmentation.examples.data;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Random draws for the sample-data generator, all derived from {@link SplittableRandom#nextLong()} and
 * {@link StrictMath}, so that one seed gives the same data on every JDK and platform. Not thread-safe.
 */
final class Draws {

    private final SplittableRandom random;

    Draws(SplittableRandom random) {
        this.random = random;
    }

    /** An independent stream, so that what one customer draws does not shift the next customer's draws. */
    Draws split() {
        return new Draws(random.split());
    }

    /** Uniform in [0, 1), from the top 53 bits of a long. */
    double uniform() {
        return (random.nextLong() >>> 11) * 0x1.0p-53;
    }

    /** Uniform in [low, high). */
    double uniform(double low, double high) {
        return low + (high - low) * uniform();
    }

    /** Uniform in [0, bound). */
    int below(int bound) {
        return Math.min(bound - 1, (int) (uniform() * bound));
    }

    /** Uniform in [low, high], both included. */
    int between(int low, int high) {
        return low + below(high - low + 1);
    }

    boolean chance(double probability) {
        return uniform() < probability;
    }

    <E> E pick(List<E> values) {
        return values.get(below(values.size()));
    }

    /** One of {@code values}, with probability proportional to its weight. */
    <E> E weighted(List<E> values, double... weights) {
        return values.get(weightedIndex(weights));
    }

    int weightedIndex(double... weights) {
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

    /** {@code count} distinct values, each drawn with probability proportional to its weight among those left. */
    <E> List<E> distinct(int count, List<E> values, double... weights) {
        double[] left = weights.clone();
        List<E> chosen = new ArrayList<>();
        for (int n = 0; n < Math.min(count, values.size()); n++) {
            int i = weightedIndex(left);
            chosen.add(values.get(i));
            left[i] = 0;
        }
        return chosen;
    }

    /** Normal, by the Box–Muller transform. */
    double normal(double mean, double deviation) {
        double u1 = 1 - uniform();
        double u2 = uniform();
        return mean + deviation * StrictMath.sqrt(-2 * StrictMath.log(u1)) * StrictMath.cos(2 * StrictMath.PI * u2);
    }

    /** Log-normal with the given median and shape ({@code sigma} of the underlying normal). */
    double logNormal(double median, double sigma) {
        return median * StrictMath.exp(normal(0, sigma));
    }

    /** Exponential with the given rate: the waiting time of a Poisson process. */
    double exponential(double rate) {
        return -StrictMath.log(1 - uniform()) / rate;
    }

    /** Gamma with the given shape and scale (mean {@code shape * scale}), by Marsaglia and Tsang's method. */
    double gamma(double shape, double scale) {
        if (shape < 1) {
            return gamma(shape + 1, scale) * StrictMath.pow(1 - uniform(), 1 / shape);
        }
        double d = shape - 1.0 / 3;
        double c = 1 / StrictMath.sqrt(9 * d);
        while (true) {
            double x = normal(0, 1);
            double v = 1 + c * x;
            if (v <= 0) {
                continue;
            }
            v = v * v * v;
            double u = 1 - uniform();
            if (StrictMath.log(u) < 0.5 * x * x + d - d * v + d * StrictMath.log(v)) {
                return d * v * scale;
            }
        }
    }

    /** Beta with the given shapes (mean {@code a / (a + b)}). */
    double beta(double a, double b) {
        double x = gamma(a, 1);
        double y = gamma(b, 1);
        return x / (x + y);
    }
}
