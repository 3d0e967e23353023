package io.segmentation.engine;

/**
 * Receives the {@link MembershipChange}s of a {@link MembershipTracker}.
 *
 * <p>The tracker calls its listeners synchronously, on the thread that fed it, while it holds its lock: in time
 * order, never two at once for the same tracker. A listener should be quick (hand slow work to a queue of its own);
 * it may read the tracker ({@link MembershipTracker#memberships(String)}, {@link MembershipTracker#size}) but must not
 * feed it: {@code update}, {@code remove} and {@code advanceTo} called from a listener throw
 * {@link IllegalStateException}.
 *
 * <pre>{@code
 * tracker.addListener(change -> outbox.add(change));
 * }</pre>
 *
 * @param <T> the subject type
 * @since 0.1.0
 */
@FunctionalInterface
public interface MembershipListener<T> {

    /**
     * Called once for every change, in time order.
     *
     * @param change the change
     * @since 0.1.0
     */
    void onChange(MembershipChange<T> change);
}
