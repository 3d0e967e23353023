package io.segmentation.text;

import static io.segmentation.Attributes.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.segmentation.Segment;
import io.segmentation.TimePoint;
import io.segmentation.attribute.AttributeRegistry;
import io.segmentation.customer.Customer;
import java.time.Duration;
import java.time.Period;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SegmentQueryExamplesTest {

    private static final Segment<Customer> NEWSLETTER =
            Segment.where(tags().contains("newsletter")).named("newsletter");
    private static final SegmentParser<Customer> PARSER =
            SegmentQuery.parser(AttributeRegistry.builtIn().withSegment(NEWSLETTER));

    @ParameterizedTest
    @ValueSource(
            strings = {
                "age BETWEEN 18 AND 25 AND purchases >= 3",
                "country IN ('DE', 'FR') AND NOT tags CONTAINS 'wholesale'",
                "purchases(last: 30d) >= 3 AND total_spent(last: 365d) > 500",
                "last_purchase < -90d OR last_purchase IS MISSING",
                "event('page_view', path STARTS WITH '/shoes', last: 7d) >= 3",
                "(industry = 'retail' OR company_size >= 250) AND IN SEGMENT 'newsletter'"
            })
    void issue_examples_parse_and_print_back_to_themselves(String text) {
        Segment<Customer> parsed = PARSER.parse(text);
        assertThat(PARSER.parse(SegmentQuery.toText(parsed))).isEqualTo(parsed);
        System.out.println(text + "\n  -> " + SegmentQuery.toText(parsed));
    }

    @Test
    void examples_mean_what_the_dsl_says() {
        assertThat(PARSER.parse("age BETWEEN 18 AND 25 AND purchases >= 3"))
                .isEqualTo(Segment.where(age().between(18, 25)).and(purchases().atLeast(3)));
        assertThat(PARSER.parse("country IN ('DE', 'FR') AND NOT tags CONTAINS 'wholesale'"))
                .isEqualTo(Segment.where(allOf(country().in("DE", "FR"), not(tags().contains("wholesale")))));
        assertThat(PARSER.parse("purchases(last: 30d) >= 3 AND total_spent(last: 365d) > 500"))
                .isEqualTo(Segment.where(allOf(
                        purchases().inLast(Duration.ofDays(30)).atLeast(3),
                        totalSpent().inLast(Duration.ofDays(365)).greaterThan(500))));
        assertThat(PARSER.parse("last_purchase < -90d OR last_purchase IS MISSING"))
                .isEqualTo(Segment.where(anyOf(
                        lastPurchase().moreThan(Duration.ofDays(90)).ago(),
                        lastPurchase().isMissing())));
        assertThat(PARSER.parse("event('page_view', path STARTS WITH '/shoes', last: 7d) >= 3"))
                .isEqualTo(Segment.where(event("page_view")
                        .where(property("path").startsWith("/shoes"))
                        .count()
                        .inLast(Duration.ofDays(7))
                        .atLeast(3)));
        assertThat(PARSER.parse("(industry = 'retail' OR company_size >= 250) AND IN SEGMENT 'newsletter'"))
                .isEqualTo(Segment.where(
                        allOf(anyOf(industry().is("retail"), companySize().atLeast(250)), inSegment(NEWSLETTER))));
        assertThat(PARSER.parse("last_purchase < -3m"))
                .isEqualTo(Segment.where(lastPurchase().before(TimePoint.ago(Period.ofMonths(3)))));
    }

    @Test
    void unknown_attribute_suggests_the_closest_name() {
        assertThatThrownBy(() -> PARSER.parse("agee BETWEEN 18 AND 25"))
                .isInstanceOf(SegmentSyntaxException.class)
                .hasMessageContaining("unknown attribute 'agee' — did you mean 'age'?")
                .satisfies(e -> {
                    SegmentSyntaxException s = (SegmentSyntaxException) e;
                    assertThat(s.line()).isEqualTo(1);
                    assertThat(s.column()).isEqualTo(1);
                    System.out.println(s.getMessage());
                });
    }

    @Test
    void type_errors_are_reported_at_their_position() {
        assertThatThrownBy(() -> PARSER.parse("age >= 18 AND country > 5"))
                .isInstanceOf(SegmentSyntaxException.class)
                .satisfies(e -> System.out.println(e.getMessage()))
                .extracting(e -> ((SegmentSyntaxException) e).column())
                .isEqualTo(25);
        assertThatThrownBy(() -> PARSER.parse("age CONTAINS 'x'"))
                .isInstanceOf(SegmentSyntaxException.class)
                .satisfies(e -> System.out.println(e.getMessage()))
                .extracting(e -> ((SegmentSyntaxException) e).column())
                .isEqualTo(5);
    }
}
