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
}
