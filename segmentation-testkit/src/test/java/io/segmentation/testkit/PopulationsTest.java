package io.segmentation.testkit;

import static io.segmentation.Attributes.age;
import static io.segmentation.Attributes.distanceKm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.segmentation.EvaluationContext;
import io.segmentation.customer.Customer;
import io.segmentation.customer.Event;
import io.segmentation.customer.LineItem;
import io.segmentation.customer.Order;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PopulationsTest {

    private static final long SEED = TestKit.DEFAULT_SEED;
    private static final EvaluationContext CONTEXT = TestKit.defaultContext();
    private static final double SECONDS_PER_WEEK = 7 * 86_400;
    /** Built once: 5,000 customers of the default population, shared by the plausibility tests. */
    private static final List<Customer> CUSTOMERS = Populations.realistic(5_000, SEED);

    @Test
    void the_list_and_the_stream_agree_element_by_element() {
        assertThat(Populations.stream(300, SEED).collect(Collectors.toList()))
                .containsExactlyElementsOf(Populations.realistic(300, SEED));
    }

    @Test
    void customer_i_is_element_i_of_the_list() {
        assertThat(Populations.customer(123, SEED, PopulationSpec.defaults())).isEqualTo(CUSTOMERS.get(123));
    }

    @Test
    void a_parallel_stream_gives_the_same_customers() {
        assertThat(Populations.stream(300, SEED).parallel().collect(Collectors.toList()))
                .containsExactlyElementsOf(CUSTOMERS.subList(0, 300));
    }

    @Test
    void the_same_seed_gives_the_same_population() {
        assertThat(Populations.realistic(200, 7)).isEqualTo(Populations.realistic(200, 7));
    }

    @Test
    void different_seeds_give_different_populations() {
        assertThat(Populations.realistic(50, 7)).isNotEqualTo(Populations.realistic(50, 8));
    }

    @Test
    void a_smaller_population_is_a_prefix_of_a_larger_one() {
        assertThat(Populations.realistic(100, SEED)).containsExactlyElementsOf(CUSTOMERS.subList(0, 100));
    }

    @Test
    void a_stream_is_lazy_so_any_length_can_be_streamed() {
        assertThat(Populations.stream(Long.MAX_VALUE, SEED).limit(3).collect(Collectors.toList()))
                .containsExactlyElementsOf(CUSTOMERS.subList(0, 3));
    }

    @Test
    void ids_are_zero_padded_and_distinct() {
        assertThat(CUSTOMERS.get(42).id()).isEqualTo("c-0000042");
        assertThat(CUSTOMERS.stream().map(Customer::id).distinct()).hasSize(CUSTOMERS.size());
    }

    @Test
    void ages_are_between_18_and_85_at_the_end_of_the_history() {
        for (Customer c : CUSTOMERS) {
            age().valueOf(c, CONTEXT).ifPresent(a -> assertThat(a).isBetween(18.0, 85.0));
        }
    }

    @Test
    void most_customers_are_between_25_and_54() {
        // Bands 25–34, 35–44 and 45–54 weigh 21 + 20 + 18 = 59 of 100 among consumers.
        long known = CUSTOMERS.stream().filter(c -> c.birthDate().isPresent()).count();
        long middle = CUSTOMERS.stream()
                .filter(c -> age().valueOf(c, CONTEXT)
                        .filter(a -> a >= 25 && a <= 54)
                        .isPresent())
                .count();
        assertThat((double) middle / known).isBetween(0.5, 0.68);
    }

    @Test
    void the_share_of_businesses_is_near_the_configured_share() {
        PopulationSpec spec = PopulationSpec.builder().businessShare(0.3).build();
        long businesses = Populations.stream(10_000, SEED, spec)
                .filter(c -> c.companySize().isPresent())
                .count();
        // Binomial(10,000, 0.3): standard deviation √(10,000 · 0.3 · 0.7) ≈ 46; allow four of them.
        assertThat(businesses).isBetween(3_000L - 184, 3_000L + 184);
    }

    @Test
    void the_default_share_of_businesses_is_fifteen_percent() {
        long businesses =
                CUSTOMERS.stream().filter(c -> c.companySize().isPresent()).count();
        // Binomial(5,000, 0.15): standard deviation √(5,000 · 0.15 · 0.85) ≈ 25; allow four of them.
        assertThat(businesses).isBetween(750L - 100, 750L + 100);
    }

    @Test
    void businesses_are_tagged_and_consumers_have_no_firmographics() {
        for (Customer c : CUSTOMERS) {
            boolean business = c.companySize().isPresent();
            assertThat(c.tags().contains("b2b")).isEqualTo(business);
            if (!business) {
                assertThat(c.industry()).isEmpty();
                assertThat(c.annualRevenue()).isEmpty();
            }
        }
    }

    @Test
    void the_share_of_customers_who_never_ordered_is_near_the_configured_share() {
        PopulationSpec spec = PopulationSpec.builder().nonBuyerShare(0.5).build();
        long never = Populations.stream(10_000, SEED, spec)
                .filter(c -> c.orders().isEmpty())
                .count();
        // Binomial(10,000, 0.5): standard deviation 50; allow four of them.
        assertThat(never).isBetween(5_000L - 200, 5_000L + 200);
    }

    @Test
    void order_totals_equal_the_sum_of_their_line_items_to_the_cent() {
        for (Customer c : CUSTOMERS) {
            for (Order o : c.orders()) {
                BigDecimal sum = o.items().stream().map(LineItem::lineTotal).reduce(BigDecimal.ZERO, BigDecimal::add);
                assertThat(sum).as(o.toString()).isEqualByComparingTo(o.total());
                assertThat(o.total().scale()).isEqualTo(2);
                assertThat(o.total().signum()).isPositive();
                assertThat(o.items()).hasSizeBetween(1, 4);
            }
        }
    }

    @Test
    void orders_are_sorted_within_the_history_and_none_is_after_the_end() {
        Instant start = TestKit.DEFAULT_AS_OF.minus(PopulationSpec.defaults().history());
        for (Customer c : CUSTOMERS) {
            List<Instant> instants = c.orders().stream().map(Order::instant).collect(Collectors.toList());
            assertThat(instants).isSorted();
            for (Instant at : instants) {
                assertThat(at).isBetween(start, TestKit.DEFAULT_AS_OF);
            }
        }
    }

    @Test
    void no_event_is_after_the_end_of_the_history() {
        for (Customer c : CUSTOMERS) {
            for (Event e : c.events()) {
                assertThat(e.instant()).isBeforeOrEqualTo(TestKit.DEFAULT_AS_OF);
            }
        }
    }

    @Test
    void a_later_end_of_history_moves_every_order_with_it() {
        Instant asOf = Instant.parse("2030-06-01T00:00:00Z");
        PopulationSpec spec = PopulationSpec.builder().asOf(asOf).build();
        Populations.stream(500, SEED, spec)
                .flatMap(c -> c.orders().stream())
                .forEach(o -> assertThat(o.instant()).isBetween(asOf.minus(spec.history()), asOf));
    }

    @Test
    void orders_are_in_the_configured_currency_and_channels() {
        PopulationSpec spec = PopulationSpec.builder().currency("chf").build();
        Set<String> channels = Populations.stream(500, SEED, spec)
                .flatMap(c -> c.orders().stream())
                .peek(o ->
                        assertThat(o.currency().orElseThrow().getCurrencyCode()).isEqualTo("CHF"))
                .map(o -> o.channel().orElseThrow())
                .collect(Collectors.toSet());
        assertThat(channels).containsExactlyInAnyOrder("web", "app", "store", "marketplace");
    }

    @Test
    void survey_scores_are_whole_numbers_on_their_scales() {
        List<Double> nps = scores(Populations.NPS);
        List<Double> csat = scores(Populations.CSAT);
        assertThat(nps)
                .isNotEmpty()
                .allSatisfy(s -> assertThat(s).isBetween(0.0, 10.0).isEqualTo(Math.rint(s)));
        assertThat(csat)
                .isNotEmpty()
                .allSatisfy(s -> assertThat(s).isBetween(1.0, 5.0).isEqualTo(Math.rint(s)));
    }

    private static List<Double> scores(String type) {
        List<Double> scores = new ArrayList<>();
        for (Customer c : CUSTOMERS) {
            for (Event e : c.events()) {
                if (e.type().equals(type)) {
                    scores.add((Double) e.property("score").orElseThrow());
                }
            }
        }
        return scores;
    }

    @Test
    void every_event_type_appears() {
        Set<String> types = CUSTOMERS.stream()
                .flatMap(c -> c.events().stream())
                .map(Event::type)
                .collect(Collectors.toSet());
        assertThat(types)
                .containsExactlyInAnyOrder(
                        Populations.PAGE_VIEW,
                        Populations.ADD_TO_CART,
                        Populations.SEARCH,
                        Populations.EMAIL_OPEN,
                        Populations.NPS,
                        Populations.CSAT);
    }

    @Test
    void customers_who_buy_more_browse_more() {
        double frequent = meanPageViews(c -> c.orders().size() >= 5);
        double never = meanPageViews(c -> c.orders().isEmpty());
        assertThat(frequent).isGreaterThan(2 * never);
    }

    private static double meanPageViews(java.util.function.Predicate<Customer> which) {
        return CUSTOMERS.stream()
                .filter(which)
                .mapToLong(c -> c.events().stream()
                        .filter(e -> e.type().equals(Populations.PAGE_VIEW))
                        .count())
                .average()
                .orElseThrow();
    }

    @Test
    void only_newsletter_subscribers_open_newsletters() {
        for (Customer c : CUSTOMERS) {
            boolean opens = c.events().stream().anyMatch(e -> e.type().equals(Populations.EMAIL_OPEN));
            if (opens) {
                assertThat(c.isSubscribedTo("email")).isTrue();
                assertThat(c.tags()).contains("newsletter");
            }
        }
    }

    @Test
    void locations_are_near_the_city_centre() {
        // Berlin's centre is 52.520, 13.405; locations scatter by about 4 km (0.04° of latitude).
        List<Customer> berliners = CUSTOMERS.stream()
                .filter(c ->
                        c.city().orElse("").equals("Berlin") && c.location().isPresent())
                .collect(Collectors.toList());
        assertThat(berliners).isNotEmpty();
        for (Customer c : berliners) {
            assertThat(distanceKm(52.520, 13.405).valueOf(c, CONTEXT).orElseThrow())
                    .isLessThan(40.0);
            assertThat(c.country()).contains("DE");
            assertThat(c.region()).contains("Berlin");
            c.postalCode().ifPresent(p -> assertThat(p).matches("10\\d{3}"));
        }
    }

    @Test
    void germany_is_the_largest_country() {
        var byCountry = CUSTOMERS.stream()
                .collect(Collectors.groupingBy(c -> c.country().orElseThrow(), Collectors.counting()));
        assertThat(byCountry.keySet())
                .containsExactlyInAnyOrder("DE", "FR", "GB", "NL", "AT", "CH", "IT", "ES", "PL", "BE", "SE", "US");
        assertThat(byCountry.get("DE"))
                .isEqualTo(byCountry.values().stream().max(Long::compare).orElseThrow());
    }

    @Test
    void the_vip_tag_marks_customers_who_spent_a_thousand() {
        for (Customer c : CUSTOMERS) {
            BigDecimal spent = c.orders().stream().map(Order::total).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(c.tags().contains("vip")).isEqualTo(spent.compareTo(BigDecimal.valueOf(1_000)) >= 0);
        }
    }

    /** The statistics of one buyer that the two models need. */
    private record Buyer(int x, double tx, double t, int orders, double meanValue) {}

    private static List<Buyer> buyers(int n, PopulationSpec spec) {
        double end = spec.asOf().getEpochSecond();
        return Populations.stream(n, SEED, spec)
                .filter(c -> !c.orders().isEmpty())
                .map(c -> {
                    List<Order> o = c.orders();
                    double first = o.get(0).instant().getEpochSecond();
                    double last = o.get(o.size() - 1).instant().getEpochSecond();
                    double mean = o.stream()
                            .mapToDouble(x -> x.total().doubleValue())
                            .average()
                            .orElseThrow();
                    return new Buyer(
                            o.size() - 1,
                            (last - first) / SECONDS_PER_WEEK,
                            (end - first) / SECONDS_PER_WEEK,
                            o.size(),
                            mean);
                })
                .collect(Collectors.toList());
    }

    private static double logLikelihood(List<Buyer> buyers, Function<Buyer, Double> one) {
        return buyers.stream().mapToDouble(one::apply).sum();
    }

    @Test
    void the_true_bg_nbd_parameters_explain_the_purchases_better_than_others() {
        List<Buyer> buyers = buyers(20_000, PopulationSpec.defaults());
        PopulationSpec.BgNbd truth = PopulationSpec.BgNbd.CDNOW;
        double best = logLikelihood(buyers, b -> Likelihoods.bgNbd(truth, b.x(), b.tx(), b.t()));
        for (double k : new double[] {1.5, 1 / 1.5}) {
            for (PopulationSpec.BgNbd other : List.of(
                    new PopulationSpec.BgNbd(truth.r() * k, truth.alpha(), truth.a(), truth.b()),
                    new PopulationSpec.BgNbd(truth.r(), truth.alpha() * k, truth.a(), truth.b()),
                    new PopulationSpec.BgNbd(truth.r(), truth.alpha(), truth.a() * k, truth.b()),
                    new PopulationSpec.BgNbd(truth.r(), truth.alpha(), truth.a(), truth.b() * k))) {
                assertThat(best)
                        .as("log-likelihood of %s against %s", truth, other)
                        .isGreaterThan(logLikelihood(buyers, b -> Likelihoods.bgNbd(other, b.x(), b.tx(), b.t())));
            }
        }
    }

    @Test
    void the_true_gamma_gamma_parameters_explain_the_order_values_better_than_others() {
        List<Buyer> buyers = buyers(20_000, PopulationSpec.defaults());
        PopulationSpec.GammaGamma truth = PopulationSpec.GammaGamma.CDNOW;
        double best = logLikelihood(buyers, b -> Likelihoods.gammaGamma(truth, b.orders(), b.meanValue()));
        for (double k : new double[] {1.5, 1 / 1.5}) {
            for (PopulationSpec.GammaGamma other : List.of(
                    new PopulationSpec.GammaGamma(truth.p() * k, truth.q(), truth.gamma()),
                    new PopulationSpec.GammaGamma(truth.p(), truth.q() * k, truth.gamma()),
                    new PopulationSpec.GammaGamma(truth.p(), truth.q(), truth.gamma() * k))) {
                assertThat(best)
                        .as("log-likelihood of %s against %s", truth, other)
                        .isGreaterThan(
                                logLikelihood(buyers, b -> Likelihoods.gammaGamma(other, b.orders(), b.meanValue())));
            }
        }
    }

    @Test
    void the_mean_order_value_is_near_the_model_mean() {
        // p γ / (q - 1) = 6.25 · 15.44 / 2.74 = 35.218…; customers' means scatter with a standard deviation near 30,
        // so the mean of 4,000 of them is within 1.5 of it by five standard errors.
        double mean = buyers(5_000, PopulationSpec.defaults()).stream()
                .mapToDouble(Buyer::meanValue)
                .average()
                .orElseThrow();
        assertThat(PopulationSpec.GammaGamma.CDNOW.meanOrderValue()).isCloseTo(35.218, within(0.001));
        assertThat(mean).isCloseTo(35.218, within(1.5));
    }

    @Test
    void a_longer_history_gives_more_orders_per_buyer() {
        PopulationSpec year =
                PopulationSpec.builder().history(Duration.ofDays(365)).build();
        PopulationSpec decade =
                PopulationSpec.builder().history(Duration.ofDays(3_650)).build();
        double inYear =
                buyers(3_000, year).stream().mapToInt(Buyer::orders).average().orElseThrow();
        double inDecade =
                buyers(3_000, decade).stream().mapToInt(Buyer::orders).average().orElseThrow();
        assertThat(inDecade).isGreaterThan(inYear);
    }

    @Test
    void a_negative_size_is_rejected() {
        assertThatThrownBy(() -> Populations.realistic(-1, SEED))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("realistic: n must not be negative but was -1");
        assertThatThrownBy(() -> Populations.stream(-1, SEED))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("stream: n must not be negative but was -1");
        assertThatThrownBy(() -> Populations.customer(-1, SEED, PopulationSpec.defaults()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("customer: index must not be negative but was -1");
    }

    @Test
    void an_empty_population_is_empty() {
        assertThat(Populations.realistic(0, SEED)).isEmpty();
        assertThat(Populations.stream(0, SEED)).isEmpty();
    }
}
