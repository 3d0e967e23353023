package io.segmentation;

import static io.segmentation.Attributes.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.segmentation.customer.Customer;
import io.segmentation.customer.Event;
import io.segmentation.customer.Order;
import io.segmentation.engine.EvaluationContext;
import io.segmentation.engine.SegmentMatcher;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The README quick start, verbatim between the markers, so that it keeps compiling and behaving as documented. */
class QuickStartTest {

    @Test
    void readme_quick_start_compiles_and_behaves_as_commented() {
        // README quick start: begin
        Customer anna = Customer.builder("c-42")
                .birthDate(LocalDate.of(2001, 3, 14))
                .gender("female")
                .country("DE")
                .city("Berlin")
                .interests("running", "eco")
                .tags("newsletter")
                .order(Order.builder("o-1", Instant.parse("2026-05-02T10:15:30Z"), new BigDecimal("59.90"))
                        .channel("web")
                        .item("sku-7", "shoes", 1, new BigDecimal("59.90"))
                        .build())
                .event(Event.of("page_view", Instant.parse("2026-05-20T08:00:00Z"), Map.of("path", "/shoes/trail")))
                .build();

        Segment<Customer> youngRepeat =
                Segment.where(age().between(18, 25)).and(purchases().atLeast(3)).named("young-repeat");
        SegmentMatcher<Customer> matcher = SegmentMatcher.of(youngRepeat);
        EvaluationContext june = EvaluationContext.asOf(Instant.parse("2026-06-01T00:00:00Z"));

        boolean isMember = matcher.matches(anna, june); // false: she is 25, but has 1 purchase
        System.out.println(matcher.explain(anna, june)); // names both clauses, shows "25" and "1"

        Segment<Customer> shoeBrowsersDach = Segment.where(event("page_view")
                        .where(property("path").startsWith("/shoes"))
                        .count()
                        .inLast(Duration.ofDays(30))
                        .atLeast(1))
                .and(country().in("DE", "AT", "CH")); // anna is in this one on 2026-06-01
        // README quick start: end

        assertThat(isMember).isFalse();
        assertThat(matcher.explain(anna, june).matched()).isFalse();
        assertThat(matcher.explain(anna, june).toString())
                .contains("age 25 is between 18 and 25")
                .contains("purchases 1 is not at least 3");
        assertThat(SegmentMatcher.of(shoeBrowsersDach).matches(anna, june)).isTrue();
    }

    @Test
    void readme_quick_start_is_the_code_this_test_runs() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"));
        int section = readme.indexOf("## Quick start");
        int start = readme.indexOf("```java\n", section) + "```java\n".length();
        String documented = readme.substring(start, readme.indexOf("```", start));

        String source = Files.readString(Path.of("src/test/java/io/segmentation/QuickStartTest.java"));
        String tested = source.substring(
                source.indexOf("// README quick start: begin") + "// README quick start: begin".length(),
                source.indexOf("// README quick start: end"));

        assertThat(withoutWhitespace(documented)).isEqualTo(withoutWhitespace(tested));
    }

    private static String withoutWhitespace(String code) {
        return code.replaceAll("\\s+", "");
    }
}
