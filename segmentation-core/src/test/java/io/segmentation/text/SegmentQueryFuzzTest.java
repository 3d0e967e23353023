package io.segmentation.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;
import static org.quicktheories.QuickTheory.qt;

import io.segmentation.EvaluationContext;
import io.segmentation.Segment;
import io.segmentation.attribute.AttributeRegistry;
import io.segmentation.customer.Customer;
import io.segmentation.engine.SegmentMatcher;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/**
 * Untrusted input: random text must give a segment or a {@link SegmentSyntaxException}, never another exception, a
 * stack overflow or a hang. Randomly damaged valid queries are fuzzed by {@link MutatedQueryFuzzTest}.
 */
class SegmentQueryFuzzTest {

    static final int RANDOM_TEXTS = 100_000;

    private static final AttributeRegistry<Customer> REGISTRY = AttributeRegistry.builtIn();
    private static final SegmentParser<Customer> PARSER = SegmentQuery.parser(REGISTRY);
    private static final String ALPHABET = "abcdeINOTSAD()',:-_ 0123456789.=<>!\\\n\tzé🎉";

    private static int between(RandomnessSource in, int lo, int hi) {
        return Generate.range(lo, hi).generate(in);
    }

    private static void parseOrSyntaxError(String text) {
        try {
            PARSER.parse(text);
        } catch (SegmentSyntaxException expected) {
            assertThat(expected.line()).isPositive();
            assertThat(expected.column()).isPositive();
        } catch (Throwable unexpected) {
            fail("parsing " + text.replace("\n", "\\n") + " threw " + unexpected, unexpected);
        }
    }

    private static Gen<String> randomTexts() {
        return in -> {
            int n = between(in, 0, 80);
            StringBuilder s = new StringBuilder();
            for (int i = 0; i < n; i++) {
                int at = between(in, 0, ALPHABET.length() - 1);
                s.appendCodePoint(ALPHABET.codePointAt(
                        Math.max(0, at - (Character.isLowSurrogate(ALPHABET.charAt(at)) ? 1 : 0))));
            }
            return s.toString();
        };
    }

    @Test
    @Timeout(value = 300, unit = TimeUnit.SECONDS)
    void random_text_gives_a_segment_or_a_syntax_error() {
        qt().withExamples(RANDOM_TEXTS)
                .withShrinkCycles(100)
                .forAll(randomTexts())
                .checkAssert(SegmentQueryFuzzTest::parseOrSyntaxError);
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void deep_nesting_is_refused_without_overflowing_the_stack() {
        String parens = "(".repeat(100_000) + "age > 1" + ")".repeat(100_000);
        assertThatThrownBy(() -> SegmentQuery.parser(REGISTRY)
                        .withLimits(QueryLimits.defaults().withMaxLength(1_000_000))
                        .parse(parens))
                .isInstanceOf(SegmentSyntaxException.class)
                .hasMessageContaining("nesting is deeper than the limit of 32");
        String nots = "NOT ".repeat(5_000) + "age > 1";
        assertThatThrownBy(() -> PARSER.parse(nots)).isInstanceOf(SegmentSyntaxException.class);
    }

    @Test
    void over_long_text_is_refused_before_reading_it() {
        assertThatThrownBy(() -> PARSER.parse("age > 1 OR ".repeat(2_000) + "age > 1"))
                .isInstanceOf(SegmentSyntaxException.class)
                .hasMessageContaining("over the limit of 10000");
    }

    @Test
    void over_long_lists_are_refused() {
        String list = "country IN (" + "'DE', ".repeat(20) + "'FR')";
        assertThatThrownBy(() -> SegmentQuery.parser(REGISTRY)
                        .withLimits(QueryLimits.defaults().withMaxListSize(10))
                        .parse(list))
                .isInstanceOf(SegmentSyntaxException.class)
                .hasMessageContaining("limit of 10");
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void hostile_patterns_match_in_linear_time() {
        Segment<Customer> evil = PARSER.parse("city MATCHES '(a+)+$' AND occupation MATCHES '(x|x|x)*y'");
        Customer victim = Customer.builder("c-1")
                .city("a".repeat(50_000) + "!")
                .occupation("x".repeat(50_000))
                .build();
        assertThat(SegmentMatcher.of(evil).matches(victim, EvaluationContext.asOf(Instant.EPOCH)))
                .isFalse();
    }

    @Test
    void patterns_outside_re2_syntax_are_refused_at_their_position() {
        assertThatThrownBy(() -> PARSER.parse("city MATCHES '(a)\\\\1'"))
                .isInstanceOf(SegmentSyntaxException.class)
                .satisfies(
                        e -> assertThat(((SegmentSyntaxException) e).column()).isEqualTo(14));
    }
}
