package io.segmentation.examples;

import static io.segmentation.Attributes.purchases;
import static io.segmentation.Attributes.totalSpent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.segmentation.EvaluationContext;
import io.segmentation.Segment;
import io.segmentation.customer.Customer;
import io.segmentation.customer.Order;
import io.segmentation.engine.MembershipChange;
import io.segmentation.engine.SegmentEngine;
import io.segmentation.examples.DynamicSegments.Notification;
import io.segmentation.examples.DynamicSegments.Replay;
import io.segmentation.examples.data.SampleData;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DynamicSegmentsTest {

    private static final Instant FROM = Instant.parse("2026-05-01T00:00:00Z");
    private static final Instant TO = Instant.parse("2026-07-01T00:00:00Z");
    private static final Segment<Customer> RECENT =
            Segment.where(purchases().inLast(Duration.ofDays(30)).atLeast(1)).named("recent");

    @Test
    void an_order_enters_and_thirty_quiet_days_leave() {
        Instant ordered = Instant.parse("2026-05-10T12:00:00Z");
        Customer anna = Customer.builder("anna")
                .order(Order.builder("o-1", ordered, BigDecimal.TEN).build())
                .build();

        Replay replay = DynamicSegments.replay(List.of(anna), SegmentEngine.of(RECENT), FROM, TO, ZoneOffset.UTC);

        assertThat(replay.startSizes()).containsEntry(RECENT, 0);
        assertThat(replay.notifications())
                .extracting(Notification::change)
                .containsExactly(
                        new MembershipChange.Entered<>("anna", anna, RECENT, ordered),
                        new MembershipChange.Exited<>(
                                "anna",
                                anna,
                                RECENT,
                                ordered.plus(Duration.ofDays(30)).plusNanos(1)));
        assertThat(replay.notifications()).extracting(Notification::cause).containsExactly("order o-1", "time passed");
        assertThat(replay.endSizes()).containsEntry(RECENT, 0);
    }

    @Test
    void history_before_the_start_is_the_starting_state_and_is_not_announced() {
        Customer bob = Customer.builder("bob")
                .order(Order.builder("o-1", FROM.minus(Duration.ofDays(2)), BigDecimal.TEN)
                        .build())
                .build();

        Replay replay = DynamicSegments.replay(List.of(bob), SegmentEngine.of(RECENT), FROM, TO, ZoneOffset.UTC);

        assertThat(replay.startSizes()).containsEntry(RECENT, 1);
        assertThat(replay.notifications()).hasSize(1);
        assertThat(replay.notifications().get(0).change()).isInstanceOf(MembershipChange.Exited.class);
    }

    @Test
    void rejects_an_end_before_the_start() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> DynamicSegments.replay(List.of(), SegmentEngine.of(RECENT), TO, FROM, ZoneOffset.UTC))
                .withMessageContaining(FROM.toString());
    }

    @Test
    void replaying_the_sample_ends_where_evaluating_at_the_end_does() {
        List<Customer> customers = SampleData.load();
        List<Segment<Customer>> segments = new ArrayList<>();
        ExampleSegments.ALL.forEach(e -> segments.add(e.segment()));
        SegmentEngine<Customer> engine = SegmentEngine.of(segments);

        Replay replay = DynamicSegments.replay(customers, engine, DynamicSegments.FROM, Tour.AS_OF, ZoneOffset.UTC);

        EvaluationContext end = EvaluationContext.asOf(Tour.AS_OF, ZoneOffset.UTC);
        for (Segment<Customer> segment : segments) {
            long expected = customers.stream()
                    .filter(c -> engine.matches(segment, c, end))
                    .count();
            assertThat(replay.endSizes().get(segment))
                    .as(segment.name().orElseThrow())
                    .isEqualTo((int) expected);
        }
        assertThat(replay.notifications()).isNotEmpty();
        assertThat(replay.notifications())
                .extracting(n -> n.change().at())
                .isSorted()
                .allSatisfy(at -> assertThat(at).isAfter(DynamicSegments.FROM).isBeforeOrEqualTo(Tour.AS_OF));
    }

    @Test
    void describe_counts_changes_and_the_customers_who_made_them_apart() {
        Segment<Customer> spent = Segment.where(
                        totalSpent().inLast(Duration.ofDays(30)).atLeast(5))
                .named("spent");
        Customer anna = Customer.builder("anna")
                .order(Order.builder("o-1", Instant.parse("2026-05-10T12:00:00Z"), BigDecimal.TEN)
                        .build())
                .build();
        Customer bob = Customer.builder("bob").build();
        Replay replay =
                DynamicSegments.replay(List.of(anna, bob), SegmentEngine.of(RECENT, spent), FROM, TO, ZoneOffset.UTC);

        String text = DynamicSegments.describe(replay, 10);

        // anna enters both segments and leaves both: four changes, one customer
        assertThat(replay.notifications()).hasSize(4);
        assertThat(text).contains("4 membership changes (2 entries into segments, 2 exits) by 1 customer.");
    }

    @Test
    void describe_prints_each_change_and_the_sizes() {
        Instant ordered = Instant.parse("2026-05-10T12:00:00Z");
        Customer anna = Customer.builder("anna")
                .order(Order.builder("o-1", ordered, BigDecimal.TEN).build())
                .build();
        Replay replay = DynamicSegments.replay(List.of(anna), SegmentEngine.of(RECENT), FROM, TO, ZoneOffset.UTC);

        String text = DynamicSegments.describe(replay, 1);

        assertThat(text)
                .contains("2 membership changes (1 entry into a segment, 1 exit) by 1 customer.")
                .contains("2026-05-10T12:00:00Z  anna    entered  recent")
                .contains("… and 1 more changes")
                .contains("recent");
    }
}
