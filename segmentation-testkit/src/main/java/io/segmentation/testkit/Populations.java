package io.segmentation.testkit;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.segmentation.customer.Customer;
import io.segmentation.testkit.internal.generators.PopulationGenerator;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * Realistic synthetic customer populations, the same for the same seed on every machine: plausible people and
 * businesses in real cities, and purchase histories from a known process, so that models fitted to them — predicted
 * purchases, CLV — have a true answer to find.
 *
 * <pre>{@code
 * List<Customer> customers = Populations.realistic(10_000, 42);
 * PopulationIndex<Customer> index = PopulationIndex.build(customers, TestKit.defaultContext());
 *
 * long vips = Populations.stream(5_000_000, 42).filter(c -> c.tags().contains("vip")).count();  // constant memory
 * }</pre>
 *
 * <h2>What a customer looks like</h2>
 *
 * <ul>
 *   <li><b>Ids</b> {@code c-0000000}, {@code c-0000001}, … (zero-padded to seven digits); order ids
 *       {@code o-<customer number>-<n>}.
 *   <li><b>Geography</b>: a country weighted like a European shop's market (DE, FR, GB, IT, NL, ES, AT, US, CH, PL,
 *       BE, SE), a real city weighted by size, its region, a postal code in the country's format (sometimes missing)
 *       and a location within a few kilometres of the city centre (sometimes missing).
 *   <li><b>Consumers</b>: ages 18 to 85 in bands shaped like an online shop's customers (most between 25 and 54),
 *       gender, education, occupation (students under 25, retirees over 66) and a log-normal income that depends on
 *       education and age; each field missing now and then, as in real data.
 *   <li><b>Businesses</b> ({@link PopulationSpec#businessShare()}, 15% by default, tagged {@code b2b}): company size
 *       from 1 to 10,000 employees (most below 10), industry and annual revenue in proportion to size; a sparse
 *       profile of the contact person.
 *   <li><b>Interests, values, lifestyle</b> from small vocabularies; interests steer which product categories the
 *       customer buys and browses.
 *   <li><b>Consents</b>: email (about 55%, 70% of businesses; also tagged {@code newsletter}), sms, push (mostly app
 *       users). Tag {@code vip} from 1,000 spent. Custom attributes {@code signed_up} (a date), and for 60% of
 *       customers {@code loyalty_points} (a number) and {@code loyalty_tier} (bronze, silver, gold, platinum).
 * </ul>
 *
 * <h2>The purchase process, and its true parameters</h2>
 *
 * <p>A share {@link PopulationSpec#nonBuyerShare()} (20% by default) signed up and never ordered. Every other
 * customer follows the BG/NBD model of Fader, Hardie and Lee (2005) with the parameters of
 * {@link PopulationSpec#purchases()} — by default the CDNOW estimates r = 0.243, α = 4.414, a = 0.793, b = 2.426, time
 * in weeks:
 *
 * <ol>
 *   <li>the first order falls uniformly within {@link PopulationSpec#history()} before {@link PopulationSpec#asOf()};
 *   <li>the customer's purchase rate per week is {@code λ ~ Gamma(shape r, rate α)}, and repeat orders follow at
 *       exponential gaps with mean {@code 1 / λ} (a Poisson process);
 *   <li>after each repeat order the customer drops out for good with probability {@code p ~ Beta(a, b)};
 *   <li>nothing happens after {@code asOf}.
 * </ol>
 *
 * <p>So for a BG/NBD fit, a customer's {@code x} is their number of orders minus one, {@code t_x} the weeks from the
 * first order to the last, and {@code T} the weeks from the first order to {@code asOf}; the fitted parameters should
 * come close to the true ones for large populations. Order totals follow the Gamma-Gamma model with the parameters of
 * {@link PopulationSpec#spend()} — by default the CDNOW estimates p = 6.25, q = 3.74, γ = 15.44: each customer draws
 * {@code ν ~ Gamma(shape q, rate γ)} and each order's value is {@code Gamma(shape p, rate ν)}, rounded to the cent
 * (at least one cent), independent of the purchase process; mean order value {@code p γ / (q - 1)} ≈ 35.22. All
 * amounts are in {@link PopulationSpec#currency()}. A customer's history stops at 10,000 orders, which the default
 * parameters never reach.
 *
 * <p>Each order has a channel ({@code web}, {@code app}, {@code store}, {@code marketplace}; mostly the customer's
 * preferred one) and one to four line items of products ({@code SHO-0001} … in ten categories) whose
 * {@code quantity × unit price} add up to the order total exactly, to the cent.
 *
 * <h2>Events</h2>
 *
 * <p>Before each online order a visit: sometimes a {@value #SEARCH} ({@code query}), a {@value #PAGE_VIEW}
 * ({@code path}, {@code device}) and an {@value #ADD_TO_CART} ({@code product_id}, {@code category}, {@code price})
 * per line item. After some orders a {@value #CSAT} survey ({@code score} 1–5, {@code order_id}) a few hours later and
 * an {@value #NPS} survey ({@code score} 0–10) a week or two later; the lower the customer's dropout probability, the
 * higher their scores. Browsing visits at a rate that grows with the purchase rate while the customer is active, and
 * {@value #EMAIL_OPEN} events ({@code campaign}) for newsletter subscribers. No event is after {@code asOf}.
 *
 * <h2>Determinism and size</h2>
 *
 * <p>Customer {@code i} is built from a seed of its own mixed from the population's seed and {@code i}, so
 * {@link #customer(long, long, PopulationSpec)}, {@link #stream} and {@link #realistic} agree element by element, a
 * prefix of a larger population is the smaller population, and a stream of any length holds one customer at a time.
 *
 * @since 0.1.0
 */
public final class Populations {

    /** The type of page views; property {@code path}, e.g. {@code /shoes/sho-0007}, and {@code device}. */
    public static final String PAGE_VIEW = "page_view";

    /** The type of items put in the cart; properties {@code product_id}, {@code category}, and usually {@code price}. */
    public static final String ADD_TO_CART = "add_to_cart";

    /** The type of searches; property {@code query}. */
    public static final String SEARCH = "search";

    /** The type of opened newsletters; property {@code campaign}. */
    public static final String EMAIL_OPEN = "email_open";

    /** The type of Net Promoter Score survey answers; property {@code score}, a whole number from 0 to 10. */
    public static final String NPS = "nps";

    /** The type of customer satisfaction survey answers; property {@code score}, from 1 to 5, and {@code order_id}. */
    public static final String CSAT = "csat";

    private Populations() {}

    /**
     * The first {@code n} customers of the population of {@code seed} with the {@link PopulationSpec#defaults()}.
     *
     * @param n how many customers, at least 0
     * @param seed the seed; {@link TestKit#DEFAULT_SEED} when in doubt
     * @return the customers, immutable
     */
    public static ImmutableList<Customer> realistic(int n, long seed) {
        return realistic(n, seed, PopulationSpec.defaults());
    }

    /**
     * The first {@code n} customers of the population of {@code seed} shaped by {@code spec}.
     *
     * @param n how many customers, at least 0
     * @param seed the seed
     * @param spec the shape of the population
     * @return the customers, immutable
     */
    public static ImmutableList<Customer> realistic(int n, long seed, PopulationSpec spec) {
        checkArgument(n >= 0, "realistic: n must not be negative but was %s", n);
        checkNotNull(spec, "spec");
        ImmutableList.Builder<Customer> customers = ImmutableList.builderWithExpectedSize(n);
        for (int i = 0; i < n; i++) {
            customers.add(PopulationGenerator.customer(i, seed, spec));
        }
        return customers.build();
    }

    /**
     * The first {@code n} customers of the population of {@code seed} with the defaults, built lazily one at a time.
     *
     * @param n how many customers, at least 0
     * @param seed the seed
     * @return a sequential stream; {@code parallel()} gives the same customers
     */
    public static Stream<Customer> stream(long n, long seed) {
        return stream(n, seed, PopulationSpec.defaults());
    }

    /**
     * The first {@code n} customers of the population of {@code seed} shaped by {@code spec}, built lazily one at a
     * time: memory stays flat for any {@code n}.
     *
     * @param n how many customers, at least 0
     * @param seed the seed
     * @param spec the shape of the population
     * @return a sequential, ordered stream; {@code parallel()} gives the same customers
     */
    public static Stream<Customer> stream(long n, long seed, PopulationSpec spec) {
        checkArgument(n >= 0, "stream: n must not be negative but was %s", n);
        checkNotNull(spec, "spec");
        return LongStream.range(0, n).mapToObj(i -> PopulationGenerator.customer(i, seed, spec));
    }

    /**
     * Customer {@code index} of the population of {@code seed} shaped by {@code spec}: the element at that index of
     * {@link #realistic} and {@link #stream}.
     *
     * @param index the position, at least 0
     * @param seed the seed
     * @param spec the shape of the population
     * @return the customer
     */
    public static Customer customer(long index, long seed, PopulationSpec spec) {
        checkArgument(index >= 0, "customer: index must not be negative but was %s", index);
        checkNotNull(spec, "spec");
        return PopulationGenerator.customer(index, seed, spec);
    }
}
