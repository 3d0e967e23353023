package io.segmentation.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.segmentation.testkit.Generators;
import java.util.StringJoiner;
import org.junit.jupiter.api.Test;

/**
 * Patterns that would expand into huge programs arrive through JSON too (issue 10, part 2): they are refused at the
 * value's JSONPath, with the same reason as in text and the DSL, and never as an {@link Error}.
 */
class SegmentJsonHostilePatternTest {

    private static SegmentJsonException error(String json) {
        return catchThrowableOfType(SegmentJsonException.class, () -> SegmentJson.read(json, Generators.registry()));
    }

    private static String matches(String op, String pattern) {
        return "{\"attribute\": \"city\", \"op\": \"" + op + "\", \"value\": \"" + pattern + "\"}";
    }

    @Test
    void nested_counted_repeats_are_refused_at_the_value() {
        SegmentJsonException e = error(
                "{\"schema\": \"segmentation/1\", \"criterion\": " + matches("matches", "(a{1,1000}){1,1000}") + "}");
        assertThat(e.path()).isEqualTo("$.criterion.value");
        assertThat(e.getMessage())
                .startsWith("$.criterion.value: matches('(a{1,1000}){1,1000}'): pattern '(a{1,1000}){1,1000}' nests")
                .contains("1,000,000 repetitions in all")
                .endsWith("for attribute 'city'");
    }

    @Test
    void twenty_expanding_patterns_are_refused_at_the_first() {
        StringJoiner or = new StringJoiner(", ", "{\"or\": [", "]}");
        for (int i = 0; i < 20; i++) {
            or.add(matches("matchesIgnoringCase", "(" + (char) ('a' + i) + "{1,1000}){1,1000}"));
        }
        SegmentJsonException e = error("{\"schema\": \"segmentation/1\", \"criterion\": " + or + "}");
        assertThat(e.path()).isEqualTo("$.criterion.or[0].value");
    }

    @Test
    void an_oversized_program_is_refused_with_its_size() {
        SegmentJsonException e =
                error("{\"schema\": \"segmentation/1\", \"criterion\": " + matches("matches", "(.{0,1000})*b") + "}");
        assertThat(e.getMessage()).contains("would expand to about 2,008 instructions; the limit is 1,000");
    }

    @Test
    void look_behind_is_named() {
        SegmentJsonException e =
                error("{\"schema\": \"segmentation/1\", \"criterion\": " + matches("matches", "(?<!x)a") + "}");
        assertThat(e.getMessage()).contains("negative look-behind '(?<!…)'");
    }
}
