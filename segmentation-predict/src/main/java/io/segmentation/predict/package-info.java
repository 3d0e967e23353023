/**
 * Predictive segmentation: how many purchases a customer will make, whether they are still a customer at all, and
 * what they will be worth, from their purchase history alone ("buy till you die" models).
 *
 * <h2>1. Summarise</h2>
 *
 * <p>The models read three numbers per customer at the end of a calibration period: {@code x} repeat purchases
 * (purchase days after the first), {@code t_x} the time of the last purchase and {@code T} the time observed, both from
 * the first purchase ({@link io.segmentation.predict.CustomerSummary}), plus the mean value of the repeat purchases for
 * the spend model. {@link io.segmentation.predict.CustomerSummarizer} computes them from
 * {@link io.segmentation.customer.Customer} orders; times are in an explicit unit — days, weeks or months:
 *
 * <pre>{@code
 * Map<String, CustomerSummary> summaries =
 *         CustomerSummarizer.asOf(Instant.parse("1997-09-30T00:00:00Z"), ChronoUnit.WEEKS).summarizeAll(customers);
 * }</pre>
 *
 * <h2>2. Fit</h2>
 *
 * <p>Maximum likelihood, with Hipparchus' special functions and Nelder-Mead simplex:
 *
 * <ul>
 *   <li>{@link io.segmentation.predict.BgNbdModel} (Fader, Hardie and Lee 2005) and
 *       {@link io.segmentation.predict.ParetoNbdModel} (Schmittlein, Morrison and Colombo 1987), both
 *       {@link io.segmentation.predict.PurchaseModel}s: expected purchases in the next {@code t} periods and the
 *       probability that a customer is still alive;
 *   <li>{@link io.segmentation.predict.GammaGammaModel}: expected spend per purchase, fitted on repeat buyers.
 * </ul>
 *
 * <pre>{@code
 * BgNbdModel purchases = BgNbdModel.fit(summaries.values());          // in weeks, like the summaries
 * GammaGammaModel spend = GammaGammaModel.fit(GammaGammaModel.repeaters(summaries.values()));
 * double next90Days = purchases.expectedPurchases(Duration.ofDays(90), summaries.get("c-42"));
 * }</pre>
 *
 * <p>Fitted on the CDNOW sample these reproduce the published estimates (BG/NBD {@code r = 0.243, α = 4.414, a =
 * 0.793, b = 2.426}, LL {@code -9582.4}; Pareto/NBD {@code r = 0.55, α = 10.58, s = 0.61, β = 11.67}; Gamma-Gamma
 * {@code p = 6.25, q = 3.74, γ = 15.44}).
 *
 * <h2>3. Units cannot be mixed up</h2>
 *
 * <p>A model fitted on summaries in weeks is in weeks ({@link io.segmentation.predict.PurchaseModel#periodUnit()}).
 * Fitting refuses summaries in mixed units; predicting refuses a summary in another unit; {@code Duration} and
 * {@code Period} horizons are converted by the model (a month is 30.436875 days, a year 365.2425). Methods taking a
 * {@code double t} count the model's own periods. For CLV, the horizon and its discount rate are typed together in
 * {@link io.segmentation.predict.ClvHorizon}, and a {@link io.segmentation.predict.DiscountRate} in another unit is
 * converted by compounding, {@code (1 + d)^Δ - 1}.
 *
 * <h2>4. Segment on predictions</h2>
 *
 * <p>{@link io.segmentation.predict.Predictions} binds fitted models to customers: its attributes summarise a customer
 * as of the evaluation time and ask the models, so segments can use them like any other attribute:
 *
 * <pre>{@code
 * Predictions p = Predictions.of(purchases).withSpend(spend);
 * Segment<Customer> active = Segment.where(p.predictedPurchases(Duration.ofDays(90)).atLeast(1));
 * Segment<Customer> atRisk = Segment.where(p.probabilityAlive().lessThan(0.3));
 * Segment<Customer> valuable = Segment.where(
 *         p.predictedClv(ClvHorizon.of(12, ChronoUnit.MONTHS).discountRatePerPeriod(0.01), 0.3).greaterThan(100));
 * double clv = p.predictedClv(summary, ClvHorizon.of(12, ChronoUnit.MONTHS).discountedAt(DiscountRate.perYear(0.1)), 0.3);
 * }</pre>
 *
 * <p>{@link io.segmentation.predict.PredictiveMetrics} turns the same predictions into metric calculators (mean
 * predicted CLV, purchases and probability alive per segment) for a {@link io.segmentation.metrics.SegmentReport}.
 *
 * <p>These attributes move with time (a customer's age and recency grow every day), and say so: their
 * {@link io.segmentation.attribute.Attribute#timeDependence() time dependence} is
 * {@link io.segmentation.attribute.TimeDependence#reevaluatedEvery re-evaluated every day}, so a
 * {@link io.segmentation.engine.MembershipTracker} re-evaluates a customer at every local midnight in its zone, and
 * {@code atRisk} above is entered on the day P(alive) falls below 0.3 without any update. An order placed during a day
 * is seen at the next midnight, or at once when the tracker is fed the new profile. The RFM scores below do the same.
 * Their {@link io.segmentation.attribute.Attribute#cost() cost} is {@code EXPENSIVE}, so the compiled matcher tests
 * cheaper conditions of a segment first.
 *
 * <h2>5. RFM</h2>
 *
 * <p>{@link io.segmentation.predict.RfmModel#fit RfmModel.fit(customers, context)} scores recency, frequency and
 * monetary value from 1 to 5 against quintile breakpoints of the population (ties share a score; recency reversed;
 * customers without orders unscored). {@code model.rfm().recency()}, {@code frequency()}, {@code monetary()} are
 * attributes usable in any segment; {@code model.namedSegments()} are the eleven standard RFM segments (Champions …
 * Lost, {@link io.segmentation.predict.RfmSegment}), which tile the score grid so every scored customer is in exactly
 * one.
 *
 * <pre>{@code
 * RfmModel rfm = RfmModel.fit(customers, EvaluationContext.asOf(june));
 * Segment<Customer> loyal = Segment.where(rfm.rfm().frequency().atLeast(4)).and(rfm.rfm().recency().atLeast(3));
 * Assignment<Customer> byRfm = SegmentEngine.of(rfm.namedSegments()).assign(customers, context, AssignmentMode.EXCLUSIVE);
 * }</pre>
 *
 * <h2>6. Discovery</h2>
 *
 * <p>{@link io.segmentation.predict.ClusterDiscovery} runs seeded k-means++ on standardised numeric attributes, with k
 * given or chosen by silhouette; each {@link io.segmentation.predict.Cluster} is a named {@code Segment} (nearest
 * centroid) with its centroid and a summary of what sets it apart:
 *
 * <pre>{@code
 * DiscoveredClusters<Customer> found = ClusterDiscovery.over(totalSpent(), purchases(), daysSinceLastPurchase())
 *         .clustersBySilhouette(2, 8).seed(42).discover(customers, context);
 * found.clusters().forEach(c -> System.out.println(c.name() + " (" + c.size() + "): " + c.summary()));
 * }</pre>
 *
 * @since 0.1.0
 */
package io.segmentation.predict;
