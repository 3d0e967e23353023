package io.segmentation.attribute;

import static io.segmentation.Attributes.purchasedCategory;
import static io.segmentation.Attributes.purchasedProduct;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.NullPointerTester;
import io.segmentation.EvaluationContext;
import io.segmentation.customer.Customer;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class WindowedBooleanAttributeTest {

    private static final Instant AS_OF = Instant.parse("2026-06-01T00:00:00Z");
    private static final EvaluationContext CONTEXT = EvaluationContext.asOf(AS_OF);
    private static final Duration DAYS_90 = Duration.ofDays(90);

    @Test
    void without_a_window_it_covers_everything() {
        assertThat(purchasedProduct("sku-7").window()).isEqualTo(Window.all());
    }

    @Test
    void in_last_sets_a_last_window() {
        assertThat(purchasedCategory("shoes").inLast(DAYS_90).window()).isEqualTo(Window.last(DAYS_90));
    }

    @Test
    void during_sets_a_between_window() {
        Instant from = AS_OF.minus(DAYS_90);

        assertThat(purchasedCategory("shoes").during(from, AS_OF).window()).isEqualTo(Window.between(from, AS_OF));
    }

    @Test
    void in_last_keeps_the_qualifier_and_adds_the_window() {
        assertThat(purchasedProduct("sku-7").inLast(DAYS_90).parameters())
                .containsExactly("sku-7", Window.last(DAYS_90));
    }

    @Test
    void windowed_and_unwindowed_are_different_attributes() {
        assertThat(purchasedProduct("sku-7").inLast(DAYS_90)).isNotEqualTo(purchasedProduct("sku-7"));
    }

    @Test
    void in_last_rejects_a_zero_duration_naming_attribute() {
        assertThatThrownBy(() -> purchasedCategory("shoes").inLast(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("inLast(PT0S)")
                .hasMessageContaining("purchased_category('shoes')");
    }

    @Test
    void during_rejects_an_end_before_the_start() {
        assertThatThrownBy(() -> purchasedCategory("shoes").during(AS_OF, AS_OF.minusSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("purchased_category");
    }

    @Test
    void a_window_set_twice_is_rejected() {
        WindowedBooleanAttribute<Customer> windowed = purchasedProduct("sku-7").inLast(DAYS_90);

        assertThatThrownBy(() -> windowed.inLast(Duration.ofDays(7)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("already has a window");
    }

    @Test
    void during_after_in_last_is_rejected() {
        WindowedBooleanAttribute<Customer> windowed = purchasedProduct("sku-7").inLast(DAYS_90);

        assertThatThrownBy(() -> windowed.during(AS_OF.minus(DAYS_90), AS_OF))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void null_pointer_tester_finds_every_reference_parameter_checked() {
        WindowedBooleanAttribute<Customer> attribute = purchasedProduct("sku-7");
        NullPointerTester tester = new NullPointerTester()
                .setDefault(EvaluationContext.class, CONTEXT)
                .setDefault(Duration.class, DAYS_90)
                .setDefault(Window.class, Window.last(DAYS_90))
                .setDefault(Object.class, Customer.builder("c-1").build());
        NumberAttributeTest.ignoreReaders(tester, attribute);
        tester.testAllPublicInstanceMethods(attribute);
    }
}
