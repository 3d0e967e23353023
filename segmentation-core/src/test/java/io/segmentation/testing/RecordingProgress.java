package io.segmentation.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.segmentation.engine.ProgressListener;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A progress listener that records every call and checks the {@link ProgressListener} contract: calls never overlap,
 * each phase starts at 0, never goes back, and ends at its total.
 */
public final class RecordingProgress implements ProgressListener {

    /** One call. */
    public record Call(String phase, long done, long total, String thread) {}

    private final List<Call> calls = new ArrayList<>();
    private boolean inCall;

    @Override
    public void onProgress(String phase, long done, long total) {
        // Deliberately unsynchronised: the library promises that calls for one operation never overlap.
        assertThat(inCall).as("overlapping progress calls").isFalse();
        inCall = true;
        try {
            calls.add(new Call(phase, done, total, Thread.currentThread().getName()));
        } finally {
            inCall = false;
        }
    }

    /** Every call, in order. */
    public List<Call> calls() {
        return List.copyOf(calls);
    }

    /** The phases, in the order they started. */
    public List<String> phases() {
        Set<String> phases = new LinkedHashSet<>();
        calls.forEach(c -> phases.add(c.phase()));
        return List.copyOf(phases);
    }

    /** The calls of one phase. */
    public List<Call> calls(String phase) {
        return calls.stream().filter(c -> c.phase().equals(phase)).toList();
    }

    /**
     * Asserts the contract for every phase: contiguous calls, the first at 0, {@code done} never decreasing and at
     * most the fixed total, the last at the total.
     */
    public void assertWellFormed() {
        List<String> phases = phases();
        int at = 0;
        for (String phase : phases) {
            List<Call> own = calls(phase);
            assertThat(calls.subList(at, at + own.size()))
                    .as("calls of phase %s are contiguous", phase)
                    .containsExactlyElementsOf(own);
            at += own.size();
            long total = own.get(0).total();
            assertThat(own.get(0).done()).as("%s starts at 0", phase).isZero();
            long previous = -1;
            for (Call c : own) {
                assertThat(c.total()).as("%s total is fixed", phase).isEqualTo(total);
                assertThat(c.done()).as("%s never goes back", phase).isGreaterThanOrEqualTo(previous);
                assertThat(c.done()).as("%s done within total", phase).isBetween(0L, total);
                previous = c.done();
            }
            assertThat(own.get(own.size() - 1).done())
                    .as("%s ends at its total", phase)
                    .isEqualTo(total);
        }
    }
}
