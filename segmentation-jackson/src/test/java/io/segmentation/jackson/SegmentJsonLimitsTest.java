package io.segmentation.jackson;

import static io.segmentation.Attributes.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.segmentation.Criterion;
import io.segmentation.Segment;
import io.segmentation.attribute.AttributeRegistry;
import io.segmentation.customer.Customer;
import io.segmentation.text.QueryLimits;
import io.segmentation.text.SegmentQuery;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** JSON is bounded by the same {@link QueryLimits} as the query language. */
class SegmentJsonLimitsTest {

    private static String inList(int size) {
        String values = IntStream.range(0, size).mapToObj(Integer::toString).collect(Collectors.joining(","));
        return "{\"schema\":\"segmentation/1\",\"criterion\":" + "{\"attribute\":\"age\",\"op\":\"in\",\"value\":["
                + values + "]}}";
    }

    @Test
    void a_value_list_over_the_limit_is_refused_with_its_json_path() {
        assertThatThrownBy(() -> SegmentJson.read(inList(1_001)))
                .isInstanceOf(SegmentJsonException.class)
                .hasMessage("$.criterion.value: list has 1001 values, over the limit of 1000");
    }

    @Test
    void a_million_value_list_is_refused() {
        assertThatThrownBy(() -> SegmentJson.read(inList(1_000_000)))
                .isInstanceOf(SegmentJsonException.class)
                .hasMessageContaining("over the limit of 1000");
    }

    @Test
    void a_value_list_at_the_limit_is_read() {
        assertThat(SegmentJson.read(inList(1_000)).criterion()).isInstanceOf(Criterion.Comparison.class);
    }

    @Test
    void the_limits_can_be_raised_as_for_text() {
        QueryLimits wide = QueryLimits.defaults().withMaxListSize(2_000);
        assertThat(SegmentJson.read(inList(1_500), AttributeRegistry.builtIn(), wide))
                .isNotNull();
    }

    @Test
    void a_criterion_at_the_text_depth_limit_is_read_from_json_too() {
        Criterion<Customer> deep = age().atLeast(18);
        for (int i = 0; i < QueryLimits.defaults().maxDepth(); i++) {
            deep = not(deep);
        }
        Segment<Customer> segment = Segment.where(deep);
        assertThat(SegmentQuery.parse(SegmentQuery.toText(segment))).isEqualTo(segment);
        assertThat(SegmentJson.read(SegmentJson.write(segment))).isEqualTo(segment);
        assertThatThrownBy(() -> SegmentJson.read(SegmentJson.write(Segment.where(not(segment.criterion())))))
                .isInstanceOf(SegmentJsonException.class)
                .hasMessageContaining("nested deeper than the limit of 32");
    }

    @Test
    void a_lone_surrogate_in_a_name_is_refused_with_its_json_path() {
        String json = "{\"schema\":\"segmentation/1\",\"name\":\"vip\\ud800\","
                + "\"criterion\":{\"attribute\":\"age\",\"op\":\"isPresent\"}}";
        assertThatThrownBy(() -> SegmentJson.read(json))
                .isInstanceOf(SegmentJsonException.class)
                .hasMessageStartingWith("$.name: segment name has a lone surrogate U+D800");
    }

    @Test
    void a_huge_unknown_name_is_quoted_only_in_part() {
        String name = "x".repeat(1_000_000);
        String json =
                "{\"schema\":\"segmentation/1\",\"criterion\":{\"attribute\":\"" + name + "\",\"op\":\"isPresent\"}}";
        assertThatThrownBy(() -> SegmentJson.read(json))
                .isInstanceOf(SegmentJsonException.class)
                .satisfies(e -> assertThat(e.getMessage().length()).isLessThan(1_100));
    }
}
