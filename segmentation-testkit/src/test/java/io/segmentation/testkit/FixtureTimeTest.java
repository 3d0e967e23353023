package io.segmentation.testkit;

import static io.segmentation.Attributes.age;
import static io.segmentation.Attributes.purchases;
import static io.segmentation.testkit.SegmentationAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.segmentation.EvaluationContext;
import io.segmentation.Segment;
import io.segmentation.customer.Customer;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 12, item 7: a fixture's time flows to the assertions made from it; without one, both share the default. */
class FixtureTimeTest {

    private static final Instant JUNE = Instant.parse("2026-06-01T00:00:00Z");
    private static final Segment<Customer> RECENT_BUYERS =
            Segment.where(purchases().inLast(Duration.ofDays(30)).atLeast(1)).named("recent-buyers");

    @Test
    void an_assertion_judges_a_fixture_at_the_time_it_was_built_for() {
        Customer buyer = Fixtures.asOf(JUNE).customerIn(RECENT_BUYERS);

        // Before: judged at 2026-01-01, when the fixture's May orders had not happened, so this failed.
        assertThat(buyer).isIn(RECENT_BUYERS);
    }

    @Test
    void a_fixture_outside_a_segment_is_judged_at_its_time_too() {
        Customer lapsed = Fixtures.asOf(JUNE).customerNotIn(Segment.where(age().atLeast(18)));
        assertThat(lapsed).isNotIn(Segment.where(age().atLeast(18)));
    }

    @Test
    void an_explicit_time_on_the_assertion_wins_over_the_fixture_time() {
        Customer buyer = Fixtures.asOf(JUNE).customerIn(RECENT_BUYERS);
        assertThat(buyer).asOf(JUNE.plus(Duration.ofDays(400))).isNotIn(RECENT_BUYERS);
        assertThat(buyer).in(TestKit.defaultContext()).isNotIn(RECENT_BUYERS);
    }

    @Test
    void the_assertion_failure_names_the_fixture_time() {
        Customer buyer = Fixtures.asOf(JUNE).customerIn(RECENT_BUYERS);
        assertThatThrownBy(() -> assertThat(buyer).isNotIn(RECENT_BUYERS))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("as of 2026-06-01T00:00:00Z");
    }

    @Test
    void an_assertion_keeps_the_fixture_zone_when_it_changes_only_the_instant() {
        EvaluationContext tokyo = EvaluationContext.asOf(JUNE, ZoneId.of("Asia/Tokyo"));
        Customer buyer = Fixtures.asOf(tokyo).customerIn(RECENT_BUYERS);
        assertThatThrownBy(() -> assertThat(buyer).asOf(JUNE.plusSeconds(1)).isNotIn(RECENT_BUYERS))
                .hasMessageContaining("Asia/Tokyo");
    }

    @Test
    void every_customer_of_a_factory_carries_its_time() {
        Fixtures.Factory june = Fixtures.asOf(JUNE);
        List<Customer> buyers = june.customersIn(RECENT_BUYERS, 3);
        buyers.forEach(b -> assertThat(b).isIn(RECENT_BUYERS));
        Segment<Customer> twice =
                Segment.where(purchases().inLast(Duration.ofDays(30)).atLeast(2));
        List<BoundaryCase> cases = june.boundaryCases(twice);
        assertThat(cases).isNotEmpty();
        for (BoundaryCase c : cases) {
            if (c.expectedIn()) {
                assertThat(c.customer()).as(c.description()).isIn(twice);
            } else {
                assertThat(c.customer()).as(c.description()).isNotIn(twice);
            }
        }
    }

    @Test
    void a_copy_of_a_fixture_is_judged_at_the_default() {
        Customer buyer = Fixtures.asOf(JUNE).customerIn(RECENT_BUYERS);
        Customer copy = buyer.toBuilder().build();
        assertThat(copy).isEqualTo(buyer);
        assertThat(copy).isNotIn(RECENT_BUYERS);
        assertThat(copy).asOf(JUNE).isIn(RECENT_BUYERS);
    }

    @Test
    void fixtures_and_assertions_without_a_time_share_the_default() {
        Customer buyer = Fixtures.customerIn(RECENT_BUYERS);
        assertThat(buyer).isIn(RECENT_BUYERS);
        assertThat(Customer.builder("plain").build()).isNotIn(RECENT_BUYERS);
        assertThatThrownBy(() -> assertThat(buyer).isNotIn(RECENT_BUYERS))
                .hasMessageContaining("as of 2026-01-01T00:00:00Z");
    }
}
