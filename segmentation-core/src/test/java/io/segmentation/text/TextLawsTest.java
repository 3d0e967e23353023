package io.segmentation.text;

import static io.segmentation.testkit.Generators.registry;
import static io.segmentation.testkit.Generators.textSafeCriteria;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.segmentation.Criterion;
import io.segmentation.customer.Customer;
import org.junit.jupiter.api.Test;

/** The laws of the query language: printing and parsing are inverse, and printed text is canonical. */
class TextLawsTest {

    private static final SegmentParser<Customer> PARSER = SegmentQuery.parser(registry());

    @Test
    void parse_of_to_text_is_the_same_criterion() {
        qt().withExamples(2_000).forAll(textSafeCriteria(3)).checkAssert(c -> {
            String text = SegmentQuery.toText(c);
            assertThat(PARSER.parseCriterion(text)).as(text).isEqualTo(c);
        });
    }

    @Test
    void to_text_of_parsed_canonical_text_is_a_fixed_point() {
        qt().withExamples(2_000).forAll(textSafeCriteria(3)).checkAssert(c -> {
            String canonical = SegmentQuery.toText(c);
            Criterion<Customer> parsed = PARSER.parseCriterion(canonical);
            assertThat(SegmentQuery.toText(parsed)).isEqualTo(canonical);
        });
    }
}
