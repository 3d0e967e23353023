package io.segmentation.engine;

import static com.google.common.base.Preconditions.checkNotNull;

import io.segmentation.Segment;
import java.time.Instant;

/**
 * A subject entered or left a segment, at an instant: what a {@link MembershipTracker} tells its
 * {@link MembershipListener listeners}. Changes are values (records with structural equality).
 *
 * <pre>{@code
 * tracker.addListener(change -> {
 *     if (change instanceof MembershipChange.Entered<Customer> entered) {
 *         welcome(entered.subject(), entered.segment());
 *     }
 * });
 * }</pre>
 *
 * @param <T> the subject type
 * @since 0.1.0
 */
public sealed interface MembershipChange<T> {

    /**
     * The id of the subject.
     *
     * @return the id
     * @since 0.1.0
     */
    String id();

    /**
     * The subject as the tracker last saw it: the profile given to the latest
     * {@link MembershipTracker#update(Object, Instant) update}.
     *
     * @return the subject
     * @since 0.1.0
     */
    T subject();

    /**
     * The segment entered or left, one of the tracker's engine's segments.
     *
     * @return the segment
     * @since 0.1.0
     */
    Segment<T> segment();

    /**
     * When it happened: the first instant at which the new answer holds (the answer an instant earlier, {@code at -
     * 1ns}, was the old one), or the instant of the update or removal that caused it.
     *
     * @return the instant
     * @since 0.1.0
     */
    Instant at();

    /**
     * The subject is in the segment from {@link #at()} on, and was not just before.
     *
     * @param id the subject's id
     * @param subject the subject as last seen
     * @param segment the segment entered
     * @param at the first instant of membership
     * @param <T> the subject type
     * @since 0.1.0
     */
    record Entered<T>(String id, T subject, Segment<T> segment, Instant at) implements MembershipChange<T> {
        /** Validates the fields. */
        public Entered {
            checkNotNull(id, "id");
            checkNotNull(subject, "subject");
            checkNotNull(segment, "segment");
            checkNotNull(at, "at");
        }
    }

    /**
     * The subject is not in the segment from {@link #at()} on, but was just before (or was removed from the tracker).
     *
     * @param id the subject's id
     * @param subject the subject as last seen
     * @param segment the segment left
     * @param at the first instant outside the segment
     * @param <T> the subject type
     * @since 0.1.0
     */
    record Exited<T>(String id, T subject, Segment<T> segment, Instant at) implements MembershipChange<T> {
        /** Validates the fields. */
        public Exited {
            checkNotNull(id, "id");
            checkNotNull(subject, "subject");
            checkNotNull(segment, "segment");
            checkNotNull(at, "at");
        }
    }
}
