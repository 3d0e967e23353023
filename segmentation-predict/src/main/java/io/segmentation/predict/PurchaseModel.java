package io.segmentation.predict;

import java.time.Duration;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * A fitted "buy till you die" model of how many purchases customers make and whether they are still customers:
 * {@link BgNbdModel} or {@link ParetoNbdModel}. Both read a customer's {@link CustomerSummary} ({@code x}, {@code t_x},
 * {@code T}) and answer the same questions, so CLV and the segment attributes of {@link Predictions} take either.
 *
 * <p><b>Units.</b> A model fitted on summaries in a unit (from {@link CustomerSummarizer} or
 * {@link CustomerSummary#of(int, double, double, ChronoUnit)}) knows it as {@link #periodUnit()}. Methods taking a
 * {@code double t} count {@code t} in the model's periods; the {@link Duration} and {@link Period} overloads convert
 * first ({@link #periods(Duration)}) and fail with {@link IllegalStateException} for a model in unit-less periods.
 * Summaries passed in must be in the model's unit (or unit-less for a unit-less model), otherwise the call fails with
 * {@link IllegalArgumentException}: weeks cannot be read as days.
 *
 * <p>Implementations are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public sealed interface PurchaseModel permits BgNbdModel, ParetoNbdModel {

    /**
     * The unit of the model's periods, that of the summaries it was fitted on; empty for unit-less periods.
     *
     * @return the unit, or empty
     */
    Optional<ChronoUnit> periodUnit();

    /**
     * The log-likelihood of the fitted parameters on the summaries they were fitted on.
     *
     * @return the maximised log-likelihood
     * @throws IllegalStateException if the model was made from given parameters rather than fitted
     */
    double logLikelihood();

    /**
     * The log-likelihood of one customer's summary under this model's parameters.
     *
     * @param summary a summary in the model's unit
     * @return the log-likelihood, at most 0
     */
    double logLikelihood(CustomerSummary summary);

    /**
     * The expected number of purchases in the next {@code t} periods of a customer with this summary, {@code E[Y(t) |
     * x, t_x, T]}. It is 0 at {@code t = 0} and increases with {@code t}.
     *
     * @param t the horizon in the model's periods, finite and {@code >= 0}
     * @param summary the customer's summary, in the model's unit
     * @return the expected purchases
     * @throws IllegalArgumentException if {@code t} is negative or not finite, or the summary is in another unit
     */
    double expectedPurchases(double t, CustomerSummary summary);

    /**
     * {@link #expectedPurchases(double, CustomerSummary)} with the horizon as a duration.
     *
     * @param t the horizon, not negative
     * @param summary the customer's summary, in the model's unit
     * @return the expected purchases
     * @throws IllegalStateException if the model is in unit-less periods
     */
    default double expectedPurchases(Duration t, CustomerSummary summary) {
        return expectedPurchases(periods(t), summary);
    }

    /**
     * {@link #expectedPurchases(double, CustomerSummary)} with the horizon as a calendar period (years, months and
     * days of their average lengths).
     *
     * @param t the horizon, no part negative
     * @param summary the customer's summary, in the model's unit
     * @return the expected purchases
     * @throws IllegalStateException if the model is in unit-less periods
     */
    default double expectedPurchases(Period t, CustomerSummary summary) {
        return expectedPurchases(periods(t), summary);
    }

    /**
     * The expected number of purchases of a new customer in their first {@code t} periods, {@code E[X(t)]}.
     *
     * @param t the horizon in the model's periods, finite and {@code >= 0}
     * @return the expected purchases
     */
    double expectedPurchases(double t);

    /**
     * {@link #expectedPurchases(double)} with the horizon as a duration.
     *
     * @param t the horizon, not negative
     * @return the expected purchases
     * @throws IllegalStateException if the model is in unit-less periods
     */
    default double expectedPurchases(Duration t) {
        return expectedPurchases(periods(t));
    }

    /**
     * {@link #expectedPurchases(double)} with the horizon as a calendar period (average-length years, months, days).
     *
     * @param t the horizon, no part negative
     * @return the expected purchases
     * @throws IllegalStateException if the model is in unit-less periods
     */
    default double expectedPurchases(Period t) {
        return expectedPurchases(periods(t));
    }

    /**
     * The probability that a customer with this summary is still alive (has not dropped out) at the end of the
     * calibration period.
     *
     * @param summary the customer's summary, in the model's unit
     * @return a probability in {@code [0, 1]}
     */
    double probabilityAlive(CustomerSummary summary);

    /**
     * A duration in this model's periods: its length divided by that of {@link #periodUnit()} (a month is 30.436875
     * days, {@link ChronoUnit#getDuration()}).
     *
     * @param duration a duration, not negative
     * @return the number of periods
     * @throws IllegalStateException if the model is in unit-less periods
     */
    default double periods(Duration duration) {
        return PeriodUnits.periods(duration, requireUnit(this));
    }

    /**
     * A calendar period in this model's periods, its years, months and days of their average lengths (365.2425,
     * 30.436875 and 1 days).
     *
     * @param period a period, no part negative
     * @return the number of periods
     * @throws IllegalStateException if the model is in unit-less periods
     */
    default double periods(Period period) {
        return PeriodUnits.periods(period, requireUnit(this));
    }

    private static ChronoUnit requireUnit(PurchaseModel model) {
        return model.periodUnit()
                .orElseThrow(() -> new IllegalStateException(model
                        + " counts time in unit-less periods: pass the horizon as a number of periods, or fit"
                        + " on summaries with a unit (CustomerSummarizer, CustomerSummary.of(..., ChronoUnit))"));
    }
}
