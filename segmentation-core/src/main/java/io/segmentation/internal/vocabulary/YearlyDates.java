package io.segmentation.internal.vocabulary;

import io.segmentation.EvaluationContext;
import io.segmentation.attribute.ChangeInstants;
import io.segmentation.customer.Customer;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.zone.ZoneOffsetTransition;
import java.util.Optional;
import java.util.function.Function;

/**
 * The calendar rule of yearly dates (birthdays, sign-up anniversaries), shared by the attributes that read them and
 * by the tracker's change instants, so the two cannot disagree.
 *
 * <p><b>The rule.</b> The recurrence of a date {@code d} in a year {@code y} is the same month and day in {@code y};
 * a 29 February falls on <em>1 March</em> in years without one. That is the day {@link io.segmentation.Attributes#age()}
 * goes up ({@link java.time.Period#between} counts a year complete on 1 March), so "birthday today" and "turned 18
 * today" ({@code age = 18}) agree for people born on a leap day; some CRMs use 28 February instead, which would make
 * a leapling's birthday segment fire a day before their age changes. The <em>next</em> recurrence
 * as of a date {@code today} is the first recurrence in a year after {@code d}'s own year that is on or after
 * {@code today}: today counts as "next" until the day ends, and the date itself is not its own recurrence (a customer
 * who signed up today has their first anniversary in a year). As an instant it is the start of that day in the
 * context's zone ({@link LocalDate#atStartOfDay(java.time.ZoneId)}, which on a day whose midnight a DST gap skips is
 * the first instant of the day).
 *
 * <p><b>When it changes.</b> The next recurrence as of the evaluation date stays the same until that recurrence's day
 * ends: it changes at the start of the following day in the context's zone, the exact local midnight at which the
 * tracker moves a customer out of "birthday today". Since a zone's offset transition can, in principle, move the local
 * date backwards, the next transition is offered as well when it comes first; that costs one evaluation per
 * transition and keeps the instants a superset of the true changes.
 */
public final class YearlyDates {

    private YearlyDates() {}

    /**
     * The next recurrence of a date as of a day.
     *
     * @param date the original date (a birth or sign-up date)
     * @param today the evaluation date
     * @return the recurrence, or {@code null} past {@link LocalDate#MAX}
     */
    public static LocalDate next(LocalDate date, LocalDate today) {
        try {
            int year = Math.max(today.getYear(), date.getYear() + 1);
            LocalDate candidate = inYear(date, year);
            return candidate.isBefore(today) ? inYear(date, year + 1) : candidate;
        } catch (DateTimeException e) {
            return null;
        }
    }

    /**
     * The recurrence of a date in a year: the same month and day, 1 March for 29 February in a year without one.
     *
     * @param date the original date
     * @param year the year
     * @return the recurrence
     * @throws DateTimeException if the year is out of range
     */
    public static LocalDate inYear(LocalDate date, int year) {
        LocalDate same = date.withYear(year);
        return same.getDayOfMonth() == date.getDayOfMonth() ? same : same.plusDays(1);
    }

    /**
     * The next recurrence of a date as of the evaluation date, as the start of its day in the context's zone.
     *
     * @param date the original date, or null when unknown
     * @param context the evaluation time and zone
     * @return the instant, or {@code null} when the date is unknown or the recurrence is out of range
     */
    public static Instant nextStart(LocalDate date, EvaluationContext context) {
        if (date == null) {
            return null;
        }
        LocalDate next = next(date, context.today());
        return next == null ? null : startOf(next, context);
    }

    /**
     * Whole calendar days from a day to the next recurrence of a date as of that day ({@link #next}): 0 on the
     * recurrence itself, 1 the day before; on the day after a recurrence it is the length of the year to the following
     * one. A 29 February counts to 1 March in years without one, as {@link #next} does.
     *
     * <pre>{@code
     * daysUntil(1990-03-14, 2027-03-14) == 0
     * daysUntil(1990-03-14, 2027-03-13) == 1
     * daysUntil(2000-02-29, 2027-02-28) == 1   // 1 March 2027
     * }</pre>
     *
     * @param date the original date, or null when unknown
     * @param today the evaluation date
     * @return the days, or {@code null} when the date is unknown or the recurrence is out of range
     */
    public static Long daysUntil(LocalDate date, LocalDate today) {
        LocalDate next = date == null ? null : next(date, today);
        return next == null ? null : ChronoUnit.DAYS.between(today, next);
    }

    /**
     * Where the days until the next recurrence of a customer's date change: at the next local midnight in the
     * context's zone (the value moves every day), or at the zone's next offset transition when it comes first (it may
     * move the local date backwards); none without the date.
     *
     * @param date reads the date, null when unknown
     * @return the change instants
     */
    public static ChangeInstants<Customer> dailyChanges(Function<Customer, LocalDate> date) {
        return (customer, context) -> {
            LocalDate d = date.apply(customer);
            if (d == null || next(d, context.today()) == null) {
                return Optional.empty();
            }
            LocalDate today = context.today();
            Instant change = today.equals(LocalDate.MAX) ? null : startOf(today.plusDays(1), context);
            ZoneOffsetTransition transition = context.zone().getRules().nextTransition(context.asOf());
            if (transition != null && (change == null || transition.getInstant().isBefore(change))) {
                change = transition.getInstant();
            }
            return Optional.ofNullable(change).filter(c -> c.isAfter(context.asOf()));
        };
    }

    /**
     * Where the next recurrence of a customer's date changes: see the class javadoc.
     *
     * @param date reads the date, null when unknown
     * @return the change instants
     */
    public static ChangeInstants<Customer> changes(Function<Customer, LocalDate> date) {
        return (customer, context) -> {
            LocalDate d = date.apply(customer);
            LocalDate next = d == null ? null : next(d, context.today());
            Instant change = next == null || next.equals(LocalDate.MAX) ? null : startOf(next.plusDays(1), context);
            ZoneOffsetTransition transition = context.zone().getRules().nextTransition(context.asOf());
            if (transition != null && (change == null || transition.getInstant().isBefore(change))) {
                change = d == null ? null : transition.getInstant();
            }
            return Optional.ofNullable(change).filter(c -> c.isAfter(context.asOf()));
        };
    }

    private static Instant startOf(LocalDate day, EvaluationContext context) {
        try {
            return day.atStartOfDay(context.zone()).toInstant();
        } catch (DateTimeException | ArithmeticException e) {
            return null;
        }
    }
}
