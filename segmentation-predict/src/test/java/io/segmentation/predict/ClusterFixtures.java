package io.segmentation.predict;

import io.segmentation.EvaluationContext;
import io.segmentation.attribute.Attribute;
import io.segmentation.attribute.NumberAttribute;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/** Points on a plane and Gaussian blobs of them, to cluster. */
final class ClusterFixtures {

    static final EvaluationContext CONTEXT = EvaluationContext.asOf(Instant.parse("2026-06-01T00:00:00Z"));

    /** A point of a blob; {@code blob} is the blob it was drawn from, -1 for none. Coordinates may be NaN. */
    record Point(String id, int blob, double x, double y) {}

    static final NumberAttribute<Point> X = Attribute.number("x", Point::x);
    static final NumberAttribute<Point> Y = Attribute.number("y", Point::y);

    private ClusterFixtures() {}

    static Point point(String id, double x, double y) {
        return new Point(id, -1, x, y);
    }

    /**
     * Blobs of points drawn around centres with a standard deviation of 0.5, far apart compared with it.
     *
     * @param seed the seed of the draw
     * @param sizes how many points each blob has
     * @param centres x and y of each blob's centre
     */
    static List<Point> blobs(long seed, int[] sizes, double[][] centres) {
        Random random = new Random(seed);
        List<Point> points = new ArrayList<>();
        for (int b = 0; b < sizes.length; b++) {
            for (int i = 0; i < sizes[b]; i++) {
                points.add(new Point(
                        "b" + b + "-" + i,
                        b,
                        centres[b][0] + 0.5 * random.nextGaussian(),
                        centres[b][1] + 0.5 * random.nextGaussian()));
            }
        }
        return points;
    }

    /**
     * {@code k} (2 to 5) well-separated centres spread over both coordinates, so that neither is noise alone once
     * standardised.
     */
    static double[][] centres(int k) {
        return switch (k) {
            case 2 -> new double[][] {{0, 0}, {10, 10}};
            case 3 -> new double[][] {{0, 0}, {10, 0}, {5, 9}};
            case 4 -> new double[][] {{0, 0}, {10, 0}, {0, 10}, {10, 10}};
            default -> new double[][] {{0, 0}, {10, 0}, {0, 10}, {10, 10}, {5, 5}};
        };
    }

    static int[] sizes(int k, int each) {
        int[] sizes = new int[k];
        Arrays.fill(sizes, each);
        return sizes;
    }
}
