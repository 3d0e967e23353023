package io.segmentation.predict;

import io.segmentation.EvaluationContext;
import io.segmentation.attribute.Cost;
import io.segmentation.attribute.NumberAttribute;
import io.segmentation.attribute.TimeDependence;
import io.segmentation.customer.Customer;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * A number read from a fitted model about a customer summarised as of the evaluation time: the calibration period
 * ends at {@link EvaluationContext#asOf()}, purchase days are dates in {@link EvaluationContext#zone()}, and times are
 * in the model's unit. Missing ({@code NaN}) for a customer without orders up to then.
 *
 * <p>The value moves with the evaluation time: the customer's age and recency grow every day, and orders count from
 * their own instant on. It is declared as {@linkplain TimeDependence#reevaluatedEvery re-evaluated every day}, so a
 * {@link io.segmentation.engine.MembershipTracker} looks again at every local midnight: a change from the calendar is
 * seen exactly, and one from an order placed during the day at the next midnight (or at once when the tracker is fed
 * the new profile). Reading it fits a summary of the whole history: {@link Cost#EXPENSIVE}.
 */
final class PredictionAttribute extends NumberAttribute<Customer> {

    /** Reads the prediction from a summary. */
    @FunctionalInterface
    interface Reader {
        double read(CustomerSummary summary);
    }

    private static final TimeDependence DAILY = TimeDependence.reevaluatedEvery(Duration.ofDays(1));

    private final ChronoUnit unit;
    private final Reader reader;

    PredictionAttribute(String name, List<?> parameters, ChronoUnit unit, Reader reader) {
        super(name, parameters);
        this.unit = unit;
        this.reader = reader;
    }

    /** Re-evaluated at every local midnight: see the class javadoc. */
    @Override
    public TimeDependence timeDependence() {
        return DAILY;
    }

    /** A summary of the order history and a model evaluation per read. */
    @Override
    public Cost cost() {
        return Cost.EXPENSIVE;
    }

    @Override
    public double readDouble(Customer subject, EvaluationContext context) {
        CustomerSummary summary = CustomerSummarizer.summarize(
                subject.purchasesUpTo(context.asOf()), context.today(), unit, context.zone());
        return summary == null ? Double.NaN : reader.read(summary);
    }
}
