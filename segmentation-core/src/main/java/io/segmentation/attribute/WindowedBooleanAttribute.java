package io.segmentation.attribute;

import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A yes/no fact about time-stamped behaviour — "bought product X", "bought in category Y" — that can be restricted to
 * a {@link Window}, like {@link WindowedNumberAttribute}.
 *
 * <pre>{@code
 * purchasedCategory("shoes").inLast(Duration.ofDays(90)).isTrue()
 * }</pre>
 *
 * @param <T> the subject type
 * @since 0.1.0
 */
public abstract class WindowedBooleanAttribute<T> extends BooleanAttribute<T> {

    private final Window window;

    /**
     * Creates a windowed boolean attribute.
     *
     * @param name the name, an identifier
     * @param qualifiers what else distinguishes attributes of the same name (a product id…), may be empty
     * @param window the window
     */
    protected WindowedBooleanAttribute(String name, List<?> qualifiers, Window window) {
        super(name, WindowedNumberAttribute.WindowedParameters.of(qualifiers, window));
        this.window = window;
    }

    /**
     * Changes at computable instants: a windowed fact changes as items enter and leave its window. A tracker computes
     * the instants of the built-in facts exactly, and treats a hand-written one over a
     * {@link io.segmentation.customer.Customer} as one over both its orders and its events.
     *
     * @return {@link TimeDependence#changesAtComputableInstants()}
     * @since 0.2.0
     */
    @Override
    public TimeDependence timeDependence() {
        return TimeDependence.changesAtComputableInstants();
    }

    /**
     * A pass over a history: {@link Cost#MODERATE}.
     *
     * @return the cost class
     * @since 0.2.0
     */
    @Override
    public Cost cost() {
        return Cost.MODERATE;
    }

    /**
     * The window this fact covers.
     *
     * @return the window
     */
    public final Window window() {
        return window;
    }

    /**
     * This fact over the last {@code duration} up to the evaluation time (both ends inclusive).
     *
     * @param duration a positive duration
     * @return the windowed attribute
     * @throws IllegalStateException if a window is already set
     */
    public final WindowedBooleanAttribute<T> inLast(Duration duration) {
        return over(WindowedNumberAttribute.WindowedParameters.last(this, duration));
    }

    /**
     * This fact from {@code from} (inclusive) to {@code to} (exclusive), cut off at the evaluation time.
     *
     * @param from the inclusive start
     * @param to the exclusive end
     * @return the windowed attribute
     * @throws IllegalStateException if a window is already set
     */
    public final WindowedBooleanAttribute<T> during(Instant from, Instant to) {
        return over(WindowedNumberAttribute.WindowedParameters.between(this, from, to));
    }

    /**
     * This fact over a window.
     *
     * @param window the window
     * @return the windowed attribute
     * @throws IllegalStateException if a window is already set
     */
    public final WindowedBooleanAttribute<T> over(Window window) {
        checkNotNull(window, "window");
        checkState(this.window instanceof Window.All, "%s already has a window", this);
        return withWindow(window);
    }

    /**
     * A copy of this attribute over another window.
     *
     * @param window the window
     * @return the copy
     */
    protected abstract WindowedBooleanAttribute<T> withWindow(Window window);
}
