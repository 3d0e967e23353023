package io.segmentation.text;

import static io.segmentation.Attributes.city;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.segmentation.EvaluationContext;
import io.segmentation.Segment;
import io.segmentation.attribute.AttributeRegistry;
import io.segmentation.customer.Customer;
import io.segmentation.engine.SegmentMatcher;
import java.time.Duration;
import java.time.Instant;
import java.util.StringJoiner;
import java.util.concurrent.TimeUnit;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * Patterns that RE2/J would expand into huge programs (issue 10, part 2): refused at the pattern, in milliseconds,
 * with a reason, in text and in the DSL alike. The time bounds here are generous guards against a regression to
 * compiling the expansion (36 s for one pattern before), not benchmarks: the check itself takes microseconds. They
 * measure the CPU time of the JVM, so that a loaded build machine does not make them fail.
 */
class HostilePatternTest {

    /** Refusing takes microseconds; the guard allows for a loaded build machine (compiling took 36 s before). */
    private static final long REFUSAL_GUARD_MILLIS = 1_000;

    private static final long MATCH_GUARD_MILLIS = 100;
    private static final SegmentParser<Customer> PARSER = SegmentQuery.parser(AttributeRegistry.builtIn());

    /** The CPU time this JVM has used (wall-clock time where the platform does not say). */
    private static long cpuNanos() {
        return ProcessHandle.current()
                .info()
                .totalCpuDuration()
                .map(Duration::toNanos)
                .orElseGet(System::nanoTime);
    }

    private static SegmentSyntaxException syntaxError(String query) {
        PARSER.parse("city MATCHES 'warm.*up'");
        long start = cpuNanos();
        try {
            PARSER.parse(query);
        } catch (SegmentSyntaxException e) {
            long millis = TimeUnit.NANOSECONDS.toMillis(cpuNanos() - start);
            assertThat(millis).as("guard: refused in milliseconds").isLessThan(REFUSAL_GUARD_MILLIS);
            return e;
        }
        throw new AssertionError("parsed: " + query);
    }

    @Test
    void nested_counted_repeats_are_a_syntax_error_at_the_pattern() {
        SegmentSyntaxException e = syntaxError("city MATCHES '(a{1,1000}){1,1000}'");
        assertThat(e.line()).isEqualTo(1);
        assertThat(e.column()).isEqualTo(14);
        assertThat(e.getMessage())
                .contains("'(a{1,1000}){1,1000}'")
                .contains("1,000,000 repetitions in all")
                .contains("about 2,004,003 instructions")
                .contains("for attribute 'city'");
    }

    @Test
    void the_message_is_the_one_the_query_language_page_shows() {
        assertThat(syntaxError("city MATCHES '(.{0,1000})*b'"))
                .hasMessage("line 1, column 14: matches('(.{0,1000})*b'): pattern '(.{0,1000})*b' would expand to about"
                        + " 2,008 instructions; the limit is 1,000 for attribute 'city'\n"
                        + "  city MATCHES '(.{0,1000})*b'\n"
                        + "               ^");
    }

    @Test
    void a_class_re2j_cannot_fold_is_a_syntax_error_ignoring_case_not_a_hang() {
        // Found by HostileInputFuzzTest: RE2/J 1.8 never finishes folding U+1C80–U+1C88.
        SegmentSyntaxException e = syntaxError("city MATCHES '[a-\uDC00z]' IGNORING CASE");
        assertThat(e.getMessage()).contains("U+1C80–U+1C88");
    }

    @Test
    void twenty_expanding_patterns_in_one_query_are_a_syntax_error_not_an_out_of_memory_error() {
        StringJoiner query = new StringJoiner(" OR ");
        for (int i = 0; i < 20; i++) {
            query.add("city MATCHES '(" + (char) ('a' + i) + "{1,1000}){1,1000}'");
        }
        SegmentSyntaxException e = syntaxError(query.toString());
        assertThat(e.column()).isEqualTo(14);
    }

    @Test
    void a_star_around_a_long_counted_repeat_is_refused_by_its_program_size() {
        SegmentSyntaxException e = syntaxError("city MATCHES '(.{0,1000})*b'");
        assertThat(e.getMessage()).contains("would expand to about 2,008 instructions; the limit is 1,000");
    }

    @Test
    void look_behind_is_named_in_the_syntax_error() {
        SegmentSyntaxException e = syntaxError("city MATCHES '(?<=x)a'");
        assertThat(e.getMessage()).contains("look-behind '(?<=…)'").doesNotContain("invalid named capture");
    }

    @Test
    void back_references_are_named_in_the_syntax_error() {
        SegmentSyntaxException e = syntaxError("city MATCHES '(a)\\\\1'");
        assertThat(e.getMessage()).contains("back-reference '\\1'");
    }

    @Test
    void the_dsl_refuses_the_same_pattern_naming_attribute_and_pattern() {
        ThrowingCallable nested = () -> city().matches("(a{1,1000}){1,1000}");
        assertThatThrownBy(nested)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("matches('(a{1,1000}){1,1000}'): pattern '(a{1,1000}){1,1000}' nests")
                .hasMessageEndingWith("for attribute 'city'");
    }

    @Test
    void the_dsl_refuses_an_oversized_pattern_ignoring_case() {
        assertThatThrownBy(() -> city().matchesIgnoringCase("(.{0,1000})*b"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("about 2,008 instructions")
                .hasMessageContaining("'city'");
    }

    @Test
    void smaller_nested_repeats_are_accepted_and_match_100_kb_quickly() {
        Segment<Customer> nested = PARSER.parse("city MATCHES '(a{1,10}){1,10}'");
        SegmentMatcher<Customer> matcher = SegmentMatcher.of(nested);
        EvaluationContext context = EvaluationContext.asOf(Instant.EPOCH);
        Customer victim = Customer.builder("c-1").city("a".repeat(100_000)).build();
        long fastest = Long.MAX_VALUE;
        boolean matched = true;
        // The fastest of five, so that the guard measures matching rather than the JIT warming up.
        for (int i = 0; i < 5; i++) {
            long start = cpuNanos();
            matched = matcher.matches(victim, context);
            fastest = Math.min(fastest, cpuNanos() - start);
        }
        long millis = TimeUnit.NANOSECONDS.toMillis(fastest);
        assertThat(matched).isFalse();
        assertThat(millis)
                .as("guard, not a benchmark: 100 KB matched in under 100 ms")
                .isLessThan(MATCH_GUARD_MILLIS);
    }
}
