package io.segmentation.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.segmentation.Segment;
import io.segmentation.customer.Customer;
import io.segmentation.engine.SegmentMatcher;
import io.segmentation.testkit.UnsatisfiableSegmentException.Reason;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Laws of the fixtures over random segments of the whole built-in vocabulary: what they build is in (or out of) the
 * segment, they fail only by proving a contradiction, and they are deterministic.
 */
class FixturesLawsTest {

    private static final int EXAMPLES = 300;
    private static final Gen<Segment<Customer>> SEGMENTS = FixturesSegments.segments(3);

    private static boolean in(Segment<Customer> segment, Customer customer) {
        return SegmentMatcher.of(segment).matches(customer, TestKit.defaultContext());
    }

    @Test
    void customer_in_is_in_the_segment_unless_the_segment_is_contradictory() {
        qt().withExamples(EXAMPLES).forAll(SEGMENTS).checkAssert(s -> {
            UnsatisfiableSegmentException e = catchThrowableOfType(
                    UnsatisfiableSegmentException.class,
                    () -> assertThat(in(s, Fixtures.customerIn(s)))
                            .as("customerIn(%s)", s)
                            .isTrue());
            if (e != null) {
                assertThat(e.reason()).as(e.getMessage()).isEqualTo(Reason.CONTRADICTION);
            }
        });
    }

    @Test
    void customer_not_in_is_outside_the_segment_unless_the_segment_is_a_tautology() {
        qt().withExamples(EXAMPLES).forAll(SEGMENTS).checkAssert(s -> {
            UnsatisfiableSegmentException e = catchThrowableOfType(
                    UnsatisfiableSegmentException.class,
                    () -> assertThat(in(s, Fixtures.customerNotIn(s)))
                            .as("customerNotIn(%s)", s)
                            .isFalse());
            if (e != null) {
                assertThat(e.reason()).as(e.getMessage()).isEqualTo(Reason.CONTRADICTION);
            }
        });
    }

    @Test
    void no_customer_is_in_a_segment_proved_contradictory() {
        qt().withExamples(EXAMPLES)
                .forAll(SEGMENTS, FixturesSegments.customers())
                .checkAssert((s, customer) -> {
                    UnsatisfiableSegmentException e =
                            catchThrowableOfType(UnsatisfiableSegmentException.class, () -> Fixtures.customerIn(s));
                    if (e != null) {
                        assertThat(in(s, customer))
                                .as("%s is contradictory: %s", s, e.getMessage())
                                .isFalse();
                    }
                });
    }

    @Test
    void same_seed_and_request_give_equal_customers() {
        qt().withExamples(100).forAll(SEGMENTS, longs().all()).checkAssert((s, seed) -> {
            Customer first = build(Fixtures.seed(seed), s);
            Customer second = build(Fixtures.seed(seed), s);
            assertThat(first).isEqualTo(second);
        });
    }

    private static Customer build(Fixtures.Factory factory, Segment<Customer> s) {
        try {
            return factory.customerIn(s);
        } catch (UnsatisfiableSegmentException e) {
            return null;
        }
    }

    @Test
    void every_representative_segment_has_a_customer_in_it_and_one_outside_it() {
        for (Segment<Customer> s : FixturesSegments.representative()) {
            assertThat(in(s, Fixtures.customerIn(s))).as("in %s", s).isTrue();
            assertThat(in(s, Fixtures.customerNotIn(s))).as("outside %s", s).isFalse();
        }
    }

    @Test
    void every_boundary_case_of_a_representative_segment_agrees_with_the_engine() {
        for (Segment<Customer> s : FixturesSegments.representative()) {
            for (BoundaryCase c : Fixtures.boundaryCases(s)) {
                assertThat(in(s, c.customer())).as(c.description()).isEqualTo(c.expectedIn());
                assertThat(c.comparison().attribute().read(c.customer(), TestKit.defaultContext()))
                        .as(c.description())
                        .isEqualTo(c.value());
            }
        }
    }

    @Test
    void every_boundary_case_of_a_random_segment_agrees_with_the_engine() {
        qt().withExamples(100).forAll(SEGMENTS).checkAssert(s -> {
            for (BoundaryCase c : Fixtures.boundaryCases(s)) {
                assertThat(in(s, c.customer())).as(c.description()).isEqualTo(c.expectedIn());
            }
        });
    }
}
