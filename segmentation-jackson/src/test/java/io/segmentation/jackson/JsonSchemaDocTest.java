package io.segmentation.jackson;

import static io.segmentation.Attributes.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.segmentation.Segment;
import io.segmentation.TimePoint;
import io.segmentation.attribute.AttributeRegistry;
import io.segmentation.customer.Customer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The JSON in {@code docs/json-schema.md} reads, and the full example is the segment the page says it is. */
class JsonSchemaDocTest {

    private static final Path DOC = Path.of("..", "docs", "json-schema.md");
    private static final Segment<Customer> NEWSLETTER =
            Segment.where(tags().contains("newsletter")).named("newsletter");
    private static final AttributeRegistry<Customer> REGISTRY =
            AttributeRegistry.builtIn().withSegment(NEWSLETTER);

    private static List<String> jsonBlocks() throws IOException {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("```json\\n(.*?)```", Pattern.DOTALL).matcher(doc);
        List<String> blocks = new ArrayList<>();
        while (m.find()) {
            blocks.add(m.group(1));
        }
        return blocks;
    }

    @Test
    void every_json_block_reads() throws IOException {
        List<String> blocks = jsonBlocks();

        assertThat(blocks).hasSize(3);
        for (String block : blocks) {
            if (block.contains("\"schema\"")) {
                assertThat(SegmentJson.read(block, REGISTRY)).isNotNull();
            } else if (block.contains("\"combinator\"")) {
                assertThat(QueryBuilderJson.read(block, REGISTRY)).isNotNull();
            } else {
                String asFilter = "{\"schema\": \"segmentation/1\", \"criterion\": {\"attribute\": \"event\","
                        + " \"arguments\": [\"x\"], \"filter\": " + block + ", \"op\": \"isPresent\"}}";
                assertThat(SegmentJson.read(asFilter, REGISTRY)).isNotNull();
            }
        }
    }

    @Test
    void the_full_example_is_the_documented_segment_and_is_written_back_in_the_same_shape() throws IOException {
        String example = jsonBlocks().get(0);
        Segment<Customer> expected = Segment.where(allOf(
                        age().between(18, 35),
                        country().in("DE", "AT", "CH"),
                        not(tags().contains("wholesale")),
                        purchases().inLast(Duration.ofDays(90)).atLeast(2),
                        event("page_view")
                                .where(property("path").startsWith("/shoes"))
                                .count()
                                .inLast(Duration.ofDays(30))
                                .atLeast(3),
                        anyOf(
                                lastPurchase().after(TimePoint.ago(Duration.ofDays(30))),
                                subscribedTo("email").isTrue()),
                        inSegment(NEWSLETTER)))
                .named("dach-shoe-fans")
                .describedAs("Young DACH customers who browse shoes and bought recently, excluding wholesale");

        assertThat(SegmentJson.read(example, REGISTRY)).isEqualTo(expected);
        assertThat(SegmentJson.write(expected))
                .isEqualTo(new ObjectMapper().readTree(example).toString());
    }

    @Test
    void the_react_querybuilder_example_is_the_documented_criterion() throws IOException {
        String example = jsonBlocks().get(2);

        assertThat(QueryBuilderJson.read(example))
                .isEqualTo(Segment.where(allOf(
                        age().between(18, 25),
                        country().in("DE", "AT", "CH"),
                        not(tags().contains("wholesale")),
                        not(anyOf(purchases().lessThan(2), lastPurchase().isMissing())))));
    }
}
