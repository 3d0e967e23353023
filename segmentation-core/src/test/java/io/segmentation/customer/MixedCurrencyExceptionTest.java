package io.segmentation.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.google.common.testing.NullPointerTester;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class MixedCurrencyExceptionTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Currency USD = Currency.getInstance("USD");
    private static final Currency CHF = Currency.getInstance("CHF");

    @Test
    void message_names_the_customer_the_aggregate_and_the_currencies() {
        MixedCurrencyException e = new MixedCurrencyException("c-42", "total_spent", List.of(USD, EUR));

        assertThat(e)
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("customer 'c-42': total_spent would add amounts in EUR and USD; amounts in different"
                        + " currencies are never added");
        assertThat(e.customerId()).isEqualTo("c-42");
        assertThat(e.aggregate()).isEqualTo("total_spent");
        assertThat(e.currencies()).containsExactly(USD, EUR);
    }

    @Test
    void message_lists_three_currencies_sorted() {
        assertThat(new MixedCurrencyException("c-1", "Revenue", List.of(USD, EUR, CHF)))
                .hasMessageContaining("Revenue would add amounts in CHF, EUR and USD;");
    }

    @Test
    void rejects_fewer_than_two_currencies() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new MixedCurrencyException("c-1", "total_spent", List.of(EUR, EUR)))
                .withMessage("currencies: [EUR] must hold at least two currencies");
    }

    @Test
    void constructor_rejects_null() {
        new NullPointerTester()
                .setDefault(Iterable.class, List.of(EUR, USD))
                .testAllPublicConstructors(MixedCurrencyException.class);
    }
}
