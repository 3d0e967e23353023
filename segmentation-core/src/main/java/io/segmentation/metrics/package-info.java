/**
 * What a segment is worth: metric calculators, the segment report, and diagnostics of a set of segments.
 *
 * <h2>Calculating a metric</h2>
 *
 * <p>A {@link io.segmentation.metrics.MetricCalculator} is a named, collector-shaped calculation over a segment's
 * members. {@link io.segmentation.metrics.Metrics} holds the built-in ones, each with its formula in its javadoc; run
 * one over the members a {@link io.segmentation.index.PopulationIndex} finds, or over any list of customers at an
 * evaluation time:
 *
 * <pre>{@code
 * import static io.segmentation.metrics.Metrics.*;
 *
 * PopulationIndex<Customer> index = PopulationIndex.build(customers, EvaluationContext.asOf(asOf));
 * Count size = size().calculate(index, vip);                                   // 1,000
 * Money aov = averageOrderValue().calculate(index, vip);                      // 12,345.67 over 273 orders
 * Ratio retained = retention(Duration.ofDays(90)).calculate(index, vip);      // 412 of 1,000
 * Ratio same = retention(Duration.ofDays(90)).calculateInParallel(vipList, EvaluationContext.asOf(asOf));
 * }</pre>
 *
 * <h2>The built-in metrics</h2>
 *
 * <table>
 *   <caption>Built-in calculators and their results</caption>
 *   <tr><th>Factory</th><th>Formula</th><th>Result</th></tr>
 *   <tr><td>{@code size()}, {@code shareOf(n)}</td><td>members; members / n</td><td>Count, Ratio</td></tr>
 *   <tr><td>{@code revenue()}, {@code orders()}</td><td>order totals, orders to date</td><td>Money, Count</td></tr>
 *   <tr><td>{@code averageOrderValue()}</td><td>revenue / orders</td><td>Money</td></tr>
 *   <tr><td>{@code purchaseFrequency()}</td><td>orders / customers</td><td>Rate</td></tr>
 *   <tr><td>{@code repeatPurchaseRate()}</td><td>customers with &ge; 2 orders / customers</td><td>Ratio</td></tr>
 *   <tr><td>{@code retention(L)}, {@code churn(L)}</td><td>of those active in the period before last, the share
 *       active (not active) in the last period</td><td>Ratio</td></tr>
 *   <tr><td>{@code cohortRetention(L)}</td><td>(E - N) / S</td><td>CohortRetention</td></tr>
 *   <tr><td>{@code historicClv(margin)}</td><td>revenue &times; margin / customers</td><td>Money</td></tr>
 *   <tr><td>{@code conversionRate(type, window)}</td><td>customers (or sessions) whose event is followed by an order
 *       within the window / those with the event</td><td>Ratio</td></tr>
 *   <tr><td>{@code nps()}, {@code csat()}</td><td>% promoters - % detractors; share of 4-5 on 1-5</td>
 *       <td>NetPromoterScore, Ratio</td></tr>
 *   <tr><td>{@code roi(spend, margin, window)}</td><td>(attributed revenue &times; margin - spend) / spend</td>
 *       <td>Roi</td></tr>
 *   <tr><td>{@code engagement(period, weights)}</td><td>(weighted) events in the period / customers</td>
 *       <td>Rate</td></tr>
 * </table>
 *
 * <p>"To date" means at or before the evaluation time; periods end at it and are half-open ({@code [asOf - L,
 * asOf)}); "customers" in a denominator are all the members given. Results are immutable {@link
 * io.segmentation.metrics.MetricValue}s that keep their parts — a {@link io.segmentation.metrics.Ratio} says "412 of
 * 1,000", a {@link io.segmentation.metrics.Money} average its total and count — and whose {@code value()} is
 * {@code NaN} when the figure is undefined (an average over nobody). Sequential, parallel and index calculations
 * give equal results. "Orders" are purchases: cancelled and refunded orders count in no metric. Money is exact and
 * never mixes currencies: a money metric over purchases in two currencies throws {@link
 * io.segmentation.customer.MixedCurrencyException}.
 *
 * <h2>Writing a metric</h2>
 *
 * <p>Implement {@link io.segmentation.metrics.MetricCalculator} or use {@link
 * io.segmentation.metrics.MetricCalculator#of(String, java.util.function.Supplier, java.util.function.BiConsumer,
 * java.util.function.BinaryOperator, java.util.function.Function) MetricCalculator.of}; rename a calculator with
 * {@code named} and turn its result into a {@code MetricValue} with {@code map}.
 *
 * <h2>Reports</h2>
 *
 * <p>A {@link io.segmentation.metrics.SegmentReport} puts segments side by side with the whole population as baseline,
 * including each segment's share of the population, and each average, share or score with its lift against the
 * population (totals such as revenue carry none). Segments under a minimum size (10 by default) show no figures at
 * all, so small groups cannot be singled out. It renders as text, CSV, JSON and one self-contained HTML page with
 * charts:
 *
 * <pre>{@code
 * SegmentReport<Customer> report = SegmentReport.builder(index)
 *         .segments(vip, lapsed)
 *         .metric(revenue()).metric(averageOrderValue()).metric(retention(Duration.ofDays(90)))
 *         .build();
 * System.out.println(report.toText());
 * report.writeHtml(Path.of("segments.html"));
 * }</pre>
 *
 * <h2>Diagnostics of a set of segments</h2>
 *
 * <p>{@link io.segmentation.metrics.SegmentDiagnostics} judges segments together: the {@link
 * io.segmentation.metrics.OverlapMatrix} (members in both, Jaccard similarity), coverage (customers in no segment or in
 * several), and warnings for segments that are empty, too small to act on, too broad to mean anything, or nearly
 * identical to another — the over- and under-segmentation to avoid.
 *
 * @since 0.1.0
 */
package io.segmentation.metrics;
