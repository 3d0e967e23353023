package io.segmentation.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.segmentation.customer.Customer;
import io.segmentation.customer.Order;
import io.segmentation.testkit.Generators;
import io.segmentation.testkit.PopulationSpec;
import io.segmentation.testkit.Populations;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Round-trip laws of {@link CustomerJson} over the test kit's random customers (every field sometimes missing, odd
 * texts, instants a nanosecond off, custom attributes of every type, cancelled and refunded orders) and its realistic
 * populations.
 */
class CustomerJsonLawsTest {

    private static final int EXAMPLES = 500;

    @Test
    void reading_what_was_written_gives_an_equal_customer() {
        qt().withExamples(EXAMPLES)
                .forAll(Generators.customers())
                .checkAssert(c ->
                        assertThat(CustomerJson.read(CustomerJson.write(c))).isEqualTo(c));
    }

    @Test
    void writing_what_was_read_gives_the_same_text() {
        qt().withExamples(EXAMPLES).forAll(Generators.customers()).checkAssert(c -> {
            String json = CustomerJson.write(c);
            assertThat(CustomerJson.write(CustomerJson.read(json))).isEqualTo(json);
        });
    }

    @Test
    void amounts_keep_their_exact_value_and_scale() {
        qt().withExamples(EXAMPLES).forAll(withOddAmounts()).checkAssert(c -> {
            Customer back = CustomerJson.read(CustomerJson.write(c));
            assertThat(back).isEqualTo(c);
            for (int i = 0; i < c.orders().size(); i++) {
                BigDecimal written = c.orders().get(i).total();
                BigDecimal read = back.orders().get(i).total();
                assertThat(read).isEqualByComparingTo(written);
                if (written.scale() >= 0) {
                    assertThat(read.scale()).isEqualTo(written.scale());
                }
            }
        });
    }

    @Test
    void json_lines_round_trip_a_population() {
        qt().withExamples(50).forAll(Generators.populations(20)).checkAssert(customers -> {
            assertThat(readLines(writeLines(customers))).isEqualTo(customers);
        });
    }

    @Test
    void realistic_populations_round_trip() {
        List<Customer> customers = Populations.realistic(300, 7, PopulationSpec.defaults());

        assertThat(readLines(writeLines(customers))).isEqualTo(customers);
    }

    /**
     * The test kit's customers with each order's total replaced by an amount of any scale from -10 to 30 (with up to
     * 19 significant digits), within the format's bounds.
     */
    private static Gen<Customer> withOddAmounts() {
        Gen<Customer> customers = Generators.customers();
        Gen<BigDecimal> amounts =
                longs().between(0, Long.MAX_VALUE).zip(integers().between(-10, 30), BigDecimal::valueOf);
        return in -> {
            Customer c = customers.generate(in);
            Customer.Builder rebuilt = Customer.builder(c.id());
            for (Order o : c.orders()) {
                Order.Builder order = Order.builder(o.id(), o.instant(), amounts.generate(in))
                        .status(o.status())
                        .items(o.items());
                o.currency().ifPresent(order::currency);
                o.channel().ifPresent(order::channel);
                rebuilt.order(order.build());
            }
            return rebuilt.build();
        };
    }

    private static String writeLines(List<Customer> customers) {
        StringBuilder text = new StringBuilder();
        try {
            CustomerJson.writeLines(customers, text);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return text.toString();
    }

    private static List<Customer> readLines(String text) {
        return CustomerJson.readLines(new BufferedReader(new StringReader(text)))
                .toList();
    }
}
