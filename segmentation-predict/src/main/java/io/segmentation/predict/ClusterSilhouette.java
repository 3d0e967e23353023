package io.segmentation.predict;

import java.util.Arrays;
import java.util.Random;

/**
 * The silhouette of a clustering (Rousseeuw, 1987), by Euclidean distance between standardised points. For a point
 * {@code i}, {@code a} is its mean distance to the other points of its cluster and {@code b} the smallest mean
 * distance to the points of another cluster; its silhouette is {@code (b - a) / max(a, b)}, 0 when it is alone in its
 * cluster (or {@code a = b = 0}). The score is the mean over the points, from -1 to 1, higher meaning tighter and
 * better separated clusters.
 *
 * <p>Exact over all points up to a sample size; above it, computed within a random sample of that many points drawn
 * without replacement from a seeded generator, so that the cost stays quadratic in the sample, not in the population.
 */
final class ClusterSilhouette {

    private ClusterSilhouette() {}

    /**
     * The points the silhouette is computed over: all of them, or a seeded sample.
     *
     * @param n the number of points
     * @param sampleSize the most points to use
     * @param seed the seed of the sample
     * @return point indexes, ascending
     */
    static int[] sample(int n, int sampleSize, long seed) {
        int[] all = new int[n];
        for (int i = 0; i < n; i++) {
            all[i] = i;
        }
        if (n <= sampleSize) {
            return all;
        }
        Random random = new Random(seed);
        for (int i = 0; i < sampleSize; i++) {
            int j = i + random.nextInt(n - i);
            int swap = all[i];
            all[i] = all[j];
            all[j] = swap;
        }
        int[] sample = Arrays.copyOf(all, sampleSize);
        Arrays.sort(sample);
        return sample;
    }

    /**
     * The mean silhouette over the sampled points, with distances among the sampled points only.
     *
     * @param points the standardised points
     * @param labels each point's cluster, 0 to k - 1
     * @param k the number of clusters
     * @param sample the points to use
     * @return the score, from -1 to 1
     */
    static double score(double[][] points, int[] labels, int k, int[] sample) {
        int[] counts = new int[k];
        for (int i : sample) {
            counts[labels[i]]++;
        }
        double[] sums = new double[k];
        double total = 0;
        for (int i : sample) {
            Arrays.fill(sums, 0);
            for (int j : sample) {
                if (j != i) {
                    sums[labels[j]] += Math.sqrt(KMeansLloyd.squaredDistance(points[i], points[j]));
                }
            }
            total += silhouette(labels[i], sums, counts);
        }
        return total / sample.length;
    }

    private static double silhouette(int own, double[] sums, int[] counts) {
        if (counts[own] < 2) {
            return 0;
        }
        double a = sums[own] / (counts[own] - 1);
        double b = Double.POSITIVE_INFINITY;
        for (int c = 0; c < counts.length; c++) {
            if (c != own && counts[c] > 0) {
                b = Math.min(b, sums[c] / counts[c]);
            }
        }
        double scale = Math.max(a, b);
        return b == Double.POSITIVE_INFINITY || scale == 0 ? 0 : (b - a) / scale;
    }
}
