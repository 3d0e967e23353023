package io.segmentation.predict;

import io.segmentation.Attributes;
import io.segmentation.EvaluationContext;
import io.segmentation.attribute.Cost;
import io.segmentation.attribute.NumberAttribute;
import io.segmentation.attribute.TimeDependence;
import io.segmentation.customer.Customer;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * One of the RFM score attributes of a {@link RfmScoring}: named {@code rfm_recency}, {@code rfm_frequency},
 * {@code rfm_monetary}, {@code rfm_fm} or {@code rfm_code}, with the breakpoints it scores against as parameters, so
 * two scorings with the same breakpoints give equal attributes and different ones different attributes.
 *
 * <p>Recency counts calendar days to the evaluation date, so the scores move with time: they are declared as
 * {@linkplain TimeDependence#reevaluatedEvery re-evaluated every day}, and a tracker looks again at every local
 * midnight (an order placed during the day is seen then, or at once when the tracker is fed the new profile).
 */
final class RfmScoreAttribute extends NumberAttribute<Customer> {

    private static final TimeDependence DAILY = TimeDependence.reevaluatedEvery(Duration.ofDays(1));
    private static final NumberAttribute<Customer> DAYS = Attributes.daysSinceLastPurchase();
    private static final NumberAttribute<Customer> ORDERS = Attributes.purchases();
    private static final NumberAttribute<Customer> SPENT = Attributes.totalSpent();

    /** What the attribute reads. */
    enum Kind {
        RECENCY("rfm_recency"),
        FREQUENCY("rfm_frequency"),
        MONETARY("rfm_monetary"),
        FM("rfm_fm"),
        CODE("rfm_code");

        final String attributeName;

        Kind(String attributeName) {
            this.attributeName = attributeName;
        }
    }

    private final Kind kind;
    private final double[] recency;
    private final double[] frequency;
    private final double[] monetary;

    private RfmScoreAttribute(
            Kind kind, List<Double> parameters, double[] recency, double[] frequency, double[] monetary) {
        super(kind.attributeName, parameters);
        this.kind = kind;
        this.recency = recency;
        this.frequency = frequency;
        this.monetary = monetary;
    }

    /** The attribute of a kind over breakpoints; the arrays are owned by the caller and never modified. */
    static RfmScoreAttribute of(Kind kind, double[] recency, double[] frequency, double[] monetary) {
        List<Double> parameters = switch (kind) {
            case RECENCY -> boxed(recency);
            case FREQUENCY -> boxed(frequency);
            case MONETARY -> boxed(monetary);
            case FM -> boxed(frequency, monetary);
            case CODE -> boxed(recency, frequency, monetary);
        };
        return new RfmScoreAttribute(kind, parameters, recency, frequency, monetary);
    }

    /** Re-evaluated at every local midnight: see the class javadoc. */
    @Override
    public TimeDependence timeDependence() {
        return DAILY;
    }

    /** Three aggregates over the order history per read. */
    @Override
    public Cost cost() {
        return Cost.MODERATE;
    }

    @Override
    public double readDouble(Customer customer, EvaluationContext context) {
        if (customer.purchaseCountUpTo(context.asOf()) == 0) {
            return Double.NaN;
        }
        return switch (kind) {
            case RECENCY -> recency(customer, context);
            case FREQUENCY -> frequency(customer, context);
            case MONETARY -> monetary(customer, context);
            case FM -> (frequency(customer, context) + monetary(customer, context)) / 2.0;
            case CODE ->
                100 * recency(customer, context) + 10 * frequency(customer, context) + monetary(customer, context);
        };
    }

    private int recency(Customer customer, EvaluationContext context) {
        return RfmQuintiles.scoreDescending(DAYS.readDouble(customer, context), recency);
    }

    private int frequency(Customer customer, EvaluationContext context) {
        return RfmQuintiles.scoreAscending(ORDERS.readDouble(customer, context), frequency);
    }

    private int monetary(Customer customer, EvaluationContext context) {
        return RfmQuintiles.scoreAscending(SPENT.readDouble(customer, context), monetary);
    }

    private static List<Double> boxed(double[]... arrays) {
        return Arrays.stream(arrays).flatMapToDouble(Arrays::stream).boxed().toList();
    }
}
