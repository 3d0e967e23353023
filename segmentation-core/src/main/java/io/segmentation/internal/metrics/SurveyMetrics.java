package io.segmentation.internal.metrics;

import static com.google.common.base.Preconditions.checkNotNull;

import io.segmentation.attribute.NumberAttribute;
import io.segmentation.customer.Customer;
import io.segmentation.customer.Event;
import io.segmentation.metrics.MetricCalculator;
import io.segmentation.metrics.NetPromoterScore;
import io.segmentation.metrics.Ratio;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/**
 * NPS and CSAT from one voice per member: the most recent valid response up to the evaluation time (a numeric
 * property of survey events), or the value of a number attribute. Responses outside the scale, non-numeric or missing
 * are ignored, as if never given.
 */
public final class SurveyMetrics {

    private SurveyMetrics() {}

    /** The answer scales: each sorts a valid score into a counter, or rejects it. */
    private enum Scale {
        /** 0 to 10; counters: promoters (9, 10), passives (7, 8), detractors (0 to 6). */
        NPS(0, 10, 3) {
            @Override
            int counter(double score) {
                return score >= 9 ? 0 : score > 6 ? 1 : 2;
            }
        },
        /** 1 to 5; counters: satisfied (4, 5), others. */
        CSAT(1, 5, 2) {
            @Override
            int counter(double score) {
                return score >= 4 ? 0 : 1;
            }
        };

        final double lowest;
        final double highest;
        final int counters;

        Scale(double lowest, double highest, int counters) {
            this.lowest = lowest;
            this.highest = highest;
            this.counters = counters;
        }

        boolean accepts(double score) {
            return score >= lowest && score <= highest;
        }

        abstract int counter(double score);
    }

    /**
     * NPS from survey events.
     *
     * @param eventType the survey's event type, not blank
     * @param scoreProperty the numeric property holding the score, not blank
     */
    public static MetricCalculator<Customer, NetPromoterScore> nps(String eventType, String scoreProperty) {
        return fromEvents("NPS", Scale.NPS, eventType, scoreProperty, SurveyMetrics::netPromoterScore);
    }

    /**
     * NPS from a number attribute; a missing value is no response.
     *
     * @param score the attribute
     */
    public static MetricCalculator<Customer, NetPromoterScore> nps(NumberAttribute<Customer> score) {
        return fromAttribute("NPS", Scale.NPS, score, SurveyMetrics::netPromoterScore);
    }

    /**
     * CSAT from survey events: satisfied (4 or 5) over responses.
     *
     * @param eventType the survey's event type, not blank
     * @param scoreProperty the numeric property holding the score, not blank
     */
    public static MetricCalculator<Customer, Ratio> csat(String eventType, String scoreProperty) {
        return fromEvents("CSAT", Scale.CSAT, eventType, scoreProperty, SurveyMetrics::satisfaction);
    }

    /**
     * CSAT from a number attribute; a missing value is no response.
     *
     * @param score the attribute
     */
    public static MetricCalculator<Customer, Ratio> csat(NumberAttribute<Customer> score) {
        return fromAttribute("CSAT", Scale.CSAT, score, SurveyMetrics::satisfaction);
    }

    private static NetPromoterScore netPromoterScore(Tally t) {
        return new NetPromoterScore(t.counts[0], t.counts[1], t.counts[2]);
    }

    private static Ratio satisfaction(Tally t) {
        return new Ratio(t.counts[0], t.counts[0] + t.counts[1]);
    }

    private static <R> MetricCalculator<Customer, R> fromEvents(
            String name, Scale scale, String eventType, String scoreProperty, Function<Tally, R> finisher) {
        Arguments.nonBlank(eventType, "eventType");
        Arguments.nonBlank(scoreProperty, "scoreProperty");
        return Tally.calculator(
                name,
                scale.counters,
                context -> {
                    Instant asOf = context.asOf();
                    return (tally, member) -> {
                        List<Event> events = member.eventsUpTo(asOf);
                        // Latest first: events are sorted by instant, ties in the order they were added.
                        for (int i = events.size() - 1; i >= 0; i--) {
                            Event event = events.get(i);
                            if (event.type().equals(eventType)
                                    && event.properties().get(scoreProperty) instanceof Double score
                                    && scale.accepts(score)) {
                                tally.counts[scale.counter(score)]++;
                                return;
                            }
                        }
                    };
                },
                finisher);
    }

    private static <R> MetricCalculator<Customer, R> fromAttribute(
            String name, Scale scale, NumberAttribute<Customer> score, Function<Tally, R> finisher) {
        checkNotNull(score, "score");
        return Tally.calculator(
                name,
                scale.counters,
                context -> (tally, member) -> {
                    double value = score.readDouble(member, context);
                    if (scale.accepts(value)) {
                        tally.counts[scale.counter(value)]++;
                    }
                },
                finisher);
    }
}
