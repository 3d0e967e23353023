package io.segmentation.engine;

import io.segmentation.EvaluationContext;

/**
 * Told how far a long batch operation has come: building a {@link io.segmentation.index.PopulationIndex} and its
 * columns, {@link SegmentEngine#assign(Iterable, EvaluationContext, AssignmentMode, ProgressListener) assigning} a
 * population to segments, computing a {@link io.segmentation.metrics.SegmentReport}. Give one to drive a progress bar
 * or a log line every so often.
 *
 * <pre>{@code
 * ProgressListener log = (phase, done, total) -> logger.info("{}: {} of {}", phase, done, total);
 * Assignment<Customer> nightly = engine.assign(customers, context, AssignmentMode.EXCLUSIVE, batchPool, log);
 * }</pre>
 *
 * <h2>Contract</h2>
 *
 * <ul>
 *   <li>An operation goes through one or more named <em>phases</em> (each operation documents its own, for example
 *       {@code "assign"}), one after another. Each phase is reported first with {@code done == 0} and last with
 *       {@code done == total}; in between, {@code done} only grows. {@code total} is fixed for the phase and never
 *       negative; a phase with nothing to do is reported once, as {@code (phase, 0, 0)}.
 *   <li>Progress is reported per chunk of work (thousands of subjects, or one column, or one report cell), never per
 *       subject, so a listener costs nothing measurable.
 *   <li>Thread-safety: the calls for one operation never overlap — the library serialises them, and each call
 *       happens-before the next — but they may come from different threads (the executor's). A listener used by one
 *       operation at a time therefore needs no locking; one shared by operations running at the same time must be
 *       thread-safe itself.
 *   <li>A listener should return quickly. An exception it throws ends the operation and reaches its caller.
 *   <li>Progress never carries customer data: phases are fixed names, counts are counts.
 * </ul>
 *
 * @since 0.2.0
 */
@FunctionalInterface
public interface ProgressListener {

    /**
     * Reports that {@code done} of {@code total} units of a phase are finished.
     *
     * @param phase the phase's name, as documented by the operation
     * @param done the units finished so far, {@code 0 <= done <= total}
     * @param total the units of the phase
     * @since 0.2.0
     */
    void onProgress(String phase, long done, long total);

    /**
     * The listener that ignores every report: the default of every operation that accepts one.
     *
     * @return the no-op listener
     * @since 0.2.0
     */
    static ProgressListener none() {
        return NoProgress.INSTANCE;
    }
}
