package io.segmentation.text;

import static io.segmentation.text.TextGenerators.REGISTRY;
import static io.segmentation.text.TextGenerators.between;
import static io.segmentation.text.TextGenerators.criteria;
import static io.segmentation.text.TextGenerators.pick;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;
import static org.quicktheories.QuickTheory.qt;

import io.segmentation.Segment;
import io.segmentation.customer.Customer;
import io.segmentation.engine.EvaluationContext;
import io.segmentation.engine.SegmentMatcher;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.quicktheories.core.Gen;

/**
 * Untrusted input: random text and randomly damaged valid queries must give a segment or a
 * {@link SegmentSyntaxException}, never another exception, a stack overflow or a hang.
 */
class SegmentQueryFuzzTest {

    static final int RANDOM_TEXTS = 100_000;
    static final int MUTATED_QUERIES = 50_000;

    private static final SegmentParser<Customer> PARSER = SegmentQuery.parser(REGISTRY);
    private static final List<String> FRAGMENTS = List.of(
            "(",
            ")",
            "'",
            "\\",
            ",",
            ":",
            "-",
            "--",
            "AND ",
            " OR ",
            "NOT ",
            "IN SEGMENT ",
            "BETWEEN ",
            " IS ",
            "MISSING",
            "'\\u12",
            "1e400",
            "-0d",
            "99999999999999999999d",
            "2026-13-45",
            "2026-01-01T",
            "last:",
            "from: 2026-01-01T00:00:00Z",
            "event(",
            "property(",
            "age",
            "\n",
            "\t",
            "IGNORING CASE",
            "[",
            "é",
            "((((((((((",
            "))))",
            "9",
            ".",
            "MATCHES '(a+)+$'",
            "WITHIN 3m",
            "CONTAINS ANY ()",
            "attribute('x', set)");
    private static final String ALPHABET = "abcdeINOTSAD()',:-_ 0123456789.=<>!\\\n\tzé🎉";

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

    private static Gen<String> mutatedQueries() {
        Gen<io.segmentation.Criterion<Customer>> valid = criteria(2);
        return in -> {
            StringBuilder s = new StringBuilder(SegmentQuery.toText(valid.generate(in)));
            int edits = between(in, 1, 4);
            for (int e = 0; e < edits; e++) {
                int at = s.length() == 0 ? 0 : between(in, 0, s.length() - 1);
                switch (between(in, 0, 3)) {
                    case 0:
                        s.delete(at, Math.min(s.length(), at + between(in, 1, 8)));
                        break;
                    case 1:
                        s.insert(at, pick(in, FRAGMENTS));
                        break;
                    case 2:
                        int end = Math.min(s.length(), at + between(in, 1, 12));
                        s.insert(at, s.substring(at, end));
                        break;
                    default:
                        if (s.length() > 0) {
                            s.setCharAt(at, ALPHABET.charAt(between(in, 0, ALPHABET.length() - 3)));
                        }
                }
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
    @Timeout(value = 300, unit = TimeUnit.SECONDS)
    void mutated_queries_give_a_segment_or_a_syntax_error() {
        qt().withExamples(MUTATED_QUERIES)
                .withShrinkCycles(100)
                .forAll(mutatedQueries())
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
