package io.segmentation.examples;

import static io.segmentation.Attributes.country;
import static io.segmentation.Attributes.purchases;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.segmentation.EvaluationContext;
import io.segmentation.Segment;
import io.segmentation.customer.Customer;
import io.segmentation.customer.Order;
import io.segmentation.examples.NightlyBatch.Result;
import io.segmentation.examples.data.SampleData;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NightlyBatchTest {

    private static final Instant AS_OF = Instant.parse("2026-06-01T00:00:00Z");
    private static final Segment<Customer> GERMANY =
            Segment.where(country().is("DE")).named("Germany");
    private static final Segment<Customer> BUYERS =
            Segment.where(purchases().atLeast(1)).named("buyers");

    @TempDir
    Path directory;

    private final ByteArrayOutputStream console = new ByteArrayOutputStream();

    private Result run(List<Customer> customers, List<Segment<Customer>> segments) throws IOException {
        return NightlyBatch.run(
                customers,
                customers.size(),
                segments,
                EvaluationContext.asOf(AS_OF),
                directory,
                new PrintStream(console, true, UTF_8));
    }

    private static Customer customer(String id, String country, int orders) {
        Customer.Builder builder = Customer.builder(id).country(country);
        for (int i = 0; i < orders; i++) {
            builder.order(Order.builder(id + "-" + i, AS_OF.minusSeconds(3600L * (i + 1)), BigDecimal.ONE)
                    .build());
        }
        return builder.build();
    }

    @Test
    void exclusive_gives_each_customer_the_first_matching_segment_and_overlapping_all() throws IOException {
        // ann: DE buyer → exclusive Germany, overlapping both; bob: FR buyer → buyers; cid: FR, none → unassigned
        List<Customer> customers =
                List.of(customer("ann", "DE", 2), customer("bob", "FR", 1), customer("cid", "FR", 0));

        Result result = run(customers, List.of(GERMANY, BUYERS));

        assertThat(result.customers()).isEqualTo(3);
        assertThat(result.exclusiveSizes()).containsEntry(GERMANY, 1L).containsEntry(BUYERS, 1L);
        assertThat(result.overlappingSizes()).containsEntry(GERMANY, 1L).containsEntry(BUYERS, 2L);
        assertThat(result.unassigned()).isEqualTo(1);
        assertThat(Files.readAllLines(directory.resolve("exclusive/buyers.csv")))
                .containsExactly("customer_id", "bob");
        assertThat(Files.readAllLines(directory.resolve("overlapping/buyers.csv")))
                .containsExactly("customer_id", "ann", "bob");
        assertThat(Files.readAllLines(directory.resolve("exclusive/germany.csv")))
                .containsExactly("customer_id", "ann");
        assertThat(Files.readAllLines(directory.resolve("assignments.csv")))
                .containsExactly(
                        "customer_id,exclusive_segment,segments",
                        "ann,Germany,Germany;buyers",
                        "bob,buyers,buyers",
                        "cid,,");
    }

    @Test
    void quotes_ids_that_need_it() throws IOException {
        run(List.of(customer("a,\"b\"", "DE", 0)), List.of(GERMANY));

        assertThat(Files.readAllLines(directory.resolve("exclusive/germany.csv")))
                .containsExactly("customer_id", "\"a,\"\"b\"\"\"");
    }

    @Test
    void neutralises_ids_and_segment_names_that_would_open_as_formulas() throws IOException {
        Segment<Customer> hostile = Segment.where(country().is("DE")).named("=HYPERLINK(\"http://evil\",\"x\")");

        run(List.of(customer("@SUM(A1:A9)", "DE", 0), customer("+cmd|' /C calc'!A0", "DE", 0)), List.of(hostile));

        assertThat(Files.readAllLines(directory.resolve("exclusive/_hyperlink__http___evil___x__.csv")))
                .containsExactly("customer_id", "\"'@SUM(A1:A9)\"", "\"'+cmd|' /C calc'!A0\"");
        assertThat(Files.readAllLines(directory.resolve("assignments.csv")))
                .containsExactly(
                        "customer_id,exclusive_segment,segments",
                        "\"'@SUM(A1:A9)\",\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\","
                                + "\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\"",
                        "\"'+cmd|' /C calc'!A0\",\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\","
                                + "\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\"");
    }

    @Test
    void sizes_on_the_sample_add_up() throws IOException {
        List<Customer> customers = SampleData.load();
        List<Segment<Customer>> segments = new ArrayList<>();
        ExampleSegments.ALL.forEach(e -> segments.add(e.segment()));

        Result result = run(customers, segments);

        long exclusive = result.exclusiveSizes().values().stream()
                .mapToLong(Long::longValue)
                .sum();
        assertThat(exclusive + result.unassigned()).isEqualTo(customers.size());
        for (Segment<Customer> segment : segments) {
            Path file = directory.resolve("overlapping").resolve(segment.name().orElseThrow() + ".csv");
            assertThat(Files.readAllLines(file))
                    .hasSize((int) (long) result.overlappingSizes().get(segment) + 1);
        }
        assertThat(console.toString(UTF_8)).contains("100%").contains("400 / 400");
    }

    @Test
    void rejects_segments_without_a_name() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> run(List.of(), List.of(Segment.where(country().is("DE")))))
                .withMessageContaining("needs a name");
    }

    @Test
    void rejects_segments_exported_to_the_same_file() {
        Segment<Customer> other = Segment.where(country().is("AT")).named("germany");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> run(List.of(), List.of(GERMANY, other)))
                .withMessageContaining("germany.csv");
    }
}
