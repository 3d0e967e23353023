package io.segmentation.predict;

import static com.google.common.base.Preconditions.checkNotNull;

import io.segmentation.EvaluationContext;
import io.segmentation.attribute.NumberAttribute;
import io.segmentation.customer.Customer;
import io.segmentation.metrics.MetricCalculator;
import io.segmentation.metrics.Money;
import io.segmentation.metrics.Rate;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.function.Function;
import java.util.stream.Collector;

/**
 * Predictions as metric calculators, so a {@link io.segmentation.metrics.SegmentReport} can put each segment's
 * expected purchases and predicted CLV beside its historic figures.
 *
 * <pre>{@code
 * Predictions predictions = Predictions.of(bgNbd).withSpend(gammaGamma);
 * SegmentReport<Customer> report = SegmentReport.builder(index)
 *         .segments(vip, lapsed)
 *         .metric(Metrics.historicClv())
 *         .metric(PredictiveMetrics.predictedClv(predictions, ClvHorizon.of(12, ChronoUnit.MONTHS), 1.0))
 *         .build();
 * }</pre>
 *
 * <p>Averages are over the members the models can predict for: customers with at least one order up to the evaluation
 * time. Members without orders have no summary (BG/NBD and Pareto/NBD describe customers after their first purchase)
 * and are left out of both the sum and the count. Sums are of {@code double} predictions.
 *
 * @since 0.1.0
 */
public final class PredictiveMetrics {

    private PredictiveMetrics() {}

    /**
     * The mean predicted CLV per predictable member ({@link Predictions#predictedClv(ClvHorizon, double)}), as money.
     *
     * @param predictions fitted models with a spend model
     * @param horizon the horizon and discount rate
     * @param margin the share of spend that is profit, in {@code [0, 1]}
     * @return the calculator, named {@code "Predicted CLV"}
     * @throws IllegalStateException if there is no spend model or the purchase model has no unit
     */
    public static MetricCalculator<Customer, Money> predictedClv(
            Predictions predictions, ClvHorizon horizon, double margin) {
        checkNotNull(predictions, "predictions");
        NumberAttribute<Customer> clv = predictions.predictedClv(horizon, margin);
        return MetricCalculator.of(
                "Predicted CLV", context -> mean(clv, context, s -> Money.average(BigDecimal.valueOf(s.sum), s.count)));
    }

    /**
     * The mean expected number of purchases per predictable member within a horizon ({@link
     * Predictions#predictedPurchases(Duration)}).
     *
     * @param predictions fitted models
     * @param horizon how far ahead, positive
     * @return the calculator, named {@code "Predicted purchases <days>d"}
     * @throws IllegalStateException if the purchase model has no unit
     */
    public static MetricCalculator<Customer, Rate> predictedPurchases(Predictions predictions, Duration horizon) {
        checkNotNull(predictions, "predictions");
        NumberAttribute<Customer> purchases = predictions.predictedPurchases(horizon);
        return MetricCalculator.of(
                "Predicted purchases " + horizon.toDays() + "d",
                context -> mean(purchases, context, s -> new Rate(s.sum, s.count)));
    }

    /**
     * The mean probability of being alive per predictable member ({@link Predictions#probabilityAlive()}).
     *
     * @param predictions fitted models
     * @return the calculator, named {@code "P(alive)"}
     */
    public static MetricCalculator<Customer, Rate> probabilityAlive(Predictions predictions) {
        checkNotNull(predictions, "predictions");
        NumberAttribute<Customer> alive = predictions.probabilityAlive();
        return MetricCalculator.of("P(alive)", context -> mean(alive, context, s -> new Rate(s.sum, s.count)));
    }

    private static final class Sum {
        double sum;
        long count;
    }

    private static <R> Collector<Customer, Sum, R> mean(
            NumberAttribute<Customer> attribute, EvaluationContext context, Function<Sum, R> finisher) {
        return Collector.of(
                Sum::new,
                (sum, customer) -> {
                    double value = attribute.readDouble(customer, context);
                    if (!Double.isNaN(value)) {
                        sum.sum += value;
                        sum.count++;
                    }
                },
                (a, b) -> {
                    a.sum += b.sum;
                    a.count += b.count;
                    return a;
                },
                finisher);
    }
}
