package io.segmentation.metrics;

import static io.segmentation.metrics.PrivacyFixtures.CONTEXT;
import static io.segmentation.metrics.PrivacyFixtures.population;
import static org.assertj.core.api.Assertions.assertThat;

import io.segmentation.Segment;
import io.segmentation.customer.Customer;
import io.segmentation.index.PopulationIndex;
import io.segmentation.text.SegmentQuery;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The differencing attacks of issue 10 against one report, with query-language segments only. */
class SegmentReportSecondarySuppressionTest {

    private static final Segment<Customer> BONN =
            SegmentQuery.parse("city = 'Bonn'").named("Bonn");
    private static final Segment<Customer> NOT_BONN =
            SegmentQuery.parse("NOT city = 'Bonn'").named("not Bonn");

    private static SegmentReport.Builder<Customer> builder() {
        return SegmentReport.builder(PopulationIndex.build(population(), CONTEXT))
                .metric(Metrics.revenue());
    }

    private static BigDecimal revenue(ReportRow<Customer> row) {
        return ((Money) row.cell("Revenue").result().orElseThrow()).total();
    }

    @Test
    void without_it_a_complement_gives_a_suppressed_segment_away() {
        // the reproduction: population minus the complement
        SegmentReport<Customer> report =
                builder().secondarySuppression(false).segments(BONN, NOT_BONN).build();

        assertThat(report.row(BONN).isSuppressed()).isTrue();
        assertThat(report.baseline().size().getAsInt()
                        - report.row(NOT_BONN).size().getAsInt())
                .isEqualTo(1);
        assertThat(revenue(report.baseline()).subtract(revenue(report.row(NOT_BONN))))
                .isEqualByComparingTo("27.60");
    }

    @Test
    void the_complement_of_a_suppressed_segment_is_withheld() {
        SegmentReport<Customer> report = builder().segments(BONN, NOT_BONN).build();

        ReportRow<Customer> complement = report.row(NOT_BONN);
        assertThat(complement.isSuppressed()).isTrue();
        assertThat(complement.isSecondarilySuppressed()).isTrue();
        assertThat(complement.size()).isEmpty();
        assertThat(complement.cells()).allSatisfy(c -> assertThat(c.value()).isEmpty());
        assertThat(complement.cell("Size").text()).isEqualTo("**");
        assertThat(report.row(BONN).isSecondarilySuppressed()).isFalse();
        assertThat(report.baseline().isSuppressed()).isFalse();
    }

    @Test
    void a_partition_of_the_population_is_broken_at_its_smallest_shown_row() {
        Segment<Customer> de = SegmentQuery.parse("country = 'DE'").named("DE");
        Segment<Customer> fr = SegmentQuery.parse("country = 'FR'").named("FR");
        Segment<Customer> at = SegmentQuery.parse("country = 'AT'").named("AT");

        SegmentReport<Customer> report = builder().segments(de, fr, at).build();

        assertThat(report.row(at).isSuppressed()).isTrue();
        assertThat(report.row(fr).isSecondarilySuppressed()).isTrue();
        assertThat(report.row(de).isSuppressed()).isFalse();
        assertThat(report.row(de).size()).hasValue(20);
    }

    @Test
    void a_partition_of_a_shown_row_is_broken_too() {
        Segment<Customer> europe =
                SegmentQuery.parse("country IN ('DE', 'FR', 'AT')").named("Europe");
        Segment<Customer> de = SegmentQuery.parse("country = 'DE'").named("DE");
        Segment<Customer> frOrAt = SegmentQuery.parse("country IN ('FR', 'AT')").named("FR or AT");
        Segment<Customer> fr = SegmentQuery.parse("country = 'FR'").named("FR");

        // FR or AT (11) minus FR (10) is the one customer in Austria
        SegmentReport<Customer> report =
                builder().segments(europe, de, frOrAt, fr).build();

        boolean derivable =
                !report.row(frOrAt).isSuppressed() && !report.row(fr).isSuppressed();
        assertThat(derivable).isFalse();
        assertThat(report.row(fr).isSecondarilySuppressed()).isTrue();
    }

    @Test
    void two_nested_segments_one_customer_apart_do_not_both_show() {
        Segment<Customer> germany = SegmentQuery.parse("country = 'DE'").named("Germany");
        Segment<Customer> allButOne =
                SegmentQuery.parse("country = 'DE' AND NOT city = 'Köln'").named("Germany but Köln");

        SegmentReport<Customer> report = builder().segments(germany, allButOne).build();

        assertThat(report.row(germany).isSuppressed()).isFalse();
        assertThat(report.row(allButOne).isSecondarilySuppressed()).isTrue();
    }

    @Test
    void a_segment_of_all_but_a_few_customers_is_withheld() {
        Segment<Customer> allButAustria =
                SegmentQuery.parse("NOT country = 'AT'").named("not AT");

        SegmentReport<Customer> report = builder().segments(allButAustria).build();

        assertThat(report.row(allButAustria).isSecondarilySuppressed()).isTrue();
    }

    @Test
    void rows_that_give_nothing_away_are_shown() {
        Segment<Customer> de = SegmentQuery.parse("country = 'DE'").named("DE");
        Segment<Customer> fr = SegmentQuery.parse("country = 'FR'").named("FR");

        SegmentReport<Customer> report = builder().segments(de, fr, BONN).build();

        assertThat(report.row(BONN).isSuppressed()).isTrue();
        assertThat(report.row(de).isSuppressed()).isFalse();
        assertThat(report.row(fr).isSuppressed()).isFalse();
    }

    @Test
    void a_report_over_a_collection_withholds_the_same_rows_as_one_over_an_index() {
        Segment<Customer> de = SegmentQuery.parse("country = 'DE'").named("DE");
        Segment<Customer> fr = SegmentQuery.parse("country = 'FR'").named("FR");
        Segment<Customer> at = SegmentQuery.parse("country = 'AT'").named("AT");

        SegmentReport<Customer> fromIndex =
                builder().segments(de, fr, at, BONN, NOT_BONN).build();
        SegmentReport<Customer> fromCollection = SegmentReport.builder(population(), CONTEXT)
                .metric(Metrics.revenue())
                .segments(de, fr, at, BONN, NOT_BONN)
                .build();

        assertThat(fromCollection).isEqualTo(fromIndex);
    }

    @Test
    void it_is_on_by_default_and_can_be_turned_off() {
        assertThat(builder().segments(BONN).build().secondarySuppression()).isTrue();
        assertThat(builder().segments(BONN).secondarySuppression(false).build().secondarySuppression())
                .isFalse();
    }

    @Test
    void renderings_mark_withheld_rows_and_explain_them() {
        SegmentReport<Customer> report = builder().segments(BONN, NOT_BONN).build();

        assertThat(report.toText()).contains("** ").contains("withheld too: with the figures shown");
        assertThat(report.toHtml()).contains("withheld (**)");
        assertThat(report.toJson()).contains("\"secondarySuppressed\": true");
        assertThat(SegmentReportCsvTest.parse(report.toCsv()).get(3)).startsWith("not Bonn", "false", "true", "");
    }

    @Test
    void the_rank_of_an_integer_matrix_is_exact() {
        java.math.BigInteger[][] matrix = {
            {big(2), big(1), big(1)},
            {big(1), big(1), big(0)},
            {big(1), big(0), big(1)}
        };
        assertThat(SecondarySuppression.rank(matrix)).isEqualTo(2);
        assertThat(SecondarySuppression.rank(new java.math.BigInteger[][] {{big(3)}}))
                .isEqualTo(1);
        assertThat(SecondarySuppression.rank(new java.math.BigInteger[][] {{big(0), big(0)}, {big(0), big(5)}}))
                .isEqualTo(1);
        assertThat(List.of()).isEmpty();
    }

    private static java.math.BigInteger big(long value) {
        return java.math.BigInteger.valueOf(value);
    }
}
