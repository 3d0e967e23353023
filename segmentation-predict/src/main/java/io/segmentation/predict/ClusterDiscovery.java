package io.segmentation.predict;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import io.segmentation.EvaluationContext;
import io.segmentation.attribute.NumberAttribute;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executor;

/**
 * Segments discovered by k-means++ clustering over chosen numeric attributes: configure which attributes and how
 * many clusters (a number, or the best silhouette within a range), then {@link #discover} them in a population. Each
 * cluster becomes a named {@link io.segmentation.Segment} described by its centroid and by what sets it apart.
 *
 * <pre>{@code
 * import static io.segmentation.Attributes.*;
 *
 * DiscoveredClusters<Customer> found = ClusterDiscovery.over(totalSpent(), purchases(), daysSinceLastPurchase())
 *     .clustersBySilhouette(2, 8)       // or .clusters(4)
 *     .seed(42)
 *     .discover(customers, context);
 * found.clusters().forEach(c -> System.out.println(c.name() + ": " + c.summary()));
 * // Cluster 1: close to the average on every attribute
 * // Cluster 2: total_spent high (+1.8 sd), purchases high (+1.2 sd), days_since_last_purchase low (-0.9 sd)
 * }</pre>
 *
 * <h2>How it works</h2>
 *
 * <ol>
 *   <li>Each subject's attributes are read at the context's evaluation time. Subjects with a value missing or not
 *       finite are left out of the fit ({@link DiscoveredClusters#excludedCount()}) and belong to no cluster.
 *   <li>Each attribute is standardised to z-scores with the mean and population standard deviation of the fitted
 *       subjects, so that attributes in different units weigh alike. An attribute with the same value for every
 *       fitted subject has no variance: it is kept in centroids but standardised to 0, so it takes no part in
 *       distances (also for subjects placed later).
 *   <li>For each k, k-means runs {@link #restarts(int) several times}: k-means++ seeding (each next centre drawn
 *       with probability proportional to its squared distance from the centres so far), then Lloyd iterations —
 *       centres to the means of their points, points to their nearest centre — until no point changes cluster, the
 *       centres all but stop moving (their squared moves add up to less than 0.0001 in standardised units), or
 *       {@link #maxIterations(int)} is reached. A cluster left empty restarts from the point farthest from its centre.
 *       The run with the least within-cluster sum of squares is kept.
 *   <li>The clustering is scored by its mean silhouette (for each point, {@code (b - a) / max(a, b)} with {@code a}
 *       the mean distance to its own cluster and {@code b} to the nearest other cluster). It is exact for
 *       populations up to {@link #silhouetteSampleSize(int)} (2 000 by default) and computed within a seeded random
 *       sample of that size above it. When k is chosen by silhouette, the k with the highest score wins, the
 *       smallest k on ties.
 *   <li>Clusters are numbered by size, largest first, and named {@code "Cluster 1"}, {@code "Cluster 2"}, …
 * </ol>
 *
 * <p>Membership is nearest centroid: a cluster's segment is {@code cluster(…) = number} over
 * {@link DiscoveredClusters#clusterAttribute()}, so the segments place every subject with all values present in
 * exactly one cluster, in every matcher, engine and index, and match the fit for the fitted subjects.
 *
 * <p>Deterministic: the points are put in a canonical order before anything random happens, and all randomness comes
 * from {@link #seed(long)} (1 by default) — the same population, in any order, with the same settings gives the same
 * clusters. Exact k is required by {@link #clusters(int)} to be at most the number of distinct points.
 *
 * <p>Immutable: each setting returns a new discovery. Thread-safe.
 *
 * @param <T> the subject type
 * @since 0.1.0
 */
public final class ClusterDiscovery<T> {

    /** The default seed. */
    public static final long DEFAULT_SEED = 1L;

    /** The default most Lloyd iterations per run. */
    public static final int DEFAULT_MAX_ITERATIONS = 300;

    /** The default number of runs per k. */
    public static final int DEFAULT_RESTARTS = 10;

    /** The default most points the silhouette is computed over exactly. */
    public static final int DEFAULT_SILHOUETTE_SAMPLE_SIZE = 2_000;

    private final ImmutableList<NumberAttribute<T>> attributes;
    private final int minK;
    private final int maxK;
    private final boolean bySilhouette;
    private final long seed;
    private final int maxIterations;
    private final int restarts;
    private final int silhouetteSampleSize;

    private ClusterDiscovery(
            ImmutableList<NumberAttribute<T>> attributes,
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
     * A discovery over attributes, which must be chosen with care: they are what clusters differ by.
     *
     * @param attributes distinct numeric attributes, at least one
     * @param <T> the subject type
     * @return the discovery, without a number of clusters yet
     * @throws IllegalArgumentException if there is no attribute or one is given twice
     */
    public static <T> ClusterDiscovery<T> over(List<? extends NumberAttribute<T>> attributes) {
        checkNotNull(attributes, "attributes");
        checkArgument(!attributes.isEmpty(), "attributes must not be empty");
        Set<NumberAttribute<T>> seen = new HashSet<>();
        for (int i = 0; i < attributes.size(); i++) {
            NumberAttribute<T> a = checkNotNull(attributes.get(i), "attributes[%s]", i);
            checkArgument(seen.add(a), "attributes: %s is given twice", a);
        }
        return new ClusterDiscovery<>(
                ImmutableList.copyOf(attributes),
                0,
                0,
                false,
                DEFAULT_SEED,
                DEFAULT_MAX_ITERATIONS,
                DEFAULT_RESTARTS,
                DEFAULT_SILHOUETTE_SAMPLE_SIZE);
    }

    /**
     * A discovery over attributes.
     *
     * @param attributes distinct numeric attributes, at least one
     * @param <T> the subject type
     * @return the discovery, without a number of clusters yet
     */
    @SafeVarargs
    public static <T> ClusterDiscovery<T> over(NumberAttribute<T>... attributes) {
        checkNotNull(attributes, "attributes");
        List<NumberAttribute<T>> list = new ArrayList<>(attributes.length);
        for (NumberAttribute<T> a : attributes) {
            list.add(a); // copied one by one: the varargs array itself never escapes
        }
        return over(list);
    }

    /**
     * This discovery with a fixed number of clusters.
     *
     * @param k at least 2 (and, when discovering, at most the number of distinct points)
     * @return a new discovery
     * @throws IllegalArgumentException if {@code k < 2}
     */
    public ClusterDiscovery<T> clusters(int k) {
        checkArgument(k >= 2, "clusters: k must be at least 2 but was %s", k);
        return new ClusterDiscovery<>(attributes, k, k, false, seed, maxIterations, restarts, silhouetteSampleSize);
    }

    /**
     * This discovery with the number of clusters chosen by the best silhouette among {@code min..max} (inclusive;
     * values above the number of distinct points are skipped).
     *
     * @param min the fewest clusters, at least 2
     * @param max the most clusters, at least {@code min}
     * @return a new discovery
     * @throws IllegalArgumentException if {@code min < 2} or {@code max < min}
     */
    public ClusterDiscovery<T> clustersBySilhouette(int min, int max) {
        checkArgument(min >= 2, "clustersBySilhouette: min must be at least 2 but was %s", min);
        checkArgument(max >= min, "clustersBySilhouette: max %s is below min %s", max, min);
        return new ClusterDiscovery<>(attributes, min, max, true, seed, maxIterations, restarts, silhouetteSampleSize);
    }

    /**
     * This discovery with another seed for seeding, restarts and silhouette sampling.
     *
     * @param seed any value
     * @return a new discovery
     */
    public ClusterDiscovery<T> seed(long seed) {
        return new ClusterDiscovery<>(
                attributes, minK, maxK, bySilhouette, seed, maxIterations, restarts, silhouetteSampleSize);
    }

    /**
     * This discovery with another limit on Lloyd iterations per run (300 by default).
     *
     * @param maxIterations at least 1
     * @return a new discovery
     * @throws IllegalArgumentException if {@code maxIterations < 1}
     */
    public ClusterDiscovery<T> maxIterations(int maxIterations) {
        checkArgument(maxIterations >= 1, "maxIterations must be at least 1 but was %s", maxIterations);
        return new ClusterDiscovery<>(
                attributes, minK, maxK, bySilhouette, seed, maxIterations, restarts, silhouetteSampleSize);
    }

    /**
     * This discovery with another number of k-means++ runs per k, of which the tightest is kept (10 by default).
     *
     * @param restarts at least 1
     * @return a new discovery
     * @throws IllegalArgumentException if {@code restarts < 1}
     */
    public ClusterDiscovery<T> restarts(int restarts) {
        checkArgument(restarts >= 1, "restarts must be at least 1 but was %s", restarts);
        return new ClusterDiscovery<>(
                attributes, minK, maxK, bySilhouette, seed, maxIterations, restarts, silhouetteSampleSize);
    }

    /**
     * This discovery with another limit on the points the silhouette is computed over (2 000 by default): exact up to
     * it, within a seeded random sample of that many points above it. The cost is quadratic in this size.
     *
     * @param silhouetteSampleSize at least 2
     * @return a new discovery
     * @throws IllegalArgumentException if {@code silhouetteSampleSize < 2}
     */
    public ClusterDiscovery<T> silhouetteSampleSize(int silhouetteSampleSize) {
        checkArgument(
                silhouetteSampleSize >= 2, "silhouetteSampleSize must be at least 2 but was %s", silhouetteSampleSize);
        return new ClusterDiscovery<>(
                attributes, minK, maxK, bySilhouette, seed, maxIterations, restarts, silhouetteSampleSize);
    }

    /**
     * Discovers clusters in a population.
     *
     * @param subjects the population, none null
     * @param context the evaluation time at which attributes are read
     * @return the clusters
     * @throws IllegalStateException if neither {@link #clusters(int)} nor {@link #clustersBySilhouette(int, int)} was
     *     called
     * @throws IllegalArgumentException if no subject has every attribute present and finite, or there are fewer
     *     distinct points than {@code k} (than {@code min} when choosing by silhouette)
     */
    public DiscoveredClusters<T> discover(Iterable<? extends T> subjects, EvaluationContext context) {
        checkNotNull(subjects, "subjects");
        checkNotNull(context, "context");
        checkState(
                minK > 0,
                "choose the number of clusters with clusters(k) or clustersBySilhouette(min, max) before discover");
        return new DiscoveryRun<>(
                        attributes, minK, maxK, bySilhouette, seed, maxIterations, restarts, silhouetteSampleSize)
                .discover(subjects, context, null);
    }

    /**
     * Discovers clusters in a population with the k-means runs on {@code executor}: each restart of each k is one
     * task there, and the calling thread waits. The way to keep a large discovery off the common fork-join pool (used
     * for populations of 10 000 or more otherwise), and so off request threads that share it. The clusters are the
     * same as {@link #discover(Iterable, EvaluationContext)}'s.
     *
     * <pre>{@code
     * DiscoveredClusters<Customer> found = discovery.discover(customers, context, batchPool);
     * }</pre>
     *
     * @param subjects the population, none null
     * @param context the evaluation time at which attributes are read
     * @param executor runs the k-means runs
     * @return the clusters
     * @throws IllegalStateException if neither {@link #clusters(int)} nor {@link #clustersBySilhouette(int, int)} was
     *     called
     * @throws IllegalArgumentException if no subject has every attribute present and finite, or there are fewer
     *     distinct points than {@code k} (than {@code min} when choosing by silhouette)
     * @throws java.util.concurrent.RejectedExecutionException if the executor refuses a run
     * @since 0.2.0
     */
    public DiscoveredClusters<T> discover(
            Iterable<? extends T> subjects, EvaluationContext context, Executor executor) {
        checkNotNull(subjects, "subjects");
        checkNotNull(context, "context");
        checkNotNull(executor, "executor");
        checkState(
                minK > 0,
                "choose the number of clusters with clusters(k) or clustersBySilhouette(min, max) before discover");
        return new DiscoveryRun<>(
                        attributes, minK, maxK, bySilhouette, seed, maxIterations, restarts, silhouetteSampleSize)
                .discover(subjects, context, executor);
    }

    @Override
    public String toString() {
        String k =
                minK == 0 ? "k not chosen" : bySilhouette ? "k " + minK + ".." + maxK + " by silhouette" : "k " + minK;
        return "ClusterDiscovery[" + attributes + ", " + k + ", seed " + seed + ", " + restarts + " restarts, "
                + maxIterations + " iterations]";
    }
}
