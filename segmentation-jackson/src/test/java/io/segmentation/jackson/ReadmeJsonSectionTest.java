package io.segmentation.jackson;

import static io.segmentation.Attributes.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.segmentation.Segment;
import io.segmentation.customer.Customer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README's JSON example, verbatim between the markers, so that it keeps compiling and behaving as documented. */
class ReadmeJsonSectionTest {

    record Campaign(String id, Segment<Customer> audience) {}

    @Test
    void readme_json_example_compiles_and_behaves_as_commented() throws Exception {
        // README JSON: begin
        Segment<Customer> youngRepeat =
                Segment.where(age().between(18, 25)).and(purchases().atLeast(3)).named("young-repeat");
        String json = SegmentJson.write(youngRepeat);
        // {"schema":"segmentation/1","name":"young-repeat","criterion":{"and":[
        //   {"attribute":"age","type":"number","op":"between","value":[18,25]},
        //   {"attribute":"purchases","type":"number","op":"atLeast","value":3}]}}
        Segment<Customer> back = SegmentJson.read(json); // equals youngRepeat; or read(json, registry)

        ObjectMapper mapper = new ObjectMapper().registerModule(new SegmentationModule());
        String payload = mapper.writeValueAsString(new Campaign("spring-sale", youngRepeat));
        Campaign campaign = mapper.readValue(payload, Campaign.class); // segments anywhere in your payloads

        Segment<Customer> fromUi = QueryBuilderJson.read(
                "{\"combinator\":\"and\",\"rules\":[{\"field\":\"country\",\"operator\":\"in\",\"value\":\"DE,AT\"}]}");
        // README JSON: end

        assertThat(json)
                .isEqualTo("{\"schema\":\"segmentation/1\",\"name\":\"young-repeat\",\"criterion\":{\"and\":["
                        + "{\"attribute\":\"age\",\"type\":\"number\",\"op\":\"between\",\"value\":[18,25]},"
                        + "{\"attribute\":\"purchases\",\"type\":\"number\",\"op\":\"atLeast\",\"value\":3}]}}");
        assertThat(back).isEqualTo(youngRepeat);
        assertThat(campaign).isEqualTo(new Campaign("spring-sale", youngRepeat));
        assertThat(fromUi).isEqualTo(Segment.where(country().in("DE", "AT")));
    }

    @Test
    void readme_json_section_is_the_code_this_test_runs() throws Exception {
        String readme = Files.readString(Path.of("..", "README.md"));
        int section =
                readme.indexOf("segmentation-jackson/src/test/java/io/segmentation/jackson/ReadmeJsonSectionTest");
        int start = readme.indexOf("```java\n", section) + "```java\n".length();
        String documented = readme.substring(start, readme.indexOf("```", start));
        String source = Files.readString(Path.of("src/test/java/io/segmentation/jackson/ReadmeJsonSectionTest.java"));
        String tested = source.substring(
                source.indexOf("// README JSON: begin") + "// README JSON: begin".length(),
                source.indexOf("// README JSON: end"));
        assertThat(documented.replaceAll("\\s+", "")).isEqualTo(tested.replaceAll("\\s+", ""));
    }
}
