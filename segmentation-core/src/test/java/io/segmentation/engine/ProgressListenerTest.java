package io.segmentation.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import org.junit.jupiter.api.Test;

class ProgressListenerTest {

    @Test
    void none_ignores_every_report_and_is_one_instance() {
        assertThatCode(() -> ProgressListener.none().onProgress("assign", 1, 2)).doesNotThrowAnyException();
        assertThat(ProgressListener.none()).isSameAs(ProgressListener.none());
        assertThat(ProgressListener.none()).hasToString("ProgressListener.none()");
    }

    @Test
    void a_listener_is_a_lambda() {
        long[] last = new long[2];
        ProgressListener listener = (phase, done, total) -> {
            last[0] = done;
            last[1] = total;
        };
        listener.onProgress("assign", 3, 4);
        assertThat(last).containsExactly(3, 4);
    }
}
