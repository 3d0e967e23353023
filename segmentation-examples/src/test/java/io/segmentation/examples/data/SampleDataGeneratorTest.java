package io.segmentation.examples.data;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.segmentation.customer.Customer;
import io.segmentation.customer.LineItem;
import io.segmentation.customer.Order;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SampleDataGeneratorTest {

    private static final Instant FIRST = Instant.parse("2024-01-01T00:00:00Z");
    private static final Instant END = Instant.parse("2026-06-01T00:00:00Z");
    private static final List<Customer> CUSTOMERS =
            new SampleDataGenerator(SampleDataGenerator.DEFAULT_SEED).generate(SampleDataGenerator.DEFAULT_COUNT);

    @Test
    void same_seed_gives_identical_text() {
        String first = new SampleDataGenerator(42).generateText(100);
        String second = new SampleDataGenerator(42).generateText(100);

        assertThat(first).isEqualTo(second);
    }

    @Test
    void different_seeds_give_different_text() {
        assertThat(new SampleDataGenerator(1).generateText(20))
                .isNotEqualTo(new SampleDataGenerator(2).generateText(20));
    }

    @Test
    void text_reads_back_as_the_generated_customers() {
        SampleDataGenerator generator = new SampleDataGenerator(7);

        List<Customer> read = SampleData.read(new StringReader(generator.generateText(50)), "generated");

        assertThat(read).isEqualTo(generator.generate(50));
    }

    @Test
    void default_data_has_one_line_per_customer_and_stays_under_one_and_a_half_megabytes() {
        String text = new SampleDataGenerator(SampleDataGenerator.DEFAULT_SEED)
                .generateText(SampleDataGenerator.DEFAULT_COUNT);

        assertThat(text.lines()).hasSize(SampleDataGenerator.DEFAULT_COUNT);
        assertThat(text.getBytes(UTF_8).length).isLessThan(1_500_000);
    }

    @Test
    void ages_are_between_18_and_80_and_some_are_unknown() {
        LocalDate asOf = LocalDate.of(2026, 6, 1);

        assertThat(CUSTOMERS)
                .filteredOn(c -> c.birthDate().isPresent())
                .allSatisfy(c -> assertThat(Period.between(c.birthDate().orElseThrow(), asOf)
                                .getYears())
                        .isBetween(18, 80));
        assertThat(CUSTOMERS).anySatisfy(c -> assertThat(c.birthDate()).isEmpty());
    }

    @Test
    void about_one_in_five_customers_is_a_business() {
        long businesses =
                CUSTOMERS.stream().filter(c -> c.industry().isPresent()).count();

        assertThat(businesses).isBetween(50L, 110L);
    }

    @Test
    void orders_are_in_euro_within_the_sample_period_with_catalogue_products() {
        Set<String> categories = Set.copyOf(Catalogue.CATEGORIES);
        List<Order> orders =
                CUSTOMERS.stream().flatMap(c -> c.orders().stream()).toList();

        assertThat(orders).isNotEmpty().allSatisfy(o -> {
            assertThat(o.instant()).isAfterOrEqualTo(FIRST).isBefore(END);
            assertThat(o.currency())
                    .hasValueSatisfying(c -> assertThat(c.getCurrencyCode()).isEqualTo("EUR"));
            assertThat(o.channel()).hasValueSatisfying(c -> assertThat(c).isIn("web", "app", "store", "marketplace"));
            assertThat(o.items()).hasSizeBetween(1, 4);
            for (LineItem item : o.items()) {
                assertThat(item.productId()).matches("sku-\\d{3}");
                assertThat(item.category()).isIn(categories);
            }
        });
    }

    @Test
    void events_happen_before_the_end_of_the_sample_period() {
        assertThat(CUSTOMERS.stream().flatMap(c -> c.events().stream()))
                .isNotEmpty()
                .allSatisfy(e -> assertThat(e.instant()).isBefore(END))
                .extracting(e -> e.type())
                .contains("page_view", "add_to_cart", "login", "survey");
    }

    @Test
    void some_customers_have_a_loyalty_tier() {
        assertThat(CUSTOMERS.stream().flatMap(c -> c.customAttribute("loyalty_tier").stream()))
                .isNotEmpty()
                .allSatisfy(tier -> assertThat(tier).isIn("bronze", "silver", "gold"));
    }

    @Test
    void generate_rejects_a_count_below_one() {
        assertThatThrownBy(() -> new SampleDataGenerator(1).generate(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("count: 0 must be between 1 and 9999");
    }
}
