package io.segmentation.customer;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Argument checks shared by the model's factories and builders.
 *
 * <p>Every message starts with the name of the field and quotes the rejected value, so that a wrong profile fails
 * where it is written with a message that says what was wrong.
 */
final class Checks {

    private static final ImmutableSet<String> ISO_COUNTRIES = ImmutableSet.copyOf(Locale.getISOCountries());

    private Checks() {}

    static String nonBlank(String value, String field) {
        checkNotNull(value, field);
        checkArgument(!value.isBlank(), "%s: '%s' must not be blank", field, value);
        return value;
    }

    static String lowerCase(String value, String field) {
        return nonBlank(value, field).toLowerCase(Locale.ROOT);
    }

    static BigDecimal nonNegative(BigDecimal value, String field) {
        checkNotNull(value, field);
        checkArgument(value.signum() >= 0, "%s: %s must not be negative", field, value.toPlainString());
        return value;
    }

    /** Returns {@code value}, with negative zero replaced by zero so that equal numbers are equal as boxed values. */
    static double finite(double value, String field) {
        checkArgument(Double.isFinite(value), "%s: %s is not finite", field, value);
        return value == 0.0 ? 0.0 : value;
    }

    static String countryCode(String code) {
        checkNotNull(code, "country");
        String upper = code.toUpperCase(Locale.ROOT);
        checkArgument(ISO_COUNTRIES.contains(upper), "country: '%s' is not an ISO 3166-1 alpha-2 code", code);
        return upper;
    }

    /** Validates every element before returning any, so that a failed call leaves a builder unchanged. */
    static ImmutableList<String> nonBlankElements(Iterable<String> values, String field) {
        checkNotNull(values, field);
        ImmutableList.Builder<String> checked = ImmutableList.builder();
        for (String value : values) {
            checkNotNull(value, "%s: null element", field);
            checkArgument(!value.isBlank(), "%s: element '%s' must not be blank", field, value);
            checked.add(value);
        }
        return checked.build();
    }

    /** Compares amounts by value, so that {@code 59.9} equals {@code 59.90}; either may be null (unknown). */
    static boolean sameAmount(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    /** A hash consistent with {@link #sameAmount}; {@code 0} for null (unknown). */
    static int amountHash(BigDecimal amount) {
        return amount == null ? 0 : amount.stripTrailingZeros().hashCode();
    }

    /** Checks a half-open time window given to {@code method}. */
    static void window(Instant fromInclusive, Instant toExclusive, String method) {
        checkNotNull(fromInclusive, "fromInclusive");
        checkNotNull(toExclusive, "toExclusive");
        checkArgument(
                !fromInclusive.isAfter(toExclusive), "%s: from %s is after to %s", method, fromInclusive, toExclusive);
    }

    static void uniqueOrderIds(List<Order> orders) {
        Set<String> seen = new HashSet<>();
        for (Order order : orders) {
            checkArgument(seen.add(order.id()), "orders: duplicate order id '%s'", order.id());
        }
    }
}
