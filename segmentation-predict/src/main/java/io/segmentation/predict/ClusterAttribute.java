package io.segmentation.predict;

import io.segmentation.EvaluationContext;
import io.segmentation.attribute.NumberAttribute;
import java.util.List;

/**
 * The {@code cluster} attribute of a k-means fit: the number (1 to k) of the cluster whose centroid is nearest to the
 * subject's standardised values, missing when one of the values is missing or not finite.
 *
 * @param <T> the subject type
 */
final class ClusterAttribute<T> extends NumberAttribute<T> {

    private final ClusterCentroids<T> centroids;

    ClusterAttribute(ClusterCentroids<T> centroids) {
        super("cluster", List.of(centroids));
        this.centroids = centroids;
    }

    @Override
    public double readDouble(T subject, EvaluationContext context) {
        int cluster = centroids.clusterOf(subject, context);
        return cluster < 0 ? Double.NaN : cluster + 1;
    }
}
