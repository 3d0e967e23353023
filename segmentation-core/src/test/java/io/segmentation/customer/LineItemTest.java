package io.segmentation.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class LineItemTest {

    @Test
    void lineTotal_multiplies_unit_price_by_quantity() {
        assertThat(LineItem.of("sku-7", "shoes", 3, new BigDecimal("19.99")).lineTotal())
                .isEqualByComparingTo("59.97");
    }

    @Test
    void quantity_rejects_zero() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> LineItem.of("sku-7", "shoes", 0, BigDecimal.ONE))
                .withMessage("quantity: 0 must be at least 1 (product 'sku-7')");
    }

    @Test
    void quantity_accepts_one() {
        assertThat(LineItem.of("sku-7", "shoes", 1, BigDecimal.ONE).quantity()).isEqualTo(1);
    }

    @Test
    void unitPrice_rejects_negative() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> LineItem.of("sku-7", "shoes", 1, new BigDecimal("-0.01")))
                .withMessage("unitPrice: -0.01 must not be negative");
    }

    @Test
    void unitPrice_accepts_zero() {
        assertThat(LineItem.of("gift", "promo", 1, BigDecimal.ZERO).lineTotal()).isEqualByComparingTo("0");
    }

    @Test
    void productId_rejects_blank() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> LineItem.of(" ", "shoes", 1, BigDecimal.ONE))
                .withMessage("productId: ' ' must not be blank");
    }

    @Test
    void category_rejects_blank() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> LineItem.of("sku-7", "", 1, BigDecimal.ONE))
                .withMessage("category: '' must not be blank");
    }

    @Test
    void equals_compares_unit_price_by_value() {
        new EqualsTester()
                .addEqualityGroup(
                        LineItem.of("sku-7", "shoes", 1, new BigDecimal("59.9")),
                        LineItem.of("sku-7", "shoes", 1, new BigDecimal("59.90")),
                        new LineItem("sku-7", "shoes", 1, new BigDecimal("59.900")))
                .addEqualityGroup(LineItem.of("sku-8", "shoes", 1, new BigDecimal("59.9")))
                .addEqualityGroup(LineItem.of("sku-7", "boots", 1, new BigDecimal("59.9")))
                .addEqualityGroup(LineItem.of("sku-7", "shoes", 2, new BigDecimal("59.9")))
                .addEqualityGroup(LineItem.of("sku-7", "shoes", 1, new BigDecimal("59.91")))
                .addEqualityGroup(
                        LineItem.of("sku-7", "shoes", 1, BigDecimal.ZERO),
                        LineItem.of("sku-7", "shoes", 1, new BigDecimal("0.00")))
                .testEquals();
    }

    @Test
    void public_methods_reject_null() {
        NullPointerTester tester = new NullPointerTester().setDefault(BigDecimal.class, BigDecimal.ONE);
        tester.testAllPublicStaticMethods(LineItem.class);
        tester.testAllPublicConstructors(LineItem.class);
        tester.testAllPublicInstanceMethods(LineItem.of("sku-7", "shoes", 1, BigDecimal.ONE));
    }
}
