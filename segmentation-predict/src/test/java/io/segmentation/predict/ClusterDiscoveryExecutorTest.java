package io.segmentation.predict;

import static io.segmentation.predict.ClusterFixtures.CONTEXT;
import static io.segmentation.predict.ClusterFixtures.X;
import static io.segmentation.predict.ClusterFixtures.Y;
import static io.segmentation.predict.ClusterFixtures.blobs;
import static io.segmentation.predict.ClusterFixtures.centres;
import static io.segmentation.predict.ClusterFixtures.sizes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.segmentation.predict.ClusterFixtures.Point;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ClusterDiscoveryExecutorTest {

    private static final List<Point> POINTS = blobs(3, sizes(3, 4_000), centres(3));
    private static final ClusterDiscovery<Point> DISCOVERY =
            ClusterDiscovery.over(X, Y).clustersBySilhouette(2, 4).restarts(3).seed(5);

    @Test
    void discovery_on_an_executor_finds_the_same_clusters() {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            DiscoveredClusters<Point> onExecutor = DISCOVERY.discover(POINTS, CONTEXT, pool);
            DiscoveredClusters<Point> onCommonPool = DISCOVERY.discover(POINTS, CONTEXT);
            assertThat(onExecutor.k()).isEqualTo(onCommonPool.k());
            assertThat(onExecutor.silhouettes()).isEqualTo(onCommonPool.silhouettes());
            assertThat(onExecutor.inertia()).isEqualTo(onCommonPool.inertia());
            for (int c = 0; c < onExecutor.k(); c++) {
                assertThat(onExecutor.clusters().get(c).centroid())
                        .isEqualTo(onCommonPool.clusters().get(c).centroid());
                assertThat(onExecutor.clusters().get(c).size())
                        .isEqualTo(onCommonPool.clusters().get(c).size());
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void every_restart_of_every_k_is_a_task_on_the_executor() {
        AtomicInteger tasks = new AtomicInteger();
        Executor counting = task -> {
            tasks.incrementAndGet();
            task.run();
        };
        DISCOVERY.discover(POINTS, CONTEXT, counting);
        assertThat(tasks.get()).as("k = 2, 3, 4 with 3 restarts each").isEqualTo(9);
    }

    @Test
    void a_refusal_of_the_executor_reaches_the_caller() {
        Executor refusing = task -> {
            throw new RejectedExecutionException("full");
        };
        assertThatThrownBy(() -> DISCOVERY.discover(POINTS, CONTEXT, refusing))
                .isInstanceOf(RejectedExecutionException.class);
    }

    @Test
    void a_null_executor_is_named() {
        assertThatThrownBy(() -> DISCOVERY.discover(POINTS, CONTEXT, null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("executor");
    }
}
