package io.segmentation.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.segmentation.EvaluationContext;
import io.segmentation.customer.Customer;
import io.segmentation.testing.CountingExecutor;
import io.segmentation.testing.Crowd;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MetricCalculatorExecutorTest {

    private static final EvaluationContext CONTEXT = EvaluationContext.asOf(Crowd.AS_OF);
    private static final List<Customer> CROWD = Crowd.of(20_000);

    @Test
    void exact_metrics_on_an_executor_equal_the_sequential_ones() throws Exception {
        try (CountingExecutor executor = new CountingExecutor(3)) {
            assertThat(Metrics.revenue().calculateInParallel(CROWD, CONTEXT, executor))
                    .isEqualTo(Metrics.revenue().calculate(CROWD, CONTEXT));
            assertThat(Metrics.size().calculateInParallel(CROWD, CONTEXT, executor))
                    .isEqualTo(Metrics.size().calculate(CROWD, CONTEXT));
            assertThat(Metrics.repeatPurchaseRate().calculateInParallel(CROWD, CONTEXT, executor))
                    .isEqualTo(Metrics.repeatPurchaseRate().calculate(CROWD, CONTEXT));
        }
    }

    @Test
    void a_calculation_on_an_executor_runs_one_task_per_chunk() throws Exception {
        try (CountingExecutor executor = new CountingExecutor(2)) {
            Metrics.revenue().calculateInParallel(CROWD, CONTEXT, executor);
            assertThat(executor.tasks()).as("20 000 members in chunks of 4 096").isEqualTo(5);
        }
    }

    @Test
    void no_members_give_the_empty_result() {
        assertThat(Metrics.size().calculateInParallel(List.of(), CONTEXT, Runnable::run))
                .isEqualTo(Metrics.size().calculate(List.of(), CONTEXT));
    }

    @Test
    void a_null_member_or_executor_is_named() {
        List<Customer> withNull = new ArrayList<>(CROWD.subList(0, 3));
        withNull.add(null);
        assertThatThrownBy(() -> Metrics.size().calculateInParallel(withNull, CONTEXT, Runnable::run))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("members[3] is null");
        assertThatThrownBy(() -> Metrics.size().calculateInParallel(CROWD, CONTEXT, null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("executor");
    }
}
