package io.segmentation.predict;

import static io.segmentation.predict.RfmFixtures.CONTEXT;
import static io.segmentation.predict.RfmFixtures.customer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.segmentation.Segment;
import io.segmentation.customer.Customer;
import io.segmentation.engine.SegmentEngine;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class RfmSegmentTest {

    @Test
    void every_score_combination_falls_under_exactly_one_rule() {
        for (int r = 1; r <= 5; r++) {
            for (int f = 1; f <= 5; f++) {
                for (int m = 1; m <= 5; m++) {
                    double fm = (f + m) / 2.0;
                    int rr = r;
                    assertThat(Arrays.stream(RfmSegment.values()).filter(s -> s.contains(rr, fm)))
                            .as("R %s F %s M %s", r, f, m)
                            .hasSize(1);
                }
            }
        }
    }

    @Test
    void every_one_of_the_125_score_combinations_is_in_exactly_one_named_segment_of_the_engine() {
        // Five customers with 1..5 days, orders and tens spent give breakpoints 5,4,3,2 (days), 1,2,3,4 (orders) and
        // 10,20,30,40 (spent), so a customer (6 - r days, f orders, 10·m spent) scores exactly (r, f, m).
        List<Customer> anchors = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            anchors.add(customer("anchor" + i, i, i, 10.0 * i));
        }
        RfmModel model = RfmModel.fit(anchors, CONTEXT);
        SegmentEngine<Customer> engine = SegmentEngine.of(model.namedSegments());

        for (int r = 1; r <= 5; r++) {
            for (int f = 1; f <= 5; f++) {
                for (int m = 1; m <= 5; m++) {
                    Customer c = customer("c" + r + f + m, 6 - r, f, 10.0 * m);
                    RfmScore expected = new RfmScore(r, f, m);
                    Segment<Customer> named = model.rfm().segment(expected.segment());

                    assertThat(model.scoreOf(c)).contains(expected);
                    assertThat(engine.segmentsOf(c, CONTEXT)).as("%s", expected).containsExactly(named);
                    assertThat(engine.firstSegmentOf(c, CONTEXT)).contains(named);
                }
            }
        }
    }

    @Test
    void the_rules_sit_where_the_table_puts_them() {
        assertThat(RfmSegment.of(5, 5)).isEqualTo(RfmSegment.CHAMPIONS);
        assertThat(RfmSegment.of(4, 3.5)).isEqualTo(RfmSegment.LOYAL_CUSTOMERS);
        assertThat(RfmSegment.of(5, 2)).isEqualTo(RfmSegment.POTENTIAL_LOYALIST);
        assertThat(RfmSegment.of(5, 1.5)).isEqualTo(RfmSegment.NEW_CUSTOMERS);
        assertThat(RfmSegment.of(4, 1)).isEqualTo(RfmSegment.PROMISING);
        assertThat(RfmSegment.of(3, 5)).isEqualTo(RfmSegment.NEED_ATTENTION);
        assertThat(RfmSegment.of(3, 1.5)).isEqualTo(RfmSegment.ABOUT_TO_SLEEP);
        assertThat(RfmSegment.of(2, 3)).isEqualTo(RfmSegment.AT_RISK);
        assertThat(RfmSegment.of(1, 4)).isEqualTo(RfmSegment.CANT_LOSE_THEM);
        assertThat(RfmSegment.of(2, 2.5)).isEqualTo(RfmSegment.HIBERNATING);
        assertThat(RfmSegment.of(1, 2.5)).isEqualTo(RfmSegment.LOST);
    }

    @Test
    void the_segments_come_in_the_stated_order_with_their_usual_names() {
        assertThat(Arrays.stream(RfmSegment.values()).map(RfmSegment::label))
                .containsExactly(
                        "Champions",
                        "Loyal Customers",
                        "Potential Loyalist",
                        "New Customers",
                        "Promising",
                        "Need Attention",
                        "About To Sleep",
                        "At Risk",
                        "Can't Lose Them",
                        "Hibernating",
                        "Lost");
    }

    @Test
    void named_segments_are_named_and_described_by_their_rule() {
        RfmScoring scoring =
                RfmModel.fit(List.of(customer("a", 1, 1, 1)), CONTEXT).rfm();

        assertThat(scoring.namedSegments().stream().map(s -> s.name().orElseThrow()))
                .containsExactly(Arrays.stream(RfmSegment.values())
                        .map(RfmSegment::label)
                        .toArray(String[]::new));
        assertThat(scoring.segment(RfmSegment.CHAMPIONS).description())
                .contains("R 4-5, FM 4-5: bought recently, buy often and spend the most");
        assertThat(scoring.segment(RfmSegment.LOYAL_CUSTOMERS).description())
                .contains("R 4-5, FM 3-3.5: recent customers who spend good money often");
        assertThat(scoring.segment(RfmSegment.LOST).description())
                .contains("R 1, FM 1-2.5: the lowest recency, low frequency and spend");
    }

    @Test
    void rule_ranges_are_inclusive() {
        assertThat(RfmSegment.CHAMPIONS.contains(4, 4)).isTrue();
        assertThat(RfmSegment.CHAMPIONS.contains(4, 3.5)).isFalse();
        assertThat(RfmSegment.CHAMPIONS.contains(3, 5)).isFalse();
        assertThat(RfmSegment.CHAMPIONS.minRecency()).isEqualTo(4);
        assertThat(RfmSegment.CHAMPIONS.maxRecency()).isEqualTo(5);
        assertThat(RfmSegment.CHAMPIONS.minFm()).isEqualTo(4);
        assertThat(RfmSegment.CHAMPIONS.maxFm()).isEqualTo(5);
    }

    @Test
    void of_rejects_scores_out_of_range() {
        assertThatThrownBy(() -> RfmSegment.of(0, 3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("recency score must be between 1 and 5 but was 0");
        assertThatThrownBy(() -> RfmSegment.of(3, 5.5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("fm score must be between 1 and 5 but was 5.5");
    }

    @Test
    void of_rejects_fm_between_halves() {
        assertThatThrownBy(() -> RfmSegment.of(3, 1.7))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("fm score must be a multiple of 0.5 but was 1.7");
    }
}
