package io.segmentation.predict;

import static io.segmentation.predict.RfmFixtures.AS_OF;
import static io.segmentation.predict.RfmFixtures.CONTEXT;
import static io.segmentation.predict.RfmFixtures.customer;
import static io.segmentation.predict.RfmFixtures.neverBought;
import static io.segmentation.predict.RfmFixtures.withFrequencies;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.segmentation.EvaluationContext;
import io.segmentation.customer.Customer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RfmModelTest {

    private static int frequencyOf(RfmModel model, Customer c) {
        return model.scoreOf(c).orElseThrow().frequency();
    }

    @Test
    void frequency_breakpoints_of_ten_distinct_counts_are_every_second_value() {
        // n = 10: c(k) = x(ceil(10k/5)) = x(2k) = 2, 4, 6, 8
        RfmModel model = RfmModel.fit(withFrequencies(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), CONTEXT);

        assertThat(model.rfm().frequencyBreakpoints()).containsExactly(2.0, 4.0, 6.0, 8.0);
    }

    @Test
    void frequency_scores_of_ten_distinct_counts_pair_up() {
        // score = 1 + #{breakpoints 2, 4, 6, 8 strictly below}: 1 and 2 -> 1, 3 and 4 -> 2, …, 9 and 10 -> 5
        List<Customer> customers = withFrequencies(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        RfmModel model = RfmModel.fit(customers, CONTEXT);

        assertThat(customers.stream().map(c -> frequencyOf(model, c))).containsExactly(1, 1, 2, 2, 3, 3, 4, 4, 5, 5);
    }

    @Test
    void monetary_scores_of_seven_customers_follow_the_rounded_up_ranks() {
        // n = 7: ranks ceil(7k/5) = 2, 3, 5, 6 -> breakpoints 20, 30, 50, 60.
        // 1 + floor(5·below/7): 10 -> 1, 20 -> 1 + floor(5/7) = 1, 30 -> 1 + floor(10/7) = 2, 40 -> 1 + floor(15/7) =
        // 3,
        // 50 -> 1 + floor(20/7) = 3, 60 -> 1 + floor(25/7) = 4, 70 -> 1 + floor(30/7) = 5
        List<Customer> customers = new ArrayList<>();
        for (int i = 1; i <= 7; i++) {
            customers.add(customer("m" + i, 1, 1, 10.0 * i));
        }
        RfmModel model = RfmModel.fit(customers, CONTEXT);

        assertThat(model.rfm().monetaryBreakpoints()).containsExactly(20.0, 30.0, 50.0, 60.0);
        assertThat(customers.stream().map(c -> model.scoreOf(c).orElseThrow().monetary()))
                .containsExactly(1, 1, 2, 3, 3, 4, 5);
    }

    @Test
    void a_population_of_two_hundred_has_breakpoints_at_every_fortieth_value() {
        // n = 200: ranks ceil(200k/5) = 40, 80, 120, 160; with counts 1..200 the breakpoints are those counts
        int[] orders = new int[200];
        for (int i = 0; i < orders.length; i++) {
            orders[i] = i + 1;
        }

        RfmModel model = RfmModel.fit(withFrequencies(orders), CONTEXT);

        assertThat(model.rfm().frequencyBreakpoints()).containsExactly(40.0, 80.0, 120.0, 160.0);
        assertThat(model.scoredCount()).isEqualTo(200);
    }

    @Test
    void recency_breakpoints_are_counted_from_the_longest_gap() {
        // days 1..10: c(k) = the (2k)-th largest = 9, 7, 5, 3
        List<Customer> customers = new ArrayList<>();
        for (int d = 1; d <= 10; d++) {
            customers.add(customer("r" + d, d, 1, 10));
        }
        RfmModel model = RfmModel.fit(customers, CONTEXT);

        assertThat(model.rfm().recencyBreakpoints()).containsExactly(9.0, 7.0, 5.0, 3.0);
    }

    @Test
    void recency_is_reversed_so_the_most_recent_buyers_score_five() {
        // score = 1 + #{breakpoints 9, 7, 5, 3 strictly above the day count}: 1 and 2 days -> 5, …, 9 and 10 -> 1
        List<Customer> customers = new ArrayList<>();
        for (int d = 1; d <= 10; d++) {
            customers.add(customer("r" + d, d, 1, 10));
        }
        RfmModel model = RfmModel.fit(customers, CONTEXT);

        assertThat(customers.stream().map(c -> model.scoreOf(c).orElseThrow().recency()))
                .containsExactly(5, 5, 4, 4, 3, 3, 2, 2, 1, 1);
    }

    @Test
    void equal_values_share_the_score_of_where_their_tie_starts() {
        // sorted 1,1,1,1,1,1,2,2,3,5: breakpoints x(2), x(4), x(6), x(8) = 1, 1, 1, 2.
        // 1 -> 1; 2 -> 1 + 3 = 4 (six of ten below: 1 + floor(5·6/10)); 3 -> 5; 5 -> 5
        List<Customer> customers = withFrequencies(1, 1, 1, 1, 1, 1, 2, 2, 3, 5);
        RfmModel model = RfmModel.fit(customers, CONTEXT);

        assertThat(model.rfm().frequencyBreakpoints()).containsExactly(1.0, 1.0, 1.0, 2.0);
        assertThat(customers.stream().map(c -> frequencyOf(model, c))).containsExactly(1, 1, 1, 1, 1, 1, 4, 4, 5, 5);
    }

    @Test
    void a_population_of_equal_customers_all_score_one() {
        // everyone ties, nobody beats anybody: 1 + floor(5·0/n) = 1 on every dimension
        List<Customer> customers = List.of(customer("a", 3, 2, 50), customer("b", 3, 2, 50), customer("c", 3, 2, 50));
        RfmModel model = RfmModel.fit(customers, CONTEXT);

        assertThat(customers).allSatisfy(c -> assertThat(model.scoreOf(c)).contains(new RfmScore(1, 1, 1)));
    }

    @Test
    void a_single_customer_beats_nobody_and_scores_one() {
        Customer only = customer("only", 0, 9, 1_000);

        assertThat(RfmModel.fit(List.of(only), CONTEXT).scoreOf(only)).contains(new RfmScore(1, 1, 1));
    }

    @Test
    void customers_without_orders_have_no_scores() {
        Customer never = neverBought("never");
        RfmModel model = RfmModel.fit(List.of(customer("a", 1, 1, 10), never), CONTEXT);

        assertThat(model.scoreOf(never)).isEmpty();
        assertThat(model.rfm().recency().valueOf(never, CONTEXT)).isEmpty();
        assertThat(model.rfm().frequency().valueOf(never, CONTEXT)).isEmpty();
        assertThat(model.rfm().monetary().valueOf(never, CONTEXT)).isEmpty();
        assertThat(model.rfm().fm().valueOf(never, CONTEXT)).isEmpty();
        assertThat(model.rfm().code().valueOf(never, CONTEXT)).isEmpty();
    }

    @Test
    void customers_without_orders_are_left_out_of_the_breakpoints() {
        List<Customer> buyers = withFrequencies(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        List<Customer> withNonBuyers = new ArrayList<>(buyers);
        withNonBuyers.add(neverBought("x"));
        withNonBuyers.add(neverBought("y"));

        RfmModel model = RfmModel.fit(withNonBuyers, CONTEXT);

        assertThat(model.rfm()).isEqualTo(RfmModel.fit(buyers, CONTEXT).rfm());
        assertThat(model.scoredCount()).isEqualTo(10);
        assertThat(model.unscoredCount()).isEqualTo(2);
    }

    @Test
    void orders_after_the_evaluation_time_are_not_counted() {
        Customer later = customer("later", -3, 2, 10); // both orders in the future of AS_OF
        RfmModel model = RfmModel.fit(List.of(customer("a", 1, 1, 10), later), CONTEXT);

        assertThat(model.scoreOf(later)).isEmpty();
        assertThat(model.unscoredCount()).isEqualTo(1);
    }

    @Test
    void customers_outside_the_population_are_scored_against_the_stored_breakpoints() {
        // frequency breakpoints 2, 4, 6, 8: 100 orders exceeds all four -> 5; 5 orders exceeds 2 and 4 -> 3
        RfmModel model = RfmModel.fit(withFrequencies(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), CONTEXT);

        assertThat(frequencyOf(model, customer("big", 1, 100, 10))).isEqualTo(5);
        assertThat(frequencyOf(model, customer("mid", 1, 5, 10))).isEqualTo(3);
    }

    @Test
    void recency_scores_fall_as_time_passes_against_the_same_breakpoints() {
        // days 1..10, breakpoints 9, 7, 5, 3. The 1-day customer scores 5 at AS_OF; 6 days later it is 7 days
        // out, and only the breakpoint 9 is strictly above 7 -> 1 + 1 = 2
        List<Customer> customers = new ArrayList<>();
        for (int d = 1; d <= 10; d++) {
            customers.add(customer("r" + d, d, 1, 10));
        }
        RfmModel model = RfmModel.fit(customers, CONTEXT);
        EvaluationContext later = CONTEXT.withAsOf(AS_OF.plus(Duration.ofDays(6)));

        assertThat(model.rfm().recency().valueOf(customers.get(0), later)).contains(2.0);
    }

    @Test
    void the_attributes_agree_with_score_of() {
        List<Customer> customers = List.of(
                customer("a", 1, 5, 500), customer("b", 30, 1, 20), customer("c", 8, 2, 90), customer("d", 60, 3, 45));
        RfmModel model = RfmModel.fit(customers, CONTEXT);

        for (Customer c : customers) {
            RfmScore s = model.scoreOf(c).orElseThrow();
            assertThat(model.rfm().recency().valueOf(c, CONTEXT)).contains((double) s.recency());
            assertThat(model.rfm().frequency().valueOf(c, CONTEXT)).contains((double) s.frequency());
            assertThat(model.rfm().monetary().valueOf(c, CONTEXT)).contains((double) s.monetary());
            assertThat(model.rfm().fm().valueOf(c, CONTEXT)).contains(s.fm());
            assertThat(model.rfm().code().valueOf(c, CONTEXT)).contains((double) s.code());
        }
    }

    @Test
    void fitting_the_same_population_twice_gives_equal_models_and_attributes() {
        RfmModel one = RfmModel.fit(withFrequencies(1, 2, 3), CONTEXT);
        RfmModel two = RfmModel.fit(withFrequencies(1, 2, 3), CONTEXT);

        assertThat(one).isEqualTo(two).hasSameHashCodeAs(two);
        assertThat(one.rfm().frequency()).isEqualTo(two.rfm().frequency());
        assertThat(one.namedSegments()).isEqualTo(two.namedSegments());
    }

    @Test
    void different_breakpoints_give_different_attributes() {
        RfmModel one = RfmModel.fit(withFrequencies(1, 2, 3), CONTEXT);
        RfmModel two = RfmModel.fit(withFrequencies(1, 2, 4), CONTEXT);

        assertThat(one.rfm().frequency()).isNotEqualTo(two.rfm().frequency());
        assertThat(one.rfm().fm()).isNotEqualTo(two.rfm().fm());
        assertThat(one.rfm().code()).isNotEqualTo(two.rfm().code());
        assertThat(one.namedSegments()).doesNotContainAnyElementsOf(two.namedSegments());
    }

    @Test
    void fit_rejects_a_population_without_orders() {
        assertThatThrownBy(() -> RfmModel.fit(List.of(neverBought("a"), neverBought("b")), CONTEXT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("customers: none of the 2 customers has an order at or before 2026-06-01T00:00:00Z,"
                        + " so there is nothing to score");
    }

    @Test
    void fit_rejects_an_empty_population() {
        assertThatThrownBy(() -> RfmModel.fit(List.of(), CONTEXT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("none of the 0 customers");
    }

    @Test
    void fit_rejects_null_arguments_and_null_customers() {
        assertThatThrownBy(() -> RfmModel.fit(null, CONTEXT))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("customers");
        assertThatThrownBy(() -> RfmModel.fit(List.of(), null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("context");
        assertThatThrownBy(() -> RfmModel.fit(Arrays.asList(customer("a", 1, 1, 1), null), CONTEXT))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("customers contains null");
    }

    @Test
    void score_of_rejects_null() {
        RfmModel model = RfmModel.fit(withFrequencies(1), CONTEXT);

        assertThatThrownBy(() -> model.scoreOf(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("customer");
    }

    @Test
    void the_model_reports_its_context() {
        RfmModel model = RfmModel.fit(withFrequencies(1), CONTEXT);

        assertThat(model.context()).isEqualTo(CONTEXT);
        assertThat(model.toString()).contains("asOf=2026-06-01T00:00:00Z", "scored=1", "unscored=0");
        assertThat(model.scoreOf(customer("z", 1, 1, 10))).isEqualTo(Optional.of(new RfmScore(1, 1, 1)));
    }
}
