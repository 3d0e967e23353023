package io.segmentation.metrics;

import static io.segmentation.Attributes.purchases;
import static io.segmentation.Attributes.tags;
import static io.segmentation.metrics.OverlapMatrixTest.DETRACTORS;
import static io.segmentation.metrics.OverlapMatrixTest.NOBODY;
import static io.segmentation.metrics.OverlapMatrixTest.PROMOTERS;
import static io.segmentation.metrics.SegmentReportTest.LAPSED;
import static io.segmentation.metrics.SegmentReportTest.NEW;
import static io.segmentation.metrics.SegmentReportTest.VIP;
import static io.segmentation.metrics.SegmentReportTest.index;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.NullPointerTester;
import io.segmentation.Segment;
import io.segmentation.customer.Customer;
import io.segmentation.index.PopulationIndex;
import io.segmentation.metrics.SegmentDiagnostics.Coverage;
import io.segmentation.metrics.SegmentDiagnostics.Warning;
import io.segmentation.metrics.SegmentDiagnostics.WarningKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Diagnostics of the six customers of {@link SegmentReportTest}: vip = {a, b, c}, lapsed = {d, e}, promoters = {a, c},
 * new = {f}, nobody = {}, buyers (one purchase or more) = {a, b, c, e, f}.
 */
class SegmentDiagnosticsTest {

    private static final Segment<Customer> BUYERS =
            Segment.where(purchases().atLeast(1)).named("buyers");

    /** Thresholds small enough for six customers: size 2, no minimum share, at most half, Jaccard 0.6. */
    private static SegmentDiagnostics.Builder<Customer> strict() {
        return SegmentDiagnostics.builder(index())
                .minimumSize(2)
                .minimumShare(0)
                .maximumShare(0.5)
                .nearlyIdenticalAt(0.6);
    }

    private static List<String> messages(SegmentDiagnostics<Customer> d) {
        return d.warnings().stream().map(Warning::message).toList();
    }

    @Test
    void coverage_counts_members_in_no_segment_and_in_several() {
        Coverage coverage =
                SegmentDiagnostics.of(index(), List.of(VIP, LAPSED, PROMOTERS)).coverage();
        // covered: a, b, c, d, e; in none: f; in several: a and c (vip and promoters)
        assertThat(coverage).isEqualTo(new Coverage(6, 5, 1, 2));
        assertThat(coverage.coveredShare()).isEqualTo(5 / 6.0);
        assertThat(coverage.inNoSegmentShare()).isEqualTo(1 / 6.0);
        assertThat(coverage.inSeveralSegmentsShare()).isEqualTo(2 / 6.0);
    }

    @Test
    void coverage_of_segments_covering_everyone_has_no_one_left_over() {
        Coverage coverage =
                SegmentDiagnostics.of(index(), List.of(VIP, LAPSED, NEW)).coverage();
        // {a, b, c} + {d, e} + {f}: a partition
        assertThat(coverage).isEqualTo(new Coverage(6, 6, 0, 0));
    }

    @Test
    void the_overlap_matrix_is_that_of_the_segments() {
        SegmentDiagnostics<Customer> d = SegmentDiagnostics.of(index(), List.of(VIP, PROMOTERS));
        assertThat(d.overlap()).isEqualTo(OverlapMatrix.of(index(), List.of(VIP, PROMOTERS)));
        assertThat(d.overlap().count(VIP, PROMOTERS)).isEqualTo(2);
    }

    @Test
    void warnings_come_per_segment_in_order_then_per_pair() {
        SegmentDiagnostics<Customer> d =
                strict().segments(VIP, LAPSED, PROMOTERS, NEW, NOBODY, BUYERS).build();
        assertThat(d.warnings())
                .extracting(Warning::kind)
                .containsExactly(
                        WarningKind.TOO_SMALL,
                        WarningKind.EMPTY,
                        WarningKind.TOO_BROAD,
                        WarningKind.NEARLY_IDENTICAL,
                        WarningKind.NEARLY_IDENTICAL);
        assertThat(d.warnings())
                .extracting(Warning::segments)
                .containsExactly(
                        List.of(NEW), List.of(NOBODY), List.of(BUYERS), List.of(VIP, PROMOTERS), List.of(VIP, BUYERS));
    }

    @Test
    void a_segment_below_the_minimum_size_is_too_small() {
        // new = {f}: 1 of 6 = 16.7%
        assertThat(messages(strict().segments(NEW).build()))
                .containsExactly(
                        "segment 'new' has 1 member, 16.7% of 6: below the minimum size of 2, too small to act on");
    }

    @Test
    void a_segment_of_exactly_the_minimum_size_is_not_too_small() {
        assertThat(strict().segments(LAPSED).build().warnings()).isEmpty(); // 2 members, minimum 2
    }

    @Test
    void a_segment_below_the_minimum_share_is_too_small() {
        SegmentDiagnostics<Customer> d =
                strict().minimumSize(0).minimumShare(0.2).segments(NEW).build();
        assertThat(messages(d))
                .containsExactly("segment 'new' has 1 member, 16.7% of 6: below the minimum share of 20.0%, too small"
                        + " to act on");
    }

    @Test
    void a_segment_below_both_minimums_says_so_once() {
        SegmentDiagnostics<Customer> d =
                strict().minimumShare(0.2).segments(NEW).build();
        assertThat(messages(d))
                .containsExactly("segment 'new' has 1 member, 16.7% of 6: below the minimum size of 2 and the minimum"
                        + " share of 20.0%, too small to act on");
    }

    @Test
    void an_empty_segment_is_empty_not_too_small() {
        assertThat(messages(strict().segments(NOBODY).build()))
                .containsExactly("segment 'nobody' is empty: no member among a population of 6");
    }

    @Test
    void a_segment_above_the_maximum_share_is_too_broad() {
        // buyers = {a, b, c, e, f}: 5 of 6 = 83.3%
        assertThat(messages(strict().segments(BUYERS).build()))
                .containsExactly("segment 'buyers' has 5 members, 83.3% of 6: above the maximum share of 50.0%, too"
                        + " broad to mean anything");
    }

    @Test
    void a_segment_of_exactly_the_maximum_share_is_not_too_broad() {
        assertThat(strict().segments(VIP).build().warnings()).isEmpty(); // 3 of 6 = 50%, maximum 50%
    }

    @Test
    void segments_with_jaccard_at_the_threshold_are_nearly_identical() {
        // vip = {a, b, c}, buyers = {a, b, c, e, f}: 3 / 5 = 0.60
        SegmentDiagnostics<Customer> d =
                strict().maximumShare(1).segments(VIP, BUYERS).build();
        assertThat(messages(d))
                .containsExactly("segments 'vip' (3) and 'buyers' (5) share 3 members: Jaccard similarity 0.60, at"
                        + " least 0.60, nearly identical");
    }

    @Test
    void segments_with_jaccard_below_the_threshold_are_not_nearly_identical() {
        // lapsed = {d, e}, detractors = {d, f}: 1 / 3
        assertThat(strict().segments(LAPSED, DETRACTORS).build().warnings()).isEmpty();
    }

    @Test
    void two_empty_segments_are_empty_but_not_nearly_identical() {
        Segment<Customer> none = Segment.where(tags().contains("none")).named("none");
        assertThat(strict().segments(NOBODY, none).build().warnings())
                .extracting(Warning::kind)
                .containsExactly(WarningKind.EMPTY, WarningKind.EMPTY);
    }

    @Test
    void the_same_members_under_two_names_are_nearly_identical_at_threshold_one() {
        Segment<Customer> promoters2 =
                Segment.where(tags().containsAny("promoter")).named("promoters-again");
        SegmentDiagnostics<Customer> d =
                strict().nearlyIdenticalAt(1).segments(PROMOTERS, promoters2).build();
        assertThat(d.warnings()).extracting(Warning::kind).containsExactly(WarningKind.NEARLY_IDENTICAL);
    }

    @Test
    void default_thresholds_are_documented_values() {
        SegmentDiagnostics<Customer> d = SegmentDiagnostics.of(index(), List.of(VIP));
        assertThat(d.minimumSize()).isEqualTo(10);
        assertThat(d.minimumShare()).isEqualTo(0.01);
        assertThat(d.maximumShare()).isEqualTo(0.8);
        assertThat(d.nearlyIdenticalAt()).isEqualTo(0.9);
        assertThat(d.populationSize()).isEqualTo(6);
        assertThat(d.segments()).containsExactly(VIP);
        assertThat(messages(d))
                .containsExactly("segment 'vip' has 3 members, 50.0% of 6: below the minimum size of"
                        + " 10, too small to act on");
    }

    @Test
    void the_text_has_sizes_overlaps_coverage_and_warnings() {
        String text = strict().segments(VIP, PROMOTERS, NEW).build().toText();
        assertThat(text)
                .startsWith("Segment diagnostics, as of 2026-06-01T00:00:00Z; population 6\n\n")
                .contains("Segment    Size  Share\n")
                .contains("vip           3  50.0%\n")
                .contains("Members in both (the diagonal: segment size)")
                .contains(
                        "Coverage: 4 members (66.7%) in at least one segment, 2 (33.3%) in none, 2 (33.3%) in several")
                .contains("Warnings\n  TOO_SMALL: segment 'new' has 1 member")
                .contains("  NEARLY_IDENTICAL: segments 'vip' (3) and 'promoters' (2)");
    }

    @Test
    void the_text_says_when_there_is_nothing_to_warn_about() {
        assertThat(strict().segments(VIP, LAPSED).build().toText()).endsWith("No warnings\n");
    }

    @Test
    void thresholds_are_checked_when_set() {
        SegmentDiagnostics.Builder<Customer> b = SegmentDiagnostics.builder(index());
        assertThatThrownBy(() -> b.minimumSize(-1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("minimumSize must not be negative but was -1");
        assertThatThrownBy(() -> b.minimumShare(1.5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("minimumShare must be between 0 and 1 but was 1.5");
        assertThatThrownBy(() -> b.minimumShare(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> b.maximumShare(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maximumShare must be above 0 and at most 1 but was 0.0");
        assertThatThrownBy(() -> b.nearlyIdenticalAt(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("nearlyIdenticalAt must be above 0 and at most 1 but was 0.0");
        assertThatThrownBy(() -> b.nearlyIdenticalAt(1.01)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_minimum_share_must_stay_below_the_maximum_share() {
        SegmentDiagnostics.Builder<Customer> b =
                SegmentDiagnostics.builder(index()).maximumShare(0.3);
        assertThatThrownBy(() -> b.minimumShare(0.3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("minimumShare 0.3 must be below maximumShare 0.3");
        SegmentDiagnostics.Builder<Customer> c =
                SegmentDiagnostics.builder(index()).minimumShare(0.2);
        assertThatThrownBy(() -> c.maximumShare(0.1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maximumShare 0.1 must be above minimumShare 0.2");
    }

    @Test
    void diagnostics_without_segments_are_rejected_at_build() {
        assertThatThrownBy(() -> SegmentDiagnostics.builder(index()).build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("at least one segment");
    }

    @Test
    void a_segment_given_twice_is_rejected() {
        assertThatThrownBy(() -> SegmentDiagnostics.of(index(), List.of(VIP, VIP)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("segment 'vip' is given twice");
    }

    @Test
    void coverage_counts_must_fit_together() {
        assertThatThrownBy(() -> new Coverage(6, 7, -1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Coverage(6, 5, 2, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("inNoSegment must be population - covered = 1 but was 2");
        assertThatThrownBy(() -> new Coverage(6, 2, 4, 3)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shares_of_an_empty_population_are_zero() {
        Coverage empty = new Coverage(0, 0, 0, 0);
        assertThat(empty.coveredShare()).isZero();
        assertThat(empty.inNoSegmentShare()).isZero();
    }

    @Test
    void a_warning_copies_its_segments_and_needs_one() {
        assertThat(new Warning<>(WarningKind.EMPTY, List.of(VIP), "m").segments())
                .containsExactly(VIP);
        assertThatThrownBy(() -> new Warning<Customer>(WarningKind.EMPTY, List.of(), "m"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void to_string_summarises() {
        assertThat(strict().segments(VIP, NEW).build())
                .hasToString("SegmentDiagnostics[2 segments, population 6, 1 warnings]");
    }

    @Test
    void public_methods_reject_nulls() {
        NullPointerTester tester = new NullPointerTester()
                .setDefault(PopulationIndex.class, index())
                .setDefault(Segment.class, VIP)
                .setDefault(Iterable.class, List.of(VIP));
        tester.testAllPublicStaticMethods(SegmentDiagnostics.class);
        tester.testAllPublicInstanceMethods(SegmentDiagnostics.builder(index()));
        tester.testAllPublicInstanceMethods(SegmentDiagnostics.of(index(), List.of(VIP)));
        tester.testAllPublicConstructors(Warning.class);
    }
}
