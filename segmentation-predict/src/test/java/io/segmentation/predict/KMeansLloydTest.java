package io.segmentation.predict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class KMeansLloydTest {

    private static final double[][] LINE = {{0}, {1}, {10}, {11}};

    @Test
    void two_pairs_on_a_line_settle_at_their_midpoints() {
        // centroids 0.5 and 10.5; every point is 0.5 away: inertia 4 · 0.25 = 1
        KMeansLloyd.Run run = KMeansLloyd.run(LINE, 2, 42, 100);

        assertThat(run.converged()).isTrue();
        assertThat(run.inertia()).isCloseTo(1.0, within(1e-12));
        assertThat(run.labels()[0]).isEqualTo(run.labels()[1]).isNotEqualTo(run.labels()[2]);
        assertThat(run.labels()[2]).isEqualTo(run.labels()[3]);
    }

    @Test
    void as_many_clusters_as_distinct_points_leave_nothing_within() {
        double[][] points = {{0, 0}, {0, 0}, {3, 4}, {6, 8}};

        KMeansLloyd.Run run = KMeansLloyd.run(points, 3, 7, 100);

        assertThat(run.inertia()).isZero();
        assertThat(run.labels()[0]).isEqualTo(run.labels()[1]);
    }

    @Test
    void one_iteration_may_stop_before_the_assignments_settle() {
        // seeds from the same draws, but a single Lloyd step on a chain cannot tell that nothing moves any more
        double[][] chain = {{0}, {1}, {2}, {3}, {4}, {5}, {6}, {7}, {8}, {20}};

        boolean anyUnsettled = false;
        for (long seed = 0; seed < 20; seed++) {
            anyUnsettled |= !KMeansLloyd.run(chain, 2, seed, 1).converged();
        }

        assertThat(anyUnsettled).isTrue();
    }

    @Test
    void the_same_seed_gives_the_same_run() {
        double[][] points = {{0, 1}, {2, 3}, {5, 1}, {7, 7}, {1, 8}, {3, 3}};

        KMeansLloyd.Run one = KMeansLloyd.run(points, 3, 123, 100);
        KMeansLloyd.Run two = KMeansLloyd.run(points, 3, 123, 100);

        assertThat(two.labels()).isEqualTo(one.labels());
        assertThat(two.centroids()).isDeepEqualTo(one.centroids());
    }

    @Test
    void nearest_breaks_exact_ties_by_the_lexicographically_first_centroid() {
        // (0, 0) is 1 away from both (1, 0) and (-1, 0): (-1, 0) comes first lexicographically, whatever the order
        double[] origin = {0, 0};

        assertThat(KMeansLloyd.nearest(origin, new double[][] {{1, 0}, {-1, 0}}))
                .isEqualTo(1);
        assertThat(KMeansLloyd.nearest(origin, new double[][] {{-1, 0}, {1, 0}}))
                .isEqualTo(0);
    }

    @Test
    void nearest_prefers_the_closer_centroid() {
        assertThat(KMeansLloyd.nearest(new double[] {0.4}, new double[][] {{1}, {0}}))
                .isEqualTo(1);
    }

    @Test
    void derived_seeds_differ_by_salt_and_repeat_for_the_same_salt() {
        assertThat(KMeansLloyd.derive(1, 2, 0)).isEqualTo(KMeansLloyd.derive(1, 2, 0));
        assertThat(KMeansLloyd.derive(1, 2, 0)).isNotEqualTo(KMeansLloyd.derive(1, 2, 1));
        assertThat(KMeansLloyd.derive(1, 2, 0)).isNotEqualTo(KMeansLloyd.derive(1, 3, 0));
        assertThat(KMeansLloyd.derive(1, 2, 0)).isNotEqualTo(KMeansLloyd.derive(2, 2, 0));
    }

    @Test
    void an_empty_cluster_restarts_from_the_point_farthest_from_its_centre() {
        // every point in cluster 0 around 3.25: 10 is farthest (6.75 away) and moves to the empty cluster 1;
        // cluster 0 keeps 0, 1, 2 -> mean 1
        double[][] points = {{0}, {1}, {2}, {10}};
        int[] labels = {0, 0, 0, 0};
        double[][] centroids = {{3.25}, {100}};

        double shift = KMeansLloyd.update(points, labels, centroids);

        assertThat(shift).isInfinite();
        assertThat(labels).containsExactly(0, 0, 0, 1);
        assertThat(centroids).isDeepEqualTo(new double[][] {{1}, {10}});
    }

    @Test
    void without_empty_clusters_centres_move_to_their_means_and_report_how_far() {
        double[][] points = {{0}, {1}, {2}, {10}};
        int[] labels = {0, 0, 1, 1};
        double[][] centroids = {{0}, {0}};

        double shift = KMeansLloyd.update(points, labels, centroids);

        // moves 0 -> 0.5 and 0 -> 6: 0.25 + 36
        assertThat(shift).isEqualTo(36.25);
        assertThat(centroids).isDeepEqualTo(new double[][] {{0.5}, {6}});
    }
}
