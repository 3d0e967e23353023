package io.segmentation.index;

import static io.segmentation.Attributes.age;
import static io.segmentation.Attributes.country;
import static io.segmentation.Attributes.purchases;
import static io.segmentation.Attributes.satisfies;
import static io.segmentation.Attributes.tags;
import static io.segmentation.Attributes.totalSpent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.segmentation.EvaluationContext;
import io.segmentation.Segment;
import io.segmentation.customer.Customer;
import io.segmentation.engine.ProgressListener;
import io.segmentation.testing.CountingExecutor;
import io.segmentation.testing.Crowd;
import io.segmentation.testing.RecordingProgress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;

class PopulationIndexExecutorTest {

    private static final EvaluationContext CONTEXT = EvaluationContext.asOf(Crowd.AS_OF);
    private static final List<Customer> CROWD = Crowd.of(40_000);
    private static final Segment<Customer> VIP =
            Segment.where(tags().contains("vip")).named("vip");
    private static final Segment<Customer> YOUNG_REPEAT =
            Segment.where(age().between(18, 35)).and(purchases().atLeast(2)).named("young-repeat");
    private static final Segment<Customer> DACH_ODD = Segment.where(country().in("DE", "AT", "CH"))
            .and(satisfies("odd id", (Customer c) -> c.id().hashCode() % 2 != 0))
            .named("dach-odd");
    private static final List<Segment<Customer>> SEGMENTS = List.of(VIP, YOUNG_REPEAT, DACH_ODD);

    @Test
    void an_index_on_an_executor_answers_as_one_on_the_common_pool() throws Exception {
        PopulationIndex<Customer> common = PopulationIndex.build(CROWD, CONTEXT);
        try (CountingExecutor executor = new CountingExecutor(3)) {
            PopulationIndex<Customer> onExecutor =
                    PopulationIndex.build(CROWD, CONTEXT, executor, ProgressListener.none());
            for (Segment<Customer> segment : SEGMENTS) {
                assertThat(onExecutor.memberIds(segment)).as("%s", segment).isEqualTo(common.memberIds(segment));
                assertThat(onExecutor.sum(segment, totalSpent().inLast(Duration.ofDays(365))))
                        .isEqualTo(common.sum(segment, totalSpent().inLast(Duration.ofDays(365))));
            }
            assertThat(onExecutor.overlap(VIP, YOUNG_REPEAT)).isEqualTo(common.overlap(VIP, YOUNG_REPEAT));
        }
    }

    @Test
    void columns_read_on_first_use_run_on_the_executor() throws Exception {
        try (CountingExecutor executor = new CountingExecutor(2)) {
            PopulationIndex<Customer> index = PopulationIndex.build(CROWD, CONTEXT, executor, ProgressListener.none());
            assertThat(executor.tasks()).as("building reads no column").isZero();
            index.count(VIP);
            assertThat(executor.tasks()).as("40 000 rows in chunks of 16 384").isEqualTo(3);
            index.count(VIP);
            assertThat(executor.tasks()).as("a column is read once").isEqualTo(3);
        }
    }

    @Test
    void custom_predicates_are_scanned_on_the_executor() throws Exception {
        try (CountingExecutor executor = new CountingExecutor(2)) {
            PopulationIndex<Customer> index = PopulationIndex.build(CROWD, CONTEXT, executor, ProgressListener.none());
            index.count(satisfies("everyone", (Customer c) -> true));
            assertThat(executor.tasks()).isEqualTo(3);
        }
    }

    @Test
    void building_reports_the_rows_registered() {
        RecordingProgress progress = new RecordingProgress();
        PopulationIndex.build(CROWD, CONTEXT, Runnable::run, progress);
        progress.assertWellFormed();
        assertThat(progress.phases()).containsExactly(PopulationIndex.ROWS_PHASE);
        assertThat(progress.calls()).extracting(RecordingProgress.Call::done).containsExactly(0L, 40_000L);
    }

    @Test
    void prepare_reports_one_step_per_column() throws Exception {
        RecordingProgress progress = new RecordingProgress();
        try (CountingExecutor executor = new CountingExecutor(2)) {
            PopulationIndex.build(CROWD, CONTEXT, executor, ProgressListener.none())
                    .prepare(SEGMENTS, progress);
        }
        progress.assertWellFormed();
        assertThat(progress.phases()).containsExactly(PopulationIndex.COLUMNS_PHASE);
        // tags, age, purchases, country: the custom predicate is no column
        assertThat(progress.calls()).extracting(RecordingProgress.Call::done).containsExactly(0L, 1L, 2L, 3L, 4L);
    }

    @Test
    void build_names_a_null_executor_or_listener() {
        assertThatThrownBy(() -> PopulationIndex.build(CROWD, CONTEXT, (Executor) null, ProgressListener.none()))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("executor");
        assertThatThrownBy(() -> PopulationIndex.build(CROWD, CONTEXT, Runnable::run, null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("progress");
        PopulationIndex<Customer> index = PopulationIndex.build(CROWD.subList(0, 3), CONTEXT);
        assertThatThrownBy(() -> index.prepare(SEGMENTS, null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("progress");
    }
}
