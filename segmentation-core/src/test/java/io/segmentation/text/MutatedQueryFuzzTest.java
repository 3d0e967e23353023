package io.segmentation.text;

import static io.segmentation.testkit.Generators.registry;
import static io.segmentation.testkit.Generators.textSafeCriteria;
import static io.segmentation.testkit.internal.generators.Draw.between;
import static io.segmentation.testkit.internal.generators.Draw.pick;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.quicktheories.QuickTheory.qt;

import io.segmentation.Criterion;
import io.segmentation.customer.Customer;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.quicktheories.core.Gen;

/**
 * Untrusted input: randomly damaged valid queries — cut, spliced with fragments of the grammar, repeated, overwritten
 * — must give a segment or a {@link SegmentSyntaxException}, never another exception, a stack overflow or a hang.
 * Random text, not derived from valid queries, is fuzzed by {@link SegmentQueryFuzzTest}.
 */
class MutatedQueryFuzzTest {

    static final int MUTATED_QUERIES = 50_000;

    private static final SegmentParser<Customer> PARSER = SegmentQuery.parser(registry());
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

    private static Gen<String> mutatedQueries() {
        Gen<Criterion<Customer>> valid = textSafeCriteria(2);
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
    void mutated_queries_give_a_segment_or_a_syntax_error() {
        qt().withExamples(MUTATED_QUERIES)
                .withShrinkCycles(100)
                .forAll(mutatedQueries())
                .checkAssert(MutatedQueryFuzzTest::parseOrSyntaxError);
    }
}
