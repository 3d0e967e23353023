package io.segmentation.attribute;

import io.segmentation.Criterion;
import io.segmentation.InstantCondition;
import io.segmentation.TimePoint;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * An attribute whose value is a point in time: first and last purchase, sign-up, last login. Absolute comparisons
 * take instants; relative ones are measured back from the evaluation time of the
 * {@link io.segmentation.EvaluationContext}, never from the wall clock. Every comparison is false when the
 * value is missing.
 *
 * <pre>{@code
 * lastPurchase().within(Duration.ofDays(30))               // asOf - 30d <= lastPurchase <= asOf
 * nextAppointment.withinNext(Duration.ofDays(7))           // asOf <= nextAppointment <= asOf + 7d
 * lastPurchase().moreThan(Duration.ofDays(90)).ago()       // lastPurchase < asOf - 90d
 * firstPurchase().after(Instant.parse("2026-01-01T00:00:00Z"))
 * }</pre>
 *
 * @param <T> the subject type
 * @since 0.1.0
 */
public abstract class InstantAttribute<T> extends Attribute<T, Instant> {

    /**
     * Creates an instant attribute.
     *
     * @param name the name, an identifier
     * @param parameters what distinguishes attributes of the same name, may be empty
     */
    protected InstantAttribute(String name, List<?> parameters) {
        super(name, Instant.class, parameters);
    }

    /**
     * Strictly before {@code instant}.
     *
     * @param instant the exclusive bound
     * @return the criterion
     */
    public final Criterion<T> before(Instant instant) {
        required(instant, "before", "instant");
        return before(TimePoint.at(instant));
    }

    /**
     * Strictly before a point in time, fixed or relative: {@code before(TimePoint.ago(Period.ofMonths(3)))}.
     *
     * @param point the exclusive bound
     * @return the criterion
     */
    public final Criterion<T> before(TimePoint point) {
        return compare("before(" + point + ")", () -> new InstantCondition.Before(point));
    }

    /**
     * Strictly after {@code instant}.
     *
     * @param instant the exclusive bound
     * @return the criterion
     */
    public final Criterion<T> after(Instant instant) {
        required(instant, "after", "instant");
        return after(TimePoint.at(instant));
    }

    /**
     * Strictly after a point in time, fixed or relative: {@code after(TimePoint.today())}.
     *
     * @param point the exclusive bound
     * @return the criterion
     */
    public final Criterion<T> after(TimePoint point) {
        return compare("after(" + point + ")", () -> new InstantCondition.After(point));
    }

    /**
     * From {@code from} to {@code to}, both inclusive.
     *
     * @param from the inclusive start
     * @param to the inclusive end, not before {@code from}
     * @return the criterion
     */
    public final Criterion<T> between(Instant from, Instant to) {
        required(from, "between", "from");
        required(to, "between", "to");
        return between(TimePoint.at(from), TimePoint.at(to));
    }

    /**
     * From {@code from} to {@code to}, both inclusive; fixed or relative points.
     *
     * @param from the inclusive start
     * @param to the inclusive end
     * @return the criterion
     */
    public final Criterion<T> between(TimePoint from, TimePoint to) {
        return compare("between(" + from + ", " + to + ")", () -> new InstantCondition.Between(from, to));
    }

    /**
     * Within the last {@code duration} up to the evaluation time, both ends inclusive; a value after the evaluation
     * time is not within it.
     *
     * @param duration a positive duration
     * @return the criterion
     */
    public final Criterion<T> within(Duration duration) {
        return compare("within(" + duration + ")", () -> new InstantCondition.Within(duration));
    }

    /**
     * Within the next {@code duration} from the evaluation time, both ends inclusive: {@code asOf <= value <= asOf +
     * duration}, the mirror of {@link #within(Duration)}. The same criterion as
     * {@code between(TimePoint.now(), TimePoint.ahead(duration))}, and written so in text
     * ({@code next_appointment BETWEEN now AND +7d}) and JSON; a value before the evaluation time is not within it.
     *
     * <p>For attributes whose value is the start of a day, such as
     * {@link io.segmentation.Attributes#nextBirthday()}, the day that has already begun is before "now": "birthday
     * today or in the next 7 days" is {@code between(TimePoint.today(), TimePoint.ahead(Duration.ofDays(7)))}.
     *
     * @param duration a positive duration
     * @return the criterion
     * @throws IllegalArgumentException if the duration is not positive
     * @since 0.3.0
     */
    public final Criterion<T> withinNext(Duration duration) {
        required(duration, "withinNext", "duration");
        return compare(
                "withinNext(" + duration + ")",
                () -> new InstantCondition.Between(TimePoint.now(), TimePoint.ahead(duration)));
    }

    /**
     * The start of "more than {@code duration} ago": {@code moreThan(Duration.ofDays(90)).ago()}.
     *
     * @param duration a positive duration
     * @return the half-built criterion; call {@link Ago#ago()}
     */
    public final Ago<T> moreThan(Duration duration) {
        required(duration, "moreThan", "duration");
        return new Ago<>(this, duration);
    }

    @Override
    final Class<?> getFamily() {
        return InstantAttribute.class;
    }

    final Criterion<T> moreThanAgo(Duration duration) {
        return compare("moreThan(" + duration + ").ago()", () -> new InstantCondition.Before(TimePoint.ago(duration)));
    }

    /**
     * The second half of {@code moreThan(duration).ago()}.
     *
     * @param <T> the subject type
     * @since 0.1.0
     */
    public static final class Ago<T> {
        private final InstantAttribute<T> attribute;
        private final Duration duration;

        Ago(InstantAttribute<T> attribute, Duration duration) {
            this.attribute = attribute;
            this.duration = duration;
        }

        /**
         * Strictly earlier than the evaluation time minus the duration: {@code before(TimePoint.ago(duration))}.
         *
         * @return the criterion
         * @throws IllegalArgumentException if the duration is not positive
         */
        public Criterion<T> ago() {
            return attribute.moreThanAgo(duration);
        }
    }
}
