package io.segmentation;

import static io.segmentation.Attributes.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.segmentation.attribute.AttributeRegistry;
import io.segmentation.customer.Customer;
import io.segmentation.customer.Event;
import io.segmentation.customer.Order;
import io.segmentation.engine.Assignment;
import io.segmentation.engine.AssignmentMode;
import io.segmentation.engine.MembershipTracker;
import io.segmentation.engine.SegmentEngine;
import io.segmentation.engine.SegmentMatcher;
import io.segmentation.index.PopulationIndex;
import io.segmentation.text.SegmentQuery;
import io.segmentation.text.SegmentSyntaxException;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
    void readme_text_section_compiles_and_behaves_as_commented() {
        // README text and JSON: begin
        Segment<Customer> lapsedShoeFans = SegmentQuery.parse(
                "event('page_view', path STARTS WITH '/shoes', last: 30d) >= 1 AND last_purchase < -90d");
        String stored = SegmentQuery.toText(lapsedShoeFans); // the canonical text, parsed back to an equal segment

        AttributeRegistry<Customer> registry = AttributeRegistry.builtIn()
                .withSegment(Segment.where(tags().contains("newsletter")).named("newsletter"));
        Segment<Customer> b2bReach = SegmentQuery.parser(registry)
                .parse("(industry = 'retail' OR company_size >= 250) AND IN SEGMENT 'newsletter'");

        try {
            SegmentQuery.parse("agee BETWEEN 18 AND 25");
        } catch (SegmentSyntaxException e) {
            System.out.println(e.getMessage()); // line 1, column 1: unknown attribute 'agee' — did you mean 'age'?
        }
        // README text and JSON: end

        assertThat(SegmentQuery.parse(stored)).isEqualTo(lapsedShoeFans);
        assertThat(b2bReach.criterion()).isInstanceOf(Criterion.And.class);
        assertThatThrownBy(() -> SegmentQuery.parse("agee BETWEEN 18 AND 25"))
                .hasMessageStartingWith("line 1, column 1: unknown attribute 'agee' — did you mean 'age'?");
    }

    @Test
    void readme_engine_section_compiles_and_runs() {
        Segment<Customer> segment = Segment.where(age().between(18, 25)).named("young");
        List<Segment<Customer>> segments =
                List.of(segment, Segment.where(country().is("DE")).named("germany"));
        Customer visitor = Customer.builder("v-1")
                .birthDate(LocalDate.of(2004, 1, 1))
                .country("DE")
                .build();
        List<Customer> customers =
                List.of(visitor, Customer.builder("v-2").country("FR").build());
        EvaluationContext context = EvaluationContext.asOf(Instant.parse("2026-06-01T00:00:00Z"));
        // README engine: begin
        SegmentEngine<Customer> engine = SegmentEngine.of(segments); // hundreds of segments, one program
        Set<Segment<Customer>> mine = engine.segmentsOf(visitor, context); // the request path
        Assignment<Customer> nightly = engine.assign(customers, context, AssignmentMode.EXCLUSIVE); // parallel batch
        PopulationIndex<Customer> index = PopulationIndex.build(customers, context); // columns + compressed bitmaps
        int preview = index.count(segment); // exact size, in milliseconds
        MembershipTracker<Customer> live = MembershipTracker.over(engine); // Entered / Exited as data and time move
        // README engine: end

        assertThat(mine).containsExactlyElementsOf(segments);
        assertThat(nightly.members(segment)).containsExactly(visitor);
        assertThat(nightly.unassigned()).hasSize(1);
        assertThat(preview).isEqualTo(1);
        live.update(visitor, context.asOf());
        assertThat(live.memberships("v-1")).containsExactlyInAnyOrderElementsOf(segments);
    }

    @Test
    void readme_engine_section_is_the_code_this_test_runs() throws IOException {
        assertReadmeSectionIsTested("## Engine: one customer", "README engine");
    }

    @Test
    void readme_quick_start_is_the_code_this_test_runs() throws IOException {
        assertReadmeSectionIsTested("## Quick start", "README quick start");
    }

    @Test
    void readme_text_section_is_the_code_this_test_runs() throws IOException {
        assertReadmeSectionIsTested("## Segments as text and JSON", "README text and JSON");
    }

    private static void assertReadmeSectionIsTested(String heading, String marker) throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"));
        int section = readme.indexOf(heading);
        assertThat(section).as("README section %s", heading).isNotNegative();
        int start = readme.indexOf("```java\n", section) + "```java\n".length();
        String documented = readme.substring(start, readme.indexOf("```", start));

        String source = Files.readString(Path.of("src/test/java/io/segmentation/QuickStartTest.java"));
        String tested = source.substring(
                source.indexOf("// " + marker + ": begin") + ("// " + marker + ": begin").length(),
                source.indexOf("// " + marker + ": end"));

        assertThat(withoutWhitespace(documented)).isEqualTo(withoutWhitespace(tested));
    }

    private static String withoutWhitespace(String code) {
        return code.replaceAll("\\s+", "");
    }
}
