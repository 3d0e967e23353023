package io.segmentation.metrics;

import static com.google.common.base.Preconditions.checkArgument;

import io.segmentation.attribute.NumberAttribute;
import io.segmentation.customer.Customer;
import io.segmentation.internal.metrics.ActivityMetrics;
import io.segmentation.internal.metrics.ConversionMetrics;
import io.segmentation.internal.metrics.Lookback;
import io.segmentation.internal.metrics.OrderMetrics;
import io.segmentation.internal.metrics.RetentionMetrics;
import io.segmentation.internal.metrics.SurveyMetrics;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Period;
import java.util.Map;

/**
 * The built-in metric calculators over {@link Customer}s, meant for static import. Each states its formula; all read
 * the evaluation time from the context they are given and never look past it.
 *
 * <pre>{@code
 * import static io.segmentation.metrics.Metrics.*;
 *
 * EvaluationContext june = EvaluationContext.asOf(Instant.parse("2026-06-01T00:00:00Z"));
 * Money aov = averageOrderValue().calculate(vipMembers, june);
 * Ratio churned = churn(Duration.ofDays(90)).calculate(index, vip);   // "188 of 1,000"
 * }</pre>
 *
 * <p>Conventions shared by every calculator:
 *
 * <ul>
 *   <li><b>To date</b> means at or before the context's {@code asOf}: orders and events after it do not exist yet.
 *   <li><b>Customers</b> in a denominator are all the members given, including those without orders; to measure among
 *       buyers only, narrow the segment with {@code purchases().atLeast(1)}.
 *   <li><b>Periods</b> of length {@code L} end at {@code asOf} and are half-open: the last period is {@code [asOf - L,
 *       asOf)}, the one before it {@code [asOf - 2L, asOf - L)}, so consecutive evaluations count each order once.
 *       A {@link Period} is counted in calendar terms in the context's zone, each period back from the start of the
 *       next: with {@code asOf} on March 31 and {@code L} one month, the periods start on February 28 and January 28.
 *   <li><b>Orders</b> are the members' purchases: cancelled and refunded orders (see {@link
 *       io.segmentation.customer.Order.Status}) count nowhere — not in revenue, orders, AOV, frequency, repeat rate,
 *       CLV, retention, churn, conversion or ROI.
 *   <li><b>Money</b> is summed exactly as {@link BigDecimal}s of {@link io.segmentation.customer.Order#total()},
 *       without currency conversion: when the purchases summed (of one member or of two members) are in different
 *       currencies, the money metrics (revenue, AOV, historic CLV, ROI) throw {@link
 *       io.segmentation.customer.MixedCurrencyException} naming the member, the metric and the currencies. Orders
 *       without a currency add to any one currency. Counts and rates never need one currency.
 *   <li><b>Undefined</b> figures (an average over nobody) are {@link Double#NaN} in {@link MetricValue#value()}; the
 *       result still carries its numerator and denominator.
 * </ul>
 *
 * <p>Results are immutable values. Sequential, parallel and {@link io.segmentation.index.PopulationIndex}
 * calculations give equal results. Calculators are immutable and thread-safe; rename one with {@link
 * MetricCalculator#named(String)}.
 *
 * @since 0.1.0
 */
public final class Metrics {

    private Metrics() {}

    /**
     * The number of members, named {@code "Size"}.
     *
     * @return the calculator
     */
    public static MetricCalculator<Customer, Count> size() {
        return OrderMetrics.size();
    }

    /**
     * The members' share of a population: {@code members / populationSize}, named {@code "Share"}. A calculator only
     * sees the members, so it is told the population's size; a {@code SegmentReport} shows each segment's share of its
     * population automatically.
     *
     * <pre>{@code
     * Ratio share = shareOf(index.size()).calculate(index, vip);   // 412 of 10,000 = 0.0412
     * }</pre>
     *
     * @param populationSize the size of the whole population, at least 0
     * @return the calculator; its result throws {@link IllegalStateException} if there are more members than {@code
     *     populationSize}
     * @throws IllegalArgumentException if {@code populationSize} is negative
     */
    public static MetricCalculator<Customer, Ratio> shareOf(long populationSize) {
        return OrderMetrics.shareOf(populationSize);
    }

    /**
     * Revenue to date: the exact sum of the totals of the members' purchases (not cancelled, not refunded) placed at
     * or before {@code asOf}, named {@code "Revenue"}; mixed currencies throw {@link
     * io.segmentation.customer.MixedCurrencyException}.
     *
     * @return the calculator; the result is a plain total, 0 when there are no purchases
     */
    public static MetricCalculator<Customer, Money> revenue() {
        return OrderMetrics.revenue();
    }

    /**
     * The number of the members' purchases to date (cancelled and refunded orders left out), named {@code "Orders"}.
     *
     * @return the calculator
     */
    public static MetricCalculator<Customer, Count> orders() {
        return OrderMetrics.orders();
    }

    /**
     * Revenue to date ({@link #revenue()}) with each customer's contribution clamped to {@code [0, bound]}, named
     * {@code "Revenue"}: the revenue metric a {@linkplain SegmentReport.Builder#differentialPrivacy(double)
     * differentially private report} accepts. Choose the bound from the domain (a typical basket times a typical
     * number of orders), not from the data.
     *
     * @param bound the most one customer contributes, greater than 0
     * @return the calculator; its results are {@link Money} totals
     * @throws IllegalArgumentException if {@code bound} is not greater than 0
     * @since 0.2.0
     */
    public static ClampedSum<Customer> clampedRevenue(BigDecimal bound) {
        return ClampedSum.revenue(bound);
    }

    /**
     * The number of orders to date ({@link #orders()}) with each customer's contribution clamped to {@code [0,
     * bound]}, named {@code "Orders"}: the order count a {@linkplain SegmentReport.Builder#differentialPrivacy(double)
     * differentially private report} accepts.
     *
     * @param bound the most orders one customer contributes, at least 1
     * @return the calculator; its results are {@link Count}s
     * @throws IllegalArgumentException if {@code bound} is less than 1
     * @since 0.2.0
     */
    public static ClampedSum<Customer> clampedOrders(long bound) {
        checkArgument(bound >= 1, "bound must be at least 1 but was %s", bound);
        return ClampedSum.orders(bound);
    }

    /**
     * Average order value to date: {@code revenue / orders}, named {@code "AOV"}; undefined without orders.
     *
     * <pre>{@code
     * // orders of 10.00, 20.00 and 30.00: (10.00 + 20.00 + 30.00) / 3 = 20.00
     * }</pre>
     *
     * @return the calculator; the result's total is the revenue, its count the orders
     */
    public static MetricCalculator<Customer, Money> averageOrderValue() {
        return OrderMetrics.averageOrderValue();
    }

    /**
     * Purchase frequency to date: {@code orders / customers}, named {@code "Purchase frequency"}.
     *
     * @return the calculator; the result's numerator is the orders, its denominator the members
     */
    public static MetricCalculator<Customer, Rate> purchaseFrequency() {
        return OrderMetrics.purchaseFrequency();
    }

    /**
     * Repeat-purchase rate to date: {@code customers with at least 2 orders / customers}, named {@code "Repeat
     * rate"}.
     *
     * @return the calculator
     */
    public static MetricCalculator<Customer, Ratio> repeatPurchaseRate() {
        return OrderMetrics.repeatPurchaseRate();
    }

    /**
     * Retention over two consecutive periods of length {@code L} ending at {@code asOf}: of the members active in
     * {@code [asOf - 2L, asOf - L)}, the share active again in {@code [asOf - L, asOf)}. Active means at least one
     * order in the period. Named {@code "Retention 90d"} (the length in days, hours, minutes or seconds).
     *
     * <pre>{@code
     * // 4 members ordered in the earlier 90 days; 3 of them ordered again in the last 90: 3 / 4 = 0.75
     * Ratio r = retention(Duration.ofDays(90)).calculate(members, june);
     * }</pre>
     *
     * @param periodLength {@code L}, positive
     * @return the calculator; numerator: retained members, denominator: members active in the earlier period
     * @throws IllegalArgumentException if {@code periodLength} is not positive
     */
    public static MetricCalculator<Customer, Ratio> retention(Duration periodLength) {
        return RetentionMetrics.retention(Lookback.of(periodLength, "periodLength"));
    }

    /**
     * Retention as {@link #retention(Duration)}, over calendar periods such as {@code Period.ofMonths(3)}, named
     * {@code "Retention 3m"}.
     *
     * @param periodLength {@code L}, positive, without negative parts
     * @return the calculator
     * @throws IllegalArgumentException if {@code periodLength} is zero or has a negative part
     */
    public static MetricCalculator<Customer, Ratio> retention(Period periodLength) {
        return RetentionMetrics.retention(Lookback.of(periodLength, "periodLength"));
    }

    /**
     * Retention as {@link #retention(Duration)}, where active means at least one event of {@code eventType} in the
     * period (a login, an app open), named {@code "Retention 30d (login)"}.
     *
     * @param periodLength {@code L}, positive
     * @param eventType the event type that makes a member active, not blank
     * @return the calculator
     * @throws IllegalArgumentException if {@code periodLength} is not positive or {@code eventType} is blank
     */
    public static MetricCalculator<Customer, Ratio> retention(Duration periodLength, String eventType) {
        return RetentionMetrics.retention(Lookback.of(periodLength, "periodLength"), eventType);
    }

    /**
     * Retention as {@link #retention(Duration, String)}, over calendar periods.
     *
     * @param periodLength {@code L}, positive, without negative parts
     * @param eventType the event type that makes a member active, not blank
     * @return the calculator
     * @throws IllegalArgumentException if {@code periodLength} is zero or has a negative part, or {@code eventType}
     *     is blank
     */
    public static MetricCalculator<Customer, Ratio> retention(Period periodLength, String eventType) {
        return RetentionMetrics.retention(Lookback.of(periodLength, "periodLength"), eventType);
    }

    /**
     * Churn, the complement of {@link #retention(Duration)}: of the members active in {@code [asOf - 2L, asOf - L)},
     * the share not active in {@code [asOf - L, asOf)}; {@code churn = 1 - retention}. Named {@code "Churn 90d"}.
     *
     * @param periodLength {@code L}, positive
     * @return the calculator; numerator: churned members, denominator: members active in the earlier period
     * @throws IllegalArgumentException if {@code periodLength} is not positive
     */
    public static MetricCalculator<Customer, Ratio> churn(Duration periodLength) {
        return RetentionMetrics.churn(Lookback.of(periodLength, "periodLength"));
    }

    /**
     * Churn as {@link #churn(Duration)}, over calendar periods.
     *
     * @param periodLength {@code L}, positive, without negative parts
     * @return the calculator
     * @throws IllegalArgumentException if {@code periodLength} is zero or has a negative part
     */
    public static MetricCalculator<Customer, Ratio> churn(Period periodLength) {
        return RetentionMetrics.churn(Lookback.of(periodLength, "periodLength"));
    }

    /**
     * Churn as {@link #churn(Duration)}, where active means at least one event of {@code eventType} in the period.
     *
     * @param periodLength {@code L}, positive
     * @param eventType the event type that makes a member active, not blank
     * @return the calculator
     * @throws IllegalArgumentException if {@code periodLength} is not positive or {@code eventType} is blank
     */
    public static MetricCalculator<Customer, Ratio> churn(Duration periodLength, String eventType) {
        return RetentionMetrics.churn(Lookback.of(periodLength, "periodLength"), eventType);
    }

    /**
     * Churn as {@link #churn(Duration, String)}, over calendar periods.
     *
     * @param periodLength {@code L}, positive, without negative parts
     * @param eventType the event type that makes a member active, not blank
     * @return the calculator
     * @throws IllegalArgumentException if {@code periodLength} is zero or has a negative part, or {@code eventType}
     *     is blank
     */
    public static MetricCalculator<Customer, Ratio> churn(Period periodLength, String eventType) {
        return RetentionMetrics.churn(Lookback.of(periodLength, "periodLength"), eventType);
    }

    /**
     * Retention by the cohort formula {@code (E - N) / S} (see {@link CohortRetention}), named {@code "Cohort
     * retention 90d"}, where {@code S} = members with an order in {@code [asOf - 2L, asOf - L)}, {@code E} = members
     * with an order in {@code [asOf - L, asOf)}, {@code N} = members whose first order falls in {@code [asOf - L,
     * asOf)}. Unlike {@link #retention(Duration)}, members who lapsed before the earlier period and came back count
     * as retained, so the figure can exceed 1.
     *
     * @param periodLength {@code L}, positive
     * @return the calculator
     * @throws IllegalArgumentException if {@code periodLength} is not positive
     */
    public static MetricCalculator<Customer, CohortRetention> cohortRetention(Duration periodLength) {
        return RetentionMetrics.cohortRetention(Lookback.of(periodLength, "periodLength"));
    }

    /**
     * Cohort retention as {@link #cohortRetention(Duration)}, over calendar periods.
     *
     * @param periodLength {@code L}, positive, without negative parts
     * @return the calculator
     * @throws IllegalArgumentException if {@code periodLength} is zero or has a negative part
     */
    public static MetricCalculator<Customer, CohortRetention> cohortRetention(Period periodLength) {
        return RetentionMetrics.cohortRetention(Lookback.of(periodLength, "periodLength"));
    }

    /**
     * Historic customer lifetime value: {@code revenue to date / customers}, named {@code "Historic CLV"}.
     *
     * @return the calculator; the result's total is the revenue, its count the members
     */
    public static MetricCalculator<Customer, Money> historicClv() {
        return OrderMetrics.historicClv(BigDecimal.ONE);
    }

    /**
     * Historic customer lifetime value as profit: {@code revenue to date * margin / customers}, named {@code
     * "Historic CLV"}.
     *
     * <pre>{@code
     * // 2 members, revenue 300.00, margin 0.25: 300.00 * 0.25 / 2 = 37.50
     * }</pre>
     *
     * @param margin the share of revenue that is profit, in {@code [0, 1]}
     * @return the calculator; the result's total is {@code revenue * margin}, its count the members
     * @throws IllegalArgumentException if {@code margin} is outside {@code [0, 1]}
     */
    public static MetricCalculator<Customer, Money> historicClv(BigDecimal margin) {
        return OrderMetrics.historicClv(margin);
    }

    /**
     * Conversion rate by customer: of the members with an event of {@code eventType} to date, the share for whom some
     * such event at {@code t} is followed by an order at {@code o} with {@code t <= o <= t + window} (and {@code o <=
     * asOf}). Named {@code "Conversion cart_add 7d"}. Events less than {@code window} before {@code asOf} may still
     * convert later, so a rate taken right after a campaign is a lower bound.
     *
     * @param eventType the event type, such as {@code "cart_add"}, not blank
     * @param window how long after the event an order counts, positive
     * @return the calculator; numerator: converted members, denominator: members with the event
     * @throws IllegalArgumentException if {@code eventType} is blank or {@code window} is not positive
     */
    public static MetricCalculator<Customer, Ratio> conversionRate(String eventType, Duration window) {
        return ConversionMetrics.byCustomer(eventType, window);
    }

    /**
     * Conversion rate by session: a session is one distinct value of {@code sessionProperty} on a member's events of
     * {@code eventType} to date (events without the property belong to no session; equal values of different members
     * are different sessions). A session converts when an order follows one of its events within {@code window}, as
     * in {@link #conversionRate(String, Duration)}. Named {@code "Session conversion cart_add 7d"}.
     *
     * @param eventType the event type, not blank
     * @param window how long after an event an order counts, positive
     * @param sessionProperty the event property holding the session id, not blank
     * @return the calculator; numerator: converted sessions, denominator: sessions
     * @throws IllegalArgumentException if {@code eventType} or {@code sessionProperty} is blank or {@code window} is
     *     not positive
     */
    public static MetricCalculator<Customer, Ratio> conversionRateBySession(
            String eventType, Duration window, String sessionProperty) {
        return ConversionMetrics.bySession(eventType, window, sessionProperty);
    }

    /**
     * Net Promoter Score from survey events of type {@code "nps"} with a numeric property {@code "score"}; see {@link
     * #nps(String, String)}.
     *
     * @return the calculator
     */
    public static MetricCalculator<Customer, NetPromoterScore> nps() {
        return SurveyMetrics.nps("nps", "score");
    }

    /**
     * Net Promoter Score, {@code % promoters (9-10) - % detractors (0-6)}, from survey events, named {@code "NPS"}.
     * One voice per customer: each member's most recent valid response to date counts (of responses at the same
     * instant, the one added last). A response is valid when its {@code scoreProperty} is a number from 0 to 10;
     * others (missing, text, out of range) are ignored as if never given, so untrusted survey data never fails the
     * calculation. Scores between the classes (such as 6.5) count as passives.
     *
     * @param eventType the survey's event type, not blank
     * @param scoreProperty the numeric property holding the score, not blank
     * @return the calculator
     * @throws IllegalArgumentException if an argument is blank
     */
    public static MetricCalculator<Customer, NetPromoterScore> nps(String eventType, String scoreProperty) {
        return SurveyMetrics.nps(eventType, scoreProperty);
    }

    /**
     * Net Promoter Score from a number attribute holding each member's score, named {@code "NPS"}; a missing value is
     * no response and a value outside 0 to 10 is ignored.
     *
     * <pre>{@code
     * nps(Attributes.attribute("last_nps").number())   // a custom attribute the CRM keeps up to date
     * }</pre>
     *
     * @param score the attribute
     * @return the calculator
     */
    public static MetricCalculator<Customer, NetPromoterScore> nps(NumberAttribute<Customer> score) {
        return SurveyMetrics.nps(score);
    }

    /**
     * Customer satisfaction from survey events of type {@code "csat"} with a numeric property {@code "score"}; see
     * {@link #csat(String, String)}.
     *
     * @return the calculator
     */
    public static MetricCalculator<Customer, Ratio> csat() {
        return SurveyMetrics.csat("csat", "score");
    }

    /**
     * Customer satisfaction, the share of responses of 4 or 5 on a 1-5 scale, named {@code "CSAT"}. One voice per
     * customer, the most recent valid response to date, as in {@link #nps(String, String)}; valid scores are numbers
     * from 1 to 5, and a score of at least 4 is satisfied.
     *
     * @param eventType the survey's event type, not blank
     * @param scoreProperty the numeric property holding the score, not blank
     * @return the calculator; numerator: satisfied respondents, denominator: respondents
     * @throws IllegalArgumentException if an argument is blank
     */
    public static MetricCalculator<Customer, Ratio> csat(String eventType, String scoreProperty) {
        return SurveyMetrics.csat(eventType, scoreProperty);
    }

    /**
     * Customer satisfaction from a number attribute holding each member's score on a 1-5 scale, named {@code "CSAT"};
     * a missing value is no response and a value outside 1 to 5 is ignored.
     *
     * @param score the attribute
     * @return the calculator
     */
    public static MetricCalculator<Customer, Ratio> csat(NumberAttribute<Customer> score) {
        return SurveyMetrics.csat(score);
    }

    /**
     * Marketing return on investment of one segment's campaign: {@code (attributed revenue * margin - spend) /
     * spend}, named {@code "ROI"}. Attributed revenue is the exact sum of the members' order totals in {@code [asOf -
     * attributionWindow, asOf)}. The spend is that of the segment this calculator is used for.
     *
     * <pre>{@code
     * // revenue 10,000 in the last 30 days, margin 0.3, spend 2,000: (10000 * 0.3 - 2000) / 2000 = 0.5
     * Roi roi = roi(new BigDecimal("2000"), new BigDecimal("0.3"), Duration.ofDays(30)).calculate(index, vip);
     * }</pre>
     *
     * @param spend what was spent on the segment, greater than 0
     * @param margin the share of revenue that is profit, in {@code [0, 1]}
     * @param attributionWindow how far back orders count, positive
     * @return the calculator
     * @throws IllegalArgumentException if {@code spend} is not positive, {@code margin} is outside {@code [0, 1]} or
     *     {@code attributionWindow} is not positive
     */
    public static MetricCalculator<Customer, Roi> roi(BigDecimal spend, BigDecimal margin, Duration attributionWindow) {
        return ActivityMetrics.roi(spend, margin, attributionWindow);
    }

    /**
     * Engagement: the members' events of any type in {@code [asOf - period, asOf)} per member, named {@code
     * "Engagement 30d"}.
     *
     * @param period the period, positive
     * @return the calculator; numerator: events, denominator: members
     * @throws IllegalArgumentException if {@code period} is not positive
     */
    public static MetricCalculator<Customer, Rate> engagement(Duration period) {
        return ActivityMetrics.engagement(period);
    }

    /**
     * Weighted engagement: {@code sum of weight(type) over the members' events in [asOf - period, asOf) / members},
     * named {@code "Weighted engagement 30d"}. Event types not in the map weigh 0, so the map is also the list of what
     * counts as engagement.
     *
     * <pre>{@code
     * engagement(Duration.ofDays(30), Map.of("page_view", 1.0, "review", 5.0))
     * // 2 members; 4 page views and 1 review, 3 logins: (4 * 1.0 + 1 * 5.0) / 2 = 4.5
     * }</pre>
     *
     * @param period the period, positive
     * @param weightsByEventType finite weights of at least 0 by event type; not empty, copied
     * @return the calculator; numerator: weighted events, denominator: members
     * @throws IllegalArgumentException if {@code period} is not positive, the map is empty, or a type is blank or a
     *     weight negative or not finite
     */
    public static MetricCalculator<Customer, Rate> engagement(Duration period, Map<String, Double> weightsByEventType) {
        return ActivityMetrics.engagement(period, weightsByEventType);
    }
}
