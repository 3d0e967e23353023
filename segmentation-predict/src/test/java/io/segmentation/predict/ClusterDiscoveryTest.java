package io.segmentation.predict;

import static io.segmentation.predict.ClusterFixtures.CONTEXT;
import static io.segmentation.predict.ClusterFixtures.X;
import static io.segmentation.predict.ClusterFixtures.Y;
import static io.segmentation.predict.ClusterFixtures.blobs;
import static io.segmentation.predict.ClusterFixtures.centres;
import static io.segmentation.predict.ClusterFixtures.point;
import static io.segmentation.predict.ClusterFixtures.sizes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.segmentation.Attributes;
import io.segmentation.attribute.Attribute;
import io.segmentation.attribute.NumberAttribute;
import io.segmentation.customer.Customer;
import io.segmentation.index.PopulationIndex;
import io.segmentation.predict.ClusterFixtures.Point;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClusterDiscoveryTest {

    private static final List<Point> FOUR_CORNERS =
            List.of(point("a", 0, 0), point("b", 0, 1), point("c", 10, 0), point("d", 10, 1));

    /** Each blob lands whole in one cluster, and different blobs in different clusters. */
    private static void assertRecovered(List<Point> points, DiscoveredClusters<Point> found, int blobs) {
        Map<Integer, Integer> clusterOfBlob = new HashMap<>();
        for (Point p : points) {
            int cluster = found.clusterOf(p, CONTEXT).orElseThrow().number();
            assertThat(clusterOfBlob.computeIfAbsent(p.blob(), b -> cluster))
                    .as("cluster of %s", p)
                    .isEqualTo(cluster);
        }
        assertThat(clusterOfBlob.values()).doesNotHaveDuplicates().hasSize(blobs);
    }

    @Test
    void four_points_in_two_columns_make_two_clusters_with_hand_checked_centroids() {
        // x: mean 5, sd 5; y: mean 0.5, sd 0.5. Clusters {a, b} and {c, d}: centroids (0, 0.5) and (10, 0.5), in
        // standard deviations (-1, 0) and (+1, 0). Equal sizes: numbered by standardised centroid, (-1, 0) first.
        DiscoveredClusters<Point> found =
                ClusterDiscovery.over(X, Y).clusters(2).discover(FOUR_CORNERS, CONTEXT);

        Cluster<Point> first = found.clusters().get(0);
        Cluster<Point> second = found.clusters().get(1);
        assertThat(first.centroid()).containsExactly(Map.entry(X, 0.0), Map.entry(Y, 0.5));
        assertThat(first.standardisedCentroid()).containsExactly(Map.entry(X, -1.0), Map.entry(Y, 0.0));
        assertThat(second.centroid()).containsExactly(Map.entry(X, 10.0), Map.entry(Y, 0.5));
        assertThat(first.size()).isEqualTo(2);
        assertThat(second.size()).isEqualTo(2);
        assertThat(found.attributes()).containsExactly(X, Y);
        assertThat(found.context()).isEqualTo(CONTEXT);
        assertThat(found.means()).containsExactly(Map.entry(X, 5.0), Map.entry(Y, 0.5));
        assertThat(found.standardDeviations()).containsExactly(Map.entry(X, 5.0), Map.entry(Y, 0.5));
    }

    @Test
    void four_points_in_two_columns_have_a_hand_checked_inertia_and_silhouette() {
        // standardised points (-1, ±1) and (1, ±1), centroids (∓1, 0): each point is 1 away -> inertia 4.
        // Each point: a = 2 (its partner), b = (2 + sqrt(8)) / 2 = 1 + sqrt(2); s = (b - a) / b = 1 - 2 / (1 + sqrt 2)
        DiscoveredClusters<Point> found =
                ClusterDiscovery.over(X, Y).clusters(2).discover(FOUR_CORNERS, CONTEXT);

        assertThat(found.inertia()).isCloseTo(4.0, within(1e-12));
        assertThat(found.silhouette()).isCloseTo(1 - 2 / (1 + Math.sqrt(2)), within(1e-12));
        assertThat(found.silhouettes()).containsOnlyKeys(2);
        assertThat(found.converged()).isTrue();
    }

    @Test
    void summaries_name_what_sets_each_cluster_apart() {
        DiscoveredClusters<Point> found =
                ClusterDiscovery.over(X, Y).clusters(2).discover(FOUR_CORNERS, CONTEXT);

        assertThat(found.clusters().get(0).summary()).isEqualTo("x low (-1.0 sd)");
        assertThat(found.clusters().get(1).summary()).isEqualTo("x high (+1.0 sd)");
    }

    @Test
    void summaries_list_attributes_furthest_from_the_mean_first() {
        // x: -10, 0, 10 (three each): mean 0, sd sqrt(600/9) = 8.165, outer centroids -10/8.165 = -1.22 and +1.22.
        // y: groups {0, 1, 0.5}, {1, 2, 1.5}, {2, 3, 2.5}: mean 1.5, sd sqrt(7.5/9) = 0.913, outer centroids 0.5 and
        // 2.5 -> -1/0.913 = -1.10 and +1.10. x is further from the mean, so it comes first.
        List<Point> points = List.of(
                point("a", -10, 0),
                point("b", -10, 1),
                point("c", 0, 1),
                point("d", 0, 2),
                point("e", 10, 2),
                point("f", 10, 3),
                point("g", 10, 2.5),
                point("h", -10, 0.5),
                point("i", 0, 1.5));
        DiscoveredClusters<Point> found =
                ClusterDiscovery.over(X, Y).clusters(3).discover(points, CONTEXT);

        assertThat(found.clusters())
                .extracting(Cluster::summary)
                .containsExactlyInAnyOrder(
                        "x low (-1.2 sd), y low (-1.1 sd)",
                        "close to the average on every attribute",
                        "x high (+1.2 sd), y high (+1.1 sd)");
    }

    @Test
    void each_cluster_is_a_named_segment_described_by_its_summary_and_centroid() {
        DiscoveredClusters<Point> found =
                ClusterDiscovery.over(X, Y).clusters(2).discover(FOUR_CORNERS, CONTEXT);

        Cluster<Point> first = found.clusters().get(0);
        assertThat(first.name()).isEqualTo("Cluster 1");
        assertThat(first.segment().name()).contains("Cluster 1");
        assertThat(first.segment().description()).contains("x low (-1.0 sd); centroid x 0, y 0.5");
        assertThat(found.segments())
                .containsExactly(first.segment(), found.clusters().get(1).segment());
        assertThat(first.toString()).isEqualTo("Cluster 1 (2): x low (-1.0 sd)");
    }

    @Test
    void k_means_finds_well_separated_blobs() {
        List<Point> points = blobs(7, sizes(4, 60), centres(4));

        DiscoveredClusters<Point> found =
                ClusterDiscovery.over(X, Y).clusters(4).seed(3).discover(points, CONTEXT);

        assertRecovered(points, found, 4);
        assertThat(found.clusters()).extracting(Cluster::size).containsExactly(60, 60, 60, 60);
    }

    @Test
    void the_silhouette_picks_the_true_number_of_blobs() {
        for (int blobs = 2; blobs <= 5; blobs++) {
            List<Point> points = blobs(blobs, sizes(blobs, 40), centres(blobs));

            DiscoveredClusters<Point> found =
                    ClusterDiscovery.over(X, Y).clustersBySilhouette(2, 7).discover(points, CONTEXT);

            assertThat(found.k())
                    .as("%s blobs, silhouettes %s", blobs, found.silhouettes())
                    .isEqualTo(blobs);
            assertThat(found.silhouettes()).containsOnlyKeys(2, 3, 4, 5, 6, 7);
            assertRecovered(points, found, blobs);
        }
    }

    @Test
    void clusters_are_numbered_largest_first() {
        List<Point> points = blobs(11, new int[] {30, 70, 50}, centres(3));

        DiscoveredClusters<Point> found =
                ClusterDiscovery.over(X, Y).clusters(3).discover(points, CONTEXT);

        assertThat(found.clusters()).extracting(Cluster::size).containsExactly(70, 50, 30);
        assertThat(found.clusters()).extracting(Cluster::number).containsExactly(1, 2, 3);
        assertThat(found.clusters()).extracting(Cluster::name).containsExactly("Cluster 1", "Cluster 2", "Cluster 3");
    }

    @Test
    void the_same_seed_gives_the_same_clusters() {
        List<Point> points = blobs(5, sizes(3, 50), new double[][] {{0, 0}, {3, 0}, {0, 3}});
        ClusterDiscovery<Point> discovery =
                ClusterDiscovery.over(X, Y).clusters(3).seed(99).restarts(1);

        DiscoveredClusters<Point> one = discovery.discover(points, CONTEXT);
        DiscoveredClusters<Point> two = discovery.discover(points, CONTEXT);

        assertThat(two.clusterAttribute()).isEqualTo(one.clusterAttribute());
        assertThat(two.segments()).isEqualTo(one.segments());
        assertThat(two.silhouette()).isEqualTo(one.silhouette());
    }

    @Test
    void the_order_of_the_population_does_not_matter() {
        List<Point> points = blobs(5, sizes(3, 50), new double[][] {{0, 0}, {3, 0}, {0, 3}});
        List<Point> reversed = new ArrayList<>(points);
        Collections.reverse(reversed);
        ClusterDiscovery<Point> discovery =
                ClusterDiscovery.over(X, Y).clustersBySilhouette(2, 5).restarts(2);

        DiscoveredClusters<Point> one = discovery.discover(points, CONTEXT);
        DiscoveredClusters<Point> two = discovery.discover(reversed, CONTEXT);

        assertThat(two.clusterAttribute()).isEqualTo(one.clusterAttribute());
        assertThat(two.silhouettes()).isEqualTo(one.silhouettes());
    }

    @Test
    void different_fits_have_different_cluster_attributes() {
        List<Point> points = blobs(5, sizes(3, 50), centres(3));

        DiscoveredClusters<Point> three =
                ClusterDiscovery.over(X, Y).clusters(3).discover(points, CONTEXT);
        DiscoveredClusters<Point> two = ClusterDiscovery.over(X, Y).clusters(2).discover(points, CONTEXT);

        assertThat(three.clusterAttribute()).isNotEqualTo(two.clusterAttribute());
        assertThat(three.clusterAttribute().name()).isEqualTo("cluster");
    }

    @Test
    void an_attribute_without_variance_takes_no_part_in_distances() {
        NumberAttribute<Point> constant = Attribute.number("constant", p -> 7);
        List<Point> points = blobs(5, sizes(3, 30), centres(3));

        DiscoveredClusters<Point> with =
                ClusterDiscovery.over(X, Y, constant).clusters(3).discover(points, CONTEXT);
        DiscoveredClusters<Point> without =
                ClusterDiscovery.over(X, Y).clusters(3).discover(points, CONTEXT);

        assertThat(with.standardDeviations()).containsEntry(constant, 0.0);
        assertThat(with.clusters().get(0).centroid()).containsEntry(constant, 7.0);
        assertThat(with.clusters().get(0).standardisedCentroid()).containsEntry(constant, 0.0);
        for (Point p : points) {
            assertThat(with.clusterOf(p, CONTEXT).orElseThrow().number())
                    .isEqualTo(without.clusterOf(p, CONTEXT).orElseThrow().number());
        }
        // a later subject with another value of the constant attribute is placed by x and y alone
        Point later = point("later", 10, 0);
        assertThat(with.clusterOf(later, CONTEXT).orElseThrow().number())
                .isEqualTo(without.clusterOf(later, CONTEXT).orElseThrow().number());
    }

    @Test
    void subjects_with_missing_or_infinite_values_are_left_out_and_in_no_cluster() {
        List<Point> points = new ArrayList<>(FOUR_CORNERS);
        Point missing = point("missing", Double.NaN, 1);
        Point infinite = point("infinite", 0, Double.POSITIVE_INFINITY);
        points.add(missing);
        points.add(infinite);

        DiscoveredClusters<Point> found =
                ClusterDiscovery.over(X, Y).clusters(2).discover(points, CONTEXT);

        assertThat(found.fittedCount()).isEqualTo(4);
        assertThat(found.excludedCount()).isEqualTo(2);
        assertThat(found.clusterOf(missing, CONTEXT)).isEmpty();
        assertThat(found.clusterOf(infinite, CONTEXT)).isEmpty();
        assertThat(found.clusterAttribute().valueOf(missing, CONTEXT)).isEmpty();
        assertThat(found.clusters().get(0).centroid()).containsEntry(X, 0.0);
    }

    @Test
    void subjects_outside_the_fit_go_to_the_nearest_centroid() {
        DiscoveredClusters<Point> found =
                ClusterDiscovery.over(X, Y).clusters(2).discover(FOUR_CORNERS, CONTEXT);

        assertThat(found.clusterOf(point("near-right", 7, 3), CONTEXT)
                        .orElseThrow()
                        .number())
                .isEqualTo(2);
        assertThat(found.clusterOf(point("near-left", 3, -3), CONTEXT)
                        .orElseThrow()
                        .number())
                .isEqualTo(1);
    }

    @Test
    void a_single_iteration_may_stop_before_the_clusters_settle() {
        // on a chain, one Lloyd step rarely finds the final split: some seed among twenty leaves it unsettled
        List<Point> chain = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            chain.add(point("p" + i, i, 0));
        }
        chain.add(point("far", 20, 0));
        ClusterDiscovery<Point> once =
                ClusterDiscovery.over(X).clusters(2).restarts(1).maxIterations(1);

        boolean anyUnsettled = false;
        for (long seed = 0; seed < 20; seed++) {
            anyUnsettled |= !once.seed(seed).discover(chain, CONTEXT).converged();
        }

        assertThat(anyUnsettled).isTrue();
    }

    @Test
    void a_silhouette_sample_smaller_than_the_population_estimates_the_exact_score() {
        List<Point> points = blobs(3, sizes(3, 40), centres(3));
        ClusterDiscovery<Point> discovery = ClusterDiscovery.over(X, Y).clusters(3);

        double exact = discovery.discover(points, CONTEXT).silhouette();
        double sampled =
                discovery.silhouetteSampleSize(30).discover(points, CONTEXT).silhouette();

        assertThat(sampled).isNotEqualTo(exact).isCloseTo(exact, within(0.1));
    }

    @Test
    void range_values_above_the_distinct_points_are_skipped() {
        List<Point> points = List.of(point("a", 0, 0), point("b", 0, 0), point("c", 5, 5), point("d", 9, 0));

        DiscoveredClusters<Point> found =
                ClusterDiscovery.over(X, Y).clustersBySilhouette(2, 6).discover(points, CONTEXT);

        assertThat(found.silhouettes()).containsOnlyKeys(2, 3);
    }

    @Test
    void large_populations_sample_the_silhouette_and_still_find_the_blobs() {
        // 12 000 points: restarts run in parallel and the silhouette is estimated on 2 000 of them
        List<Point> points = blobs(13, sizes(3, 4_000), centres(3));

        DiscoveredClusters<Point> found = ClusterDiscovery.over(X, Y)
                .clustersBySilhouette(2, 4)
                .restarts(2)
                .discover(points, CONTEXT);

        assertThat(found.k()).isEqualTo(3);
        assertRecovered(points, found, 3);
    }

    @Test
    void works_over_customer_attributes() {
        // big spenders with many orders, and occasional small buyers
        List<Customer> customers = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            customers.add(RfmFixtures.customer("big" + i, 2, 8 + i % 3, 900 + 10 * i));
            customers.add(RfmFixtures.customer("small" + i, 40, 1 + i % 2, 20 + i));
        }
        NumberAttribute<Customer> spent = Attributes.totalSpent();
        NumberAttribute<Customer> orders = Attributes.purchases();

        DiscoveredClusters<Customer> found =
                ClusterDiscovery.over(spent, orders).clusters(2).discover(customers, RfmFixtures.CONTEXT);
        PopulationIndex<Customer> index = PopulationIndex.build(customers, RfmFixtures.CONTEXT);

        assertThat(found.clusters()).extracting(Cluster::size).containsExactly(10, 10);
        assertThat(found.clusters().get(1).summary()).isEqualTo("total_spent high (+1.0 sd), purchases high (+1.0 sd)");
        for (Cluster<Customer> c : found.clusters()) {
            assertThat(index.count(c.segment())).isEqualTo(c.size());
        }
    }

    @Test
    void cluster_segments_print_with_a_readable_fallback() {
        DiscoveredClusters<Point> found =
                ClusterDiscovery.over(X, Y).clusters(2).discover(FOUR_CORNERS, CONTEXT);

        assertThat(found.segments().get(0).toString()).startsWith("cluster(k-means(2 clusters over x, y; ");
        assertThat(found.toString()).startsWith("DiscoveredClusters[k=2, silhouette=0.172, fitted=4, excluded=0");
    }

    @Test
    void over_rejects_no_attributes() {
        assertThatThrownBy(() -> ClusterDiscovery.over(List.<NumberAttribute<Point>>of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("attributes must not be empty");
    }

    @Test
    void over_rejects_null_attributes() {
        assertThatThrownBy(() -> ClusterDiscovery.over(Arrays.asList(X, null)))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("attributes[1]");
    }

    @Test
    void over_rejects_an_attribute_given_twice() {
        assertThatThrownBy(() -> ClusterDiscovery.over(X, Y, X))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("attributes: x is given twice");
    }

    @Test
    void clusters_rejects_fewer_than_two() {
        assertThatThrownBy(() -> ClusterDiscovery.over(X).clusters(1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("clusters: k must be at least 2 but was 1");
    }

    @Test
    void clusters_by_silhouette_rejects_a_minimum_below_two() {
        assertThatThrownBy(() -> ClusterDiscovery.over(X).clustersBySilhouette(1, 4))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("clustersBySilhouette: min must be at least 2 but was 1");
    }

    @Test
    void clusters_by_silhouette_rejects_a_reversed_range() {
        assertThatThrownBy(() -> ClusterDiscovery.over(X).clustersBySilhouette(5, 3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("clustersBySilhouette: max 3 is below min 5");
    }

    @Test
    void settings_reject_values_below_their_minimum() {
        ClusterDiscovery<Point> discovery = ClusterDiscovery.over(X);

        assertThatThrownBy(() -> discovery.maxIterations(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxIterations must be at least 1 but was 0");
        assertThatThrownBy(() -> discovery.restarts(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("restarts must be at least 1 but was 0");
        assertThatThrownBy(() -> discovery.silhouetteSampleSize(1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("silhouetteSampleSize must be at least 2 but was 1");
    }

    @Test
    void discover_without_a_number_of_clusters_is_misuse() {
        assertThatThrownBy(() -> ClusterDiscovery.over(X).discover(FOUR_CORNERS, CONTEXT))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage(
                        "choose the number of clusters with clusters(k) or clustersBySilhouette(min, max) before discover");
    }

    @Test
    void discover_rejects_k_above_the_distinct_points() {
        List<Point> points = List.of(point("a", 0, 0), point("b", 0, 0), point("c", 1, 1), point("d", 2, 2));

        assertThatThrownBy(() -> ClusterDiscovery.over(X, Y).clusters(4).discover(points, CONTEXT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("clusters: k = 4 exceeds the 3 distinct points among the 4 subjects with every attribute"
                        + " present");
    }

    @Test
    void discover_rejects_a_range_starting_above_the_distinct_points() {
        List<Point> points = List.of(point("a", 0, 0), point("b", 1, 1));

        assertThatThrownBy(() ->
                        ClusterDiscovery.over(X, Y).clustersBySilhouette(3, 5).discover(points, CONTEXT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("clustersBySilhouette: min 3 exceeds the 2 distinct points among the 2 subjects with every"
                        + " attribute present");
    }

    @Test
    void discover_rejects_a_population_without_complete_subjects() {
        List<Point> points = List.of(point("a", Double.NaN, 0), point("b", 1, Double.NaN));

        assertThatThrownBy(() -> ClusterDiscovery.over(X, Y).clusters(2).discover(points, CONTEXT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("subjects: none of the 2 subjects has a finite value for every attribute [x, y]");
    }

    @Test
    void discover_rejects_null_subjects() {
        assertThatThrownBy(() ->
                        ClusterDiscovery.over(X).clusters(2).discover(Arrays.asList(point("a", 0, 0), null), CONTEXT))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("subjects contains null");
        assertThatThrownBy(() -> ClusterDiscovery.over(X).clusters(2).discover(null, CONTEXT))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("subjects");
        assertThatThrownBy(() -> ClusterDiscovery.over(X).clusters(2).discover(FOUR_CORNERS, null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("context");
    }

    @Test
    void settings_show_in_to_string() {
        assertThat(ClusterDiscovery.over(X, Y)
                        .clustersBySilhouette(2, 6)
                        .seed(5)
                        .toString())
                .isEqualTo("ClusterDiscovery[[x, y], k 2..6 by silhouette, seed 5, 10 restarts, 300 iterations]");
    }
}
