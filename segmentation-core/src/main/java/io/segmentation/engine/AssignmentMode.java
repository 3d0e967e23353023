package io.segmentation.engine;

/**
 * How {@link SegmentEngine#assign} places subjects into segments.
 *
 * @since 0.1.0
 */
public enum AssignmentMode {
    /** Every subject joins every segment it matches; those matching none are unassigned. */
    OVERLAPPING,
    /**
     * Every subject joins only the first segment it matches, in the engine's order (its priority); those matching none
     * are unassigned. Segments then partition the assigned subjects.
     */
    EXCLUSIVE
}
