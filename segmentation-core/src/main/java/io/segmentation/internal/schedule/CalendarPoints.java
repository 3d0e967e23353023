package io.segmentation.internal.schedule;

import io.segmentation.EvaluationContext;
import io.segmentation.TimePoint;
import io.segmentation.plan.NumberIntervals;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.TreeSet;

/**
 * Change points of the rules that read the calendar of the context's zone: ages, days since the last purchase,
 * {@code today} and calendar look-backs ({@code -3m}).
 *
 * <p>Everything here reasons inside one <em>regime</em>: the stretch from "now" to the zone's next offset transition,
 * during which the local date-time is {@code instant + offset} and so moves forward in step with the instant. The
 * local date then becomes {@code D} exactly at {@code D 00:00} minus the offset. Each calendar rule also offers the
 * regime's end (the next transition) as a candidate, so that zones whose transitions move the local date — even
 * backwards, as a transition at 00:30 back to 23:30 would — are re-examined there instead of being assumed monotone.
 * That costs one extra evaluation per transition (twice a year in most zones) and keeps the candidates a guaranteed
 * superset of the true change points.
 */
final class CalendarPoints {

    /** How many days a look-back of months may advance in step before we stop looking for its next jump. */
    private static final int MAX_CONTINUOUS_DAYS = 62;

    private CalendarPoints() {}

    /** The stretch of constant offset that starts at the context's evaluation time. */
    static final class Regime {
        private final ZoneOffset offset;
        private final Instant end;
        private final LocalDate today;

        Regime(EvaluationContext context) {
            ZoneRules rules = context.zone().getRules();
            this.offset = rules.getOffset(context.asOf());
            ZoneOffsetTransition next = rules.nextTransition(context.asOf());
            this.end = next == null ? null : next.getInstant();
            this.today = context.today();
        }

        /** The next offset transition, or {@code null} for a fixed offset. */
        Instant end() {
            return end;
        }

        LocalDate today() {
            return today;
        }

        ZoneOffset offset() {
            return offset;
        }

        /**
         * The instant at which the local date becomes {@code date} if the offset stays as it is now; exact when that
         * is before {@link #end()}, which is offered as well. {@code null} past the supported range.
         */
        Instant startOf(LocalDate date) {
            try {
                return date.atStartOfDay().toInstant(offset);
            } catch (DateTimeException | ArithmeticException e) {
                return null;
            }
        }
    }

    /**
     * {@code age}: whole years from the birth date to the evaluation date. It is missing before the birth date and
     * otherwise steps up by one on each birthday; with a condition, only the birthday on which the condition's answer
     * changes matters: the first integer {@code k > age} where the condition differs, reached on the first date whose
     * age is {@code k} (29 February birthdays count on 1 March in common years, as the attribute does).
     *
     * @param birth the birth date
     * @param condition the normal form of the condition on the age, or {@code null} for a presence test
     */
    static void age(LocalDate birth, NumberIntervals condition, EvaluationContext context, Candidates out) {
        Regime regime = new Regime(context);
        out.offer(regime.end());
        if (birth.isAfter(regime.today())) {
            out.offer(regime.startOf(birth));
            return;
        }
        if (condition == null) {
            return;
        }
        OptionalLong flip = nextIntegerFlip(condition, years(birth, regime.today()));
        if (flip.isPresent()) {
            out.offer(regime.startOf(firstDateAged(birth, flip.getAsLong())));
        }
    }

    /**
     * {@code days_since_last_purchase}: calendar days from the last order's date to the evaluation date. Between
     * orders it grows by one at each local midnight, so the answer changes at the midnight starting
     * {@code lastDate + k} for the first integer {@code k} above today's value where the condition differs. (New
     * orders are offered by the caller.)
     */
    static void daysSince(Instant lastOrder, NumberIntervals condition, EvaluationContext context, Candidates out) {
        Regime regime = new Regime(context);
        out.offer(regime.end());
        LocalDate last;
        try {
            last = LocalDate.ofInstant(lastOrder, context.zone());
        } catch (DateTimeException e) {
            return;
        }
        OptionalLong flip = nextIntegerFlip(condition, ChronoUnit.DAYS.between(last, regime.today()));
        if (flip.isPresent()) {
            try {
                out.offer(regime.startOf(last.plusDays(flip.getAsLong())));
            } catch (DateTimeException | ArithmeticException e) {
                // Beyond the supported calendar: never reached.
            }
        }
    }

    /**
     * {@code today}: the start of the evaluation date, {@code s(D) = D.atStartOfDay(zone)}, which only moves when the
     * date does and never backwards as {@code D} grows. A test {@code s(D) > v} ({@code exceeds}) or
     * {@code s(D) >= v} flips once, on the first date {@code D*} for which it holds (a date next to the value's own
     * date); it changes at the instant the local date becomes {@code D*}, if that is still ahead.
     */
    static void today(Instant v, boolean exceeds, EvaluationContext context, Candidates out) {
        Regime regime = new Regime(context);
        out.offer(regime.end());
        ZoneId zone = context.zone();
        try {
            LocalDate date = LocalDate.ofInstant(v, zone).minusDays(1);
            for (int i = 0; i < 4; i++) {
                Instant start = date.atStartOfDay(zone).toInstant();
                if (exceeds ? start.isAfter(v) : !start.isBefore(v)) {
                    if (date.isAfter(regime.today())) {
                        out.offer(regime.startOf(date));
                    }
                    return;
                }
                date = date.plusDays(1);
            }
            // Not found next to the value's date (cannot happen with real zones): look again tomorrow.
            out.offer(regime.startOf(regime.today().plusDays(1)));
        } catch (DateTimeException | ArithmeticException e) {
            // Beyond the supported calendar: never reached.
        }
    }

    /**
     * {@code -Nm}: {@code p(t) = (t in zone) - N months}, resolved back to an instant with the offset {@code t} had.
     * Its local date-time {@code X(t)} is the evaluation date minus N months (clamped to the month's length) at the
     * evaluation time of day, so while the offset is constant and the shifted date advances one day per day, {@code X}
     * moves in step with {@code t}. It jumps at midnights where the shifted date does not advance by exactly one day
     * (29–31 March minus a month are all 28 February) and at the end of the regime; both are offered. In between,
     * {@code p(t)} is {@code X(t)} minus the offset valid at {@code X(t)}, so it moves in step with {@code t} except where
     * {@code X(t)} crosses the local time of a transition of the shifted day (into or out of a gap or an overlap):
     * those instants are offered too, and on each piece between them, {@code p(t) = t - lag} with the piece's own
     * {@code lag}, whose flip is {@link Candidates#linearFlip}.
     */
    static void periodAgo(
            TimePoint.PeriodAgo point, Instant v, boolean exceeds, EvaluationContext context, Candidates out) {
        Instant now = context.asOf();
        ZoneId zone = context.zone();
        Regime regime = new Regime(context);
        try {
            long months = point.period().toTotalMonths();
            LocalDateTime local = LocalDateTime.ofInstant(now, regime.offset());
            LocalDate end = local.toLocalDate().plusDays(1);
            for (int i = 0; i < MAX_CONTINUOUS_DAYS && advancesByOneDay(end, months); i++) {
                end = end.plusDays(1);
            }
            Instant limit = regime.startOf(end);
            if (limit == null || (regime.end() != null && regime.end().isBefore(limit))) {
                limit = regime.end();
            }
            if (limit == null) {
                return;
            }
            out.offer(limit);
            LocalDateTime shiftedNow = local.minusMonths(months);
            LocalDateTime shiftedLimit = shiftedNow.plus(Duration.between(now, limit));
            TreeSet<Instant> cuts = new TreeSet<>();
            cuts.add(now);
            ZoneRules rules = zone.getRules();
            Instant stop = shiftedLimit.toInstant(ZoneOffset.UTC).plus(Duration.ofDays(2));
            for (ZoneOffsetTransition t = rules.nextTransition(
                            shiftedNow.toInstant(ZoneOffset.UTC).minus(Duration.ofDays(2)));
                    t != null && t.getInstant().isBefore(stop);
                    t = rules.nextTransition(t.getInstant())) {
                for (LocalDateTime edge : List.of(t.getDateTimeBefore(), t.getDateTimeAfter())) {
                    if (edge.isAfter(shiftedNow) && edge.isBefore(shiftedLimit)) {
                        cuts.add(now.plus(Duration.between(shiftedNow, edge)));
                    }
                }
            }
            List<Instant> bounds = new ArrayList<>(cuts);
            bounds.add(limit);
            for (int i = 0; i + 1 < bounds.size(); i++) {
                Instant start = bounds.get(i);
                Instant stopAt = bounds.get(i + 1);
                out.offer(start);
                Instant resolved = point.resolve(EvaluationContext.asOf(start, zone));
                if (resolved.equals(Instant.MIN)) {
                    continue;
                }
                Instant flip = Candidates.linearFlip(v, Duration.between(resolved, start), exceeds);
                if (flip != null && !flip.isBefore(start) && flip.isBefore(stopAt)) {
                    out.offer(flip);
                }
            }
        } catch (DateTimeException | ArithmeticException e) {
            // Beyond the supported calendar: look again at the end of the regime, if any.
            out.offer(regime.end());
        }
    }

    private static boolean advancesByOneDay(LocalDate date, long months) {
        return date.minusMonths(months)
                .equals(date.minusDays(1).minusMonths(months).plusDays(1));
    }

    /** Whole years from birth to date, as {@link java.time.Period#between} counts them (the attribute's rule). */
    static long years(LocalDate birth, LocalDate date) {
        long years = (long) date.getYear() - birth.getYear();
        if (date.getMonthValue() < birth.getMonthValue()
                || (date.getMonthValue() == birth.getMonthValue() && date.getDayOfMonth() < birth.getDayOfMonth())) {
            years--;
        }
        return years;
    }

    private static LocalDate firstDateAged(LocalDate birth, long age) {
        try {
            LocalDate date = birth.plusYears(age);
            while (years(birth, date) < age) {
                date = date.plusDays(1);
            }
            return date;
        } catch (DateTimeException | ArithmeticException e) {
            return LocalDate.MAX;
        }
    }

    /**
     * The least integer above {@code k} where a number condition's answer differs from its answer at {@code k}. Over
     * the integers, membership in intervals with an endpoint {@code b} can only change between {@code n - 1} and
     * {@code n} for {@code n = ceil(b)} or {@code n = floor(b) + 1}; the answer is constant between consecutive such
     * {@code n}, so the first of them above {@code k} with a different answer is exact.
     */
    static OptionalLong nextIntegerFlip(NumberIntervals condition, long k) {
        boolean now = condition.contains((double) k);
        // The endpoints ascend, so the candidates ceil(b) <= floor(b) + 1 <= ceil(next b) come in order: the first
        // one above k where the answer differs is the flip, with no set to sort them (this runs per event).
        for (double bound : condition.endpoints()) {
            if (flips(condition, Math.ceil(bound), k, now)) {
                return OptionalLong.of((long) Math.ceil(bound));
            }
            if (flips(condition, Math.floor(bound) + 1, k, now)) {
                return OptionalLong.of((long) (Math.floor(bound) + 1));
            }
        }
        return OptionalLong.empty();
    }

    private static boolean flips(NumberIntervals condition, double n, long above, boolean now) {
        // Ages and day counts stay far below 2^53, where doubles hold every integer.
        return Math.abs(n) < 0x1p53 && (long) n > above && condition.contains(n) != now;
    }
}
