package io.segmentation;

import static io.segmentation.Attributes.averageOrderValue;
import static io.segmentation.Attributes.totalSpent;
import static io.segmentation.testkit.internal.generators.Draw.between;
import static io.segmentation.testkit.internal.generators.Draw.chance;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.segmentation.attribute.Window;
import io.segmentation.attribute.WindowedNumberAttribute;
import io.segmentation.customer.Customer;
import io.segmentation.customer.Order;
import io.segmentation.engine.Explanation;
import io.segmentation.engine.MembershipTracker;
import io.segmentation.engine.SegmentEngine;
import io.segmentation.engine.SegmentMatcher;
import io.segmentation.index.PopulationIndex;
import io.segmentation.metrics.Metrics;
import io.segmentation.metrics.Roi;
import io.segmentation.testkit.TestKit;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;

/**
 * Money is exact on every path: for random cent amounts, instants, statuses and windows, the windowed sum read by the
 * attribute, the index, the explanation and the revenue metrics equals the {@link BigDecimal} sum of the purchases in
 * the window, and a threshold at exactly that sum gives one membership on the matcher, the index and the tracker.
 */
class ExactMoneyLawsTest {

    private static final Instant AS_OF = TestKit.DEFAULT_AS_OF;
    private static final EvaluationContext CONTEXT = EvaluationContext.asOf(AS_OF);

    private static QuickTheory laws(int examples) {
        return qt().withExamples(examples).withShrinkCycles(10);
    }

    /** Customers with up to 12 orders of whole cents (up to 10 million euros), some cancelled or refunded. */
    private static final Gen<Customer> CUSTOMERS = in -> {
        Customer.Builder b = Customer.builder("c-" + between(in, 0, 99));
        int orders = between(in, 0, 12);
        for (int i = 0; i < orders; i++) {
            long cents =
                    chance(in, 30) ? between(in, 0, 300) : (long) between(in, 0, 1_000_000) * between(in, 1, 1_000);
            Instant at = AS_OF.minusSeconds(between(in, -3 * 86_400, 800 * 86_400));
            Order.Builder order = Order.builder("o-" + i, at, BigDecimal.valueOf(cents, 2));
            if (chance(in, 20)) {
                order.status(chance(in, 50) ? Order.Status.CANCELLED : Order.Status.REFUNDED);
            }
            b.order(order.build());
        }
        return b.build();
    };

    /** Windows of 1 to 800 days, or the whole history. */
    private static final Gen<Window> WINDOWS =
            in -> chance(in, 15) ? Window.all() : Window.last(Duration.ofDays(between(in, 1, 800)));

    private static List<Order> purchasesIn(Customer c, Window window) {
        Instant start = window.start(CONTEXT);
        Instant end = window.end(CONTEXT);
        List<Order> in = new ArrayList<>();
        for (Order o : c.orders()) {
            if (o.isPurchase() && !o.instant().isBefore(start) && o.instant().isBefore(end)) {
                in.add(o);
            }
        }
        return in;
    }

    private static BigDecimal exactSum(List<Order> orders) {
        return orders.stream().map(Order::total).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static WindowedNumberAttribute<Customer> spent(Window window) {
        return totalSpent().over(window);
    }

    @Test
    void every_path_reads_the_exact_windowed_sum() {
        laws(400).forAll(CUSTOMERS, WINDOWS).checkAssert((c, window) -> {
            BigDecimal exact = exactSum(purchasesIn(c, window));
            double nearest = exact.doubleValue();
            WindowedNumberAttribute<Customer> spent = spent(window);

            assertThat(spent.read(c, CONTEXT)).as("attribute").isEqualTo(nearest);
            assertThat(c.exactTotalSpentBetween(window.start(CONTEXT), window.end(CONTEXT)))
                    .as("exact")
                    .isEqualByComparingTo(exact);
            PopulationIndex<Customer> index = PopulationIndex.build(List.of(c), CONTEXT);
            assertThat(index.sum(Segment.where(Attributes.purchases().atLeast(0)), spent))
                    .as("index")
                    .isEqualTo(nearest);
            Explanation explanation =
                    SegmentMatcher.of(Segment.where(spent.atLeast(0))).explain(c, CONTEXT);
            Explanation leaf = explanation.children().isEmpty()
                    ? explanation
                    : explanation.children().get(0);
            assertThat(new BigDecimal(leaf.actual().orElseThrow()))
                    .as("explanation shows %s", leaf.actual())
                    .isEqualByComparingTo(exact);
        });
    }

    @Test
    void revenue_metrics_are_the_exact_sums() {
        laws(300).forAll(CUSTOMERS, CUSTOMERS, WINDOWS).checkAssert((a, b, window) -> {
            List<Customer> members = List.of(a, b);
            BigDecimal toDate = exactSum(purchasesIn(a, Window.all())).add(exactSum(purchasesIn(b, Window.all())));
            assertThat(Metrics.revenue().calculate(members, CONTEXT).total())
                    .as("revenue")
                    .isEqualByComparingTo(toDate);
            if (!window.equals(Window.all())) {
                Duration length = Duration.between(window.start(CONTEXT), AS_OF);
                // ROI attributes the revenue of [asOf - window, asOf).
                Window attribution = Window.between(AS_OF.minus(length), AS_OF);
                BigDecimal attributed =
                        exactSum(purchasesIn(a, attribution)).add(exactSum(purchasesIn(b, attribution)));
                Roi roi = Metrics.roi(BigDecimal.ONE, BigDecimal.ONE, length).calculate(members, CONTEXT);
                assertThat(roi.attributedRevenue()).as("roi").isEqualByComparingTo(attributed);
            }
        });
    }

    @Test
    void the_average_order_value_is_the_double_nearest_the_exact_mean() {
        laws(300).forAll(CUSTOMERS, WINDOWS).checkAssert((c, window) -> {
            List<Order> in = purchasesIn(c, window);
            Double read = averageOrderValue().over(window).read(c, CONTEXT);
            if (in.isEmpty()) {
                assertThat(read).as("missing without purchases").isNull();
            } else {
                double expected = exactSum(in)
                        .divide(BigDecimal.valueOf(in.size()), new MathContext(40))
                        .doubleValue();
                assertThat(read).isEqualTo(expected);
            }
        });
    }

    @Test
    void a_threshold_at_the_exact_sum_gives_one_membership_on_every_path() {
        laws(200).forAll(CUSTOMERS, WINDOWS).checkAssert((c, window) -> {
            double sum = exactSum(purchasesIn(c, window)).doubleValue();
            WindowedNumberAttribute<Customer> spent = spent(window);
            List<Segment<Customer>> segments = List.of(
                    Segment.where(spent.atLeast(sum)).named("atLeast"),
                    Segment.where(spent.atMost(sum)).named("atMost"),
                    Segment.where(spent.is(sum)).named("is"),
                    Segment.where(spent.greaterThan(sum)).named("greaterThan"),
                    Segment.where(spent.lessThan(sum)).named("lessThan"));
            PopulationIndex<Customer> index = PopulationIndex.build(List.of(c), CONTEXT);
            MembershipTracker<Customer> tracker = MembershipTracker.over(SegmentEngine.of(segments));
            tracker.update(c, AS_OF);
            for (Segment<Customer> s : segments) {
                boolean expected = !s.name().orElseThrow().endsWith("Than");
                assertThat(SegmentMatcher.of(s).matches(c, CONTEXT))
                        .as("matcher %s", s)
                        .isEqualTo(expected);
                assertThat(index.count(s) == 1).as("index %s", s).isEqualTo(expected);
                assertThat(tracker.memberships(c.id()).contains(s))
                        .as("tracker %s", s)
                        .isEqualTo(expected);
            }
        });
    }
}
