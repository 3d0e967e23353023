package consumer;

import static io.segmentation.Attributes.city;
import static io.segmentation.Attributes.country;

import io.segmentation.Segment;
import io.segmentation.customer.Customer;
import io.segmentation.EvaluationContext;
import io.segmentation.engine.SegmentMatcher;
import io.segmentation.jackson.SegmentJson;
import java.time.Instant;

/** Builds a segment with the DSL, matches it (a regular expression: the bundled RE2/J) and writes it as JSON. */
public final class Main {

    private Main() {}

    /**
     * Runs the check.
     *
     * @param args unused
     */
    public static void main(String[] args) {
        Segment<Customer> berliners =
                Segment.where(country().in("DE", "AT")).and(city().matches("Ber.*")).named("berliners");
        Customer anna = Customer.builder("c-1").country("DE").city("Berlin").build();
        boolean member = SegmentMatcher.of(berliners)
                .matches(anna, EvaluationContext.asOf(Instant.parse("2026-06-01T00:00:00Z")));
        if (!member) {
            throw new IllegalStateException("anna should be in " + berliners);
        }
        System.out.println("consumer: anna in 'berliners' = " + member + "; JSON " + SegmentJson.write(berliners));
    }
}
