package io.segmentation.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.segmentation.testkit.UnsatisfiableSegmentException.Reason;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnsatisfiableSegmentExceptionTest {

    @Test
    void keeps_reason_message_and_details() {
        UnsatisfiableSegmentException e =
                new UnsatisfiableSegmentException(Reason.OPAQUE, "message", List.of("custom predicate 'x'"));

        assertThat(e.reason()).isEqualTo(Reason.OPAQUE);
        assertThat(e).hasMessage("message");
        assertThat(e.details()).containsExactly("custom predicate 'x'");
    }

    @Test
    void details_are_a_copy() {
        List<String> details = new ArrayList<>(List.of("a"));
        UnsatisfiableSegmentException e = new UnsatisfiableSegmentException(Reason.SEARCH_LIMIT, "m", details);

        details.add("b");

        assertThat(e.details()).containsExactly("a");
    }

    @Test
    void rejects_null_arguments_by_name() {
        assertThatThrownBy(() -> new UnsatisfiableSegmentException(null, "m", List.of()))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("reason");
        assertThatThrownBy(() -> new UnsatisfiableSegmentException(Reason.OPAQUE, null, List.of()))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("message");
        assertThatThrownBy(() -> new UnsatisfiableSegmentException(Reason.OPAQUE, "m", null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("details");
    }
}
