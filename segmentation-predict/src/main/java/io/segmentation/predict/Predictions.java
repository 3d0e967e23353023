package io.segmentation.predict;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.segmentation.EvaluationContext;
import io.segmentation.attribute.NumberAttribute;
import io.segmentation.customer.Customer;
import java.time.Duration;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * Fitted models <em>bound</em> to customers: a {@link PurchaseModel} (BG/NBD or Pareto/NBD) and optionally a
 * {@link GammaGammaModel}, offered as predicted CLV on summaries and as segment attributes over {@link Customer}s.
 *
 * <p><b>Bound</b> means that an attribute made here reads a customer by summarising the customer's orders as of the
 * evaluation time and asking the models: the calibration period ends at {@link EvaluationContext#asOf()}, purchase
 * days are calendar dates in {@link EvaluationContext#zone()}, and times are counted in the purchase model's
 * {@link PurchaseModel#periodUnit() unit} (the rules of {@link CustomerSummarizer}). So the same segment can be
 * evaluated today and next month, and the answer moves with the customer's history. A customer without orders up to
 * the evaluation time has no prediction: the attribute is missing, and every comparison on it is false.
 *
 * <pre>{@code
 * Map<String, CustomerSummary> summaries = CustomerSummarizer.asOf(end, ChronoUnit.WEEKS).summarizeAll(customers);
 * Predictions predictions = Predictions.of(BgNbdModel.fit(summaries.values()))
 *         .withSpend(GammaGammaModel.fit(GammaGammaModel.repeaters(summaries.values())));
 *
 * Segment<Customer> active = Segment.where(predictions.predictedPurchases(Duration.ofDays(90)).atLeast(1));
 * Segment<Customer> atRisk = Segment.where(predictions.probabilityAlive().lessThan(0.3));
 * Segment<Customer> valuable = Segment.where(predictions
 *         .predictedClv(ClvHorizon.of(12, ChronoUnit.MONTHS).discountRatePerPeriod(0.01), 0.3)
 *         .greaterThan(100));
 * }</pre>
 *
 * <p>Attributes are identified by their name, horizon and the models they read (models are equal when their
 * parameters and unit are), so two bindings of the same fitted models give equal attributes. Attributes carrying a
 * model have no text form: the query language cannot write a model. Summarising reads every order up to the
 * evaluation time, so these attributes cost more per customer than the built-in ones.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Predictions {

    private final PurchaseModel purchases;
    private final GammaGammaModel spend;

    private Predictions(PurchaseModel purchases, GammaGammaModel spend) {
        this.purchases = purchases;
        this.spend = spend;
    }

    /**
     * Predictions from a purchase model, without a spend model (so without CLV).
     *
     * @param purchases a fitted BG/NBD or Pareto/NBD model
     * @return the predictions
     */
    public static Predictions of(PurchaseModel purchases) {
        return new Predictions(checkNotNull(purchases, "purchases"), null);
    }

    /**
     * These predictions with a spend model, for CLV.
     *
     * @param spend a fitted Gamma-Gamma model
     * @return the new predictions
     */
    public Predictions withSpend(GammaGammaModel spend) {
        return new Predictions(purchases, checkNotNull(spend, "spend"));
    }

    /**
     * The purchase model.
     *
     * @return the model
     */
    public PurchaseModel purchaseModel() {
        return purchases;
    }

    /**
     * The spend model, if one was given.
     *
     * @return the model, or empty
     */
    public Optional<GammaGammaModel> spendModel() {
        return Optional.ofNullable(spend);
    }

    /**
     * The predicted customer lifetime value over a horizon: the expected margin per purchase times the discounted
     * expected number of purchases,
     *
     * <pre>
     * CLV = margin · E[M | x, z̄] · Σ_{k=1..n} (E[Y(k·L) | x, t_x, T] - E[Y((k-1)·L) | x, t_x, T]) / (1 + d)^k
     * </pre>
     *
     * where {@code n} is the horizon's number of periods, {@code d} its discount rate per period, {@code L} the
     * length of one horizon period in the purchase model's periods (a month is 30.436875 / 7 = 4.348 weeks; 1 for
     * {@link ClvHorizon#ofPeriods}), {@code E[Y]} the purchase model's conditional expectation and {@code E[M]} the
     * Gamma-Gamma expected spend per purchase. Purchases expected in period {@code k} are discounted as if made at its
     * end.
     *
     * @param summary the customer's summary, in the purchase model's unit, with a mean repeat spend when {@code x > 0}
     * @param horizon the horizon and discount rate
     * @param margin the share of spend that is profit, in {@code [0, 1]} (1 for revenue)
     * @return the predicted CLV, in the currency of the spend
     * @throws IllegalStateException if there is no spend model, or the horizon has a unit and the purchase model none
     * @throws IllegalArgumentException if the summary is in another unit or lacks a mean repeat spend, or the margin is
     *     out of range
     */
    public double predictedClv(CustomerSummary summary, ClvHorizon horizon, double margin) {
        checkNotNull(summary, "summary");
        checkNotNull(horizon, "horizon");
        checkMargin(margin);
        GammaGammaModel spendModel = requireSpend();
        double step = step(horizon);
        return margin * spendModel.expectedAverageSpend(summary) * discountedPurchases(summary, horizon, step);
    }

    /**
     * The expected purchases in the next {@code horizon}, as an attribute: {@code predicted_purchases(90d)}.
     *
     * @param horizon a positive duration
     * @return the attribute
     * @throws IllegalStateException if the purchase model has no unit
     */
    public NumberAttribute<Customer> predictedPurchases(Duration horizon) {
        checkNotNull(horizon, "horizon");
        checkArgument(
                !horizon.isNegative() && !horizon.isZero(),
                "predictedPurchases: horizon must be positive but was %s",
                horizon);
        double t = purchases.periods(horizon);
        return new PredictionAttribute(
                "predicted_purchases",
                ImmutableList.of(horizon, purchases),
                unit(),
                s -> purchases.expectedPurchases(t, s));
    }

    /**
     * The expected purchases in the next {@code horizon}, a calendar period of average-length years, months and
     * days, as an attribute.
     *
     * @param horizon a positive period
     * @return the attribute
     * @throws IllegalStateException if the purchase model has no unit
     */
    public NumberAttribute<Customer> predictedPurchases(Period horizon) {
        checkNotNull(horizon, "horizon");
        double t = purchases.periods(horizon);
        checkArgument(t > 0, "predictedPurchases: horizon must be positive but was %s", horizon);
        return new PredictionAttribute(
                "predicted_purchases",
                ImmutableList.of(horizon, purchases),
                unit(),
                s -> purchases.expectedPurchases(t, s));
    }

    /**
     * The probability that the customer is still alive, as an attribute: {@code probability_alive}.
     *
     * @return the attribute, in {@code [0, 1]}
     * @throws IllegalStateException if the purchase model has no unit
     */
    public NumberAttribute<Customer> probabilityAlive() {
        return new PredictionAttribute(
                "probability_alive", ImmutableList.of(purchases), unit(), purchases::probabilityAlive);
    }

    /**
     * The expected spend per future purchase (Gamma-Gamma), as an attribute: {@code expected_average_spend}.
     *
     * @return the attribute
     * @throws IllegalStateException if there is no spend model, or the purchase model has no unit
     */
    public NumberAttribute<Customer> expectedAverageSpend() {
        GammaGammaModel spendModel = requireSpend();
        return new PredictionAttribute(
                "expected_average_spend", ImmutableList.of(spendModel), unit(), spendModel::expectedAverageSpend);
    }

    /**
     * The predicted CLV ({@link #predictedClv(CustomerSummary, ClvHorizon, double)}), as an attribute:
     * {@code predicted_clv}.
     *
     * @param horizon the horizon and discount rate
     * @param margin the share of spend that is profit, in {@code [0, 1]}
     * @return the attribute
     * @throws IllegalStateException if there is no spend model, or the purchase model has no unit
     */
    public NumberAttribute<Customer> predictedClv(ClvHorizon horizon, double margin) {
        checkNotNull(horizon, "horizon");
        checkMargin(margin);
        GammaGammaModel spendModel = requireSpend();
        ChronoUnit unit = unit();
        double step = step(horizon);
        return new PredictionAttribute(
                "predicted_clv",
                ImmutableList.of(horizon, margin, purchases, spendModel),
                unit,
                s -> margin * spendModel.expectedAverageSpend(s) * discountedPurchases(s, horizon, step));
    }

    /**
     * The summary these predictions read for a customer at an evaluation time ({@link CustomerSummarizer}'s rules,
     * calibration end {@code context.asOf()}, days in {@code context.zone()}, the model's unit).
     *
     * @param customer the customer
     * @param context the evaluation time and zone
     * @return the summary, empty if the customer has no orders up to then
     * @throws IllegalStateException if the purchase model has no unit
     */
    public Optional<CustomerSummary> summaryOf(Customer customer, EvaluationContext context) {
        checkNotNull(customer, "customer");
        checkNotNull(context, "context");
        return Optional.ofNullable(CustomerSummarizer.summarize(
                customer.purchasesUpTo(context.asOf()), context.today(), unit(), context.zone()));
    }

    private double discountedPurchases(CustomerSummary summary, ClvHorizon horizon, double step) {
        double alive = purchases.probabilityAlive(summary);
        int n = horizon.periods();
        double[] times = new double[n];
        for (int k = 0; k < n; k++) {
            times[k] = (k + 1) * step;
        }
        double[] expected = new double[n];
        if (purchases instanceof BgNbdModel bg) {
            bg.conditionalAll(times, summary, alive, expected);
        } else {
            ParetoNbdModel pareto = (ParetoNbdModel) purchases;
            for (int k = 0; k < n; k++) {
                expected[k] = pareto.conditional(times[k], summary, alive);
            }
        }
        double discount = 1 + horizon.ratePerPeriod();
        double factor = 1;
        double previous = 0;
        double sum = 0;
        for (int k = 0; k < n; k++) {
            factor /= discount;
            sum += (expected[k] - previous) * factor;
            previous = expected[k];
        }
        return sum;
    }

    private double step(ClvHorizon horizon) {
        if (horizon.unit().isEmpty()) {
            return 1;
        }
        return PeriodUnits.ratio(horizon.unit().get(), unit());
    }

    private ChronoUnit unit() {
        return purchases
                .periodUnit()
                .orElseThrow(() -> new IllegalStateException(purchases
                        + " counts time in unit-less periods, so customers cannot be summarised for it and horizons"
                        + " with a unit cannot be converted: fit it on summaries with a unit (CustomerSummarizer)"));
    }

    private GammaGammaModel requireSpend() {
        if (spend == null) {
            throw new IllegalStateException("no spend model: CLV and expected spend need withSpend(GammaGammaModel)");
        }
        return spend;
    }

    private static void checkMargin(double margin) {
        checkArgument(margin >= 0 && margin <= 1, "margin must be in [0, 1] but was %s", margin);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Predictions other
                && purchases.equals(other.purchases)
                && Objects.equals(spend, other.spend);
    }

    @Override
    public int hashCode() {
        return Objects.hash(purchases, spend);
    }

    @Override
    public String toString() {
        return "Predictions[" + purchases + (spend == null ? "" : ", " + spend) + "]";
    }
}
