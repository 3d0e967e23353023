package io.segmentation.testkit;

import static io.segmentation.Attributes.country;
import static io.segmentation.Attributes.not;
import static io.segmentation.testkit.SegmentationAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.segmentation.Segment;
import io.segmentation.customer.Customer;
import io.segmentation.customer.Order;
import io.segmentation.metrics.Metrics;
import io.segmentation.metrics.SegmentReport;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportAssertTest {

    private static final Segment<Customer> GERMANY =
            Segment.where(country().is("DE")).named("germany");
    private static final Segment<Customer> AUSTRIA =
            Segment.where(country().is("AT")).named("austria");

    /** 10 German customers with one order of 100.00, 10 French with 50.00, 2 Austrian with 10.00. */
    private static SegmentReport<Customer> report() {
        return SegmentReport.builder(customers(), TestKit.defaultContext())
                .segments(GERMANY, AUSTRIA)
                .metric(Metrics.averageOrderValue())
                .build();
    }

    private static List<Customer> customers() {
        List<Customer> customers = new ArrayList<>();
        for (int i = 0; i < 22; i++) {
            String country = i < 10 ? "DE" : i < 20 ? "FR" : "AT";
            String total = i < 10 ? "100.00" : i < 20 ? "50.00" : "10.00";
            customers.add(Customer.builder("c" + i)
                    .country(country)
                    .order(Order.builder("o" + i, TestKit.DEFAULT_AS_OF.minusSeconds(60), new BigDecimal(total))
                            .build())
                    .build());
        }
        return customers;
    }

    @Test
    void passes_on_the_figures_of_the_report() {
        // AOV: germany 100.00; everybody (1000 + 500 + 20) / 22 = 69.09…; lift 1.447…
        assertThat(report())
                .hasColumn("AOV")
                .hasSize(GERMANY, 10)
                .hasValue(GERMANY, "AOV", 100.0, 1e-9)
                .hasPopulationValue("AOV", 1_520.0 / 22, 1e-9)
                .hasLiftAbove(GERMANY, "AOV", 1.4)
                .hasLiftBelow(GERMANY, "AOV", 1.5)
                .isNotSuppressed(GERMANY)
                .isSuppressed(AUSTRIA);
    }

    @Test
    void a_wrong_size_shows_the_report() {
        assertThatThrownBy(() -> assertThat(report()).hasSize(GERMANY, 11))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("segment 'germany' of the report to have size 11 but it is 10")
                .hasMessageContaining("All customers");
    }

    @Test
    void a_suppressed_segment_has_no_size_to_assert() {
        assertThatThrownBy(() -> assertThat(report()).hasSize(AUSTRIA, 2))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("size 2 but its figures are suppressed");
    }

    @Test
    void a_wrong_value_names_the_column_and_the_figure() {
        assertThatThrownBy(() -> assertThat(report()).hasValue(GERMANY, "AOV", 90.0, 0.5))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("AOV 90.0 (± 0.5) but it is 100.0");
    }

    @Test
    void a_lift_not_above_the_bound_fails() {
        assertThatThrownBy(() -> assertThat(report()).hasLiftAbove(GERMANY, "AOV", 2.0))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("a lift above 2.0 in AOV");
    }

    @Test
    void a_missing_column_or_segment_fails() {
        assertThatThrownBy(() -> assertThat(report()).hasColumn("Revenue"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("column 'Revenue'");
        Segment<Customer> other = Segment.where(country().is("FR")).named("france");
        assertThatThrownBy(() -> assertThat(report()).isNotSuppressed(other))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("row for segment 'france'");
    }

    @Test
    void suppression_expectations_fail_both_ways() {
        assertThatThrownBy(() -> assertThat(report()).isSuppressed(GERMANY))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("fewer than 10 members) but it has 10");
        assertThatThrownBy(() -> assertThat(report()).isNotSuppressed(AUSTRIA))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("shown but they are suppressed");
    }

    @Test
    void a_complement_of_a_suppressed_segment_is_secondarily_suppressed() {
        Segment<Customer> notAustria = Segment.where(not(country().is("AT"))).named("not austria");
        SegmentReport<Customer> report = SegmentReport.builder(customers(), TestKit.defaultContext())
                .segments(AUSTRIA, notAustria)
                .build();

        assertThat(report).isSuppressed(AUSTRIA).isSecondarilySuppressed(notAustria);
        assertThatThrownBy(() -> assertThat(report).isSecondarilySuppressed(AUSTRIA))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("withheld by secondary suppression but it is suppressed for being small");
        assertThatThrownBy(() -> assertThat(report).isNotSuppressed(notAustria))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("withheld by secondary suppression");
    }

    @Test
    void soft_assertions_collect_report_failures() {
        SoftSegmentationAssertions softly = new SoftSegmentationAssertions();
        softly.assertThat(report()).hasSize(GERMANY, 1);
        softly.assertThat(report()).isSuppressed(GERMANY);

        assertThatThrownBy(softly::assertAll).hasMessageContaining("size 1").hasMessageContaining("suppressed");
    }
}
