package io.segmentation.testkit;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.MoreObjects;
import java.time.Duration;
import java.time.Instant;
import java.util.Currency;
import java.util.Locale;
import java.util.Objects;

/**
 * The shape of a synthetic population built by {@link Populations}: when its history ends, how long it is, the share
 * of business customers and of customers who never bought, the currency, and the true parameters of the purchase
 * process. Immutable; change a copy with {@link #toBuilder()}.
 *
 * <pre>{@code
 * PopulationSpec spec = PopulationSpec.builder()
 *         .asOf(Instant.parse("2026-06-01T00:00:00Z"))
 *         .history(Duration.ofDays(2 * 365))
 *         .businessShare(0.30)
 *         .build();
 * List<Customer> customers = Populations.realistic(10_000, 42, spec);
 * }</pre>
 *
 * @since 0.1.0
 */
public final class PopulationSpec {

    private final Instant asOf;
    private final Duration history;
    private final double businessShare;
    private final double nonBuyerShare;
    private final String currency;
    private final BgNbd purchases;
    private final GammaGamma spend;

    private PopulationSpec(Builder b) {
        this.asOf = b.asOf;
        this.history = b.history;
        this.businessShare = b.businessShare;
        this.nonBuyerShare = b.nonBuyerShare;
        this.currency = b.currency;
        this.purchases = b.purchases;
        this.spend = b.spend;
    }

    /**
     * The defaults: history ending at {@link TestKit#DEFAULT_AS_OF}, three years (1,095 days) long, 15% business
     * customers, 20% who never bought, euros, and the CDNOW estimates for the purchase process ({@link BgNbd#CDNOW},
     * {@link GammaGamma#CDNOW}).
     *
     * @return the default spec
     */
    public static PopulationSpec defaults() {
        return Defaults.INSTANCE;
    }

    /**
     * Holds the defaults apart from this class's own initialisation: the nested parameter records validate through
     * this class, so building the defaults while initialising it would read {@link BgNbd#CDNOW} as {@code null}
     * whenever a parameter record was initialised first.
     */
    private static final class Defaults {
        static final PopulationSpec INSTANCE = new Builder().build();
    }

    /**
     * A builder starting from {@link #defaults()}.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding this spec's settings.
     *
     * @return the builder
     */
    public Builder toBuilder() {
        return new Builder()
                .asOf(asOf)
                .history(history)
                .businessShare(businessShare)
                .nonBuyerShare(nonBuyerShare)
                .currency(currency)
                .purchases(purchases)
                .spend(spend);
    }

    /**
     * The end of the history: no order or event is after it. Evaluate the population as of this instant.
     *
     * @return the instant
     */
    public Instant asOf() {
        return asOf;
    }

    /**
     * How far back the history reaches from {@link #asOf()}: first purchases and sign-ups fall in it.
     *
     * @return the positive duration
     */
    public Duration history() {
        return history;
    }

    /**
     * The expected share of business (B2B) customers, who have a company size, industry and annual revenue.
     *
     * @return a share in [0, 1]
     */
    public double businessShare() {
        return businessShare;
    }

    /**
     * The expected share of customers who signed up but never ordered; the others follow the purchase process.
     *
     * @return a share in [0, 1]
     */
    public double nonBuyerShare() {
        return nonBuyerShare;
    }

    /**
     * The ISO 4217 code of every order's currency.
     *
     * @return the code, upper case
     */
    public String currency() {
        return currency;
    }

    /**
     * The true parameters of the purchase and dropout process of customers who bought.
     *
     * @return the BG/NBD parameters
     */
    public BgNbd purchases() {
        return purchases;
    }

    /**
     * The true parameters of the order values.
     *
     * @return the Gamma-Gamma parameters
     */
    public GammaGamma spend() {
        return spend;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PopulationSpec other
                && asOf.equals(other.asOf)
                && history.equals(other.history)
                && Double.compare(businessShare, other.businessShare) == 0
                && Double.compare(nonBuyerShare, other.nonBuyerShare) == 0
                && currency.equals(other.currency)
                && purchases.equals(other.purchases)
                && spend.equals(other.spend);
    }

    @Override
    public int hashCode() {
        return Objects.hash(asOf, history, businessShare, nonBuyerShare, currency, purchases, spend);
    }

    @Override
    public String toString() {
        return MoreObjects.toStringHelper(this)
                .add("asOf", asOf)
                .add("history", history)
                .add("businessShare", businessShare)
                .add("nonBuyerShare", nonBuyerShare)
                .add("currency", currency)
                .add("purchases", purchases)
                .add("spend", spend)
                .toString();
    }

    /**
     * The parameters of the BG/NBD ("beta-geometric / negative binomial distribution") purchase process of Fader,
     * Hardie and Lee (2005), time measured in weeks. While alive, a customer buys as a Poisson process with rate
     * {@code λ ~ Gamma(shape r, rate α)} per week; after each repeat purchase they drop out for good with probability
     * {@code p ~ Beta(a, b)}. Mean rate {@code r / α}, mean dropout probability {@code a / (a + b)}.
     *
     * @param r the shape of the purchase-rate distribution, positive
     * @param alpha the rate (inverse scale, in weeks) of the purchase-rate distribution, positive
     * @param a the first shape of the dropout distribution, positive
     * @param b the second shape of the dropout distribution, positive
     * @since 0.1.0
     */
    public record BgNbd(double r, double alpha, double a, double b) {

        /** The estimates for the CDNOW data set in the paper: r = 0.243, α = 4.414, a = 0.793, b = 2.426. */
        public static final BgNbd CDNOW = new BgNbd(0.243, 4.414, 0.793, 2.426);

        /** Validates that every parameter is positive and finite. */
        public BgNbd {
            positive(r, "r");
            positive(alpha, "alpha");
            positive(a, "a");
            positive(b, "b");
        }

        /**
         * The mean purchase rate per week, {@code r / α}.
         *
         * @return the mean rate
         */
        public double meanRatePerWeek() {
            return r / alpha;
        }

        /**
         * The mean dropout probability after a purchase, {@code a / (a + b)}.
         *
         * @return the mean probability
         */
        public double meanDropout() {
            return a / (a + b);
        }
    }

    /**
     * The parameters of the Gamma-Gamma model of order values (Fader, Hardie and Lee 2005; Colombo and Jiang 1999):
     * each order's value is {@code Gamma(shape p, rate ν)}, and each customer's {@code ν ~ Gamma(shape q, rate γ)},
     * so a customer's mean order value is {@code p / ν} and the population's {@code p γ / (q - 1)}.
     *
     * @param p the shape of an order's value, positive
     * @param q the shape of the customers' rate distribution, positive
     * @param gamma the rate of the customers' rate distribution (in currency units), positive
     * @since 0.1.0
     */
    public record GammaGamma(double p, double q, double gamma) {

        /** The estimates for the CDNOW data set: p = 6.25, q = 3.74, γ = 15.44 (mean order value about 35.22). */
        public static final GammaGamma CDNOW = new GammaGamma(6.25, 3.74, 15.44);

        /** Validates that every parameter is positive and finite. */
        public GammaGamma {
            positive(p, "p");
            positive(q, "q");
            positive(gamma, "gamma");
        }

        /**
         * The population's mean order value, {@code p γ / (q - 1)}; infinite when {@code q <= 1}.
         *
         * @return the mean
         */
        public double meanOrderValue() {
            return q > 1 ? p * gamma / (q - 1) : Double.POSITIVE_INFINITY;
        }
    }

    private static void positive(double value, String name) {
        checkArgument(
                Double.isFinite(value) && value > 0, "%s must be a positive finite number but was %s", name, value);
    }

    /**
     * Builds a {@link PopulationSpec}, starting from the defaults. Each setter validates its argument at once. Not
     * thread-safe.
     *
     * @since 0.1.0
     */
    public static final class Builder {

        private Instant asOf = TestKit.DEFAULT_AS_OF;
        private Duration history = Duration.ofDays(3 * 365);
        private double businessShare = 0.15;
        private double nonBuyerShare = 0.20;
        private String currency = "EUR";
        private BgNbd purchases = BgNbd.CDNOW;
        private GammaGamma spend = GammaGamma.CDNOW;

        private Builder() {}

        /**
         * Sets the end of the history.
         *
         * @param asOf the instant no order or event is after
         * @return this builder
         */
        public Builder asOf(Instant asOf) {
            this.asOf = checkNotNull(asOf, "asOf");
            return this;
        }

        /**
         * Sets how far back the history reaches.
         *
         * @param history a positive duration of at least one day
         * @return this builder
         * @throws IllegalArgumentException if it is shorter than a day
         */
        public Builder history(Duration history) {
            checkNotNull(history, "history");
            checkArgument(
                    history.compareTo(Duration.ofDays(1)) >= 0, "history must be at least one day but was %s", history);
            this.history = history;
            return this;
        }

        /**
         * Sets the expected share of business customers.
         *
         * @param share in [0, 1]
         * @return this builder
         * @throws IllegalArgumentException if the share is outside [0, 1]
         */
        public Builder businessShare(double share) {
            this.businessShare = share(share, "businessShare");
            return this;
        }

        /**
         * Sets the expected share of customers who never ordered.
         *
         * @param share in [0, 1]
         * @return this builder
         * @throws IllegalArgumentException if the share is outside [0, 1]
         */
        public Builder nonBuyerShare(double share) {
            this.nonBuyerShare = share(share, "nonBuyerShare");
            return this;
        }

        /**
         * Sets the currency of every order.
         *
         * @param isoCode an ISO 4217 code such as {@code "EUR"}, any case
         * @return this builder
         * @throws IllegalArgumentException if the code is not an ISO 4217 code
         */
        public Builder currency(String isoCode) {
            checkNotNull(isoCode, "isoCode");
            String upper = isoCode.toUpperCase(Locale.ROOT);
            try {
                Currency.getInstance(upper);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("currency: '" + isoCode + "' is not an ISO 4217 code", e);
            }
            this.currency = upper;
            return this;
        }

        /**
         * Sets the true parameters of the purchase process.
         *
         * @param purchases the BG/NBD parameters
         * @return this builder
         */
        public Builder purchases(BgNbd purchases) {
            this.purchases = checkNotNull(purchases, "purchases");
            return this;
        }

        /**
         * Sets the true parameters of the order values.
         *
         * @param spend the Gamma-Gamma parameters
         * @return this builder
         */
        public Builder spend(GammaGamma spend) {
            this.spend = checkNotNull(spend, "spend");
            return this;
        }

        /**
         * Returns the spec.
         *
         * @return the immutable spec
         */
        public PopulationSpec build() {
            return new PopulationSpec(this);
        }

        private static double share(double share, String name) {
            checkArgument(share >= 0 && share <= 1, "%s must be in [0, 1] but was %s", name, share);
            return share;
        }
    }
}
