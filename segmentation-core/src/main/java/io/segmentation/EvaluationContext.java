package io.segmentation;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * The time at which segments are evaluated, and the time zone for calendar-day rules (ages, days since a purchase).
 * The engine never reads the wall clock: every relative condition — {@code within(30 days)}, an age, a window such as
 * {@code purchases().inLast(30 days)} — is taken relative to {@link #asOf()}, and behavioural aggregates only see
 * orders and events at or before it. The same customer, segment and context always give the same answer.
 *
 * <pre>{@code
 * EvaluationContext june = EvaluationContext.asOf(Instant.parse("2026-06-01T00:00:00Z"));
 * EvaluationContext berlin = EvaluationContext.asOf(Instant.parse("2026-06-01T00:00:00Z"), ZoneId.of("Europe/Berlin"));
 * EvaluationContext now = EvaluationContext.now(Clock.systemUTC());   // the caller chooses to read a clock
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class EvaluationContext {

    private final Instant asOf;
    private final ZoneId zone;
    private final LocalDate today;

    private EvaluationContext(Instant asOf, ZoneId zone, LocalDate today) {
        this.asOf = asOf;
        this.zone = zone;
        this.today = today;
    }

    /**
     * A context at {@code asOf}, with calendar days in UTC.
     *
     * @param asOf the evaluation time
     * @return the context
     */
    public static EvaluationContext asOf(Instant asOf) {
        return asOf(asOf, ZoneOffset.UTC);
    }

    /**
     * A context at {@code asOf}, with calendar days in {@code zone}.
     *
     * @param asOf the evaluation time, before {@link Instant#MAX}
     * @param zone the zone in which ages and calendar days are counted
     * @return the context
     */
    public static EvaluationContext asOf(Instant asOf, ZoneId zone) {
        checkNotNull(asOf, "asOf");
        checkNotNull(zone, "zone");
        checkArgument(asOf.isBefore(Instant.MAX), "asOf must be before Instant.MAX but was %s", asOf);
        LocalDate today;
        try {
            today = LocalDate.ofInstant(asOf, zone);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(
                    "asOf: " + asOf + " has no calendar date in zone " + zone + " (" + e.getMessage() + ")", e);
        }
        return new EvaluationContext(asOf, zone, today);
    }

    /**
     * A context at the clock's current instant, in the clock's zone. The clock is read once, here.
     *
     * @param clock the clock to read
     * @return the context
     */
    public static EvaluationContext now(Clock clock) {
        checkNotNull(clock, "clock");
        return asOf(clock.instant(), clock.getZone());
    }

    /**
     * The evaluation time.
     *
     * @return the instant "now" stands for
     */
    public Instant asOf() {
        return asOf;
    }

    /**
     * The zone for calendar-day rules.
     *
     * @return the zone
     */
    public ZoneId zone() {
        return zone;
    }

    /**
     * The calendar date of {@link #asOf()} in {@link #zone()}.
     *
     * @return today's date as the evaluation sees it
     */
    public LocalDate today() {
        return today;
    }

    /**
     * This context at another instant, same zone.
     *
     * @param instant the new evaluation time
     * @return the context
     */
    public EvaluationContext withAsOf(Instant instant) {
        return asOf(instant, zone);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EvaluationContext other && asOf.equals(other.asOf) && zone.equals(other.zone);
    }

    @Override
    public int hashCode() {
        return Objects.hash(asOf, zone);
    }

    @Override
    public String toString() {
        return "EvaluationContext[asOf=" + asOf + ", zone=" + zone + "]";
    }
}
