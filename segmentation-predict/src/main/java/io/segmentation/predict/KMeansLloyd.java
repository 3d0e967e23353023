package io.segmentation.predict;

import java.util.Arrays;
import java.util.Random;

/**
 * k-means on standardised points: k-means++ seeding (Arthur and Vassilvitskii, 2007) and Lloyd iterations until no
 * assignment changes, the centres all but stop moving ({@link #TOLERANCE}), or the iterations run out. Deterministic for the same points, in the same order, and seed.
 *
 * <p>Seeding picks the first centre uniformly among the points and each next one with probability proportional to
 * its squared distance to the nearest centre already chosen, so centres are distinct points. An iteration moves each
 * centre to the mean of its points, then reassigns every point to its nearest centre. A cluster left empty takes the
 * point farthest from its own centre (the first such point on ties) as its new centre.
 */
final class KMeansLloyd {

    /**
     * Iterations stop once the centres move less than this in total (the sum of their squared moves, in standardised
     * units, where each attribute has variance 1): further moves would not be worth their cost.
     */
    static final double TOLERANCE = 1e-4;

    private KMeansLloyd() {}

    /** One run's outcome: centres in the order seeded, each point's centre, and the within-cluster sum of squares. */
    static final class Run {
        private final double[][] centroids;
        private final int[] labels;
        private final double inertia;
        private final boolean converged;

        Run(double[][] centroids, int[] labels, double inertia, boolean converged) {
            this.centroids = centroids;
            this.labels = labels;
            this.inertia = inertia;
            this.converged = converged;
        }

        /** The centres, owned by the run: not to be modified. */
        double[][] centroids() {
            return centroids;
        }

        /** Each point's centre (the nearest one), owned by the run: not to be modified. */
        int[] labels() {
            return labels;
        }

        double inertia() {
            return inertia;
        }

        boolean converged() {
            return converged;
        }
    }

    /**
     * Runs k-means once.
     *
     * @param points the standardised points, with at least {@code k} distinct ones
     * @param k the number of clusters, at least 1
     * @param seed the seed of this run
     * @param maxIterations the most Lloyd iterations, at least 1
     * @return the run
     */
    static Run run(double[][] points, int k, long seed, int maxIterations) {
        double[][] centroids = seed(points, k, new Random(seed));
        int[] labels = new int[points.length];
        assign(points, centroids, labels);
        boolean converged = false;
        int[] next = new int[points.length];
        for (int iteration = 0; iteration < maxIterations && !converged; iteration++) {
            double shift = update(points, labels, centroids);
            assign(points, centroids, next);
            converged = shift <= TOLERANCE || (shift < Double.POSITIVE_INFINITY && Arrays.equals(labels, next));
            int[] swap = labels;
            labels = next;
            next = swap;
        }
        return new Run(centroids, labels, inertia(points, centroids, labels), converged);
    }

    /**
     * The index of the centre nearest to a point by Euclidean distance; on an exact tie, the centre that comes first
     * in lexicographic order of coordinates, so the answer does not depend on the order of the centres.
     */
    static int nearest(double[] point, double[][] centroids) {
        int best = 0;
        double bestDistance = squaredDistance(point, centroids[0]);
        for (int c = 1; c < centroids.length; c++) {
            double d = squaredDistance(point, centroids[c]);
            if (d < bestDistance || (d == bestDistance && Arrays.compare(centroids[c], centroids[best]) < 0)) {
                best = c;
                bestDistance = d;
            }
        }
        return best;
    }

    static double squaredDistance(double[] a, double[] b) {
        double sum = 0;
        for (int j = 0; j < a.length; j++) {
            double d = a[j] - b[j];
            sum += d * d;
        }
        return sum;
    }

    /**
     * A seed derived from a base seed and some salt (SplitMix64's finaliser over their mix), so that runs for
     * different k and restarts draw unrelated random numbers.
     */
    static long derive(long seed, long... salt) {
        long z = seed;
        for (long s : salt) {
            z = mix(z + 0x9E3779B97F4A7C15L * (s + 1));
        }
        return z;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    static double inertia(double[][] points, double[][] centroids, int[] labels) {
        double sum = 0;
        for (int i = 0; i < points.length; i++) {
            sum += squaredDistance(points[i], centroids[labels[i]]);
        }
        return sum;
    }

    private static double[][] seed(double[][] points, int k, Random random) {
        int n = points.length;
        double[][] centroids = new double[k][];
        centroids[0] = points[random.nextInt(n)].clone();
        double[] nearest = new double[n];
        Arrays.fill(nearest, Double.POSITIVE_INFINITY);
        for (int c = 1; c < k; c++) {
            double total = 0;
            int lastPositive = -1;
            for (int i = 0; i < n; i++) {
                nearest[i] = Math.min(nearest[i], squaredDistance(points[i], centroids[c - 1]));
                total += nearest[i];
                if (nearest[i] > 0) {
                    lastPositive = i;
                }
            }
            double target = random.nextDouble() * total;
            int chosen = lastPositive; // rounding can leave the running sum just short of the target
            double running = 0;
            for (int i = 0; i < n; i++) {
                running += nearest[i];
                if (nearest[i] > 0 && running > target) {
                    chosen = i;
                    break;
                }
            }
            centroids[c] = points[chosen].clone();
        }
        return centroids;
    }

    private static void assign(double[][] points, double[][] centroids, int[] labels) {
        for (int i = 0; i < points.length; i++) {
            labels[i] = nearest(points[i], centroids);
        }
    }

    /**
     * Moves each centre to the mean of its points and reseeds empty clusters.
     *
     * @return the sum of the centres' squared moves, or infinity when a cluster had to be reseeded
     */
    static double update(double[][] points, int[] labels, double[][] centroids) {
        int k = centroids.length;
        int d = points[0].length;
        double[][] sums = new double[k][d];
        int[] counts = new int[k];
        for (int i = 0; i < points.length; i++) {
            double[] sum = sums[labels[i]];
            for (int j = 0; j < d; j++) {
                sum[j] += points[i][j];
            }
            counts[labels[i]]++;
        }
        double shift = 0;
        for (int c = 0; c < k; c++) {
            if (counts[c] == 0) {
                int far = farthest(points, labels, centroids, counts);
                counts[labels[far]]--;
                for (int j = 0; j < d; j++) {
                    sums[labels[far]][j] -= points[far][j];
                }
                labels[far] = c;
                counts[c] = 1;
                sums[c] = points[far].clone();
                shift = Double.POSITIVE_INFINITY;
            }
        }
        for (int c = 0; c < k; c++) {
            for (int j = 0; j < d; j++) {
                double mean = sums[c][j] / counts[c];
                shift += (mean - centroids[c][j]) * (mean - centroids[c][j]);
                centroids[c][j] = mean;
            }
        }
        return shift;
    }

    /** The point farthest from its centre among clusters of more than one point. */
    private static int farthest(double[][] points, int[] labels, double[][] centroids, int[] counts) {
        int far = -1;
        double farDistance = -1;
        for (int i = 0; i < points.length; i++) {
            if (counts[labels[i]] > 1) {
                double d = squaredDistance(points[i], centroids[labels[i]]);
                if (d > farDistance) {
                    far = i;
                    farDistance = d;
                }
            }
        }
        return far;
    }
}
