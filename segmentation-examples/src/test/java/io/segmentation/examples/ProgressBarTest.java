package io.segmentation.examples;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import org.junit.jupiter.api.Test;

class ProgressBarTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final PrintStream stream = new PrintStream(out, true, UTF_8);

    @Test
    void redraws_only_when_the_percentage_changes() {
        ProgressBar bar = new ProgressBar("work", 1_000, stream);
        for (int i = 0; i < 1_000; i++) {
            bar.advance(1);
        }

        // 0% … 100%: 101 redraws, each starting with a carriage return
        assertThat(out.toString(UTF_8).chars().filter(c -> c == '\r').count()).isEqualTo(101);
        assertThat(out.toString(UTF_8)).endsWith("100%  1,000 / 1,000");
    }

    @Test
    void an_empty_job_is_complete_at_once() {
        new ProgressBar("nothing", 0, stream);

        assertThat(out.toString(UTF_8)).contains("100%");
    }

    @Test
    void rejects_more_work_than_announced() {
        ProgressBar bar = new ProgressBar("work", 2, stream);
        bar.advance(2);

        assertThatIllegalArgumentException().isThrownBy(() -> bar.advance(1)).withMessageContaining("2 of 2");
    }

    @Test
    void rejects_a_negative_total() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ProgressBar("work", -1, stream))
                .withMessageContaining("-1");
    }

    @Test
    void as_a_listener_it_draws_each_phase_on_its_own_line() {
        ProgressBar bar = new ProgressBar(stream, ProgressBar.Mode.TERMINAL);
        bar.onProgress("index rows", 0, 10);
        bar.onProgress("index rows", 10, 10);
        bar.onProgress("assign", 0, 4);
        bar.onProgress("assign", 4, 4);
        bar.finish();

        String[] lines = out.toString(UTF_8).split(System.lineSeparator());
        assertThat(lines).hasSize(2);
        assertThat(lines[0]).startsWith("\rindex rows").endsWith("100%  10 / 10");
        assertThat(lines[1]).startsWith("\rassign").endsWith("100%  4 / 4");
    }

    @Test
    void in_lines_mode_it_prints_a_line_per_ten_percent_and_no_carriage_return() {
        ProgressBar bar = new ProgressBar(stream, ProgressBar.Mode.LINES);
        for (int done = 0; done <= 1_000; done++) {
            bar.onProgress("assign", done, 1_000);
        }
        bar.finish();

        assertThat(out.toString(UTF_8)).doesNotContain("\r");
        assertThat(out.toString(UTF_8).split(System.lineSeparator()))
                .hasSize(11)
                .startsWith("assign       0%  0 / 1,000")
                .endsWith("assign     100%  1,000 / 1,000");
    }

    @Test
    void a_phase_run_again_starts_a_new_line() {
        ProgressBar bar = new ProgressBar(stream, ProgressBar.Mode.LINES);
        bar.onProgress("assign", 0, 2);
        bar.onProgress("assign", 2, 2);
        bar.onProgress("assign", 0, 2);

        assertThat(out.toString(UTF_8).split(System.lineSeparator())).hasSize(3);
    }

    @Test
    void detect_chooses_lines_without_a_console() {
        assertThat(System.console()).isNull();
        assertThat(ProgressBar.Mode.detect()).isEqualTo(ProgressBar.Mode.LINES);
    }

    @Test
    void rejects_progress_beyond_the_total() {
        ProgressBar bar = new ProgressBar(stream, ProgressBar.Mode.LINES);
        assertThatIllegalArgumentException()
                .isThrownBy(() -> bar.onProgress("assign", 3, 2))
                .withMessageContaining("3 of 2");
    }
}
