package io.segmentation.metrics;

import static io.segmentation.Attributes.country;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.segmentation.EvaluationContext;
import io.segmentation.Segment;
import io.segmentation.customer.Customer;
import io.segmentation.customer.Order;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The report with the built-in calculators: totals carry no lift, averages do. */
class SegmentReportWithBuiltInsTest {

    private static final Instant AS_OF = Instant.parse("2026-06-01T00:00:00Z");
    private static final Segment<Customer> GERMANY =
            Segment.where(country().is("DE")).named("germany");

    /** 10 German customers with one order of 100.00 each, 10 French with one of 50.00 each. */
    private static List<Customer> population() {
        List<Customer> customers = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String country = i < 10 ? "DE" : "FR";
            BigDecimal total = i < 10 ? new BigDecimal("100.00") : new BigDecimal("50.00");
            customers.add(Customer.builder("c" + i)
                    .country(country)
                    .order(Order.builder("o" + i, AS_OF.minusSeconds(3_600), total)
                            .build())
                    .build());
        }
        return customers;
    }

    private static SegmentReport<Customer> report() {
        return SegmentReport.builder(population(), EvaluationContext.asOf(AS_OF))
                .segments(GERMANY)
                .metric(Metrics.revenue())
                .metric(Metrics.orders())
                .metric(Metrics.averageOrderValue())
                .build();
    }

    @Test
    void totals_have_no_lift() {
        SegmentReport<Customer> report = report();

        assertThat(report.columns())
                .filteredOn(c -> c.name().equals("Revenue") || c.name().equals("Orders"))
                .allSatisfy(c -> {
                    assertThat(c.isTotal()).isTrue();
                    assertThat(c.hasLift()).isFalse();
                });
        assertThat(report.cell(GERMANY, "Revenue").lift()).isEmpty();
        assertThat(report.cell(GERMANY, "Revenue").value()).hasValue(1_000.0);
    }

    @Test
    void averages_are_lifted_against_the_population() {
        // AOV: germany 1000 / 10 = 100.00; everybody 1500 / 20 = 75.00; lift 100 / 75 = 1.333…
        ReportCell aov = report().cell(GERMANY, "AOV");

        assertThat(aov.value().orElseThrow()).isCloseTo(100.0, within(1e-9));
        assertThat(aov.lift().orElseThrow()).isCloseTo(4.0 / 3.0, within(1e-9));
        assertThat(aov.liftText()).isEqualTo("×1.33");
    }

    @Test
    void text_shows_lift_columns_only_for_averages() {
        String header = report().toText()
                .lines()
                .filter(l -> l.startsWith("Segment") && l.contains("Size"))
                .findFirst()
                .orElseThrow();

        assertThat(header.split("lift", -1)).hasSize(2);
    }
}
