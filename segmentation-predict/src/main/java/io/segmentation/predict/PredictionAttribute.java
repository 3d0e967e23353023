package io.segmentation.predict;

import io.segmentation.attribute.NumberAttribute;
import io.segmentation.customer.Customer;
import io.segmentation.engine.EvaluationContext;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * A number read from a fitted model about a customer summarised as of the evaluation time: the calibration period
 * ends at {@link EvaluationContext#asOf()}, purchase days are dates in {@link EvaluationContext#zone()}, and times are
 * in the model's unit. Missing ({@code NaN}) for a customer without orders up to then.
 */
final class PredictionAttribute extends NumberAttribute<Customer> {

    /** Reads the prediction from a summary. */
    @FunctionalInterface
    interface Reader {
        double read(CustomerSummary summary);
    }

    private final ChronoUnit unit;
    private final Reader reader;

    PredictionAttribute(String name, List<?> parameters, ChronoUnit unit, Reader reader) {
        super(name, parameters);
        this.unit = unit;
        this.reader = reader;
    }

    @Override
    public double readDouble(Customer subject, EvaluationContext context) {
        CustomerSummary summary = CustomerSummarizer.summarize(
                subject.purchasesUpTo(context.asOf()), context.today(), unit, context.zone());
        return summary == null ? Double.NaN : reader.read(summary);
    }
}
