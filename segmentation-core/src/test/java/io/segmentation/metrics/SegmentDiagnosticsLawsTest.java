package io.segmentation.metrics;

import static io.segmentation.Attributes.age;
import static io.segmentation.Attributes.allOf;
import static io.segmentation.Attributes.anyOf;
import static io.segmentation.Attributes.country;
import static io.segmentation.Attributes.not;
import static io.segmentation.Attributes.purchases;
import static io.segmentation.Attributes.tags;
import static io.segmentation.Attributes.totalSpent;
import static io.segmentation.metrics.SegmentReportTest.AS_OF;
import static io.segmentation.metrics.SegmentReportTest.CONTEXT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.segmentation.Criterion;
import io.segmentation.Segment;
import io.segmentation.customer.Customer;
import io.segmentation.customer.Order;
import io.segmentation.engine.SegmentMatcher;
import io.segmentation.index.PopulationIndex;
import io.segmentation.metrics.SegmentDiagnostics.Coverage;
import io.segmentation.metrics.SegmentDiagnostics.WarningKind;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/**
 * Diagnostics from the population index agree with asking the compiled matcher about every customer, one by one.
 * The generators here are shared with {@link SegmentReportLawsTest}.
 */
class SegmentDiagnosticsLawsTest {

    private static final List<String> TAGS = List.of("vip", "lapsed", "promoter", "detractor", "new");
    private static final List<String> COUNTRIES = List.of("DE", "FR", "NL");

    static int between(RandomnessSource in, int lo, int hi) {
        return Generate.range(lo, hi).generate(in);
    }

    static <E> E pick(RandomnessSource in, List<E> from) {
        return from.get(between(in, 0, from.size() - 1));
    }

    static Customer customer(RandomnessSource in, String id) {
        Customer.Builder b = Customer.builder(id);
        List<String> tags = new ArrayList<>();
        for (String tag : TAGS) {
            if (between(in, 1, 100) <= 35) {
                tags.add(tag);
            }
        }
        b.tags(tags);
        if (between(in, 1, 100) <= 80) {
            b.country(pick(in, COUNTRIES));
        }
        if (between(in, 1, 100) <= 80) {
            b.birthDate(LocalDate.of(2026, 6, 1).minusDays(between(in, 18 * 365, 70 * 365)));
        }
        int orders = between(in, 0, 3);
        for (int i = 0; i < orders; i++) {
            b.order(Order.builder(
                            id + "-" + i,
                            AS_OF.minus(Duration.ofDays(between(in, 1, 400))),
                            BigDecimal.valueOf(between(in, 0, 50_000), 2))
                    .build());
        }
        return b.build();
    }

    /** Populations of up to {@code max} customers with distinct ids, sometimes empty. */
    static Gen<List<Customer>> populations(int max) {
        return in -> {
            int size = between(in, 1, 100) <= 5 ? 0 : between(in, 1, max);
            List<Customer> customers = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                customers.add(customer(in, "c-" + i));
            }
            return customers;
        };
    }

    private static Criterion<Customer> leaf(RandomnessSource in) {
        switch (between(in, 0, 4)) {
            case 0:
                return tags().contains(pick(in, TAGS));
            case 1:
                return country().is(pick(in, COUNTRIES));
            case 2:
                return purchases().atLeast(between(in, 0, 3));
            case 3:
                return totalSpent().atLeast(between(in, 0, 800));
            default:
                int from = between(in, 18, 60);
                return age().between(from, from + between(in, 0, 30));
        }
    }

    private static Criterion<Customer> criterion(RandomnessSource in, int depth) {
        if (depth == 0 || between(in, 1, 100) <= 40) {
            return leaf(in);
        }
        switch (between(in, 0, 2)) {
            case 0:
                return allOf(criterion(in, depth - 1), criterion(in, depth - 1));
            case 1:
                return anyOf(criterion(in, depth - 1), criterion(in, depth - 1));
            default:
                return not(criterion(in, depth - 1));
        }
    }

    /** One to six segments named s0, s1, … over tags, country, purchases, spend and age. */
    static Gen<List<Segment<Customer>>> segmentLists() {
        return in -> {
            int n = between(in, 1, 6);
            List<Segment<Customer>> segments = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                segments.add(Segment.where(criterion(in, 2)).named("s" + i));
            }
            return segments;
        };
    }

    private static int countBoth(List<Customer> customers, Segment<Customer> a, Segment<Customer> b) {
        SegmentMatcher<Customer> ma = SegmentMatcher.of(a);
        SegmentMatcher<Customer> mb = SegmentMatcher.of(b);
        int n = 0;
        for (Customer c : customers) {
            if (ma.matches(c, CONTEXT) && mb.matches(c, CONTEXT)) {
                n++;
            }
        }
        return n;
    }

    @Test
    void the_overlap_matrix_equals_counting_with_the_matcher_one_by_one() {
        qt().withExamples(300).forAll(populations(30), segmentLists()).checkAssert((customers, segments) -> {
            OverlapMatrix<Customer> m = OverlapMatrix.of(PopulationIndex.build(customers, CONTEXT), segments);
            for (Segment<Customer> a : segments) {
                for (Segment<Customer> b : segments) {
                    assertThat(m.count(a, b)).as("%s ∩ %s", a, b).isEqualTo(countBoth(customers, a, b));
                }
            }
        });
    }

    @Test
    void jaccard_is_symmetric_between_zero_and_one_and_follows_from_the_counts() {
        qt().withExamples(200).forAll(populations(30), segmentLists()).checkAssert((customers, segments) -> {
            OverlapMatrix<Customer> m = OverlapMatrix.of(PopulationIndex.build(customers, CONTEXT), segments);
            for (int i = 0; i < segments.size(); i++) {
                for (int j = 0; j < segments.size(); j++) {
                    double jaccard = m.jaccard(i, j);
                    int union = m.count(i, i) + m.count(j, j) - m.count(i, j);
                    assertThat(jaccard).isBetween(0.0, 1.0).isEqualTo(m.jaccard(j, i));
                    assertThat(jaccard).isEqualTo(union == 0 ? 0 : (double) m.count(i, j) / union);
                }
            }
        });
    }

    @Test
    void coverage_equals_counting_memberships_with_the_matcher() {
        qt().withExamples(300).forAll(populations(30), segmentLists()).checkAssert((customers, segments) -> {
            Coverage coverage = SegmentDiagnostics.of(PopulationIndex.build(customers, CONTEXT), segments)
                    .coverage();
            int none = 0;
            int several = 0;
            for (Customer c : customers) {
                long in = segments.stream()
                        .filter(s -> SegmentMatcher.of(s).matches(c, CONTEXT))
                        .count();
                none += in == 0 ? 1 : 0;
                several += in > 1 ? 1 : 0;
            }
            assertThat(coverage).isEqualTo(new Coverage(customers.size(), customers.size() - none, none, several));
        });
    }

    @Test
    void a_segment_is_reported_empty_exactly_when_no_customer_matches_it() {
        qt().withExamples(200).forAll(populations(30), segmentLists()).checkAssert((customers, segments) -> {
            SegmentDiagnostics<Customer> d = SegmentDiagnostics.of(PopulationIndex.build(customers, CONTEXT), segments);
            for (Segment<Customer> s : segments) {
                boolean empty = SegmentMatcher.of(s).filter(customers, CONTEXT).isEmpty();
                boolean reported = d.warnings().stream()
                        .anyMatch(w ->
                                w.kind() == WarningKind.EMPTY && w.segments().equals(List.of(s)));
                assertThat(reported).as("%s", s).isEqualTo(empty);
            }
        });
    }
}
