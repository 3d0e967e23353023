package io.segmentation.testkit;

import static io.segmentation.Attributes.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.segmentation.Criterion;
import io.segmentation.EvaluationContext;
import io.segmentation.Segment;
import io.segmentation.TimePoint;
import io.segmentation.customer.Customer;
import io.segmentation.customer.Order;
import io.segmentation.engine.SegmentMatcher;
import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Fixtures for segments whose negated comparisons leave an attribute a union of intervals (issue 13): the solver
 * tries each interval as it tries each alternative of a written {@code OR}.
 */
class FixturesComplementTest {

    private static final EvaluationContext DEFAULT = TestKit.defaultContext();

    private static final Criterion<Customer> NOT_BETWEEN_WITH_WINDOWS = allOf(
            not(totalSpent().between(800, 1900)),
            not(purchases().inLast(Duration.ofDays(30)).is(3)),
            totalSpent().inLast(Duration.ofDays(90)).lessThan(1600),
            totalSpent().inLast(Duration.ofDays(7)).atLeast(900));

    private static boolean in(Criterion<Customer> criterion, Customer customer) {
        return SegmentMatcher.of(Segment.where(criterion)).matches(customer, DEFAULT);
    }

    private static Order order(String id, String amount, Duration ago) {
        return Order.builder(id, TestKit.DEFAULT_AS_OF.minus(ago), new BigDecimal(amount))
                .build();
    }

    @Test
    void issue_example_customer_is_in_the_not_between_segment() {
        Customer example = Customer.builder("example")
                .orders(java.util.List.of(
                        order("o-1", "1901.00", Duration.ofDays(500)), order("o-2", "933.00", Duration.ofDays(2))))
                .build();

        assertThat(in(NOT_BETWEEN_WITH_WINDOWS, example)).isTrue();
    }

    @Test
    void customer_in_solves_a_not_between_total_beside_narrower_windows() {
        Customer c = Fixtures.customerIn(NOT_BETWEEN_WITH_WINDOWS);

        assertThat(in(NOT_BETWEEN_WITH_WINDOWS, c)).isTrue();
    }

    @Test
    void customer_in_solves_the_same_segment_with_the_not_between_written_as_or() {
        Criterion<Customer> written = allOf(
                anyOf(totalSpent().lessThan(800), totalSpent().greaterThan(1900)),
                not(purchases().inLast(Duration.ofDays(30)).is(3)),
                totalSpent().inLast(Duration.ofDays(90)).lessThan(1600),
                totalSpent().inLast(Duration.ofDays(7)).atLeast(900));

        Customer c = Fixtures.customerIn(written);

        assertThat(in(written, c)).isTrue();
    }

    @Test
    void customer_not_in_solves_the_negation_of_the_not_between_segment() {
        Customer c = Fixtures.customerNotIn(NOT_BETWEEN_WITH_WINDOWS);

        assertThat(in(NOT_BETWEEN_WITH_WINDOWS, c)).isFalse();
    }

    @Test
    void customer_in_solves_a_not_between_on_a_windowed_total() {
        Criterion<Customer> c = allOf(
                not(totalSpent().inLast(Duration.ofDays(365)).between(800, 1900)),
                totalSpent().inLast(Duration.ofDays(90)).lessThan(1600),
                totalSpent().inLast(Duration.ofDays(7)).atLeast(900));

        assertThat(in(c, Fixtures.customerIn(c))).isTrue();
    }

    @Test
    void customer_in_solves_a_not_between_on_a_purchase_count_beside_windows() {
        Criterion<Customer> c = allOf(
                not(purchases().between(2, 5)),
                purchases().inLast(Duration.ofDays(30)).atLeast(2),
                purchases().inLast(Duration.ofDays(90)).atMost(3));

        assertThat(in(c, Fixtures.customerIn(c))).isTrue();
    }

    @Test
    void customer_in_solves_a_not_between_on_a_windowed_purchase_count() {
        Criterion<Customer> c = allOf(
                not(purchases().inLast(Duration.ofDays(365)).between(1, 4)),
                purchases().inLast(Duration.ofDays(7)).atLeast(1),
                totalSpent().inLast(Duration.ofDays(365)).atMost(100));

        assertThat(in(c, Fixtures.customerIn(c))).isTrue();
    }

    @Test
    void customer_in_solves_a_not_between_on_the_last_purchase() {
        Criterion<Customer> c = allOf(
                not(lastPurchase().between(TimePoint.ago(Duration.ofDays(60)), TimePoint.ago(Duration.ofDays(10)))),
                purchases().inLast(Duration.ofDays(30)).is(0),
                purchases().atLeast(2));

        assertThat(in(c, Fixtures.customerIn(c))).isTrue();
    }

    @Test
    void customer_in_solves_a_not_between_on_the_first_purchase() {
        Criterion<Customer> c = allOf(
                not(firstPurchase().between(TimePoint.ago(Duration.ofDays(400)), TimePoint.ago(Duration.ofDays(5)))),
                totalSpent().inLast(Duration.ofDays(5)).lessThan(100),
                totalSpent().atLeast(1000));

        assertThat(in(c, Fixtures.customerIn(c))).isTrue();
    }

    @Test
    void customer_in_solves_a_not_between_on_an_average_order_value() {
        Criterion<Customer> c = allOf(
                not(averageOrderValue().between(50, 500)),
                averageOrderValue().inLast(Duration.ofDays(30)).atLeast(600),
                totalSpent().inLast(Duration.ofDays(30)).atMost(1000),
                purchases().atLeast(3));

        assertThat(in(c, Fixtures.customerIn(c))).isTrue();
    }

    @Test
    void customer_in_solves_a_not_between_on_event_counts_in_windows() {
        Criterion<Customer> c = allOf(
                not(event("page_view").count().between(3, 9)),
                event("page_view").count().inLast(Duration.ofDays(7)).atLeast(4),
                event("page_view").count().inLast(Duration.ofDays(30)).atMost(5));

        assertThat(in(c, Fixtures.customerIn(c))).isTrue();
    }
}
