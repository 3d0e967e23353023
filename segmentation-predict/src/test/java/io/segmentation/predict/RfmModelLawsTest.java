package io.segmentation.predict;

import static io.segmentation.predict.RfmFixtures.CONTEXT;
import static io.segmentation.predict.RfmFixtures.populations;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.segmentation.Attributes;
import io.segmentation.Segment;
import io.segmentation.customer.Customer;
import io.segmentation.engine.Assignment;
import io.segmentation.engine.AssignmentMode;
import io.segmentation.engine.SegmentEngine;
import io.segmentation.index.PopulationIndex;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Laws of RFM scores and the named segments over random populations with many ties. */
class RfmModelLawsTest {

    private static boolean anyBuyer(List<Customer> population) {
        return population.stream().anyMatch(c -> c.orderCountUpTo(CONTEXT.asOf()) > 0);
    }

    @Test
    void shuffling_the_population_changes_no_score() {
        qt().withExamples(200)
                .forAll(populations(), longs().all())
                .assuming((population, seed) -> anyBuyer(population))
                .checkAssert((population, seed) -> {
                    List<Customer> shuffled = new ArrayList<>(population);
                    Collections.shuffle(shuffled, new Random(seed));
                    RfmModel model = RfmModel.fit(population, CONTEXT);
                    RfmModel other = RfmModel.fit(shuffled, CONTEXT);

                    assertThat(other).isEqualTo(model);
                    for (Customer c : population) {
                        assertThat(other.scoreOf(c)).isEqualTo(model.scoreOf(c));
                    }
                });
    }

    @Test
    void customers_with_equal_values_have_equal_scores() {
        qt().withExamples(200)
                .forAll(populations())
                .assuming(RfmModelLawsTest::anyBuyer)
                .checkAssert(population -> {
                    RfmModel model = RfmModel.fit(population, CONTEXT);
                    for (Customer a : population) {
                        for (Customer b : population) {
                            if (sameValues(a, b)) {
                                assertThat(model.scoreOf(a)).isEqualTo(model.scoreOf(b));
                            }
                        }
                    }
                });
    }

    @Test
    void a_better_value_never_scores_lower() {
        qt().withExamples(200)
                .forAll(populations())
                .assuming(RfmModelLawsTest::anyBuyer)
                .checkAssert(population -> {
                    RfmModel model = RfmModel.fit(population, CONTEXT);
                    for (Customer a : population) {
                        for (Customer b : population) {
                            Optional<RfmScore> sa = model.scoreOf(a);
                            Optional<RfmScore> sb = model.scoreOf(b);
                            if (sa.isEmpty() || sb.isEmpty()) {
                                continue;
                            }
                            if (daysSince(a) < daysSince(b)) {
                                assertThat(sa.get().recency())
                                        .isGreaterThanOrEqualTo(sb.get().recency());
                            }
                            if (orders(a) > orders(b)) {
                                assertThat(sa.get().frequency())
                                        .isGreaterThanOrEqualTo(sb.get().frequency());
                            }
                            if (spent(a) > spent(b)) {
                                assertThat(sa.get().monetary())
                                        .isGreaterThanOrEqualTo(sb.get().monetary());
                            }
                        }
                    }
                });
    }

    @Test
    void frequency_score_is_one_plus_the_whole_fifths_of_the_population_strictly_below() {
        // the breakpoint rule restated without breakpoints: 1 + floor(5·below/n), capped at 5
        qt().withExamples(200)
                .forAll(populations())
                .assuming(RfmModelLawsTest::anyBuyer)
                .checkAssert(population -> {
                    RfmModel model = RfmModel.fit(population, CONTEXT);
                    List<Customer> scored = population.stream()
                            .filter(c -> model.scoreOf(c).isPresent())
                            .toList();
                    int n = scored.size();
                    for (Customer c : scored) {
                        int f = model.scoreOf(c).orElseThrow().frequency();
                        long below = scored.stream()
                                .filter(o -> orders(o) < orders(c))
                                .count();
                        assertThat(f).isEqualTo(1 + (int) Math.min(4, 5 * below / n));
                    }
                });
    }

    @Test
    void every_scored_customer_is_in_exactly_one_named_segment_and_others_in_none() {
        qt().withExamples(200)
                .forAll(populations())
                .assuming(RfmModelLawsTest::anyBuyer)
                .checkAssert(population -> {
                    RfmModel model = RfmModel.fit(population, CONTEXT);
                    SegmentEngine<Customer> engine = SegmentEngine.of(model.namedSegments());
                    for (Customer c : population) {
                        Optional<RfmScore> score = model.scoreOf(c);
                        List<Segment<Customer>> in = List.copyOf(engine.segmentsOf(c, CONTEXT));
                        if (score.isPresent()) {
                            assertThat(in)
                                    .containsExactly(
                                            model.rfm().segment(score.get().segment()));
                        } else {
                            assertThat(in).isEmpty();
                        }
                    }
                });
    }

    @Test
    void exclusive_and_overlapping_assignment_agree() {
        qt().withExamples(200)
                .forAll(populations())
                .assuming(RfmModelLawsTest::anyBuyer)
                .checkAssert(population -> {
                    RfmModel model = RfmModel.fit(population, CONTEXT);
                    SegmentEngine<Customer> engine = SegmentEngine.of(model.namedSegments());
                    Assignment<Customer> exclusive = engine.assign(population, CONTEXT, AssignmentMode.EXCLUSIVE);
                    Assignment<Customer> overlapping = engine.assign(population, CONTEXT, AssignmentMode.OVERLAPPING);

                    for (Segment<Customer> s : model.namedSegments()) {
                        assertThat(exclusive.members(s)).isEqualTo(overlapping.members(s));
                    }
                    assertThat(exclusive.unassigned()).hasSize(model.unscoredCount());
                });
    }

    @Test
    void the_population_index_counts_the_named_segments_as_the_engine_assigns_them() {
        qt().withExamples(100)
                .forAll(populations())
                .assuming(RfmModelLawsTest::anyBuyer)
                .checkAssert(population -> {
                    RfmModel model = RfmModel.fit(population, CONTEXT);
                    Assignment<Customer> exclusive = SegmentEngine.of(model.namedSegments())
                            .assign(population, CONTEXT, AssignmentMode.EXCLUSIVE);
                    PopulationIndex<Customer> index = PopulationIndex.build(population, CONTEXT);

                    int total = 0;
                    for (Segment<Customer> s : model.namedSegments()) {
                        assertThat(index.count(s))
                                .isEqualTo(exclusive.members(s).size());
                        total += index.count(s);
                    }
                    assertThat(total).isEqualTo(model.scoredCount());
                });
    }

    private static boolean sameValues(Customer a, Customer b) {
        return a.orderCountUpTo(CONTEXT.asOf()) > 0
                && b.orderCountUpTo(CONTEXT.asOf()) > 0
                && daysSince(a) == daysSince(b)
                && orders(a) == orders(b)
                && spent(a) == spent(b);
    }

    private static double daysSince(Customer c) {
        return Attributes.daysSinceLastPurchase().readDouble(c, CONTEXT);
    }

    private static double orders(Customer c) {
        return Attributes.purchases().readDouble(c, CONTEXT);
    }

    private static double spent(Customer c) {
        return Attributes.totalSpent().readDouble(c, CONTEXT);
    }
}
