package io.segmentation.predict;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import io.segmentation.customer.Customer;
import io.segmentation.customer.Order;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Turns customers' order histories into {@link CustomerSummary summaries} as of the end of a calibration period, the
 * way the BG/NBD, Pareto/NBD and Gamma-Gamma papers (and the CDNOW data sets) define them.
 *
 * <pre>{@code
 * CustomerSummarizer summarizer = CustomerSummarizer.asOf(Instant.parse("1997-09-30T00:00:00Z"), ChronoUnit.WEEKS);
 * Map<String, CustomerSummary> byId = summarizer.summarizeAll(customers);   // customers without orders left out
 * BgNbdModel model = BgNbdModel.fit(byId.values());                       // a model in weeks
 * }</pre>
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>Only orders placed at or before the calibration end count.
 *   <li>Orders are grouped into purchase <em>days</em>: calendar dates in {@link #zone()} (UTC unless
 *       {@link #withZone set}). Orders on the same day are one purchase; their totals are summed.
 *   <li>{@code x} ({@link CustomerSummary#frequency()}) is the number of purchase days minus one (repeat purchases).
 *   <li>{@code t_x} is the number of days from the first purchase day to the last, and {@code T} the number of days
 *       from the first purchase day to the date of the calibration end, both divided by the length of the unit in days:
 *       1, 7, or 30.436875 for months ({@link ChronoUnit#getDuration()}, an average Gregorian month).
 *   <li>The mean repeat spend is the mean of the day totals of the repeat purchase days (the first day excluded), 0
 *       when {@code x = 0}. Order totals are {@link BigDecimal}s, summed exactly; the mean is a {@code double}. Currencies
 *       are not converted.
 *   <li>A customer without orders up to the calibration end has no summary ({@link #summarize} is empty,
 *       {@link #summarizeAll} leaves the customer out): the models describe customers after their first purchase.
 * </ul>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class CustomerSummarizer {

    private final Instant calibrationEnd;
    private final ChronoUnit unit;
    private final ZoneId zone;
    private final LocalDate endDay;

    private CustomerSummarizer(Instant calibrationEnd, ChronoUnit unit, ZoneId zone) {
        this.calibrationEnd = calibrationEnd;
        this.unit = unit;
        this.zone = zone;
        this.endDay = LocalDate.ofInstant(calibrationEnd, zone);
    }

    /**
     * A summariser for the calibration period ending at {@code calibrationEnd} (inclusive), with times in
     * {@code unit}s and purchase days in UTC.
     *
     * @param calibrationEnd the end of the calibration period, inclusive
     * @param unit {@link ChronoUnit#DAYS}, {@link ChronoUnit#WEEKS} or {@link ChronoUnit#MONTHS}
     * @return the summariser
     * @throws IllegalArgumentException if the unit is not allowed
     */
    public static CustomerSummarizer asOf(Instant calibrationEnd, ChronoUnit unit) {
        checkNotNull(calibrationEnd, "calibrationEnd");
        return new CustomerSummarizer(calibrationEnd, PeriodUnits.checkSummaryUnit(unit, "unit"), ZoneOffset.UTC);
    }

    /**
     * This summariser with purchase days counted in {@code zone}.
     *
     * @param zone the zone whose calendar dates are purchase days
     * @return the new summariser
     */
    public CustomerSummarizer withZone(ZoneId zone) {
        return new CustomerSummarizer(calibrationEnd, unit, checkNotNull(zone, "zone"));
    }

    /**
     * This summariser with another calibration end.
     *
     * @param calibrationEnd the end of the calibration period, inclusive
     * @return the new summariser
     */
    public CustomerSummarizer withCalibrationEnd(Instant calibrationEnd) {
        return new CustomerSummarizer(checkNotNull(calibrationEnd, "calibrationEnd"), unit, zone);
    }

    /**
     * The end of the calibration period, inclusive.
     *
     * @return the instant
     */
    public Instant calibrationEnd() {
        return calibrationEnd;
    }

    /**
     * The unit of the summaries' times.
     *
     * @return days, weeks or months
     */
    public ChronoUnit unit() {
        return unit;
    }

    /**
     * The zone whose calendar dates are purchase days.
     *
     * @return the zone
     */
    public ZoneId zone() {
        return zone;
    }

    /**
     * Summarises one customer.
     *
     * @param customer the customer
     * @return the summary, empty if the customer placed no order up to the calibration end
     */
    public Optional<CustomerSummary> summarize(Customer customer) {
        checkNotNull(customer, "customer");
        return Optional.ofNullable(summarize(customer.purchasesUpTo(calibrationEnd), endDay, unit, zone));
    }

    /**
     * Summarises customers, leaving out those without orders up to the calibration end.
     *
     * @param customers the customers, with distinct ids
     * @return the summaries by customer id, in the customers' order
     * @throws IllegalArgumentException if two customers have the same id
     */
    public Map<String, CustomerSummary> summarizeAll(Iterable<Customer> customers) {
        checkNotNull(customers, "customers");
        Map<String, CustomerSummary> summaries = new LinkedHashMap<>();
        for (Customer customer : customers) {
            Optional<CustomerSummary> summary = summarize(customer);
            if (summary.isPresent() && summaries.put(customer.id(), summary.get()) != null) {
                throw new IllegalArgumentException("summarizeAll: customer id '" + customer.id() + "' occurs twice");
            }
        }
        return ImmutableMap.copyOf(summaries);
    }

    /**
     * The summary of orders (sorted by instant, all at or before the calibration end), or null when there are none.
     */
    static CustomerSummary summarize(List<Order> orders, LocalDate endDay, ChronoUnit unit, ZoneId zone) {
        if (orders.isEmpty()) {
            return null;
        }
        LocalDate first = LocalDate.ofInstant(orders.get(0).instant(), zone);
        LocalDate day = first;
        int repeatDays = 0;
        BigDecimal repeatSpend = BigDecimal.ZERO;
        for (int i = 1; i < orders.size(); i++) {
            Order order = orders.get(i);
            LocalDate date = LocalDate.ofInstant(order.instant(), zone);
            if (date.isAfter(day)) {
                day = date;
                repeatDays++;
            }
            if (repeatDays > 0) {
                repeatSpend = repeatSpend.add(order.total());
            }
        }
        double daysPerUnit = PeriodUnits.ratio(unit, ChronoUnit.DAYS);
        double recency = ChronoUnit.DAYS.between(first, day) / daysPerUnit;
        double age = ChronoUnit.DAYS.between(first, endDay) / daysPerUnit;
        double meanSpend = repeatDays == 0 ? 0 : repeatSpend.doubleValue() / repeatDays;
        return CustomerSummary.of(repeatDays, recency, age, meanSpend, unit);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CustomerSummarizer other
                && calibrationEnd.equals(other.calibrationEnd)
                && unit == other.unit
                && zone.equals(other.zone);
    }

    @Override
    public int hashCode() {
        return Objects.hash(calibrationEnd, unit, zone);
    }

    @Override
    public String toString() {
        return "CustomerSummarizer[calibrationEnd=" + calibrationEnd + ", unit=" + unit + ", zone=" + zone + "]";
    }
}
