package io.segmentation.text;

import static io.segmentation.Attributes.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.segmentation.Criterion;
import io.segmentation.Segment;
import io.segmentation.attribute.AttributeRegistry;
import io.segmentation.customer.Customer;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Hostile and extreme input: chains of definitions, huge texts, deep trees. */
class SegmentParserLimitsTest {

    private static final SegmentParser<Customer> PARSER = SegmentQuery.parser(AttributeRegistry.builtIn());

    /** {@code s0 = age >= 18}, {@code s(i) = IN SEGMENT 's(i-1)'}, given last first. */
    private static Map<String, String> chainInReverse(int length) {
        Map<String, String> definitions = new LinkedHashMap<>();
        for (int i = length - 1; i >= 1; i--) {
            definitions.put("s" + i, "IN SEGMENT 's" + (i - 1) + "'");
        }
        definitions.put("s0", "age >= 18");
        return definitions;
    }

    @Test
    void parse_all_resolves_700_chained_definitions_given_in_reverse_order() {
        Map<String, Segment<Customer>> segments = PARSER.parseAll(chainInReverse(700));
        assertThat(segments).hasSize(700);
        assertThat(segments.get("s1"))
                .isEqualTo(Segment.where(inSegment(segments.get("s0"))).named("s1"));
        assertThat(segments.get("s699").criterion()).isEqualTo(inSegment(segments.get("s698")));
    }

    @Test
    void parse_all_rejects_a_chain_ten_times_the_depth_limit_with_a_syntax_error() {
        assertThatThrownBy(() -> PARSER.parseAll(chainInReverse(10 * Criterion.MAX_DEPTH)))
                .isInstanceOf(SegmentSyntaxException.class)
                .hasMessageContaining("over the limit of " + Criterion.MAX_DEPTH);
    }

    @Test
    void parse_all_still_reports_a_long_cycle() {
        Map<String, String> definitions = chainInReverse(500);
        definitions.put("s0", "IN SEGMENT 's499'");
        assertThatThrownBy(() -> PARSER.parseAll(definitions))
                .isInstanceOf(SegmentSyntaxException.class)
                .hasMessageContaining("refers to itself through the cycle s499 → s498");
    }
}
