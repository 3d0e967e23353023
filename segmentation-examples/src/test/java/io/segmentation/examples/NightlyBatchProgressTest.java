package io.segmentation.examples;

import static io.segmentation.Attributes.country;
import static io.segmentation.Attributes.purchases;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.segmentation.EvaluationContext;
import io.segmentation.Segment;
import io.segmentation.customer.Customer;
import io.segmentation.engine.ProgressListener;
import io.segmentation.examples.NightlyBatch.Result;
import io.segmentation.testkit.PopulationSpec;
import io.segmentation.testkit.Populations;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NightlyBatchProgressTest {

    private static final Instant AS_OF = Instant.parse("2026-06-01T00:00:00Z");
    private static final EvaluationContext CONTEXT = EvaluationContext.asOf(AS_OF);
    private static final List<Segment<Customer>> SEGMENTS = List.of(
            Segment.where(country().is("DE")).named("Germany"),
            Segment.where(purchases().atLeast(1)).named("buyers"));
    private static final List<Customer> CUSTOMERS = Populations.stream(
                    25_000, 7, PopulationSpec.defaults().toBuilder().asOf(AS_OF).build())
            .toList();

    @TempDir
    Path directory;

    private record Call(String phase, long done, long total) {}

    @Test
    void the_batch_reports_progress_per_chunk_up_to_the_total() throws IOException {
        List<Call> calls = new ArrayList<>();
        NightlyBatch.run(
                CUSTOMERS, CUSTOMERS.size(), SEGMENTS, CONTEXT, directory, Runnable::run, (phase, done, total) -> {
                    calls.add(new Call(phase, done, total));
                });
        assertThat(calls)
                .containsExactly(
                        new Call(NightlyBatch.PHASE, 0, 25_000),
                        new Call(NightlyBatch.PHASE, 10_000, 25_000),
                        new Call(NightlyBatch.PHASE, 20_000, 25_000),
                        new Call(NightlyBatch.PHASE, 25_000, 25_000));
    }

    @Test
    void the_batch_runs_its_assignments_on_the_executor_with_the_same_results() throws IOException {
        AtomicInteger tasks = new AtomicInteger();
        Executor counting = task -> {
            tasks.incrementAndGet();
            task.run();
        };
        Result onExecutor = NightlyBatch.run(
                CUSTOMERS,
                CUSTOMERS.size(),
                SEGMENTS,
                CONTEXT,
                directory.resolve("a"),
                counting,
                ProgressListener.none());
        Result onCommonPool = NightlyBatch.run(
                CUSTOMERS,
                CUSTOMERS.size(),
                SEGMENTS,
                CONTEXT,
                directory.resolve("b"),
                new PrintStream(new ByteArrayOutputStream(), true, UTF_8));

        // chunks of 10 000, 10 000 and 5 000, each assigned twice (exclusive, overlapping) in tasks of 4 096
        assertThat(tasks.get()).isEqualTo(2 * (3 + 3 + 2));
        assertThat(onExecutor.exclusiveSizes()).isEqualTo(onCommonPool.exclusiveSizes());
        assertThat(onExecutor.overlappingSizes()).isEqualTo(onCommonPool.overlappingSizes());
        assertThat(Files.readString(directory.resolve("a/assignments.csv")))
                .isEqualTo(Files.readString(directory.resolve("b/assignments.csv")));
    }

    @Test
    void the_console_batch_prints_lines_when_the_output_is_not_a_terminal() throws IOException {
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        NightlyBatch.run(
                CUSTOMERS, CUSTOMERS.size(), SEGMENTS, CONTEXT, directory, new PrintStream(console, true, UTF_8));
        // Tests run without a console, as a CI log would.
        assertThat(System.console()).isNull();
        assertThat(console.toString(UTF_8))
                .doesNotContain("\r")
                .startsWith("assign       0%  0 / 25,000" + System.lineSeparator())
                .contains("assign      40%  10,000 / 25,000" + System.lineSeparator())
                .endsWith("assign     100%  25,000 / 25,000" + System.lineSeparator());
    }

    @Test
    void the_batch_names_a_null_executor_or_listener() {
        assertThatNullPointerException()
                .isThrownBy(() ->
                        NightlyBatch.run(CUSTOMERS, 1, SEGMENTS, CONTEXT, directory, null, ProgressListener.none()))
                .withMessage("executor");
        assertThatNullPointerException()
                .isThrownBy(() -> NightlyBatch.run(CUSTOMERS, 1, SEGMENTS, CONTEXT, directory, Runnable::run, null))
                .withMessage("progress");
    }
}
