package io.segmentation.customer;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import java.util.Currency;
import java.util.stream.Collectors;

/**
 * Thrown where money in two different currencies would have to be added: amounts are never converted and never
 * summed across currencies silently.
 *
 * <p>It is thrown by whatever needs the sum, with the same message on every path: {@link
 * Customer#totalSpentBetween} and {@link Customer#exactTotalSpentBetween}; the {@code totalSpent()} and {@code
 * averageOrderValue()} attributes when a segment matcher, an explanation, a {@code PopulationIndex} column, a {@code
 * MembershipTracker} or a metric reads them; and the money metrics (revenue, AOV, historic CLV, ROI) when two members'
 * purchases are in different currencies. The sums and averages that do not mix currencies (another window, another
 * segment) are unaffected. An order without a currency mixes with any one currency (see {@link Order}).
 *
 * <pre>{@code
 * customer 'c-42': total_spent would add amounts in EUR and USD; amounts in different currencies are never added
 * }</pre>
 *
 * @since 0.2.0
 */
public final class MixedCurrencyException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    private final String customerId;
    private final String aggregate;
    private final ImmutableSet<Currency> currencies;

    /**
     * Creates the exception for the customer {@code customerId}, whose {@code aggregate} (an attribute or metric name
     * such as {@code total_spent} or {@code Revenue}) would add amounts in {@code currencies}.
     *
     * @param customerId the customer whose purchases mix currencies
     * @param aggregate the attribute or metric that would add them
     * @param currencies the currencies met, at least two
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if fewer than two currencies are given
     * @since 0.2.0
     */
    public MixedCurrencyException(String customerId, String aggregate, Iterable<Currency> currencies) {
        this(customerId, aggregate, ImmutableSet.copyOf(checkNotNull(currencies, "currencies")));
    }

    private MixedCurrencyException(String customerId, String aggregate, ImmutableSet<Currency> currencies) {
        super(message(customerId, aggregate, currencies));
        this.customerId = customerId;
        this.aggregate = aggregate;
        this.currencies = currencies;
    }

    private static String message(String customerId, String aggregate, ImmutableSet<Currency> currencies) {
        checkNotNull(customerId, "customerId");
        checkNotNull(aggregate, "aggregate");
        if (currencies.size() < 2) {
            throw new IllegalArgumentException("currencies: " + currencies + " must hold at least two currencies");
        }
        String codes =
                currencies.stream().map(Currency::getCurrencyCode).sorted().collect(Collectors.joining(", "));
        int last = codes.lastIndexOf(", ");
        String named = codes.substring(0, last) + " and " + codes.substring(last + 2);
        return "customer '" + customerId + "': " + aggregate + " would add amounts in " + named
                + "; amounts in different currencies are never added";
    }

    /**
     * Returns the id of the customer whose purchases mix currencies.
     *
     * @return the customer id
     * @since 0.2.0
     */
    public String customerId() {
        return customerId;
    }

    /**
     * Returns the attribute or metric that would have added the amounts, such as {@code total_spent}.
     *
     * @return the name
     * @since 0.2.0
     */
    public String aggregate() {
        return aggregate;
    }

    /**
     * Returns the currencies met, at least two, in the order met.
     *
     * @return the currencies
     * @since 0.2.0
     */
    public ImmutableSet<Currency> currencies() {
        return currencies;
    }
}
