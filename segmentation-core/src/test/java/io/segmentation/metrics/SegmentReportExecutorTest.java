package io.segmentation.metrics;

import static io.segmentation.Attributes.age;
import static io.segmentation.Attributes.country;
import static io.segmentation.Attributes.tags;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.segmentation.EvaluationContext;
import io.segmentation.Segment;
import io.segmentation.customer.Customer;
import io.segmentation.index.PopulationIndex;
import io.segmentation.testing.CountingExecutor;
import io.segmentation.testing.Crowd;
import io.segmentation.testing.RecordingProgress;
import java.util.List;
import org.junit.jupiter.api.Test;

class SegmentReportExecutorTest {

    private static final EvaluationContext CONTEXT = EvaluationContext.asOf(Crowd.AS_OF);
    private static final List<Customer> CROWD = Crowd.of(12_000);
    private static final Segment<Customer> VIP =
            Segment.where(tags().contains("vip")).named("vip");
    private static final Segment<Customer> YOUNG =
            Segment.where(age().between(18, 35)).named("young");
    private static final Segment<Customer> DACH =
            Segment.where(country().in("DE", "AT", "CH")).named("dach");
    private static final Segment<Customer> NOBODY =
            Segment.where(age().atLeast(200)).named("nobody");

    private static SegmentReport.Builder<Customer> withMetrics(SegmentReport.Builder<Customer> builder) {
        return builder.segments(VIP, YOUNG, DACH, NOBODY)
                .metric(Metrics.revenue())
                .metric(Metrics.averageOrderValue())
                .metric(Metrics.repeatPurchaseRate());
    }

    @Test
    void a_report_on_an_executor_equals_the_report_without() throws Exception {
        try (CountingExecutor executor = new CountingExecutor(3)) {
            assertThat(withMetrics(SegmentReport.builder(CROWD, CONTEXT))
                            .executor(executor)
                            .build())
                    .isEqualTo(
                            withMetrics(SegmentReport.builder(CROWD, CONTEXT)).build());
            PopulationIndex<Customer> index = PopulationIndex.build(CROWD, CONTEXT);
            assertThat(withMetrics(SegmentReport.builder(index))
                            .executor(executor)
                            .build())
                    .isEqualTo(withMetrics(SegmentReport.builder(index)).build());
        }
    }

    @Test
    void a_report_on_an_executor_computes_each_figure_as_a_task_there() throws Exception {
        PopulationIndex<Customer> index = PopulationIndex.build(CROWD, CONTEXT);
        try (CountingExecutor executor = new CountingExecutor(2)) {
            withMetrics(SegmentReport.builder(index)).executor(executor).build();
            assertThat(executor.tasks())
                    .as("3 metrics for the population and 3 shown segments; 'nobody' is suppressed")
                    .isEqualTo(3 * 4);
        }
    }

    @Test
    void a_report_over_a_collection_assigns_on_the_executor_too() throws Exception {
        try (CountingExecutor executor = new CountingExecutor(2)) {
            withMetrics(SegmentReport.builder(CROWD, CONTEXT))
                    .executor(executor)
                    .build();
            assertThat(executor.tasks())
                    .as("3 chunks of assignment, 12 figures")
                    .isEqualTo(3 + 12);
        }
    }

    @Test
    void a_report_over_an_index_reports_segments_then_figures() {
        RecordingProgress progress = new RecordingProgress();
        withMetrics(SegmentReport.builder(PopulationIndex.build(CROWD, CONTEXT)))
                .progress(progress)
                .build();
        progress.assertWellFormed();
        assertThat(progress.phases()).containsExactly(SegmentReport.SEGMENTS_PHASE, SegmentReport.METRICS_PHASE);
        assertThat(progress.calls(SegmentReport.SEGMENTS_PHASE)).hasSize(1 + 4);
        assertThat(progress.calls(SegmentReport.METRICS_PHASE)).hasSize(1 + 12);
    }

    @Test
    void a_report_over_a_collection_reports_the_assignment_first() throws Exception {
        RecordingProgress progress = new RecordingProgress();
        try (CountingExecutor executor = new CountingExecutor(3)) {
            withMetrics(SegmentReport.builder(CROWD, CONTEXT))
                    .executor(executor)
                    .progress(progress)
                    .build();
        }
        progress.assertWellFormed();
        assertThat(progress.phases())
                .containsExactly("assign", SegmentReport.SEGMENTS_PHASE, SegmentReport.METRICS_PHASE);
        assertThat(progress.calls("assign").get(3).done()).isEqualTo(12_000);
    }

    @Test
    void the_builder_names_a_null_executor_or_listener() {
        SegmentReport.Builder<Customer> builder = SegmentReport.builder(CROWD, CONTEXT);
        assertThatThrownBy(() -> builder.executor(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("executor");
        assertThatThrownBy(() -> builder.progress(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("progress");
    }
}
