package io.segmentation.internal.vocabulary;

import io.segmentation.EvaluationContext;
import io.segmentation.attribute.Window;
import java.time.Instant;

/**
 * A window's bounds in the last context it was asked about. Evaluations usually reuse one context for many subjects
 * (a batch, a request), so resolving the bounds once per context keeps reads of windowed aggregates allocation-free.
 * Thread-safe: the cached pair is immutable and published through a volatile field.
 */
final class WindowBounds {

    /** Bounds resolved for one context. */
    record Resolved(EvaluationContext context, Instant start, Instant end) {}

    private final Window window;
    private volatile Resolved last;

    WindowBounds(Window window) {
        this.window = window;
    }

    Resolved in(EvaluationContext context) {
        Resolved r = last;
        if (r == null || r.context() != context) {
            r = new Resolved(context, window.start(context), window.end(context));
            last = r;
        }
        return r;
    }
}
