package io.segmentation.attribute;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import io.segmentation.EvaluationContext;
import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * How the value of an attribute moves with the evaluation time alone, while the subject's data stays the same: what a
 * {@link io.segmentation.engine.MembershipTracker} reads to know when to re-evaluate a subject. Three kinds:
 *
 * <ul>
 *   <li>{@link Kind#STATIC}: the value depends on the subject only ({@code country}, {@code points}); the default;
 *   <li>{@link Kind#CHANGES_AT_COMPUTABLE_INSTANTS}: the value changes at instants that can be computed from the
 *       subject: windows sliding over orders and events ({@code purchases().inLast(30d)}), ages and other calendar
 *       rules, or the instants a user attribute gives with its {@link ChangeInstants}. The tracker re-evaluates
 *       exactly there;
 *   <li>{@link Kind#READS_EVALUATION_TIME}: an opaque function of the evaluation time, re-evaluated at a declared
 *       {@linkplain #cadence() cadence}, so a change is seen at most one cadence late (see
 *       {@link #reevaluatedEvery(Duration)} for the instants).
 * </ul>
 *
 * <pre>{@code
 * // a score that drifts with time; looking again once a day is enough
 * NumberAttribute<Account> score = Attribute.number(
 *         "engagement_score", (account, context) -> scorer.score(account, context.asOf()),
 *         TimeDependence.reevaluatedEvery(Duration.ofDays(1)));
 * score.timeDependence().kind();   // READS_EVALUATION_TIME
 * }</pre>
 *
 * <p>Immutable values with structural equality.
 *
 * @since 0.2.0
 */
public final class TimeDependence {

    /**
     * The kinds of time dependence.
     *
     * @since 0.2.0
     */
    public enum Kind {
        /** The value depends on the subject only. */
        STATIC,
        /** The value changes at instants computable from the subject (windows, calendar rules, given instants). */
        CHANGES_AT_COMPUTABLE_INSTANTS,
        /** The value is an opaque function of the evaluation time, re-evaluated at a declared cadence. */
        READS_EVALUATION_TIME
    }

    private static final TimeDependence NONE = new TimeDependence(Kind.STATIC, null);
    private static final TimeDependence COMPUTABLE = new TimeDependence(Kind.CHANGES_AT_COMPUTABLE_INSTANTS, null);
    private static final long SECONDS_PER_DAY = 86_400L;
    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private final Kind kind;
    private final Duration cadence;

    private TimeDependence(Kind kind, Duration cadence) {
        this.kind = kind;
        this.cadence = cadence;
    }

    /**
     * The value depends on the subject only: the default of every attribute.
     *
     * @return the static time dependence
     */
    public static TimeDependence none() {
        return NONE;
    }

    /**
     * The value changes at instants computable from the subject. Built-in attributes whose instants the library
     * computes declare it, and so do user attributes made with a {@link ChangeInstants} (for example
     * {@link Attribute#number(String, java.util.function.BiFunction, ChangeInstants)}), which give the instants. An
     * attribute of another kind that declares it without giving instants is re-evaluated only when some other
     * instant or new data comes along.
     *
     * @return the time dependence
     */
    public static TimeDependence changesAtComputableInstants() {
        return COMPUTABLE;
    }

    /**
     * The value is an opaque function of the evaluation time, re-evaluated every {@code cadence}. A tracker
     * re-evaluates such a subject at the next tick after each evaluation: for a cadence of whole days, the local
     * midnight (in the tracker's zone) that many days after the start of the evaluation day; for a shorter or uneven
     * cadence, the next whole multiple of the cadence since the epoch ({@code 1970-01-01T00:00Z}), so a cadence of
     * one hour ticks on the hour.
     *
     * <pre>{@code
     * TimeDependence.reevaluatedEvery(Duration.ofDays(1))    // at every local midnight
     * TimeDependence.reevaluatedEvery(Duration.ofMinutes(15)) // at :00, :15, :30, :45 (UTC)
     * }</pre>
     *
     * @param cadence how often to look again, positive
     * @return the time dependence
     * @throws IllegalArgumentException if the cadence is zero or negative
     */
    public static TimeDependence reevaluatedEvery(Duration cadence) {
        checkNotNull(cadence, "cadence");
        checkArgument(
                !cadence.isNegative() && !cadence.isZero(),
                "reevaluatedEvery: cadence must be positive but was %s",
                cadence);
        return new TimeDependence(Kind.READS_EVALUATION_TIME, cadence);
    }

    /**
     * The kind.
     *
     * @return the kind
     */
    public Kind kind() {
        return kind;
    }

    /**
     * The re-evaluation cadence, present exactly for {@link Kind#READS_EVALUATION_TIME}.
     *
     * @return the cadence, if any
     */
    public Optional<Duration> cadence() {
        return Optional.ofNullable(cadence);
    }

    /**
     * The next instant strictly after the evaluation time at which an attribute of this time dependence is
     * re-evaluated: present exactly for {@link Kind#READS_EVALUATION_TIME}, with the ticks described at
     * {@link #reevaluatedEvery(Duration)}.
     *
     * <pre>{@code
     * TimeDependence.reevaluatedEvery(Duration.ofDays(1))
     *         .nextReevaluationAfter(EvaluationContext.asOf(Instant.parse("2027-01-05T10:00:00Z"), ZoneOffset.UTC))
     * // Optional[2027-01-06T00:00:00Z]
     * }</pre>
     *
     * @param context the evaluation time and zone
     * @return the instant, or empty for the other kinds (and past {@link Instant#MAX})
     */
    public Optional<Instant> nextReevaluationAfter(EvaluationContext context) {
        checkNotNull(context, "context");
        if (cadence == null) {
            return Optional.empty();
        }
        try {
            if (cadence.getNano() == 0 && cadence.getSeconds() % SECONDS_PER_DAY == 0) {
                long days = cadence.getSeconds() / SECONDS_PER_DAY;
                return Optional.of(context.today()
                        .plusDays(days)
                        .atStartOfDay(context.zone())
                        .toInstant());
            }
            BigInteger step = nanos(cadence);
            BigInteger now = nanos(Duration.between(Instant.EPOCH, context.asOf()));
            BigInteger next = now.divide(step).add(BigInteger.ONE).multiply(step);
            if (now.signum() < 0 && now.mod(step).signum() != 0) {
                next = next.subtract(step); // floor division for instants before the epoch
            }
            BigInteger[] secondsAndNanos = next.divideAndRemainder(BigInteger.valueOf(NANOS_PER_SECOND));
            return Optional.of(
                    Instant.ofEpochSecond(secondsAndNanos[0].longValueExact(), secondsAndNanos[1].longValue()));
        } catch (DateTimeException | ArithmeticException beyondTimeline) {
            return Optional.empty();
        }
    }

    private static BigInteger nanos(Duration d) {
        return BigInteger.valueOf(d.getSeconds())
                .multiply(BigInteger.valueOf(NANOS_PER_SECOND))
                .add(BigInteger.valueOf(d.getNano()));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TimeDependence other && kind == other.kind && Objects.equals(cadence, other.cadence);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, cadence);
    }

    /** {@code STATIC}, {@code CHANGES_AT_COMPUTABLE_INSTANTS} or {@code READS_EVALUATION_TIME every PT24H}. */
    @Override
    public String toString() {
        return cadence == null ? kind.toString() : kind + " every " + cadence;
    }
}
