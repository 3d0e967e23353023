package io.segmentation.jackson;

import static io.segmentation.Attributes.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.segmentation.Segment;
import io.segmentation.TimePoint;
import io.segmentation.attribute.Attribute;
import io.segmentation.attribute.AttributeRegistry;
import io.segmentation.attribute.NumberAttribute;
import io.segmentation.customer.Customer;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.Test;

class SegmentJsonTest {

    private static Segment<Customer> read(String criterion) {
        return SegmentJson.read("{\"schema\": \"segmentation/1\", \"criterion\": " + criterion + "}");
    }

    @Test
    void writes_a_segment_with_name_description_and_keys_in_documented_order() {
        Segment<Customer> s = Segment.where(age().between(18, 25))
                .and(purchases().inLast(Duration.ofDays(30)).atLeast(3))
                .named("young-repeat")
                .describedAs("Young repeat buyers");

        assertThat(SegmentJson.write(s))
                .isEqualTo("{\"schema\":\"segmentation/1\",\"name\":\"young-repeat\","
                        + "\"description\":\"Young repeat buyers\",\"criterion\":{\"and\":["
                        + "{\"attribute\":\"age\",\"type\":\"number\",\"op\":\"between\",\"value\":[18,25]},"
                        + "{\"attribute\":\"purchases\",\"window\":{\"last\":\"30d\"},\"type\":\"number\","
                        + "\"op\":\"atLeast\",\"value\":3}]}}");
    }

    @Test
    void unnamed_segments_have_no_name_or_description_keys() {
        assertThat(SegmentJson.write(Segment.where(tags().isEmpty())))
                .isEqualTo("{\"schema\":\"segmentation/1\",\"criterion\":"
                        + "{\"attribute\":\"tags\",\"type\":\"set\",\"op\":\"isEmpty\"}}");
    }

    @Test
    void writes_arguments_window_and_filter_like_the_query_language() {
        String json = SegmentJson.write(Segment.where(event("page_view")
                .where(property("path").startsWith("/shoes"))
                .count()
                .during(Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2026-02-01T00:00:00Z"))
                .atLeast(2)));

        assertThat(json)
                .contains("{\"attribute\":\"event\",\"arguments\":[\"page_view\"],"
                        + "\"window\":{\"from\":\"2026-01-01T00:00:00Z\",\"to\":\"2026-02-01T00:00:00Z\"},"
                        + "\"filter\":{\"attribute\":\"path\",\"type\":\"text\",\"op\":\"startsWith\","
                        + "\"value\":\"/shoes\"},\"type\":\"number\",\"op\":\"atLeast\",\"value\":2}");
    }

    @Test
    void writes_numbers_without_spurious_fractions() {
        assertThat(SegmentJson.write(Segment.where(income().in(3, 2.5, 1.5e10, -0.001))))
                .contains("\"value\":[3,2.5,15000000000,-0.001]");
    }

    @Test
    void writes_time_points_as_the_query_language_does() {
        String json = SegmentJson.write(Segment.where(allOf(
                lastPurchase().before(TimePoint.ago(Duration.ofDays(30))),
                lastPurchase().after(TimePoint.ago(Period.ofYears(1))),
                firstPurchase().between(TimePoint.on(LocalDate.of(2026, 1, 31)), TimePoint.today()),
                firstPurchase().before(Instant.parse("2026-01-31T10:00:00Z")),
                lastPurchase().before(TimePoint.now()),
                lastPurchase().within(Duration.ofMinutes(90)))));

        assertThat(json)
                .contains("\"op\":\"before\",\"value\":\"-30d\"")
                .contains("\"op\":\"after\",\"value\":\"-12m\"")
                .contains("\"op\":\"between\",\"value\":[\"2026-01-31\",\"today\"]")
                .contains("\"op\":\"before\",\"value\":\"2026-01-31T10:00:00Z\"")
                .contains("\"op\":\"before\",\"value\":\"now\"")
                .contains("\"op\":\"within\",\"value\":\"90min\"");
    }

    @Test
    void reads_a_hand_written_comparison_without_type() {
        assertThat(read("{\"attribute\": \"age\", \"op\": \"atLeast\", \"value\": 18}"))
                .isEqualTo(Segment.where(age().atLeast(18)));
    }

    @Test
    void infers_the_type_of_custom_attributes_from_operator_and_value() {
        assertThat(read("{\"attribute\": \"attribute\", \"arguments\": [\"points\"], \"op\": \"is\", \"value\": 5}"))
                .isEqualTo(Segment.where(attribute("points").number().is(5)));
        assertThat(
                        read(
                                "{\"attribute\": \"attribute\", \"arguments\": [\"tier\"], \"op\": \"is\", \"value\": \"gold\"}"))
                .isEqualTo(Segment.where(attribute("tier").text().is("gold")));
        assertThat(read("{\"attribute\": \"attribute\", \"arguments\": [\"vip\"], \"op\": \"is\", \"value\": true}"))
                .isEqualTo(Segment.where(attribute("vip").bool().isTrue()));
        assertThat(
                        read(
                                "{\"attribute\": \"attribute\", \"arguments\": [\"signed_up\"], \"op\": \"between\", \"value\": [\"-30d\", \"now\"]}"))
                .isEqualTo(Segment.where(
                        attribute("signed_up").instant().between(TimePoint.ago(Duration.ofDays(30)), TimePoint.now())));
        assertThat(read("{\"attribute\": \"attribute\", \"arguments\": [\"badges\"], \"op\": \"isEmpty\"}"))
                .isEqualTo(Segment.where(attribute("badges").set().isEmpty()));
    }

    @Test
    void an_explicit_type_chooses_how_a_custom_attribute_is_read() {
        assertThat(read("{\"attribute\": \"attribute\", \"arguments\": [\"points\"], \"type\": \"number\","
                        + " \"op\": \"isMissing\"}"))
                .isEqualTo(Segment.where(attribute("points").number().isMissing()));
    }

    @Test
    void reads_event_filters_with_property_types() {
        assertThat(read("{\"attribute\": \"event\", \"arguments\": [\"purchase_intent\"], \"filter\": {\"and\": ["
                        + "{\"attribute\": \"basket_value\", \"type\": \"number\", \"op\": \"atLeast\", \"value\": 100},"
                        + "{\"attribute\": \"odd key\", \"op\": \"isTrue\"}]}, \"op\": \"atLeast\", \"value\": 1}"))
                .isEqualTo(Segment.where(event("purchase_intent")
                        .where(allOf(
                                property("basket_value").number().atLeast(100),
                                property("odd key").bool().isTrue()))
                        .count()
                        .atLeast(1)));
    }

    @Test
    void is_with_a_boolean_reads_as_is_true_or_is_false() {
        assertThat(
                        read(
                                "{\"attribute\": \"subscribed_to\", \"arguments\": [\"email\"], \"op\": \"is\", \"value\": false}"))
                .isEqualTo(Segment.where(subscribedTo("email").isFalse()));
    }

    @Test
    void single_operand_and_is_that_operand_and_nested_ands_flatten() {
        assertThat(read("{\"and\": [{\"attribute\": \"tags\", \"op\": \"isEmpty\"}]}"))
                .isEqualTo(Segment.where(tags().isEmpty()));
        assertThat(read("{\"and\": [{\"attribute\": \"tags\", \"op\": \"isEmpty\"}, {\"and\": ["
                        + "{\"attribute\": \"age\", \"op\": \"isPresent\"},"
                        + "{\"attribute\": \"city\", \"op\": \"isMissing\"}]}]}"))
                .isEqualTo(Segment.where(allOf(tags().isEmpty(), age().isPresent(), city().isMissing())));
    }

    @Test
    void ignoring_case_operands_are_written_folded() {
        Segment<Customer> read = read("{\"attribute\": \"country\", \"op\": \"isIgnoringCase\", \"value\": \"DE\"}");

        assertThat(read).isEqualTo(Segment.where(country().isIgnoringCase("de")));
        assertThat(SegmentJson.write(read)).contains("\"value\":\"de\"");
    }

    @Test
    void reads_durations_and_times_in_every_documented_spelling() {
        assertThat(read("{\"attribute\": \"last_purchase\", \"op\": \"within\", \"value\": \"2w\"}"))
                .isEqualTo(Segment.where(lastPurchase().within(Duration.ofDays(14))));
        assertThat(read("{\"attribute\": \"last_purchase\", \"op\": \"after\", \"value\": \"-1y\"}"))
                .isEqualTo(Segment.where(lastPurchase().after(TimePoint.ago(Period.ofMonths(12)))));
        assertThat(
                        read(
                                "{\"attribute\": \"last_purchase\", \"op\": \"after\", \"value\": \"2026-01-31T12:00:00+02:00\"}"))
                .isEqualTo(Segment.where(lastPurchase().after(Instant.parse("2026-01-31T10:00:00Z"))));
        assertThat(read("{\"attribute\": \"last_purchase\", \"op\": \"within\", \"value\": \"PT1.5S\"}"))
                .isEqualTo(Segment.where(lastPurchase().within(Duration.ofMillis(1500))));
    }

    @Test
    void resolves_names_through_a_registry_for_any_subject_type() {
        NumberAttribute<Account> points = Attribute.number("points", Account::points);
        Segment<Account> engaged = Segment.where(points.atLeast(1_000)).named("engaged");
        AttributeRegistry<Account> registry =
                AttributeRegistry.<Account>empty().with(points).withSegment(engaged);
        Segment<Account> s = Segment.where(anyOf(inSegment(engaged), points.between(1, 10)));

        assertThat(SegmentJson.read(SegmentJson.write(s), registry)).isEqualTo(s);
    }

    @Test
    void segment_references_are_written_by_name() {
        Segment<Customer> newsletter =
                Segment.where(tags().contains("newsletter")).named("newsletter");

        assertThat(SegmentJson.write(Segment.where(inSegment(newsletter))))
                .isEqualTo("{\"schema\":\"segmentation/1\",\"criterion\":{\"inSegment\":\"newsletter\"}}");
    }

    @Test
    void custom_predicates_have_no_json_form_and_the_error_names_them() {
        Segment<Customer> s = Segment.where(allOf(age().atLeast(18), satisfies("vip-check", c -> true)));

        assertThatThrownBy(() -> SegmentJson.write(s))
                .isInstanceOf(SegmentJsonException.class)
                .hasMessageStartingWith("$.criterion.and[1]: custom criterion 'vip-check' has no JSON form");
    }

    @Test
    void rejects_null_arguments() {
        assertThatThrownBy(() -> SegmentJson.write(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> SegmentJson.read(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> SegmentJson.read("{}", null)).isInstanceOf(NullPointerException.class);
    }

    record Account(Double points) {}
}
