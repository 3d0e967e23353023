package io.segmentation.predict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ClusterSilhouetteTest {

    private static final double[][] LINE = {{0}, {1}, {10}, {11}};
    private static final int[] ALL = {0, 1, 2, 3};

    @Test
    void two_pairs_on_a_line_have_a_hand_checked_silhouette() {
        // 0: a = 1, b = (10 + 11) / 2 = 10.5 -> 9.5 / 10.5;  1: a = 1, b = (9 + 10) / 2 = 9.5 -> 8.5 / 9.5;
        // 10 and 11 mirror 1 and 0. Mean: (9.5 / 10.5 + 8.5 / 9.5) / 2
        double score = ClusterSilhouette.score(LINE, new int[] {0, 0, 1, 1}, 2, ALL);

        assertThat(score).isCloseTo((9.5 / 10.5 + 8.5 / 9.5) / 2, within(1e-12));
    }

    @Test
    void a_point_alone_in_its_cluster_counts_zero() {
        // 0 alone: 0. 1: a = (9 + 10) / 2 = 9.5, b = 1 -> (1 - 9.5) / 9.5; 10: a = (9 + 1) / 2 = 5, b = 10 -> 5 / 10;
        // 11: a = (10 + 1) / 2 = 5.5, b = 11 -> 5.5 / 11
        double score = ClusterSilhouette.score(LINE, new int[] {0, 1, 1, 1}, 2, ALL);

        assertThat(score).isCloseTo((0 + (1 - 9.5) / 9.5 + 0.5 + 0.5) / 4, within(1e-12));
    }

    @Test
    void a_poor_split_scores_below_a_good_one() {
        double good = ClusterSilhouette.score(LINE, new int[] {0, 0, 1, 1}, 2, ALL);
        double poor = ClusterSilhouette.score(LINE, new int[] {0, 1, 0, 1}, 2, ALL);

        assertThat(poor).isLessThan(0).isLessThan(good);
    }

    @Test
    void identical_points_in_separate_clusters_count_zero() {
        double[][] same = {{1}, {1}, {1}, {1}};

        assertThat(ClusterSilhouette.score(same, new int[] {0, 0, 1, 1}, 2, ALL))
                .isZero();
    }

    @Test
    void small_populations_are_used_whole() {
        assertThat(ClusterSilhouette.sample(5, 5, 1)).containsExactly(0, 1, 2, 3, 4);
    }

    @Test
    void large_populations_are_sampled_without_replacement() {
        int[] sample = ClusterSilhouette.sample(1_000, 50, 9);

        assertThat(sample).hasSize(50).doesNotHaveDuplicates().isSorted();
        assertThat(Arrays.stream(sample).allMatch(i -> i >= 0 && i < 1_000)).isTrue();
    }

    @Test
    void the_sample_is_determined_by_its_seed() {
        assertThat(ClusterSilhouette.sample(1_000, 50, 9)).isEqualTo(ClusterSilhouette.sample(1_000, 50, 9));
        assertThat(ClusterSilhouette.sample(1_000, 50, 9)).isNotEqualTo(ClusterSilhouette.sample(1_000, 50, 10));
    }
}
