package io.segmentation.customer;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One line of an {@link Order}: a quantity of one product at a unit price.
 *
 * <p>Amounts are compared by value: a line priced {@code 59.9} equals one priced {@code 59.90}, and both have the same
 * hash code. Instances are immutable.
 *
 * @param productId the product's identifier (SKU), not blank
 * @param category the product's category, not blank
 * @param quantity how many units were bought, at least 1
 * @param unitPrice the price of one unit, at least 0, in the order's currency
 * @since 0.1.0
 */
public record LineItem(String productId, String category, int quantity, BigDecimal unitPrice) {

    /**
     * Creates a line after checking every component.
     *
     * @throws NullPointerException if a reference component is null
     * @throws IllegalArgumentException if {@code productId} or {@code category} is blank, {@code quantity} is below 1 or
     *     {@code unitPrice} is negative
     * @since 0.1.0
     */
    public LineItem {
        checkNotNull(productId, "productId");
        checkNotNull(category, "category");
        checkNotNull(unitPrice, "unitPrice");
        Checks.nonBlank(productId, "productId");
        Checks.nonBlank(category, "category");
        checkArgument(quantity >= 1, "quantity: %s must be at least 1 (product '%s')", quantity, productId);
        Checks.nonNegative(unitPrice, "unitPrice");
    }

    /**
     * Returns a line of {@code quantity} units of {@code productId} at {@code unitPrice} each.
     *
     * @throws NullPointerException if a reference argument is null
     * @throws IllegalArgumentException under the same conditions as the constructor
     * @since 0.1.0
     */
    public static LineItem of(String productId, String category, int quantity, BigDecimal unitPrice) {
        return new LineItem(productId, category, quantity, unitPrice);
    }

    /**
     * Returns the line's total, {@code unitPrice × quantity}, computed exactly.
     *
     * @since 0.1.0
     */
    public BigDecimal lineTotal() {
        return unitPrice.multiply(BigDecimal.valueOf(quantity));
    }

    /**
     * Returns whether {@code other} is a line with the same product, category and quantity and a unit price of the same
     * value (scale ignored).
     *
     * @since 0.1.0
     */
    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof LineItem)) {
            return false;
        }
        LineItem that = (LineItem) other;
        return productId.equals(that.productId)
                && category.equals(that.category)
                && quantity == that.quantity
                && Checks.sameAmount(unitPrice, that.unitPrice);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @since 0.1.0
     */
    @Override
    public int hashCode() {
        return Objects.hash(productId, category, quantity, Checks.amountHash(unitPrice));
    }
}
