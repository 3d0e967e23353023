package io.segmentation.examples;

import static io.segmentation.Attributes.country;
import static io.segmentation.Attributes.totalSpent;
import static io.segmentation.metrics.Metrics.averageOrderValue;
import static io.segmentation.metrics.Metrics.clampedOrders;
import static io.segmentation.metrics.Metrics.clampedRevenue;
import static io.segmentation.metrics.Metrics.historicClv;
import static io.segmentation.metrics.Metrics.nps;
import static io.segmentation.metrics.Metrics.retention;
import static io.segmentation.metrics.Metrics.revenue;
import static io.segmentation.testkit.SegmentationAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.segmentation.EvaluationContext;
import io.segmentation.Segment;
import io.segmentation.customer.Customer;
import io.segmentation.examples.data.SampleData;
import io.segmentation.index.PopulationIndex;
import io.segmentation.metrics.Money;
import io.segmentation.metrics.Ratio;
import io.segmentation.metrics.SegmentDiagnostics;
import io.segmentation.metrics.SegmentReport;
import io.segmentation.predict.BgNbdModel;
import io.segmentation.predict.ClvHorizon;
import io.segmentation.predict.CustomerSummarizer;
import io.segmentation.predict.CustomerSummary;
import io.segmentation.predict.GammaGammaModel;
import io.segmentation.predict.Predictions;
import io.segmentation.predict.RfmModel;
import io.segmentation.testkit.BoundaryCase;
import io.segmentation.testkit.Fixtures;
import io.segmentation.testkit.Populations;
import io.segmentation.testkit.TestKit;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's metric, predictive and fixture sections, verbatim between the markers, run on the sample data. */
class ReadmeSectionsTest {

    private static final List<Customer> customers = SampleData.load();
    private static final Instant june = Tour.AS_OF;
    private static final Segment<Customer> vip = ExampleSegments.ACTIVE_SPENDERS;
    private static final Segment<Customer> lapsed = ExampleSegments.LAPSED;

    @Test
    void readme_metrics_section_compiles_and_runs(@TempDir Path directory) throws IOException {
        // README metrics: begin
        PopulationIndex<Customer> index = PopulationIndex.build(customers, EvaluationContext.asOf(june));
        Money aov = averageOrderValue().calculate(index, vip); // revenue ÷ orders, exact
        Ratio retained = retention(Duration.ofDays(90)).calculate(index, vip); // "412 of 1,000" active again
        SegmentReport<Customer> report = SegmentReport.builder(index)
                .segments(vip, lapsed)
                .metric(revenue())
                .metric(averageOrderValue())
                .metric(retention(Duration.ofDays(90)))
                .metric(historicClv())
                .metric(nps("survey", "score"))
                .build();
        String table = report.toText(); // also toCsv(), toJson()
        report.writeHtml(directory.resolve("segments.html")); // self-contained, inline SVG charts
        SegmentDiagnostics<Customer> health = SegmentDiagnostics.of(index, List.of(vip, lapsed)); // overlaps, coverage
        // README metrics: end

        assertThat(aov.isDefined()).isTrue();
        assertThat(retained.denominator()).isPositive();
        assertThat(table).contains("active-spenders").contains("AOV");
        assertThat(Files.readString(directory.resolve("segments.html"))).doesNotContain("http://", "https://");
        assertThat(health.overlap().count(vip, lapsed)).isZero();
    }

    @Test
    void readme_privacy_section_compiles_and_runs() {
        PopulationIndex<Customer> index = PopulationIndex.build(customers, EvaluationContext.asOf(june));
        // README privacy: begin
        SegmentReport<Customer> dp = SegmentReport.builder(index)
                .segments(vip, lapsed)
                .metric(clampedRevenue(new BigDecimal("5000.00"))) // no customer counts for more than 5,000
                .metric(clampedOrders(50))
                .differentialPrivacy(1.0) // ε for the whole report
                .build();
        String noisy = dp.toText(); // every figure marked ~, with a note
        // README privacy: end

        assertThat(dp.isDifferentiallyPrivate()).isTrue();
        assertThat(noisy).contains("~").contains("noisy: every figure carries Laplace noise");
    }

    @Test
    void readme_predict_section_compiles_and_runs() {
        // README predict: begin
        Collection<CustomerSummary> summaries = CustomerSummarizer.asOf(june, ChronoUnit.WEEKS)
                .summarizeAll(customers)
                .values();
        Predictions predictions = Predictions.of(BgNbdModel.fit(summaries))
                .withSpend(GammaGammaModel.fit(GammaGammaModel.repeaters(summaries)));
        Segment<Customer> fading = Segment.where(predictions.probabilityAlive().lessThan(0.3))
                .and(predictions.predictedPurchases(Duration.ofDays(90)).atLeast(1))
                .named("fading-but-buying");
        Segment<Customer> valuable = Segment.where(predictions
                        .predictedClv(ClvHorizon.of(12, ChronoUnit.MONTHS).discountRatePerPeriod(0.01), 0.3)
                        .greaterThan(100))
                .named("valuable");
        RfmModel rfm = RfmModel.fit(customers, EvaluationContext.asOf(june));
        Segment<Customer> recent = Segment.where(rfm.rfm().recency().atLeast(4)).named("recent");
        List<Segment<Customer>> rfmSegments = rfm.namedSegments(); // Champions … Lost, one each
        // README predict: end

        PopulationIndex<Customer> index = PopulationIndex.build(customers, EvaluationContext.asOf(june));
        assertThat(index.count(valuable)).isPositive().isLessThan(customers.size());
        assertThat(index.count(fading)).isLessThan(customers.size());
        assertThat(index.count(recent)).isPositive();
        assertThat(rfmSegments).hasSize(11);
    }

    @Test
    void readme_fixtures_section_compiles_and_runs() {
        // README fixtures: begin
        Segment<Customer> vip = Segment.where(
                        totalSpent().inLast(Duration.ofDays(365)).atLeast(1_000))
                .and(country().in("DE", "AT"))
                .named("vip");
        assertThat(Fixtures.customerIn(vip)).isIn(vip); // a failure prints why, as an explanation tree
        assertThat(Fixtures.customerNotIn(vip)).isNotIn(vip);
        for (BoundaryCase edge : Fixtures.boundaryCases(vip)) { // 1000.00, 1000.01 and 999.99 spent in 365 days
            if (edge.expectedIn()) {
                assertThat(edge.customer()).as(edge.description()).isIn(vip);
            } else {
                assertThat(edge.customer()).as(edge.description()).isNotIn(vip);
            }
        }
        Customer inJune =
                Fixtures.asOf(Instant.parse("2026-06-01T00:00:00Z")).seed(7).customerIn(vip);
        assertThat(inJune).isIn(vip); // judged as of June, the time it was built for
        List<Customer> realistic = Populations.realistic(1_000, TestKit.DEFAULT_SEED);
        // README fixtures: end

        assertThat(Fixtures.boundaryCases(vip)).isNotEmpty();
        assertThat(inJune).asOf(Instant.parse("2026-06-01T00:00:00Z")).isIn(vip);
        assertThat(realistic).hasSize(1_000);
    }

    @Test
    void readme_sections_are_the_code_these_tests_run() throws IOException {
        assertSectionIsTested("## What a segment is worth", "README metrics");
        assertSectionIsTested("## Predictive segments", "README predict");
        assertSectionIsTested("## Segments as test fixtures", "README fixtures");
        assertSectionIsTested("### Privacy of reports", "README privacy");
    }

    private static void assertSectionIsTested(String heading, String marker) throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"));
        int section = readme.indexOf(heading);
        assertThat(section).as("README section %s", heading).isNotNegative();
        int start = readme.indexOf("```java\n", section) + "```java\n".length();
        String documented = readme.substring(start, readme.indexOf("```", start));
        String source = Files.readString(Path.of("src/test/java/io/segmentation/examples/ReadmeSectionsTest.java"));
        String begin = "// " + marker + ": begin";
        String tested =
                source.substring(source.indexOf(begin) + begin.length(), source.indexOf("// " + marker + ": end"));
        assertThat(tested.replaceAll("\\s+", "")).as(heading).isEqualTo(documented.replaceAll("\\s+", ""));
    }
}
