package io.segmentation.jackson;

import static io.segmentation.Attributes.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.segmentation.Criterion;
import io.segmentation.Segment;
import io.segmentation.attribute.Attribute;
import io.segmentation.attribute.AttributeRegistry;
import io.segmentation.attribute.TextAttribute;
import io.segmentation.customer.Customer;
import io.segmentation.testkit.Generators;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SegmentationModuleTest {

    private static final Segment<Customer> YOUNG_REPEAT = Segment.where(age().between(18, 25))
            .and(purchases().inLast(Duration.ofDays(30)).atLeast(3))
            .named("young-repeat");

    private final ObjectMapper mapper = new ObjectMapper().registerModule(new SegmentationModule());

    record Campaign(String id, Segment<Customer> audience, List<Segment<Customer>> exclusions) {}

    record Rule(String name, Criterion<Customer> when) {}

    /** A bean rather than a record. */
    public static final class Holder {
        private Segment<Customer> segment;

        public Segment<Customer> getSegment() {
            return segment;
        }

        public void setSegment(Segment<Customer> segment) {
            this.segment = segment;
        }
    }

    @Test
    void writes_and_reads_a_segment_at_the_root() throws Exception {
        String json = mapper.writeValueAsString(YOUNG_REPEAT);

        assertThat(json).isEqualTo(SegmentJson.write(YOUNG_REPEAT));
        assertThat(mapper.readValue(json, Segment.class)).isEqualTo(YOUNG_REPEAT);
        assertThat(mapper.readValue(json, new TypeReference<Segment<Customer>>() {}))
                .isEqualTo(YOUNG_REPEAT);
    }

    @Test
    void segments_inside_a_record_payload_round_trip() throws Exception {
        Campaign campaign = new Campaign(
                "spring", YOUNG_REPEAT, List.of(Segment.where(tags().contains("wholesale")), YOUNG_REPEAT));

        String json = mapper.writeValueAsString(campaign);

        assertThat(json).startsWith("{\"id\":\"spring\",\"audience\":{\"schema\":\"segmentation/1\"");
        assertThat(mapper.readValue(json, Campaign.class)).isEqualTo(campaign);
    }

    @Test
    void segments_inside_a_bean_and_a_map_round_trip() throws Exception {
        Holder holder = new Holder();
        holder.setSegment(YOUNG_REPEAT);

        assertThat(mapper.readValue(mapper.writeValueAsString(holder), Holder.class)
                        .getSegment())
                .isEqualTo(YOUNG_REPEAT);
        Map<String, Segment<Customer>> byName = Map.of("a", YOUNG_REPEAT);
        assertThat(mapper.<Map<String, Segment<Customer>>>readValue(
                        mapper.writeValueAsString(byName), new TypeReference<Map<String, Segment<Customer>>>() {}))
                .isEqualTo(byName);
    }

    @Test
    void criteria_are_written_as_bare_criterion_objects() throws Exception {
        Rule rule = new Rule("adult", age().atLeast(18));

        String json = mapper.writeValueAsString(rule);

        assertThat(json)
                .isEqualTo("{\"name\":\"adult\",\"when\":"
                        + "{\"attribute\":\"age\",\"type\":\"number\",\"op\":\"atLeast\",\"value\":18}}");
        assertThat(mapper.readValue(json, Rule.class)).isEqualTo(rule);
    }

    @Test
    void null_segments_stay_null() throws Exception {
        Campaign campaign = new Campaign("none", null, List.of());

        assertThat(mapper.readValue(mapper.writeValueAsString(campaign), Campaign.class))
                .isEqualTo(campaign);
    }

    @Test
    void errors_are_mapping_exceptions_whose_path_spans_the_whole_payload() {
        String json = "{\"id\": \"spring\", \"audience\": {\"schema\": \"segmentation/1\", \"criterion\": {\"and\": ["
                + "{\"attribute\": \"age\", \"op\": \"atLeast\", \"value\": 18},"
                + "{\"attribute\": \"purchases\", \"op\": \"atleast\", \"value\": 3}]}}, \"exclusions\": []}";

        SegmentJsonMappingException e =
                catchThrowableOfType(SegmentJsonMappingException.class, () -> mapper.readValue(json, Campaign.class));

        assertThat(e).isInstanceOf(JsonMappingException.class);
        assertThat(e.jsonPath()).isEqualTo("$.audience.criterion.and[1].op");
        assertThat(e.problem()).isEqualTo("unknown operator 'atleast' — did you mean 'atLeast'?");
        assertThat(e.getOriginalMessage())
                .isEqualTo("$.audience.criterion.and[1].op: unknown operator 'atleast' — did you mean 'atLeast'?");
        assertThat(e.getMessage()).contains("Campaign[\"audience\"]");
    }

    @Test
    void error_paths_count_array_elements() {
        String json = "{\"id\": \"x\", \"audience\": null, \"exclusions\": [{\"schema\": \"segmentation/1\","
                + " \"criterion\": {\"inSegment\": \"loyal\"}}, {\"schema\": \"segmentation/1\","
                + " \"criterion\": {\"attribute\": \"agee\", \"op\": \"isPresent\"}}]}";

        SegmentJsonMappingException e = catchThrowableOfType(
                SegmentJsonMappingException.class,
                () -> new ObjectMapper()
                        .registerModule(new SegmentationModule(Generators.registry()))
                        .readValue(json, Campaign.class));

        assertThat(e.jsonPath()).isEqualTo("$.exclusions[1].criterion.attribute");
    }

    @Test
    void writing_a_custom_predicate_fails_naming_it_and_where_it_is() {
        Campaign campaign = new Campaign("x", Segment.where(satisfies("vip-check", c -> true)), List.of());

        SegmentJsonMappingException e =
                catchThrowableOfType(SegmentJsonMappingException.class, () -> mapper.writeValueAsString(campaign));

        assertThat(e.jsonPath()).isEqualTo("$.audience.criterion");
        assertThat(e.problem()).startsWith("custom criterion 'vip-check' has no JSON form");
    }

    @Test
    void writing_a_custom_predicate_in_a_list_names_the_element() {
        Campaign campaign = new Campaign(
                "x", YOUNG_REPEAT, List.of(YOUNG_REPEAT, Segment.where(satisfies("vip-check", c -> true))));

        SegmentJsonMappingException e =
                catchThrowableOfType(SegmentJsonMappingException.class, () -> mapper.writeValueAsString(campaign));

        assertThat(e.jsonPath()).isEqualTo("$.exclusions[1].criterion");
    }

    @Test
    void a_registry_gives_names_for_other_subject_types() throws Exception {
        TextAttribute<Map<String, String>> plan = Attribute.text("plan", m -> m.get("plan"));
        AttributeRegistry<Map<String, String>> registry =
                AttributeRegistry.<Map<String, String>>empty().with(plan);
        ObjectMapper accounts = new ObjectMapper().registerModule(new SegmentationModule(registry));
        Segment<Map<String, String>> pro = Segment.where(plan.in("pro", "enterprise"));

        assertThat(accounts.readValue(accounts.writeValueAsString(pro), Segment.class))
                .isEqualTo(pro);
    }
}
