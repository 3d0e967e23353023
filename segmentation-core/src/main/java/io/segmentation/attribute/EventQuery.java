package io.segmentation.attribute;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import io.segmentation.Criterion;
import io.segmentation.customer.Customer;
import io.segmentation.customer.Event;
import io.segmentation.internal.vocabulary.CustomerAttributes;
import java.util.Objects;
import java.util.Optional;

/**
 * The events of one type a customer produced, optionally filtered by their properties; turn it into an attribute
 * with {@link #count()} or {@link #last()}.
 *
 * <pre>{@code
 * event("page_view").where(property("path").startsWith("/shoes")).count().inLast(Duration.ofDays(30)).atLeast(1)
 * event("login").last().moreThan(Duration.ofDays(60)).ago()
 * }</pre>
 *
 * <p>Immutable; {@link #where} returns a new query.
 *
 * @since 0.1.0
 */
public final class EventQuery {

    private final String type;
    private final Optional<Criterion<Event>> filter;

    private EventQuery(String type, Optional<Criterion<Event>> filter) {
        this.type = type;
        this.filter = filter;
    }

    /**
     * All events of {@code type}.
     *
     * @param type the event type, non-blank, e.g. {@code "page_view"}
     * @return the query
     */
    public static EventQuery of(String type) {
        checkNotNull(type, "type");
        checkArgument(!type.isBlank(), "event type must not be blank");
        return new EventQuery(type, Optional.empty());
    }

    /**
     * Only the events satisfying {@code filter}, usually on their properties; several filters must all hold.
     *
     * @param filter a criterion over events, e.g. {@code property("path").startsWith("/shoes")}
     * @return the narrowed query
     */
    public EventQuery where(Criterion<Event> filter) {
        checkNotNull(filter, "filter");
        return new EventQuery(
                type, Optional.of(this.filter.map(f -> f.and(filter)).orElse(filter)));
    }

    /**
     * The number of matching events, windowable with {@code inLast}/{@code during}.
     *
     * @return the attribute, never missing
     */
    public WindowedNumberAttribute<Customer> count() {
        return CustomerAttributes.eventCount(type, filter);
    }

    /**
     * The instant of the most recent matching event at or before the evaluation time; missing if there is none.
     *
     * @return the attribute
     */
    public InstantAttribute<Customer> last() {
        return CustomerAttributes.lastEvent(type, filter);
    }

    /**
     * The event type.
     *
     * @return the type
     */
    public String type() {
        return type;
    }

    /**
     * The filter, if any.
     *
     * @return the filter
     */
    public Optional<Criterion<Event>> filter() {
        return filter;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EventQuery other && type.equals(other.type) && filter.equals(other.filter);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, filter);
    }

    @Override
    public String toString() {
        return "event('" + type + "'" + filter.map(f -> " where " + f).orElse("") + ")";
    }
}
