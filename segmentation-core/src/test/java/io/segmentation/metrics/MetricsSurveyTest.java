package io.segmentation.metrics;

import static io.segmentation.Attributes.attribute;
import static io.segmentation.metrics.People.JUNE;
import static io.segmentation.metrics.People.customer;
import static io.segmentation.metrics.People.daysAgo;
import static io.segmentation.metrics.People.event;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import io.segmentation.customer.Customer;
import io.segmentation.customer.Event;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** NPS and CSAT from survey events and from attributes: one voice per customer, invalid responses ignored. */
class MetricsSurveyTest {

    private static Event nps(int daysAgo, Object score) {
        return event("nps", daysAgo, Map.of("score", score));
    }

    private static Event csat(int daysAgo, Object score) {
        return event("csat", daysAgo, Map.of("score", score));
    }

    private static NetPromoterScore npsOf(Customer... members) {
        return Metrics.nps().calculate(List.of(members), JUNE);
    }

    private static Customer scored(String id, double score) {
        return Customer.builder(id).attribute("score", score).build();
    }

    @Test
    void nps_is_percent_promoters_minus_percent_detractors_of_latest_responses() {
        // a 10: promoter; j 9: promoter; c 7: passive; e 11 (out of range, ignored) after 8: passive
        // b 9 then 3: detractor (latest counts); d 6: detractor; g 0, and 9 tomorrow (not yet given): detractor
        // h no response; i answered the CSAT survey only
        // promoters 2, passives 2, detractors 3: 100 * (2 - 3) / 7 = -14.2857...
        NetPromoterScore score = npsOf(
                customer("a", nps(5, 10)),
                customer("j", nps(5, 9)),
                customer("c", nps(5, 7)),
                customer("e", nps(9, 8), nps(2, 11)),
                customer("b", nps(30, 9), nps(3, 3)),
                customer("d", nps(5, 6)),
                customer("g", nps(5, 0), nps(-1, 9)),
                customer("h"),
                customer("i", csat(5, 10)));

        assertThat(score).isEqualTo(new NetPromoterScore(2, 2, 3));
        assertThat(score.value()).isCloseTo(-14.2857, within(1e-4));
    }

    @Test
    void nps_classes_meet_at_6_and_9() {
        // 9: promoter; 8.9 and 6.5: passives; 6: detractor
        assertThat(npsOf(
                        customer("p", nps(1, 9)),
                        customer("q", nps(1, 8.9)),
                        customer("r", nps(1, 6.5)),
                        customer("s", nps(1, 6))))
                .isEqualTo(new NetPromoterScore(1, 2, 1));
    }

    @Test
    void nps_accepts_both_ends_of_the_scale() {
        assertThat(npsOf(customer("p", nps(1, 10)), customer("d", nps(1, 0)))).isEqualTo(new NetPromoterScore(1, 0, 1));
    }

    @Test
    void nps_ignores_responses_outside_the_scale_text_and_missing_scores() {
        assertThat(npsOf(
                        customer("low", nps(1, -1)),
                        customer("high", nps(1, 10.5)),
                        customer("text", nps(1, "10")),
                        customer("bool", nps(1, true)),
                        customer("none", event("nps", 1))))
                .isEqualTo(new NetPromoterScore(0, 0, 0));
    }

    @Test
    void nps_takes_the_response_added_last_among_responses_at_one_instant() {
        Customer twice = Customer.builder("t")
                .event(Event.of("nps", daysAgo(1), Map.of("score", 10)))
                .event(Event.of("nps", daysAgo(1), Map.of("score", 2)))
                .build();

        assertThat(npsOf(twice)).isEqualTo(new NetPromoterScore(0, 0, 1));
    }

    @Test
    void nps_counts_a_response_given_exactly_at_the_evaluation_time() {
        assertThat(npsOf(customer("now", nps(0, 10)))).isEqualTo(new NetPromoterScore(1, 0, 0));
    }

    @Test
    void nps_reads_a_configured_event_type_and_property() {
        Customer member = customer("m", event("survey", 1, Map.of("likely", 9)), nps(1, 0));

        assertThat(Metrics.nps("survey", "likely").calculate(List.of(member), JUNE))
                .isEqualTo(new NetPromoterScore(1, 0, 0));
    }

    @Test
    void nps_from_an_attribute_counts_each_value_and_skips_missing_and_invalid_ones() {
        // 10 promoter, 8 passive, 2 detractor; missing and 12 ignored: 100 * (1 - 1) / 3 = 0
        List<Customer> members =
                List.of(scored("a", 10), scored("b", 8), scored("c", 2), customer("d"), scored("e", 12));

        NetPromoterScore score = Metrics.nps(attribute("score").number()).calculate(members, JUNE);

        assertThat(score).isEqualTo(new NetPromoterScore(1, 1, 1));
        assertThat(score.value()).isZero();
    }

    @Test
    void csat_is_the_share_of_satisfied_latest_responses() {
        // a 5, b 4: satisfied; c 3, d 1: not; e 4 then 2: not (latest counts); f 0 (out of range) only: no voice
        // 2 satisfied of 5 respondents = 0.4
        List<Customer> members = List.of(
                customer("a", csat(1, 5)),
                customer("b", csat(1, 4)),
                customer("c", csat(1, 3)),
                customer("d", csat(1, 1)),
                customer("e", csat(9, 4), csat(2, 2)),
                customer("f", csat(1, 0)));

        assertThat(Metrics.csat().calculate(members, JUNE)).isEqualTo(new Ratio(2, 5));
    }

    @Test
    void csat_falls_back_to_an_earlier_valid_response() {
        // 4 ten days ago, then 6 (out of range): the 4 counts
        assertThat(Metrics.csat().calculate(List.of(customer("a", csat(10, 4), csat(1, 6))), JUNE))
                .isEqualTo(new Ratio(1, 1));
    }

    @Test
    void csat_from_an_attribute_uses_the_one_to_five_scale() {
        // 4.5 satisfied, 3.9 not; 0 and 5.5 ignored: 1 of 2
        List<Customer> members = List.of(scored("a", 4.5), scored("b", 3.9), scored("c", 0), scored("d", 5.5));

        assertThat(Metrics.csat(attribute("score").number()).calculate(members, JUNE))
                .isEqualTo(new Ratio(1, 2));
    }

    @Test
    void csat_reads_a_configured_event_type_and_property() {
        Customer member = customer("m", event("review", 1, Map.of("stars", 5)));

        assertThat(Metrics.csat("review", "stars").calculate(List.of(member), JUNE))
                .isEqualTo(new Ratio(1, 1));
    }

    @Test
    void survey_metrics_of_nobody_are_undefined() {
        assertThat(Metrics.nps().calculate(List.of(), JUNE).isDefined()).isFalse();
        assertThat(Metrics.csat().calculate(List.of(), JUNE).isDefined()).isFalse();
    }

    @Test
    void names_are_nps_and_csat() {
        assertThat(Metrics.nps().name()).isEqualTo("NPS");
        assertThat(Metrics.csat(attribute("score").number()).name()).isEqualTo("CSAT");
    }

    @Test
    void rejects_a_blank_score_property() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Metrics.nps("nps", ""))
                .withMessage("scoreProperty must not be blank");
    }
}
