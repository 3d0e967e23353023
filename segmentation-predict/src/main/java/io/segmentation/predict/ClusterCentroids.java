package io.segmentation.predict;

import com.google.common.collect.ImmutableList;
import io.segmentation.EvaluationContext;
import io.segmentation.attribute.NumberAttribute;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.StringJoiner;

/**
 * What a k-means fit decides membership by: the attributes, how each is standardised (mean and standard deviation of
 * the fitted subjects) and the centroids in standardised units, in cluster-number order. It is the parameter of the
 * {@code cluster} attribute, so two fits are equal attributes exactly when they place every subject alike.
 *
 * @param <T> the subject type
 */
final class ClusterCentroids<T> {

    private final ImmutableList<NumberAttribute<T>> attributes;
    private final double[] means;
    private final double[] deviations;
    private final double[][] centroids;

    /** Takes ownership of the arrays. A deviation of 0 marks an attribute without variance, standardised to 0. */
    ClusterCentroids(List<NumberAttribute<T>> attributes, double[] means, double[] deviations, double[][] centroids) {
        this.attributes = ImmutableList.copyOf(attributes);
        this.means = means;
        this.deviations = deviations;
        this.centroids = centroids;
    }

    ImmutableList<NumberAttribute<T>> attributes() {
        return attributes;
    }

    double mean(int attribute) {
        return means[attribute];
    }

    double deviation(int attribute) {
        return deviations[attribute];
    }

    /** A value in standard deviations from the mean; 0 for an attribute without variance. */
    static double standardise(double value, double mean, double deviation) {
        return deviation == 0 ? 0 : (value - mean) / deviation;
    }

    /**
     * The 0-based cluster of a subject: the nearest centroid to its standardised values (ties to the
     * lexicographically first centroid); -1 when a value is missing or not finite.
     */
    int clusterOf(T subject, EvaluationContext context) {
        double[] z = new double[means.length];
        for (int j = 0; j < z.length; j++) {
            double value = attributes.get(j).readDouble(subject, context);
            if (!Double.isFinite(value)) {
                return -1;
            }
            z[j] = standardise(value, means[j], deviations[j]);
        }
        return KMeansLloyd.nearest(z, centroids);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ClusterCentroids<?> other
                && attributes.equals(other.attributes)
                && Arrays.equals(means, other.means)
                && Arrays.equals(deviations, other.deviations)
                && Arrays.deepEquals(centroids, other.centroids);
    }

    @Override
    public int hashCode() {
        return Objects.hash(
                attributes, Arrays.hashCode(means), Arrays.hashCode(deviations), Arrays.deepHashCode(centroids));
    }

    /** A short form for descriptions and explanations, e.g. {@code k-means(3 clusters over total_spent, purchases; 1a2b3c4d)}. */
    @Override
    public String toString() {
        StringJoiner over = new StringJoiner(", ");
        attributes.forEach(a -> over.add(a.toString()));
        return "k-means(" + centroids.length + " clusters over " + over + "; " + String.format("%08x", hashCode())
                + ")";
    }
}
