package io.segmentation.attribute;

import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A numeric aggregate over time-stamped behaviour — purchases, money spent, event counts — that can be restricted to
 * a {@link Window}. Without a window it covers everything up to the evaluation time.
 *
 * <pre>{@code
 * purchases().inLast(Duration.ofDays(30)).atLeast(3)
 * totalSpent().inLast(Duration.ofDays(365)).greaterThan(500)
 * purchases().during(Instant.parse("2025-11-28T00:00:00Z"), Instant.parse("2025-12-01T00:00:00Z")).atLeast(1)
 * }</pre>
 *
 * @param <T> the subject type
 * @since 0.1.0
 */
public abstract class WindowedNumberAttribute<T> extends NumberAttribute<T> {

    private final Window window;

    /**
     * Creates a windowed number attribute.
     *
     * @param name the name, an identifier
     * @param qualifiers what else distinguishes attributes of the same name (an event type…), may be empty
     * @param window the window
     */
    protected WindowedNumberAttribute(String name, List<?> qualifiers, Window window) {
        super(name, WindowedParameters.of(qualifiers, window));
        this.window = window;
    }

    /**
     * Changes at computable instants: a windowed aggregate changes as items enter and leave its window. A tracker
     * computes the instants of the built-in aggregates exactly, and treats a hand-written aggregate over a
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
     * The window this aggregate covers.
     *
     * @return the window
     */
    public final Window window() {
        return window;
    }

    /**
     * This aggregate over the last {@code duration} up to the evaluation time (both ends inclusive).
     *
     * @param duration a positive duration
     * @return the windowed attribute
     * @throws IllegalArgumentException if the duration is not positive
     * @throws IllegalStateException if a window is already set
     */
    public final WindowedNumberAttribute<T> inLast(Duration duration) {
        return over(WindowedParameters.last(this, duration));
    }

    /**
     * This aggregate from {@code from} (inclusive) to {@code to} (exclusive), cut off at the evaluation time.
     *
     * @param from the inclusive start
     * @param to the exclusive end
     * @return the windowed attribute
     * @throws IllegalArgumentException if {@code from} is after {@code to}
     * @throws IllegalStateException if a window is already set
     */
    public final WindowedNumberAttribute<T> during(Instant from, Instant to) {
        return over(WindowedParameters.between(this, from, to));
    }

    /**
     * This aggregate over a window.
     *
     * @param window the window
     * @return the windowed attribute
     * @throws IllegalStateException if a window is already set
     */
    public final WindowedNumberAttribute<T> over(Window window) {
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
    protected abstract WindowedNumberAttribute<T> withWindow(Window window);

    static final class WindowedParameters {
        private WindowedParameters() {}

        static ImmutableList<Object> of(List<?> qualifiers, Window window) {
            checkNotNull(qualifiers, "qualifiers");
            checkNotNull(window, "window");
            ImmutableList.Builder<Object> all = ImmutableList.builder();
            all.addAll(qualifiers);
            if (!(window instanceof Window.All)) {
                all.add(window);
            }
            return all.build();
        }

        static Window last(Attribute<?, ?> attribute, Duration duration) {
            try {
                return Window.last(duration);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(
                        "inLast(" + duration + ") for attribute '" + attribute + "': " + e.getMessage(), e);
            }
        }

        static Window between(Attribute<?, ?> attribute, Instant from, Instant to) {
            try {
                return Window.between(from, to);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(
                        "during(" + from + ", " + to + ") for attribute '" + attribute + "': " + e.getMessage(), e);
            }
        }
    }
}
