package io.segmentation.predict;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import io.segmentation.EvaluationContext;
import io.segmentation.Segment;
import io.segmentation.attribute.NumberAttribute;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/**
 * One discovery: reads and standardises the subjects, runs k-means for each k (best of the restarts by inertia),
 * scores each by silhouette, keeps the best, and numbers the clusters largest first.
 *
 * <p>The subjects' values are sorted before anything is summed or drawn at random, so the outcome depends on the
 * population and the seed, not on the order the subjects come in.
 *
 * @param <T> the subject type
 */
final class DiscoveryRun<T> {

    /** Populations at least this large run the restarts of each k in parallel. */
    private static final int PARALLEL_THRESHOLD = 10_000;

    private final List<NumberAttribute<T>> attributes;
    private final int minK;
    private final int maxK;
    private final boolean bySilhouette;
    private final long seed;
    private final int maxIterations;
    private final int restarts;
    private final int silhouetteSampleSize;

    DiscoveryRun(
            List<NumberAttribute<T>> attributes,
            int minK,
            int maxK,
            boolean bySilhouette,
            long seed,
            int maxIterations,
            int restarts,
            int silhouetteSampleSize) {
        this.attributes = attributes;
        this.minK = minK;
        this.maxK = maxK;
        this.bySilhouette = bySilhouette;
        this.seed = seed;
        this.maxIterations = maxIterations;
        this.restarts = restarts;
        this.silhouetteSampleSize = silhouetteSampleSize;
    }

    /**
     * Discovers clusters; the restarts of each k run on {@code executor} (one task each) when given, else on the
     * common pool for large populations.
     */
    DiscoveredClusters<T> discover(Iterable<? extends T> subjects, EvaluationContext context, Executor executor) {
        int d = attributes.size();
        List<double[]> rows = new ArrayList<>();
        int excluded = 0;
        for (T subject : subjects) {
            checkNotNull(subject, "subjects contains null");
            double[] row = read(subject, context);
            if (row == null) {
                excluded++;
            } else {
                rows.add(row);
            }
        }
        int n = rows.size();
        checkArgument(
                n > 0,
                "subjects: none of the %s subjects has a finite value for every attribute %s",
                excluded,
                attributes);

        // Canonical order first: the sums behind means and deviations then add up alike for any input order.
        rows.sort(Arrays::compare);
        double[] means = new double[d];
        double[] deviations = new double[d];
        for (int j = 0; j < d; j++) {
            standardisation(rows, j, means, deviations);
        }
        double[][] points = new double[n][d];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                points[i][j] = ClusterCentroids.standardise(rows.get(i)[j], means[j], deviations[j]);
            }
        }
        // Standardising is monotone in each attribute, so the points stay in lexicographic order.
        int distinct = distinct(points);
        int highest = Math.min(maxK, distinct);
        checkArgument(
                minK <= highest,
                "%s exceeds the %s distinct points among the %s subjects with every attribute present",
                bySilhouette ? "clustersBySilhouette: min " + minK : "clusters: k = " + minK,
                distinct,
                n);

        int[] sample = ClusterSilhouette.sample(n, silhouetteSampleSize, KMeansLloyd.derive(seed, -1));
        Map<Integer, Double> silhouettes = new TreeMap<>();
        KMeansLloyd.Run best = null;
        double bestSilhouette = Double.NEGATIVE_INFINITY;
        for (int k = minK; k <= highest; k++) {
            KMeansLloyd.Run run = bestOfRestarts(points, k, executor);
            double silhouette = ClusterSilhouette.score(points, run.labels(), k, sample);
            silhouettes.put(k, silhouette);
            if (silhouette > bestSilhouette) {
                best = run;
                bestSilhouette = silhouette;
            }
        }
        return result(context, points, means, deviations, best, silhouettes, excluded);
    }

    /** The attribute values of a subject, or null when one is missing or not finite. */
    private double[] read(T subject, EvaluationContext context) {
        double[] row = new double[attributes.size()];
        for (int j = 0; j < row.length; j++) {
            double value = attributes.get(j).readDouble(subject, context);
            if (!Double.isFinite(value)) {
                return null;
            }
            row[j] = value;
        }
        return row;
    }

    /** Mean and population standard deviation of column j; exactly the value and 0 for a constant column. */
    private static void standardisation(List<double[]> rows, int j, double[] means, double[] deviations) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        double sum = 0;
        for (double[] row : rows) {
            min = Math.min(min, row[j]);
            max = Math.max(max, row[j]);
            sum += row[j];
        }
        if (min == max) {
            means[j] = min + 0.0;
            deviations[j] = 0;
            return;
        }
        double mean = sum / rows.size();
        double squares = 0;
        for (double[] row : rows) {
            squares += (row[j] - mean) * (row[j] - mean);
        }
        means[j] = mean;
        deviations[j] = Math.sqrt(squares / rows.size());
    }

    private static int distinct(double[][] sorted) {
        int distinct = 1;
        for (int i = 1; i < sorted.length; i++) {
            if (Arrays.compare(sorted[i - 1], sorted[i]) != 0) {
                distinct++;
            }
        }
        return distinct;
    }

    /** The run with the lowest inertia among the restarts, the first of them on ties. */
    private KMeansLloyd.Run bestOfRestarts(double[][] points, int k, Executor executor) {
        KMeansLloyd.Run[] runs = new KMeansLloyd.Run[restarts];
        IntConsumer restart = r -> runs[r] = KMeansLloyd.run(points, k, KMeansLloyd.derive(seed, k, r), maxIterations);
        if (executor != null) {
            onExecutor(restart, executor);
        } else {
            IntStream range = IntStream.range(0, restarts);
            if (points.length >= PARALLEL_THRESHOLD) {
                range = range.parallel();
            }
            range.forEach(restart);
        }
        KMeansLloyd.Run best = runs[0];
        for (KMeansLloyd.Run run : runs) {
            if (run.inertia() < best.inertia()) {
                best = run;
            }
        }
        return best;
    }

    /** Runs every restart as a task on the executor and waits; a restart's failure is rethrown as it was thrown. */
    private void onExecutor(IntConsumer restart, Executor executor) {
        CompletableFuture<?>[] tasks = new CompletableFuture<?>[restarts];
        for (int r = 0; r < restarts; r++) {
            int index = r;
            tasks[r] = CompletableFuture.runAsync(() -> restart.accept(index), executor);
        }
        try {
            CompletableFuture.allOf(tasks).join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error cause) {
                throw cause;
            }
            throw e;
        }
    }

    private DiscoveredClusters<T> result(
            EvaluationContext context,
            double[][] points,
            double[] means,
            double[] deviations,
            KMeansLloyd.Run run,
            Map<Integer, Double> silhouettes,
            int excluded) {
        int k = run.centroids().length;
        int[] sizes = new int[k];
        for (int label : run.labels()) {
            sizes[label]++;
        }
        double[][] unordered = run.centroids();
        Integer[] order = new Integer[k];
        Arrays.setAll(order, c -> c);
        Arrays.sort(
                order,
                Comparator.comparingInt((Integer c) -> -sizes[c])
                        .thenComparing((a, b) -> Arrays.compare(unordered[a], unordered[b])));
        double[][] centroids = new double[k][];
        for (int c = 0; c < k; c++) {
            centroids[c] = unordered[order[c]].clone();
        }
        ClusterCentroids<T> fit = new ClusterCentroids<>(attributes, means, deviations, centroids);
        ClusterAttribute<T> attribute = new ClusterAttribute<>(fit);
        List<Cluster<T>> clusters = new ArrayList<>();
        for (int c = 0; c < k; c++) {
            clusters.add(cluster(c, sizes[order[c]], centroids[c], means, deviations, attribute));
        }
        return new DiscoveredClusters<>(
                context,
                fit,
                attribute,
                clusters,
                silhouettes,
                points.length,
                excluded,
                run.inertia(),
                run.converged());
    }

    private Cluster<T> cluster(
            int c, int size, double[] z, double[] means, double[] deviations, ClusterAttribute<T> attribute) {
        int d = attributes.size();
        double[] original = new double[d];
        Map<NumberAttribute<T>, Double> centroid = new LinkedHashMap<>();
        Map<NumberAttribute<T>, Double> standardised = new LinkedHashMap<>();
        for (int j = 0; j < d; j++) {
            original[j] = means[j] + z[j] * deviations[j];
            centroid.put(attributes.get(j), original[j]);
            standardised.put(attributes.get(j), z[j]);
        }
        String summary = ClusterSummary.summary(attributes, z);
        int number = c + 1;
        Segment<T> segment = Segment.where(attribute.is(number))
                .named("Cluster " + number)
                .describedAs(summary + "; centroid " + ClusterSummary.centroid(attributes, original));
        return new Cluster<>(number, size, centroid, standardised, summary, segment);
    }
}
