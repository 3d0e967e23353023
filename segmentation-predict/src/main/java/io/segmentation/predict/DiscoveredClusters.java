package io.segmentation.predict;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import io.segmentation.EvaluationContext;
import io.segmentation.Segment;
import io.segmentation.attribute.NumberAttribute;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;

/**
 * The outcome of {@link ClusterDiscovery#discover}: the clusters, numbered largest first, each a named segment; how
 * well they are separated (the silhouette); and the {@code cluster} attribute that places any subject — fitted or
 * not — in the cluster whose centroid is nearest.
 *
 * <pre>{@code
 * DiscoveredClusters<Customer> found = ClusterDiscovery.over(totalSpent(), purchases(), daysSinceLastPurchase())
 *     .clustersBySilhouette(2, 8)
 *     .discover(customers, context);
 * found.k();                      // 4, the k with the best silhouette
 * found.silhouette();             // 0.61
 * for (Cluster<Customer> c : found.clusters()) {
 *     System.out.println(c.name() + " (" + c.size() + "): " + c.summary());
 * }
 * SegmentEngine<Customer> engine = SegmentEngine.of(found.segments());
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param <T> the subject type
 * @since 0.1.0
 */
public final class DiscoveredClusters<T> {

    private final EvaluationContext context;
    private final ClusterCentroids<T> centroids;
    private final ClusterAttribute<T> clusterAttribute;
    private final ImmutableList<Cluster<T>> clusters;
    private final ImmutableList<Segment<T>> segments;
    private final ImmutableMap<NumberAttribute<T>, Double> means;
    private final ImmutableMap<NumberAttribute<T>, Double> deviations;
    private final ImmutableSortedMap<Integer, Double> silhouettes;
    private final int fittedCount;
    private final int excludedCount;
    private final double inertia;
    private final boolean converged;

    DiscoveredClusters(
            EvaluationContext context,
            ClusterCentroids<T> centroids,
            ClusterAttribute<T> clusterAttribute,
            List<Cluster<T>> clusters,
            Map<Integer, Double> silhouettes,
            int fittedCount,
            int excludedCount,
            double inertia,
            boolean converged) {
        this.context = context;
        this.centroids = centroids;
        this.clusterAttribute = clusterAttribute;
        this.clusters = ImmutableList.copyOf(clusters);
        this.segments = this.clusters.stream().map(Cluster::segment).collect(ImmutableList.toImmutableList());
        ImmutableMap.Builder<NumberAttribute<T>, Double> means = ImmutableMap.builder();
        ImmutableMap.Builder<NumberAttribute<T>, Double> deviations = ImmutableMap.builder();
        for (int j = 0; j < centroids.attributes().size(); j++) {
            means.put(centroids.attributes().get(j), centroids.mean(j));
            deviations.put(centroids.attributes().get(j), centroids.deviation(j));
        }
        this.means = means.buildOrThrow();
        this.deviations = deviations.buildOrThrow();
        this.silhouettes = ImmutableSortedMap.copyOf(silhouettes);
        this.fittedCount = fittedCount;
        this.excludedCount = excludedCount;
        this.inertia = inertia;
        this.converged = converged;
    }

    /**
     * The clusters, by number: largest first.
     *
     * @return the clusters, immutable
     */
    public List<Cluster<T>> clusters() {
        return clusters;
    }

    /**
     * The clusters' segments, by number; every subject with all attributes present is in exactly one.
     *
     * @return the segments, immutable
     */
    public List<Segment<T>> segments() {
        return segments;
    }

    /**
     * The number of clusters: the one asked for, or the one with the best silhouette.
     *
     * @return k, at least 2
     */
    public int k() {
        return clusters.size();
    }

    /**
     * The mean silhouette of the chosen clustering, from -1 to 1: near 1 when clusters are tight and far apart, near
     * 0 when they overlap. Exact up to the discovery's sample size, estimated on a seeded sample above it.
     *
     * @return the silhouette of {@link #k()} clusters
     */
    public double silhouette() {
        return silhouettes.get(k());
    }

    /**
     * The silhouette of every k tried, ascending by k: one entry for a fixed k, one per k of the range when k is
     * chosen by silhouette (k above the number of distinct points cannot be tried and is left out).
     *
     * @return k to silhouette, immutable
     */
    public SortedMap<Integer, Double> silhouettes() {
        return silhouettes;
    }

    /**
     * The attributes clustered on, in order.
     *
     * @return the attributes, immutable
     */
    public List<NumberAttribute<T>> attributes() {
        return centroids.attributes();
    }

    /**
     * The mean of each attribute over the fitted subjects: the origin of the standardised units.
     *
     * @return attribute to mean, immutable
     */
    public Map<NumberAttribute<T>, Double> means() {
        return means;
    }

    /**
     * The (population) standard deviation of each attribute over the fitted subjects: the standardised unit. An
     * attribute with deviation 0 has the same value for every fitted subject and does not take part in distances.
     *
     * @return attribute to standard deviation, immutable
     */
    public Map<NumberAttribute<T>, Double> standardDeviations() {
        return deviations;
    }

    /**
     * The attribute {@code cluster}: the number of the cluster whose centroid is nearest to a subject's standardised
     * values (ties to the lexicographically first centroid), missing when one of its values is missing or not finite.
     * Its parameter identifies this fit: fits that place every subject alike give equal attributes.
     *
     * @return the attribute, 1 to {@link #k()}
     */
    public NumberAttribute<T> clusterAttribute() {
        return clusterAttribute;
    }

    /**
     * The cluster a subject belongs to.
     *
     * @param subject any subject, fitted or not
     * @param context the evaluation time to read its attributes at
     * @return the cluster with the nearest centroid, empty when one of its values is missing or not finite
     */
    public Optional<Cluster<T>> clusterOf(T subject, EvaluationContext context) {
        checkNotNull(subject, "subject");
        checkNotNull(context, "context");
        int cluster = centroids.clusterOf(subject, context);
        return cluster < 0 ? Optional.empty() : Optional.of(clusters.get(cluster));
    }

    /**
     * The evaluation time the subjects were read at.
     *
     * @return the context
     */
    public EvaluationContext context() {
        return context;
    }

    /**
     * How many subjects were clustered: those with every attribute present and finite.
     *
     * @return the count, at least {@link #k()}
     */
    public int fittedCount() {
        return fittedCount;
    }

    /**
     * How many subjects were left out because an attribute was missing or not finite; they are in no cluster.
     *
     * @return the count
     */
    public int excludedCount() {
        return excludedCount;
    }

    /**
     * The within-cluster sum of squared distances to the centroids, in standardised units, over the fitted subjects.
     *
     * @return the inertia
     */
    public double inertia() {
        return inertia;
    }

    /**
     * Whether the iterations settled before the iteration limit: no subject changed cluster, or the centroids all but
     * stopped moving. Either way a centroid may differ slightly from the mean of its members; membership is always
     * by nearest centroid.
     *
     * @return the answer
     */
    public boolean converged() {
        return converged;
    }

    @Override
    public String toString() {
        return "DiscoveredClusters[k=" + k() + ", silhouette="
                + String.format(Locale.ROOT, "%.3f", silhouette()) + ", fitted=" + fittedCount + ", excluded="
                + excludedCount + ", " + clusters + "]";
    }
}
