package io.segmentation.attribute;

import static io.segmentation.Attributes.event;
import static io.segmentation.Attributes.property;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.segmentation.Criterion;
import io.segmentation.EvaluationContext;
import io.segmentation.Segment;
import io.segmentation.customer.Customer;
import io.segmentation.customer.Event;
import io.segmentation.engine.SegmentMatcher;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EventQueryTest {

    private static final Instant AS_OF = Instant.parse("2026-06-01T00:00:00Z");
    private static final EvaluationContext CONTEXT = EvaluationContext.asOf(AS_OF);
    private static final Duration DAYS_30 = Duration.ofDays(30);

    private static Event view(Instant at, String path) {
        return Event.of("page_view", at, Map.of("path", path));
    }

    private static final Customer BROWSER = Customer.builder("c-1")
            .event(view(AS_OF.minus(Duration.ofDays(40)), "/shoes/road"))
            .event(view(AS_OF.minus(DAYS_30), "/shoes/trail"))
            .event(view(AS_OF.minus(Duration.ofDays(2)), "/home/lamp"))
            .event(view(AS_OF, "/Shoes/sale"))
            .event(view(AS_OF.plusSeconds(1), "/shoes/future"))
            .event(Event.of("login", AS_OF.minus(Duration.ofDays(3))))
            .event(Event.of("basket", AS_OF.minus(Duration.ofDays(1)), Map.of("value", 120, "gift", true)))
            .event(Event.of("basket", AS_OF.minus(Duration.ofDays(5)), Map.of("value", 40, "gift", false)))
            .build();

    private static double count(WindowedNumberAttribute<Customer> attribute) {
        return attribute.readDouble(BROWSER, CONTEXT);
    }

    @Test
    void count_counts_events_of_the_type_up_to_as_of() {
        assertThat(count(event("page_view").count())).isEqualTo(4);
    }

    @Test
    void count_excludes_events_after_as_of() {
        EvaluationContext earlier = EvaluationContext.asOf(AS_OF.minusNanos(1));

        assertThat(event("page_view").count().readDouble(BROWSER, earlier)).isEqualTo(3);
    }

    @Test
    void count_is_zero_not_missing_for_an_unknown_type() {
        assertThat(event("purchase_intent").count().valueOf(BROWSER, CONTEXT)).contains(0.0);
    }

    @Test
    void count_with_a_filter_counts_only_matching_events() {
        assertThat(count(event("page_view")
                        .where(property("path").startsWith("/shoes"))
                        .count()))
                .isEqualTo(2);
    }

    @Test
    void count_with_a_filter_in_a_window_counts_both_ends_of_the_window() {
        WindowedNumberAttribute<Customer> recentShoes = event("page_view")
                .where(property("path").startsWithIgnoringCase("/shoes"))
                .count()
                .inLast(DAYS_30);

        assertThat(count(recentShoes)).isEqualTo(2);
    }

    @Test
    void count_in_a_window_excludes_events_before_it() {
        assertThat(count(event("page_view").count().inLast(Duration.ofDays(29))))
                .isEqualTo(2);
    }

    @Test
    void count_during_is_half_open_and_cut_at_as_of() {
        Instant from = AS_OF.minus(DAYS_30);

        assertThat(count(event("page_view").count().during(from, AS_OF))).isEqualTo(2);
        assertThat(count(event("page_view").count().during(from, AS_OF.plus(DAYS_30))))
                .isEqualTo(3);
    }

    @Test
    void several_wheres_must_all_hold() {
        EventQuery query = event("page_view")
                .where(property("path").startsWith("/shoes"))
                .where(property("path").endsWith("trail"));

        assertThat(count(query.count())).isEqualTo(1);
    }

    @Test
    void several_wheres_combine_into_one_conjunction() {
        Criterion<Event> a = property("path").startsWith("/shoes");
        Criterion<Event> b = property("path").endsWith("trail");

        assertThat(event("page_view").where(a).where(b).filter()).contains(a.and(b));
    }

    @Test
    void a_numeric_property_filter_reads_numbers() {
        assertThat(count(event("basket")
                        .where(property("value").number().atLeast(100))
                        .count()))
                .isEqualTo(1);
    }

    @Test
    void a_boolean_property_filter_reads_booleans() {
        assertThat(count(event("basket").where(property("gift").bool().isTrue()).count()))
                .isEqualTo(1);
    }

    @Test
    void last_is_the_instant_of_the_most_recent_matching_event_up_to_as_of() {
        assertThat(event("page_view").last().valueOf(BROWSER, CONTEXT)).contains(AS_OF);
    }

    @Test
    void last_with_a_filter_skips_later_non_matching_events() {
        InstantAttribute<Customer> lastShoes =
                event("page_view").where(property("path").startsWith("/shoes")).last();

        assertThat(lastShoes.valueOf(BROWSER, CONTEXT)).contains(AS_OF.minus(DAYS_30));
    }

    @Test
    void last_is_missing_without_a_matching_event() {
        assertThat(event("signup").last().valueOf(BROWSER, CONTEXT)).isEmpty();
    }

    @Test
    void last_supports_more_than_ago() {
        Criterion<Customer> dormant =
                event("login").last().moreThan(Duration.ofDays(2)).ago();

        assertThat(SegmentMatcher.of(Segment.where(dormant)).matches(BROWSER, CONTEXT))
                .isTrue();
    }

    @Test
    void type_and_filter_are_those_given() {
        EventQuery query = event("page_view");

        assertThat(query.type()).isEqualTo("page_view");
        assertThat(query.filter()).isEmpty();
    }

    @Test
    void to_string_names_the_type() {
        assertThat(event("page_view")).hasToString("event('page_view')");
    }

    @Test
    void a_blank_type_is_rejected() {
        assertThatThrownBy(() -> event(" "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("event type");
    }

    @Test
    void a_null_type_is_rejected() {
        assertThatThrownBy(() -> event(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void queries_are_equal_by_type_and_filter() {
        new EqualsTester()
                .addEqualityGroup(event("page_view"), EventQuery.of("page_view"))
                .addEqualityGroup(event("login"))
                .addEqualityGroup(
                        event("page_view").where(property("path").startsWith("/shoes")),
                        event("page_view").where(property("path").startsWith("/shoes")))
                .addEqualityGroup(event("page_view").where(property("path").startsWith("/home")))
                .testEquals();
    }

    @Test
    void null_pointer_tester_finds_every_reference_parameter_checked() {
        NullPointerTester tester = new NullPointerTester()
                .setDefault(Criterion.class, property("path").isPresent());
        tester.testAllPublicStaticMethods(EventQuery.class);
        tester.testAllPublicInstanceMethods(event("page_view"));
    }
}
