package io.segmentation.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.segmentation.customer.Customer;
import java.util.Collections;
import org.junit.jupiter.api.Test;

class CustomerJsonLimitsTest {

    @Test
    void defaults_are_a_million_chars_and_ten_thousand_elements() {
        assertThat(CustomerJsonLimits.defaults()).isEqualTo(new CustomerJsonLimits(1_000_000, 10_000));
    }

    @Test
    void limits_below_one_are_rejected_naming_the_setting() {
        assertThatThrownBy(() -> CustomerJsonLimits.defaults().withMaxLength(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxLength must be positive but was 0");
        assertThatThrownBy(() -> CustomerJsonLimits.defaults().withMaxListSize(-1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxListSize must be positive but was -1");
    }

    @Test
    void a_document_longer_than_the_limit_fails_before_it_is_parsed() {
        String json = "{\"id\":\"c-1\"" + " ".repeat(100) + "}";

        assertThatThrownBy(() ->
                        CustomerJson.read(json, CustomerJsonLimits.defaults().withMaxLength(50)))
                .hasMessage("$: the document has 112 characters; the limit is 50 (CustomerJsonLimits.maxLength)");
    }

    @Test
    void a_list_longer_than_the_limit_fails_at_its_path() {
        String json = "{\"id\":\"c-1\",\"tags\":[" + String.join(",", Collections.nCopies(6, "\"t\"")) + "]}";

        assertThatThrownBy(() ->
                        CustomerJson.read(json, CustomerJsonLimits.defaults().withMaxListSize(5)))
                .hasMessage("$.tags: has 6 elements; the limit is 5 (CustomerJsonLimits.maxListSize)");
    }

    @Test
    void an_object_with_more_fields_than_the_limit_fails_at_its_path() {
        StringBuilder attributes = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            attributes.append(i == 0 ? "" : ",").append("\"a").append(i).append("\":1");
        }
        String json = "{\"id\":\"c-1\",\"attributes\":{" + attributes + "}}";

        assertThatThrownBy(() ->
                        CustomerJson.read(json, CustomerJsonLimits.defaults().withMaxListSize(5)))
                .hasMessage("$.attributes: has 6 fields; the limit is 5 (CustomerJsonLimits.maxListSize)");
    }

    @Test
    void the_deepest_document_the_format_has_is_read() {
        String json = "{\"id\":\"c-1\",\"orders\":[{\"id\":\"o-1\",\"at\":\"2026-01-01T00:00:00Z\",\"total\":1,"
                + "\"items\":[{\"sku\":\"s\",\"category\":\"c\",\"qty\":1,\"price\":1}]}]}";

        assertThat(CustomerJson.read(json).orders().get(0).items()).hasSize(1);
    }

    @Test
    void deeper_nesting_fails_while_parsing_without_building_the_tree() {
        String json = "{\"id\":\"c-1\",\"attributes\":{\"a\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}}";

        assertThatThrownBy(() -> CustomerJson.read(json))
                .isInstanceOf(CustomerJsonException.class)
                .hasMessageContaining("nested deeper than a customer document can be (5 levels)");
    }

    @Test
    void a_customer_within_raised_limits_is_read() {
        Customer.Builder many = Customer.builder("c-1");
        for (int i = 0; i < 20_000; i++) {
            many.tags("t" + i);
        }
        Customer customer = many.build();

        assertThat(CustomerJson.read(
                        CustomerJson.write(customer),
                        CustomerJsonLimits.defaults().withMaxListSize(20_000)))
                .isEqualTo(customer);
    }
}
