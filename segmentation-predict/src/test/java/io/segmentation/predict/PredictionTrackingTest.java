package io.segmentation.predict;

import static org.assertj.core.api.Assertions.assertThat;

import io.segmentation.EvaluationContext;
import io.segmentation.Segment;
import io.segmentation.attribute.Cost;
import io.segmentation.attribute.NumberAttribute;
import io.segmentation.attribute.TimeDependence;
import io.segmentation.customer.Customer;
import io.segmentation.customer.Order;
import io.segmentation.engine.MembershipChange;
import io.segmentation.engine.MembershipTracker;
import io.segmentation.engine.SegmentEngine;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Predictions read the evaluation time, declare it, and a tracker re-evaluates them as time passes. */
class PredictionTrackingTest {

    private static final BgNbdModel BG = BgNbdModel.of(0.243, 4.414, 0.793, 2.426, ChronoUnit.WEEKS);
    private static final Predictions PREDICTIONS = Predictions.of(BG);
    private static final NumberAttribute<Customer> P_ALIVE = PREDICTIONS.probabilityAlive();

    /** Bought every two weeks for half a year, then stopped. */
    private static final Customer REGULAR = regular();

    private static final Instant LAST_SEEN = Instant.parse("2026-06-30T12:00:00Z");

    private static Customer regular() {
        Customer.Builder b = Customer.builder("regular");
        Instant at = Instant.parse("2026-01-05T10:00:00Z");
        for (int i = 0; i < 13; i++) {
            b.order(Order.builder("o" + i, at.plus(Duration.ofDays(14L * i)), new BigDecimal("25.00"))
                    .build());
        }
        return b.build();
    }

    private static double pAlive(Instant at) {
        return P_ALIVE.readDouble(REGULAR, EvaluationContext.asOf(at, ZoneOffset.UTC));
    }

    @Test
    void predictions_declare_a_daily_reevaluation_and_an_expensive_read() {
        assertThat(P_ALIVE.timeDependence()).isEqualTo(TimeDependence.reevaluatedEvery(Duration.ofDays(1)));
        assertThat(PREDICTIONS
                        .predictedPurchases(Duration.ofDays(90))
                        .timeDependence()
                        .kind())
                .isEqualTo(TimeDependence.Kind.READS_EVALUATION_TIME);
        assertThat(P_ALIVE.cost()).isEqualTo(Cost.EXPENSIVE);
    }

    @Test
    void tracker_enters_at_risk_on_the_midnight_probability_alive_falls_below_the_threshold() {
        assertThat(pAlive(LAST_SEEN)).isGreaterThan(0.5);
        Segment<Customer> atRisk = Segment.where(P_ALIVE.lessThan(0.5)).named("at_risk");
        MembershipTracker<Customer> tracker = MembershipTracker.over(SegmentEngine.of(atRisk), ZoneOffset.UTC);
        List<MembershipChange<Customer>> changes = new ArrayList<>();
        tracker.addListener(changes::add);

        tracker.update(REGULAR, LAST_SEEN);
        tracker.advanceTo(Instant.parse("2028-01-01T00:00:00Z"));

        assertThat(changes).hasSize(1);
        assertThat(changes.get(0)).isInstanceOf(MembershipChange.Entered.class);
        Instant entered = changes.get(0).at();
        assertThat(entered.atZone(ZoneOffset.UTC).toLocalTime()).isEqualTo(java.time.LocalTime.MIDNIGHT);
        assertThat(pAlive(entered)).isLessThan(0.5);
        assertThat(pAlive(entered.minusNanos(1))).isGreaterThanOrEqualTo(0.5);
    }

    @Test
    void tracker_schedules_a_prediction_at_the_next_local_midnight() {
        Segment<Customer> active = Segment.where(
                        PREDICTIONS.predictedPurchases(Duration.ofDays(90)).atLeast(1))
                .named("active");
        MembershipTracker<Customer> tracker = MembershipTracker.over(SegmentEngine.of(active), ZoneOffset.UTC);

        tracker.update(REGULAR, LAST_SEEN);

        assertThat(tracker.nextEvaluation("regular")).contains(Instant.parse("2026-07-01T00:00:00Z"));
    }
}
