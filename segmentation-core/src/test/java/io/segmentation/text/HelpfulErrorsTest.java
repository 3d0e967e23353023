package io.segmentation.text;

import static io.segmentation.Attributes.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.segmentation.Segment;
import io.segmentation.attribute.AttributeRegistry;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Errors that help: short, pointing at the spot, saying what to write instead. */
class HelpfulErrorsTest {

    private static SegmentSyntaxException error(String text) {
        try {
            SegmentQuery.parse(text);
        } catch (SegmentSyntaxException e) {
            return e;
        }
        throw new AssertionError("expected a syntax error for " + text);
    }

    @Test
    void an_over_long_query_is_refused_with_a_short_message() {
        String huge = "age >= 18 AND ".repeat(800_000);
        SegmentSyntaxException e = error(huge);
        assertThat(e.problem()).isEqualTo("query is " + huge.length() + " characters, over the limit of 10000");
        assertThat(e.getMessage().length()).isLessThan(400);
        assertThat(e.sourceLine().length()).isLessThanOrEqualTo(SegmentSyntaxException.MAX_EXCERPT + 2);
    }

    @Test
    void an_error_far_into_a_long_line_shows_an_excerpt_with_the_caret_under_the_spot() {
        String text = "age >= 18 AND ".repeat(500) + "agee >= 3";
        SegmentParser<?> parser = SegmentQuery.parser(AttributeRegistry.builtIn())
                .withLimits(QueryLimits.defaults().withMaxLength(100_000));
        SegmentSyntaxException e = null;
        try {
            parser.parseCriterion(text);
        } catch (SegmentSyntaxException thrown) {
            e = thrown;
        }
        assertThat(e).isNotNull();
        assertThat(e.column()).isEqualTo(7001);
        assertThat(e.sourceLine()).startsWith("…").contains("agee >= 3");
        String[] lines = e.getMessage().split("\n");
        assertThat(lines[1].length()).isLessThanOrEqualTo(2 + SegmentSyntaxException.MAX_EXCERPT + 2);
        assertThat(lines[1].substring(lines[2].length() - 1)).startsWith("agee");
    }

    @Test
    void a_window_without_its_colon_names_the_window_and_suggests_the_colon() {
        assertThat(error("total_spent(last 365d) > 100").problem())
                .isEqualTo("the window 'last 365d' needs a colon after 'last': write 'last: 365d'");
    }

    @Test
    void a_lone_surrogate_in_a_segment_name_is_rejected_in_the_dsl() {
        assertThatThrownBy(() -> Segment.where(age().atLeast(18)).named("vip\uD800"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("segment name has a lone surrogate U+D800 at index 3");
        assertThatThrownBy(() -> Segment.where(age().atLeast(18)).describedAs("\uDC00 big spenders"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("segment description has a lone surrogate U+DC00 at index 0");
    }

    @Test
    void a_surrogate_pair_in_a_segment_name_is_fine() {
        assertThat(Segment.where(age().atLeast(18)).named("vip \uD83D\uDE00").name())
                .contains("vip \uD83D\uDE00");
    }

    @Test
    void a_lone_surrogate_in_a_definition_name_is_a_syntax_error() {
        assertThatThrownBy(
                        () -> SegmentQuery.parser(AttributeRegistry.builtIn()).parseAll(Map.of("a\uD800", "age >= 1")))
                .isInstanceOf(SegmentSyntaxException.class)
                .hasMessageContaining("lone surrogate");
    }
}
