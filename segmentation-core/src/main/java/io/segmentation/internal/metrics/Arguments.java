package io.segmentation.internal.metrics;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;

/** Checks of the arguments several calculators share, with one wording. */
final class Arguments {

    private Arguments() {}

    static BigDecimal margin(BigDecimal margin) {
        checkNotNull(margin, "margin");
        checkArgument(
                margin.signum() >= 0 && margin.compareTo(BigDecimal.ONE) <= 0,
                "margin must be between 0 and 1 but was %s",
                margin.toPlainString());
        return margin;
    }

    static BigDecimal positive(BigDecimal amount, String argument) {
        checkNotNull(amount, argument);
        checkArgument(amount.signum() > 0, "%s must be greater than 0 but was %s", argument, amount.toPlainString());
        return amount;
    }

    static String nonBlank(String text, String argument) {
        checkNotNull(text, argument);
        checkArgument(!text.isBlank(), "%s must not be blank", argument);
        return text;
    }
}
