package io.segmentation.predict;

import com.google.common.collect.ImmutableMap;
import io.segmentation.Segment;
import io.segmentation.attribute.NumberAttribute;
import java.util.Map;

/**
 * One cluster found by {@link ClusterDiscovery}: its number and name, how many fitted subjects it holds, its centroid
 * in the attributes' own units and in standard deviations from the population mean, a readable summary of what sets
 * it apart, and the {@link Segment} of the subjects whose nearest centroid it is.
 *
 * <pre>{@code
 * Cluster<Customer> c = discovered.clusters().get(0);
 * c.name();                          // "Cluster 1" (clusters are numbered largest first)
 * c.summary();                       // "total_spent high (+1.8 sd), purchases high (+1.2 sd)"
 * c.centroid().get(totalSpent());    // 1520.4
 * index.count(c.segment());          // c.size(), on the fitted population
 * }</pre>
 *
 * <p>Immutable.
 *
 * @param <T> the subject type
 * @since 0.1.0
 */
public final class Cluster<T> {

    private final int number;
    private final int size;
    private final ImmutableMap<NumberAttribute<T>, Double> centroid;
    private final ImmutableMap<NumberAttribute<T>, Double> standardisedCentroid;
    private final String summary;
    private final Segment<T> segment;

    Cluster(
            int number,
            int size,
            Map<NumberAttribute<T>, Double> centroid,
            Map<NumberAttribute<T>, Double> standardisedCentroid,
            String summary,
            Segment<T> segment) {
        this.number = number;
        this.size = size;
        this.centroid = ImmutableMap.copyOf(centroid);
        this.standardisedCentroid = ImmutableMap.copyOf(standardisedCentroid);
        this.summary = summary;
        this.segment = segment;
    }

    /**
     * The cluster's number, from 1; clusters are numbered by size, largest first.
     *
     * @return the number, the value of {@link DiscoveredClusters#clusterAttribute()} for its members
     */
    public int number() {
        return number;
    }

    /**
     * The cluster's name, {@code "Cluster <number>"}; also the name of its {@link #segment()}.
     *
     * @return the name
     */
    public String name() {
        return segment.name().orElseThrow();
    }

    /**
     * How many of the fitted subjects are in the cluster.
     *
     * @return the size
     */
    public int size() {
        return size;
    }

    /**
     * The centroid in the attributes' own units — the mean of the members, up to the last small move of the
     * iterations — in the order of the attributes.
     *
     * @return attribute to value, immutable
     */
    public Map<NumberAttribute<T>, Double> centroid() {
        return centroid;
    }

    /**
     * The centroid in standard deviations from the mean of the fitted subjects, in the order of the attributes; 0 for
     * an attribute without variance.
     *
     * @return attribute to value, immutable
     */
    public Map<NumberAttribute<T>, Double> standardisedCentroid() {
        return standardisedCentroid;
    }

    /**
     * What sets the cluster apart: every attribute whose centroid is at least half a standard deviation from the
     * mean, furthest first, e.g. {@code "total_spent high (+1.8 sd), purchases high (+1.2 sd), recency low (-0.9 sd)"};
     * {@code "close to the average on every attribute"} when none is.
     *
     * @return the summary
     */
    public String summary() {
        return summary;
    }

    /**
     * The segment of the subjects whose nearest centroid is this cluster's: {@code cluster(…) = number}, named
     * {@link #name()} and described by the summary and the centroid. It works in every matcher, engine and index.
     *
     * @return the segment
     */
    public Segment<T> segment() {
        return segment;
    }

    @Override
    public String toString() {
        return name() + " (" + size + "): " + summary;
    }
}
