package io.segmentation.examples;

import static io.segmentation.metrics.Metrics.averageOrderValue;
import static io.segmentation.metrics.Metrics.historicClv;
import static io.segmentation.metrics.Metrics.nps;
import static io.segmentation.metrics.Metrics.repeatPurchaseRate;
import static io.segmentation.metrics.Metrics.retention;
import static io.segmentation.metrics.Metrics.revenue;

import io.segmentation.EvaluationContext;
import io.segmentation.Segment;
import io.segmentation.customer.Customer;
import io.segmentation.index.PopulationIndex;
import io.segmentation.metrics.SegmentDiagnostics;
import io.segmentation.metrics.SegmentReport;
import io.segmentation.predict.BgNbdModel;
import io.segmentation.predict.ClvHorizon;
import io.segmentation.predict.CustomerSummarizer;
import io.segmentation.predict.CustomerSummary;
import io.segmentation.predict.GammaGammaModel;
import io.segmentation.predict.Predictions;
import io.segmentation.predict.PredictiveMetrics;
import io.segmentation.predict.RfmModel;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * What the example segments are worth: BG/NBD and Gamma-Gamma fitted on the customers' own histories, a {@link
 * SegmentReport} with historic and predicted figures per segment against the whole population, the diagnostics of the
 * set of segments, and the eleven RFM segments.
 *
 * <pre>{@code
 * SegmentValue value = SegmentValue.of(SampleData.load(), segments, EvaluationContext.asOf(Tour.AS_OF));
 * System.out.println(value.report().toText());
 * value.report().writeHtml(Path.of("segment-report.html"));
 * }</pre>
 *
 * @param report the report: size, share, revenue, AOV, repeat rate, 90-day retention, historic CLV, NPS (from
 *     {@code survey} events with a {@code score}), predicted purchases in 90 days and 12-month predicted CLV at 1% a
 *     month
 * @param diagnostics overlaps, coverage and warnings of the segments
 * @param rfm the RFM segments (every customer with an order in exactly one) in a report of their own
 * @param bgNbd the purchase model fitted in weeks as of the evaluation time
 * @param gammaGamma the spend model fitted on the repeat buyers
 * @since 0.1.0
 */
public record SegmentValue(
        SegmentReport<Customer> report,
        SegmentDiagnostics<Customer> diagnostics,
        SegmentReport<Customer> rfm,
        BgNbdModel bgNbd,
        GammaGammaModel gammaGamma) {

    /**
     * Why one-time buyers look alive in the RFM table: printed under it by the tour and in the nightly report.
     *
     * @since 0.2.0
     */
    public static final String P_ALIVE_NOTE = "P(alive) is BG/NBD's, which lets customers drop out only right after a"
            + " repeat purchase: anyone who bought once has\nP(alive) = 1, which is why Lost and Hibernating (mostly"
            + " one-time buyers) score above Champions; Pareto/NBD does not.";

    /** The CLV horizon of the report: 12 months, discounted at 1% a month. */
    public static final ClvHorizon HORIZON =
            ClvHorizon.of(12, ChronoUnit.MONTHS).discountRatePerPeriod(0.01);

    /**
     * Fits the models and builds the reports.
     *
     * @param customers the population
     * @param segments the segments, each named
     * @param context the evaluation time: models are calibrated up to it, metrics read history up to it
     * @return the reports and the fitted models
     */
    public static SegmentValue of(
            Collection<Customer> customers, List<Segment<Customer>> segments, EvaluationContext context) {
        Collection<CustomerSummary> summaries = CustomerSummarizer.asOf(context.asOf(), ChronoUnit.WEEKS)
                .withZone(context.zone())
                .summarizeAll(customers)
                .values();
        BgNbdModel bgNbd = BgNbdModel.fit(summaries);
        GammaGammaModel gammaGamma = GammaGammaModel.fit(GammaGammaModel.repeaters(summaries));
        Predictions predictions = Predictions.of(bgNbd).withSpend(gammaGamma);

        PopulationIndex<Customer> index = PopulationIndex.build(customers, context);
        SegmentReport<Customer> report = SegmentReport.builder(index)
                .title("What the example segments are worth")
                .segments(segments)
                .metric(revenue())
                .metric(averageOrderValue())
                .metric(repeatPurchaseRate())
                .metric(retention(Duration.ofDays(90)))
                .metric(historicClv())
                .metric(nps("survey", "score"))
                .metric(PredictiveMetrics.predictedPurchases(predictions, Duration.ofDays(90)))
                .metric(PredictiveMetrics.predictedClv(predictions, HORIZON, 1.0))
                .build();
        RfmModel rfmModel = RfmModel.fit(customers, context);
        SegmentReport<Customer> rfm = SegmentReport.builder(index)
                .title("RFM segments")
                .segments(rfmModel.namedSegments())
                .metric(revenue())
                .metric(historicClv())
                .metric(PredictiveMetrics.probabilityAlive(predictions))
                .build();
        return new SegmentValue(report, SegmentDiagnostics.of(index, segments), rfm, bgNbd, gammaGamma);
    }

    /**
     * The fitted parameters in one line.
     *
     * @return e.g. {@code BG/NBD r=0.80 α=38.1 a=0.41 b=1.62 (weeks), Gamma-Gamma p=4.1 q=3.2 γ=70.5}
     */
    public String models() {
        return String.format(
                Locale.ROOT,
                "BG/NBD r=%.3f α=%.2f a=%.3f b=%.3f (weeks, log-likelihood %.1f); Gamma-Gamma p=%.2f q=%.2f γ=%.2f",
                bgNbd.r(),
                bgNbd.alpha(),
                bgNbd.a(),
                bgNbd.b(),
                bgNbd.logLikelihood(),
                gammaGamma.p(),
                gammaGamma.q(),
                gammaGamma.gamma());
    }
}
