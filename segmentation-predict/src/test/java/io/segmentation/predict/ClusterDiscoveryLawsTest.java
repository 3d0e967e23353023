package io.segmentation.predict;

import static io.segmentation.predict.ClusterFixtures.CONTEXT;
import static io.segmentation.predict.ClusterFixtures.X;
import static io.segmentation.predict.ClusterFixtures.Y;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import io.segmentation.Segment;
import io.segmentation.engine.SegmentEngine;
import io.segmentation.engine.SegmentMatcher;
import io.segmentation.index.PopulationIndex;
import io.segmentation.predict.ClusterFixtures.Point;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Laws of discovered clusters over random populations on a small grid (so duplicates and ties are common). */
class ClusterDiscoveryLawsTest {

    /** Up to 60 points on a 7 × 7 grid, a few with a missing coordinate, with at least 3 distinct complete ones. */
    private static Gen<List<Point>> populations() {
        Gen<Point> points = integers()
                .between(0, 6)
                .zip(
                        integers().between(0, 6),
                        integers().between(0, 9),
                        (x, y, missing) -> ClusterFixtures.point("p", missing == 0 ? Double.NaN : x, y));
        return lists().of(points).ofSizeBetween(3, 60).map(list -> {
            List<Point> named = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                Point p = list.get(i);
                named.add(ClusterFixtures.point("p" + i, p.x(), p.y()));
            }
            return named;
        });
    }

    private static boolean threeDistinct(List<Point> points) {
        return points.stream()
                        .filter(p -> !Double.isNaN(p.x()))
                        .map(p -> List.of(p.x(), p.y()))
                        .distinct()
                        .count()
                >= 3;
    }

    @Test
    void cluster_segments_agree_with_the_fit_in_matcher_engine_and_index() {
        qt().withExamples(150)
                .forAll(populations(), longs().all())
                .assuming((points, seed) -> threeDistinct(points))
                .checkAssert((points, seed) -> {
                    DiscoveredClusters<Point> found = ClusterDiscovery.over(X, Y)
                            .clustersBySilhouette(2, 3)
                            .seed(seed)
                            .restarts(2)
                            .discover(points, CONTEXT);
                    SegmentEngine<Point> engine = SegmentEngine.of(found.segments());
                    PopulationIndex<Point> index = PopulationIndex.build(points, Point::id, CONTEXT);

                    for (Point p : points) {
                        Optional<Cluster<Point>> cluster = found.clusterOf(p, CONTEXT);
                        List<Segment<Point>> expected =
                                cluster.map(c -> List.of(c.segment())).orElse(List.of());
                        assertThat(List.copyOf(engine.segmentsOf(p, CONTEXT))).isEqualTo(expected);
                        for (Cluster<Point> c : found.clusters()) {
                            assertThat(SegmentMatcher.of(c.segment()).matches(p, CONTEXT))
                                    .isEqualTo(cluster.equals(Optional.of(c)));
                        }
                    }
                    int total = 0;
                    for (Cluster<Point> c : found.clusters()) {
                        assertThat(index.count(c.segment())).isEqualTo(c.size());
                        total += c.size();
                    }
                    assertThat(total).isEqualTo(found.fittedCount());
                    assertThat(found.fittedCount() + found.excludedCount()).isEqualTo(points.size());
                });
    }

    @Test
    void shuffling_the_population_does_not_change_the_clusters() {
        qt().withExamples(100)
                .forAll(populations(), longs().all())
                .assuming((points, seed) -> threeDistinct(points))
                .checkAssert((points, seed) -> {
                    List<Point> shuffled = new ArrayList<>(points);
                    Collections.shuffle(shuffled, new Random(seed));
                    ClusterDiscovery<Point> discovery = ClusterDiscovery.over(X, Y)
                            .clustersBySilhouette(2, 3)
                            .restarts(2);

                    DiscoveredClusters<Point> one = discovery.discover(points, CONTEXT);
                    DiscoveredClusters<Point> two = discovery.discover(shuffled, CONTEXT);

                    assertThat(two.clusterAttribute()).isEqualTo(one.clusterAttribute());
                    assertThat(two.segments()).isEqualTo(one.segments());
                    assertThat(two.silhouettes()).isEqualTo(one.silhouettes());
                });
    }

    @Test
    void clusters_are_numbered_by_size_and_silhouettes_stay_within_minus_one_and_one() {
        qt().withExamples(100)
                .forAll(populations(), longs().all())
                .assuming((points, seed) -> threeDistinct(points))
                .checkAssert((points, seed) -> {
                    DiscoveredClusters<Point> found = ClusterDiscovery.over(X, Y)
                            .clustersBySilhouette(2, 3)
                            .seed(seed)
                            .restarts(1)
                            .discover(points, CONTEXT);

                    for (int i = 1; i < found.k(); i++) {
                        assertThat(found.clusters().get(i).size())
                                .isLessThanOrEqualTo(found.clusters().get(i - 1).size());
                    }
                    assertThat(found.silhouettes().values())
                            .allSatisfy(s -> assertThat(s).isBetween(-1.0, 1.0));
                    assertThat(found.silhouette())
                            .isEqualTo(Collections.max(found.silhouettes().values()));
                });
    }
}
