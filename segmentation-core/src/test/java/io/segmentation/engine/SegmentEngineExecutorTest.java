package io.segmentation.engine;

import static io.segmentation.Attributes.age;
import static io.segmentation.Attributes.country;
import static io.segmentation.Attributes.purchases;
import static io.segmentation.Attributes.satisfies;
import static io.segmentation.Attributes.tags;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.segmentation.EvaluationContext;
import io.segmentation.Segment;
import io.segmentation.customer.Customer;
import io.segmentation.testing.CountingExecutor;
import io.segmentation.testing.Crowd;
import io.segmentation.testing.RecordingProgress;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.junit.jupiter.api.Test;

class SegmentEngineExecutorTest {

    private static final EvaluationContext CONTEXT = EvaluationContext.asOf(Crowd.AS_OF);
    private static final List<Customer> CROWD = Crowd.of(20_000);
    private static final SegmentEngine<Customer> ENGINE = SegmentEngine.of(
            Segment.where(tags().contains("vip")).named("vip"),
            Segment.where(age().between(18, 35)).and(purchases().atLeast(2)).named("young-repeat"),
            Segment.where(country().in("DE", "AT", "CH")).named("dach"));

    @Test
    void assign_on_an_executor_equals_assign_on_the_common_pool() throws Exception {
        try (CountingExecutor executor = new CountingExecutor(3)) {
            for (AssignmentMode mode : AssignmentMode.values()) {
                assertThat(contents(ENGINE.assign(CROWD, CONTEXT, mode, executor)))
                        .as("%s", mode)
                        .isEqualTo(contents(ENGINE.assign(CROWD, CONTEXT, mode)));
            }
        }
    }

    @Test
    void assign_on_an_executor_runs_every_chunk_there() throws Exception {
        try (CountingExecutor executor = new CountingExecutor(2)) {
            ENGINE.assign(CROWD, CONTEXT, AssignmentMode.OVERLAPPING, executor);
            assertThat(executor.tasks())
                    .as("20 000 subjects in chunks of 4 096")
                    .isEqualTo(5);
        }
    }

    @Test
    void assign_on_an_executor_uses_it_for_small_inputs_too() throws Exception {
        try (CountingExecutor executor = new CountingExecutor(1)) {
            Assignment<Customer> small =
                    ENGINE.assign(CROWD.subList(0, 10), CONTEXT, AssignmentMode.EXCLUSIVE, executor);
            assertThat(executor.tasks()).isEqualTo(1);
            assertThat(contents(small))
                    .isEqualTo(contents(ENGINE.assign(CROWD.subList(0, 10), CONTEXT, AssignmentMode.EXCLUSIVE)));
        }
    }

    @Test
    void assign_reports_progress_per_chunk_up_to_the_number_of_subjects() throws Exception {
        RecordingProgress progress = new RecordingProgress();
        try (CountingExecutor executor = new CountingExecutor(3)) {
            ENGINE.assign(CROWD, CONTEXT, AssignmentMode.EXCLUSIVE, executor, progress);
        }
        progress.assertWellFormed();
        assertThat(progress.phases()).containsExactly("assign");
        assertThat(progress.calls()).hasSize(1 + 5);
        assertThat(progress.calls().get(5).done()).isEqualTo(20_000);
        assertThat(progress.calls().subList(1, 6))
                .allSatisfy(c -> assertThat(c.thread()).startsWith(CountingExecutor.THREAD_PREFIX));
    }

    @Test
    void assign_reports_progress_on_the_common_pool_too() {
        RecordingProgress progress = new RecordingProgress();
        Assignment<Customer> assignment = ENGINE.assign(CROWD, CONTEXT, AssignmentMode.OVERLAPPING, progress);
        progress.assertWellFormed();
        assertThat(progress.calls()).hasSize(6);
        assertThat(contents(assignment)).isEqualTo(contents(ENGINE.assign(CROWD, CONTEXT, AssignmentMode.OVERLAPPING)));
    }

    @Test
    void assign_of_nobody_reports_one_empty_phase() {
        RecordingProgress progress = new RecordingProgress();
        ENGINE.assign(List.of(), CONTEXT, AssignmentMode.OVERLAPPING, progress);
        assertThat(progress.calls()).containsExactly(new RecordingProgress.Call("assign", 0, 0, currentThread()));
    }

    @Test
    void assign_on_an_executor_rethrows_the_failure_of_a_chunk() throws Exception {
        SegmentEngine<Customer> failing = SegmentEngine.of(Segment.where(satisfies("boom", (Customer c) -> {
            if (c.id().equals("c12345")) {
                throw new IllegalStateException("boom at c12345");
            }
            return true;
        })));
        try (CountingExecutor executor = new CountingExecutor(2)) {
            assertThatThrownBy(() -> failing.assign(CROWD, CONTEXT, AssignmentMode.OVERLAPPING, executor))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("boom at c12345");
        }
    }

    @Test
    void assign_rethrows_a_refusal_of_the_executor() {
        Executor refusing = task -> {
            throw new RejectedExecutionException("full");
        };
        assertThatThrownBy(() -> ENGINE.assign(CROWD, CONTEXT, AssignmentMode.OVERLAPPING, refusing))
                .isInstanceOf(RejectedExecutionException.class)
                .hasMessage("full");
    }

    @Test
    void assign_names_a_null_executor_or_listener() {
        assertThatThrownBy(() -> ENGINE.assign(CROWD, CONTEXT, AssignmentMode.OVERLAPPING, (Executor) null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("executor");
        assertThatThrownBy(() -> ENGINE.assign(CROWD, CONTEXT, AssignmentMode.OVERLAPPING, (ProgressListener) null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("progress");
    }

    /** What an assignment says: its mode, the members of each segment in order, and the unassigned. */
    private static List<Object> contents(Assignment<Customer> assignment) {
        return List.of(
                assignment.mode(),
                assignment.segments().stream().map(assignment::members).toList(),
                assignment.unassigned(),
                assignment.total());
    }

    private static String currentThread() {
        return Thread.currentThread().getName();
    }
}
