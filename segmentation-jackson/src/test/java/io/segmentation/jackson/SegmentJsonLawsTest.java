package io.segmentation.jackson;

import static io.segmentation.testkit.Generators.registry;
import static io.segmentation.testkit.Generators.storableSegments;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.segmentation.Segment;
import io.segmentation.customer.Customer;
import org.junit.jupiter.api.Test;

/** Round-trip laws over random criterion trees, for the segmentation/1 schema and for react-querybuilder. */
class SegmentJsonLawsTest {

    private static final int EXAMPLES = 1_000;

    @Test
    void reading_what_was_written_gives_an_equal_segment() {
        qt().withExamples(EXAMPLES)
                .forAll(storableSegments())
                .checkAssert(s -> assertThat(SegmentJson.read(SegmentJson.write(s), registry()))
                        .isEqualTo(s));
    }

    @Test
    void writing_what_was_read_gives_the_same_text() {
        qt().withExamples(EXAMPLES).forAll(storableSegments()).checkAssert(s -> {
            String json = SegmentJson.write(s);
            assertThat(SegmentJson.write(SegmentJson.read(json, registry()))).isEqualTo(json);
        });
    }

    @Test
    void the_jackson_module_round_trips_like_the_plain_api() throws Exception {
        ObjectMapper mapper = new ObjectMapper().registerModule(new SegmentationModule(registry()));
        for (int i = 0; i < 5; i++) {
            qt().withExamples(EXAMPLES / 5).forAll(storableSegments()).checkAssert(s -> {
                try {
                    String json = mapper.writeValueAsString(s);
                    assertThat(json).isEqualTo(SegmentJson.write(s));
                    assertThat(mapper.readValue(json, Segment.class)).isEqualTo(s);
                } catch (Exception e) {
                    throw new AssertionError(e);
                }
            });
        }
    }

    @Test
    void react_querybuilder_round_trips_what_it_can_express() {
        qt().withExamples(EXAMPLES).forAll(QueryBuilderCriteria.criteria(3)).checkAssert(c -> {
            Segment<Customer> s = Segment.where(c);
            assertThat(QueryBuilderJson.read(QueryBuilderJson.write(s), registry()))
                    .isEqualTo(s);
        });
    }

    @Test
    void react_querybuilder_output_is_stable() {
        qt().withExamples(EXAMPLES).forAll(QueryBuilderCriteria.criteria(3)).checkAssert(c -> {
            String json = QueryBuilderJson.write(Segment.where(c));
            assertThat(QueryBuilderJson.write(QueryBuilderJson.read(json, registry())))
                    .isEqualTo(json);
        });
    }
}
