package io.segmentation.metrics;

import static io.segmentation.Attributes.tags;
import static io.segmentation.metrics.SegmentReportTest.LAPSED;
import static io.segmentation.metrics.SegmentReportTest.VIP;
import static io.segmentation.metrics.SegmentReportTest.index;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.segmentation.Segment;
import io.segmentation.customer.Customer;
import io.segmentation.index.PopulationIndex;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Overlaps among the six customers of {@link SegmentReportTest}: vip = {a, b, c}, lapsed = {d, e},
 * promoters = {a, c}, detractors = {d, f}, nobody = {}.
 */
class OverlapMatrixTest {

    static final Segment<Customer> PROMOTERS =
            Segment.where(tags().contains("promoter")).named("promoters");
    static final Segment<Customer> DETRACTORS =
            Segment.where(tags().contains("detractor")).named("detractors");
    static final Segment<Customer> NOBODY =
            Segment.where(tags().contains("nobody")).named("nobody");

    private static OverlapMatrix<Customer> matrix() {
        return OverlapMatrix.of(index(), List.of(VIP, LAPSED, PROMOTERS, DETRACTORS, NOBODY));
    }

    @Test
    void the_diagonal_holds_the_sizes() {
        OverlapMatrix<Customer> m = matrix();
        assertThat(m.size(VIP)).isEqualTo(3);
        assertThat(m.count(VIP, VIP)).isEqualTo(3);
        assertThat(m.size(LAPSED)).isEqualTo(2);
        assertThat(m.size(NOBODY)).isZero();
    }

    @Test
    void counts_are_the_members_in_both() {
        OverlapMatrix<Customer> m = matrix();
        assertThat(m.count(VIP, PROMOTERS)).isEqualTo(2); // a, c
        assertThat(m.count(LAPSED, DETRACTORS)).isEqualTo(1); // d
        assertThat(m.count(VIP, LAPSED)).isZero();
        assertThat(m.count(PROMOTERS, NOBODY)).isZero();
    }

    @Test
    void the_matrix_is_symmetric() {
        OverlapMatrix<Customer> m = matrix();
        for (int i = 0; i < 5; i++) {
            for (int j = 0; j < 5; j++) {
                assertThat(m.count(i, j)).isEqualTo(m.count(j, i));
                assertThat(m.jaccard(i, j)).isEqualTo(m.jaccard(j, i));
            }
        }
    }

    @Test
    void jaccard_is_members_in_both_over_members_in_either() {
        OverlapMatrix<Customer> m = matrix();
        assertThat(m.jaccard(VIP, PROMOTERS)).isEqualTo(2 / 3.0); // {a, c} / {a, b, c}
        assertThat(m.jaccard(LAPSED, DETRACTORS)).isEqualTo(1 / 3.0); // {d} / {d, e, f}
        assertThat(m.jaccard(VIP, LAPSED)).isZero();
        assertThat(m.jaccard(VIP, VIP)).isEqualTo(1);
    }

    @Test
    void jaccard_of_empty_segments_is_zero() {
        OverlapMatrix<Customer> m = matrix();
        assertThat(m.jaccard(NOBODY, NOBODY)).isZero(); // 0 / 0
        assertThat(m.jaccard(NOBODY, VIP)).isZero(); // 0 / 3
    }

    @Test
    void positions_follow_the_order_of_the_segments() {
        OverlapMatrix<Customer> m = matrix();
        assertThat(m.segments()).containsExactly(VIP, LAPSED, PROMOTERS, DETRACTORS, NOBODY);
        assertThat(m.count(0, 2)).isEqualTo(m.count(VIP, PROMOTERS));
        assertThat(m.jaccard(1, 3)).isEqualTo(m.jaccard(LAPSED, DETRACTORS));
    }

    @Test
    void a_position_outside_the_matrix_is_rejected() {
        assertThatThrownBy(() -> matrix().count(5, 0)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> matrix().jaccard(0, -1)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void a_segment_outside_the_matrix_is_rejected_naming_it() {
        Segment<Customer> other = Segment.where(tags().contains("other")).named("other");
        assertThatThrownBy(() -> matrix().count(VIP, other))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("b: segment 'other' is not in this matrix");
    }

    @Test
    void a_segment_given_twice_is_rejected() {
        assertThatThrownBy(() -> OverlapMatrix.of(index(), List.of(VIP, LAPSED, VIP)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("segment 'vip' is given twice");
    }

    @Test
    void no_segments_give_an_empty_matrix() {
        OverlapMatrix<Customer> m = OverlapMatrix.of(index(), List.of());
        assertThat(m.segments()).isEmpty();
        assertThat(m).hasToString("OverlapMatrix[]");
    }

    @Test
    void the_text_shows_counts_then_jaccard() {
        String text = OverlapMatrix.of(index(), List.of(VIP, LAPSED, PROMOTERS)).toText();
        assertThat(text)
                .isEqualTo(String.join(
                        "\n",
                        "Members in both (the diagonal: segment size)",
                        "",
                        "  Segment    1  2  3",
                        "-".repeat(20),
                        "1 vip        3  0  2",
                        "2 lapsed     0  2  0",
                        "3 promoters  2  0  2",
                        "",
                        "Jaccard similarity (members in both ÷ members in either; 0 for two empty segments)",
                        "",
                        "  Segment       1     2     3",
                        "-".repeat(29),
                        "1 vip        1.00  0.00  0.67",
                        "2 lapsed     0.00  1.00  0.00",
                        "3 promoters  0.67  0.00  1.00",
                        ""));
    }

    @Test
    void to_string_lists_the_counts_by_segment() {
        assertThat(OverlapMatrix.of(index(), List.of(VIP, PROMOTERS)))
                .hasToString("OverlapMatrix[vip=[3, 2], promoters=[2, 2]]");
    }

    @Test
    void matrices_of_the_same_segments_and_counts_are_equal() {
        new EqualsTester()
                .addEqualityGroup(
                        OverlapMatrix.of(index(), List.of(VIP, LAPSED)),
                        OverlapMatrix.of(index(), List.of(VIP, LAPSED)))
                .addEqualityGroup(OverlapMatrix.of(index(), List.of(LAPSED, VIP)))
                .addEqualityGroup(OverlapMatrix.of(index(), List.of(VIP)))
                .testEquals();
    }

    @Test
    void public_methods_reject_nulls() {
        NullPointerTester tester = new NullPointerTester()
                .setDefault(PopulationIndex.class, index())
                .setDefault(Segment.class, VIP)
                .setDefault(Iterable.class, List.of(VIP));
        tester.testAllPublicStaticMethods(OverlapMatrix.class);
        tester.testAllPublicInstanceMethods(matrix());
    }
}
