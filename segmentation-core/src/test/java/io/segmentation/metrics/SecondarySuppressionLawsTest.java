package io.segmentation.metrics;

import static io.segmentation.metrics.SegmentDiagnosticsLawsTest.populations;
import static io.segmentation.metrics.SegmentDiagnosticsLawsTest.segmentLists;
import static io.segmentation.metrics.SegmentReportTest.CONTEXT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.segmentation.Segment;
import io.segmentation.customer.Customer;
import io.segmentation.engine.SegmentMatcher;
import io.segmentation.index.PopulationIndex;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Secondary suppression against an independent oracle over random populations and segments, computed member by member:
 * no sum or difference of shown rows (coefficients -1, 0 and 1) is the membership of a suppressed nonempty row, and no
 * two shown rows, one inside the other, differ by 1 to minimumSize - 1 members.
 */
class SecondarySuppressionLawsTest {

    @Test
    void no_suppressed_row_and_no_small_difference_of_nested_rows_follows_from_the_shown_rows() {
        qt().withExamples(150)
                .forAll(populations(30), segmentLists(), integers().between(2, 6))
                .checkAssert((customers, segments, min) -> {
                    SegmentReport<Customer> report = SegmentReport.builder(PopulationIndex.build(customers, CONTEXT))
                            .segments(segments)
                            .minimumSize(min)
                            .build();
                    if (report.baseline().isSuppressed()) {
                        return;
                    }
                    List<int[]> shown = new ArrayList<>();
                    List<int[]> small = new ArrayList<>();
                    int[] everybody = new int[customers.size()];
                    Arrays.fill(everybody, 1);
                    shown.add(everybody);
                    for (Segment<Customer> segment : segments) {
                        int[] members = membership(customers, segment);
                        if (!report.row(segment).isSuppressed()) {
                            shown.add(members);
                        } else if (!report.row(segment).isSecondarilySuppressed()
                                && Arrays.stream(members).sum() > 0) {
                            small.add(members);
                        }
                    }
                    for (int[] a : shown) {
                        for (int[] b : shown) {
                            int difference = 0;
                            boolean nested = true;
                            for (int i = 0; i < a.length; i++) {
                                nested &= b[i] <= a[i];
                                difference += a[i] - b[i];
                            }
                            assertThat(nested && difference > 0 && difference < min)
                                    .as("two shown rows of %s differ by %s members", segments, difference)
                                    .isFalse();
                        }
                    }
                    for (int[] target : small) {
                        assertNotCombination(shown, target, segments);
                    }
                });
    }

    @Test
    void only_rows_of_at_least_the_minimum_size_are_withheld_secondarily() {
        qt().withExamples(150)
                .forAll(populations(30), segmentLists(), integers().between(1, 6))
                .checkAssert((customers, segments, min) -> {
                    SegmentReport<Customer> report = SegmentReport.builder(PopulationIndex.build(customers, CONTEXT))
                            .segments(segments)
                            .minimumSize(min)
                            .build();
                    assertThat(report.baseline().isSecondarilySuppressed()).isFalse();
                    for (Segment<Customer> segment : segments) {
                        int size = SegmentMatcher.of(segment)
                                .filter(customers, CONTEXT)
                                .size();
                        ReportRow<Customer> row = report.row(segment);
                        assertThat(row.isSuppressed() && !row.isSecondarilySuppressed())
                                .as("%s of size %s", segment, size)
                                .isEqualTo(size < min);
                    }
                });
    }

    private static int[] membership(List<Customer> customers, Segment<Customer> segment) {
        SegmentMatcher<Customer> matcher = SegmentMatcher.of(segment);
        int[] vector = new int[customers.size()];
        for (int i = 0; i < customers.size(); i++) {
            vector[i] = matcher.matches(customers.get(i), CONTEXT) ? 1 : 0;
        }
        return vector;
    }

    private static void assertNotCombination(List<int[]> shown, int[] target, List<Segment<Customer>> segments) {
        int[] coefficients = new int[shown.size()];
        int combinations = (int) Math.pow(3, shown.size());
        for (int code = 0; code < combinations; code++) {
            int rest = code;
            for (int r = 0; r < shown.size(); r++) {
                coefficients[r] = rest % 3 - 1;
                rest /= 3;
            }
            boolean equal = true;
            for (int i = 0; i < target.length && equal; i++) {
                int value = 0;
                for (int r = 0; r < shown.size(); r++) {
                    value += coefficients[r] * shown.get(r)[i];
                }
                equal = value == target[i];
            }
            assertThat(equal)
                    .as(
                            "coefficients %s over the shown rows of %s give a suppressed row",
                            Arrays.toString(coefficients), segments)
                    .isFalse();
        }
    }
}
