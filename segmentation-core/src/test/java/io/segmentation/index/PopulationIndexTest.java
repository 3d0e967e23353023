package io.segmentation.index;

import static io.segmentation.Attributes.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.NullPointerTester;
import io.segmentation.Criterion;
import io.segmentation.EvaluationContext;
import io.segmentation.Segment;
import io.segmentation.attribute.Attribute;
import io.segmentation.attribute.NumberAttribute;
import io.segmentation.customer.Customer;
import io.segmentation.customer.Order;
import io.segmentation.engine.SegmentMatcher;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class PopulationIndexTest {

    private static final Instant AS_OF = Instant.parse("2026-06-01T00:00:00Z");
    private static final EvaluationContext CONTEXT = EvaluationContext.asOf(AS_OF);

    private static Customer customer(String id, String country, int age, int orders) {
        Customer.Builder b = Customer.builder(id).country(country).birthDate(LocalDate.of(2026 - age, 1, 1));
        for (int i = 0; i < orders; i++) {
            b.order(Order.builder("o-" + i, AS_OF.minus(Duration.ofDays(10L * i + 1)), new BigDecimal("10.50"))
                    .build());
        }
        return b.build();
    }

    private static final List<Customer> FOUR = List.of(
            customer("anna", "DE", 22, 3),
            customer("ben", "FR", 40, 0),
            customer("cleo", "DE", 19, 1),
            Customer.builder("dan").tags("vip").build());

    private static final Segment<Customer> YOUNG =
            Segment.where(age().between(18, 25)).named("young");
    private static final Segment<Customer> GERMAN =
            Segment.where(country().is("DE")).named("german");

    @Test
    void count_is_the_number_of_members() {
        PopulationIndex<Customer> index = PopulationIndex.build(FOUR, CONTEXT);
        assertThat(index.count(YOUNG)).isEqualTo(2);
        assertThat(index.count(country().is("FR"))).isEqualTo(1);
        assertThat(index.count(not(age().atLeast(18)))).as("dan has no age").isEqualTo(1);
    }

    @Test
    void members_and_ids_come_in_input_order() {
        PopulationIndex<Customer> index = PopulationIndex.build(FOUR, CONTEXT);
        assertThat(index.members(YOUNG)).containsExactly(FOUR.get(0), FOUR.get(2));
        assertThat(index.memberIds(YOUNG)).containsExactly("anna", "cleo");
        assertThat(index.memberIds(not(country().isPresent()))).containsExactly("dan");
        assertThat(index.members(tags().contains("vip"))).containsExactly(FOUR.get(3));
    }

    @Test
    void overlap_counts_members_of_both_segments() {
        PopulationIndex<Customer> index = PopulationIndex.build(FOUR, CONTEXT);
        assertThat(index.overlap(YOUNG, GERMAN)).isEqualTo(2);
        assertThat(index.overlap(YOUNG, Segment.where(purchases().atLeast(2)))).isEqualTo(1);
        assertThat(index.overlap(country().is("FR"), tags().contains("vip"))).isZero();
    }

    @Test
    void segment_references_are_evaluated_like_their_criteria() {
        PopulationIndex<Customer> index = PopulationIndex.build(FOUR, CONTEXT);
        Segment<Customer> youngGermans =
                Segment.where(inSegment(YOUNG)).and(inSegment(GERMAN)).named("young-germans");
        Segment<Customer> others = Segment.where(not(inSegment(youngGermans)));
        assertThat(index.memberIds(youngGermans)).containsExactly("anna", "cleo");
        assertThat(index.memberIds(others)).containsExactly("ben", "dan");
    }

    @Test
    void sum_adds_present_values_of_members() {
        PopulationIndex<Customer> index = PopulationIndex.build(FOUR, CONTEXT);
        assertThat(index.sum(GERMAN, totalSpent())).isEqualTo(42.0);
        assertThat(index.sum(GERMAN, totalSpent().inLast(Duration.ofDays(5)))).isEqualTo(21.0);
        assertThat(index.sum(not(country().isPresent()), age()))
                .as("dan has no age")
                .isZero();
    }

    @Test
    void mean_averages_over_members_with_a_value() {
        PopulationIndex<Customer> index = PopulationIndex.build(FOUR, CONTEXT);
        assertThat(index.mean(GERMAN, age())).hasValue(20.5);
        assertThat(index.mean(Segment.where(age().isPresent().or(tags().contains("vip"))), age()))
                .hasValue((22 + 40 + 19) / 3.0);
        assertThat(index.mean(tags().contains("vip"), age())).isEmpty();
        assertThat(index.mean(country().is("IT"), purchases())).isEmpty();
    }

    @Test
    void size_and_context_describe_the_index() {
        PopulationIndex<Customer> index = PopulationIndex.build(FOUR, CONTEXT);
        assertThat(index.size()).isEqualTo(4);
        assertThat(index.context()).isEqualTo(CONTEXT);
        assertThat(index.toString()).contains("4 subjects", AS_OF.toString());
    }

    @Test
    void duplicate_ids_are_rejected_naming_the_id() {
        List<Customer> twice = List.of(customer("anna", "DE", 22, 0), customer("ben", "FR", 30, 0), FOUR.get(0));
        assertThatThrownBy(() -> PopulationIndex.build(twice, CONTEXT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("duplicate id 'anna' at rows 0 and 2");
    }

    @Test
    void null_subjects_are_rejected_with_their_row() {
        List<Customer> withNull = new ArrayList<>(FOUR);
        withNull.add(1, null);
        assertThatThrownBy(() -> PopulationIndex.build(withNull, CONTEXT))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("subjects contains null at row 1");
    }

    @Test
    void an_empty_population_has_no_members() {
        PopulationIndex<Customer> index = PopulationIndex.build(List.of(), CONTEXT, YOUNG);
        assertThat(index.size()).isZero();
        assertThat(index.count(YOUNG)).isZero();
        assertThat(index.count(not(YOUNG.criterion()))).isZero();
        assertThat(index.members(YOUNG)).isEmpty();
        assertThat(index.memberIds(custom("any", (c, ctx) -> true))).isEmpty();
        assertThat(index.overlap(YOUNG, GERMAN)).isZero();
        assertThat(index.sum(YOUNG, age())).isZero();
        assertThat(index.mean(YOUNG, age())).isEmpty();
    }

    @Test
    void answers_are_as_of_the_index_context() {
        Customer lapsing = customer("anna", "DE", 22, 1); // one order, one day before AS_OF
        PopulationIndex<Customer> now = PopulationIndex.build(List.of(lapsing), CONTEXT);
        PopulationIndex<Customer> later =
                PopulationIndex.build(List.of(lapsing), CONTEXT.withAsOf(AS_OF.plus(Duration.ofDays(40))));
        Criterion<Customer> recent = lastPurchase().within(Duration.ofDays(30));
        assertThat(now.count(recent)).isEqualTo(1);
        assertThat(later.count(recent)).isZero();
        assertThat(later.count(purchases().inLast(Duration.ofDays(30)).is(0))).isEqualTo(1);
    }

    @Test
    void prepare_builds_columns_up_front_without_changing_answers() {
        PopulationIndex<Customer> index = PopulationIndex.build(FOUR, CONTEXT);
        assertThat(index.prepare(List.of(YOUNG, Segment.where(inSegment(GERMAN)))))
                .isSameAs(index);
        assertThat(index.toString()).contains("2 columns");
        assertThat(index.memberIds(Segment.where(inSegment(YOUNG)).and(inSegment(GERMAN))))
                .containsExactly("anna", "cleo");
    }

    @Test
    void subjects_of_any_type_are_indexed_by_their_ids() {
        record Account(String id, Integer points, String plan) {}
        NumberAttribute<Account> points = Attribute.number("points", Account::points);
        Criterion<Account> pro = Attribute.<Account>text("plan", Account::plan).is("pro");
        List<Account> accounts =
                List.of(new Account("a1", 1_500, "pro"), new Account("a2", null, "pro"), new Account("a3", 200, null));
        PopulationIndex<Account> index = PopulationIndex.build(accounts, Account::id, CONTEXT);
        assertThat(index.memberIds(points.atLeast(1_000).or(pro))).containsExactly("a1", "a2");
        assertThat(index.sum(pro, points)).isEqualTo(1_500.0);
        assertThat(index.mean(Segment.where(points.isPresent()), points)).hasValue(850.0);
    }

    private static <S> void agreesWithTheInterpreter(
            List<S> subjects, Function<S, String> ids, List<Criterion<S>> criteria) {
        PopulationIndex<S> index = PopulationIndex.build(subjects, ids, CONTEXT);
        for (Criterion<S> c : criteria) {
            assertThat(index.memberIds(c))
                    .as("%s", c)
                    .isEqualTo(subjects.stream()
                            .filter(x -> io.segmentation.internal.model.Evaluator.matches(c, x, CONTEXT))
                            .map(ids)
                            .toList());
        }
    }

    record Reading(String id, Double number, Instant instant) {}

    @Test
    void numbers_at_the_edges_of_doubles_compare_exactly() {
        List<Double> values = List.of(
                0.0,
                -0.0,
                Double.MIN_VALUE,
                -Double.MIN_VALUE,
                1.0,
                -1.0,
                Double.MAX_VALUE,
                -Double.MAX_VALUE,
                Double.POSITIVE_INFINITY,
                Double.NEGATIVE_INFINITY,
                Double.NaN,
                2.5);
        List<Reading> readings = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            readings.add(new Reading("r" + i, values.get(i), null));
        }
        readings.add(new Reading("none", null, null));
        NumberAttribute<Reading> n = Attribute.number("n", Reading::number);
        List<Criterion<Reading>> criteria = new ArrayList<>();
        for (double b :
                List.of(0.0, -0.0, Double.MIN_VALUE, -Double.MIN_VALUE, 1.0, Double.MAX_VALUE, -Double.MAX_VALUE)) {
            criteria.addAll(List.of(
                    n.atLeast(b),
                    n.atMost(b),
                    n.greaterThan(b),
                    n.lessThan(b),
                    n.is(b),
                    n.in(b, 2.5),
                    n.between(b, b)));
        }
        criteria.addAll(List.of(
                n.between(-Double.MAX_VALUE, Double.MAX_VALUE),
                n.in(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, -1, 2.5),
                n.isPresent(),
                n.isMissing(),
                not(n.atLeast(0))));
        agreesWithTheInterpreter(readings, Reading::id, criteria);
    }

    @Test
    void instants_far_from_the_epoch_compare_exactly() {
        List<Instant> ordinary = List.of(
                AS_OF, AS_OF.minusNanos(1), AS_OF.plusNanos(1), Instant.EPOCH, Instant.parse("1700-01-01T00:00:00Z"));
        List<Instant> far = List.of(Instant.MIN, Instant.MAX, Instant.parse("1500-01-01T00:00:00Z"));
        List<Instant> bounds = new ArrayList<>(ordinary);
        bounds.addAll(far);
        for (List<Instant> population : List.of(ordinary, bounds)) { // nanoseconds in a long, and seconds and nanos
            List<Reading> readings = new ArrayList<>();
            for (int i = 0; i < population.size(); i++) {
                readings.add(new Reading("r" + i, null, population.get(i)));
            }
            readings.add(new Reading("none", null, null));
            io.segmentation.attribute.InstantAttribute<Reading> t = Attribute.instant("t", Reading::instant);
            List<Criterion<Reading>> criteria = new ArrayList<>();
            for (Instant b : bounds) {
                criteria.addAll(List.of(t.before(b), t.after(b), t.between(b, Instant.MAX), t.between(Instant.MIN, b)));
            }
            criteria.addAll(List.of(
                    t.within(Duration.ofDays(1)),
                    t.within(ChronoUnit.FOREVER.getDuration()),
                    t.moreThan(ChronoUnit.FOREVER.getDuration()).ago(),
                    t.isMissing(),
                    not(t.after(AS_OF))));
            agreesWithTheInterpreter(readings, Reading::id, criteria);
        }
    }

    @Test
    void custom_predicates_in_a_conjunction_are_asked_only_about_remaining_candidates() {
        AtomicInteger asked = new AtomicInteger();
        Criterion<Customer> probe = custom("probe", (c, ctx) -> asked.incrementAndGet() > 0);
        PopulationIndex<Customer> index = PopulationIndex.build(FOUR, CONTEXT);

        assertThat(index.count(allOf(probe, country().is("DE")))).isEqualTo(2);
        assertThat(asked).hasValue(2);
        assertThat(index.count(allOf(country().is("DE"), not(probe)))).isZero();
        assertThat(asked).hasValue(4);
        assertThat(index.count(anyOf(probe, country().is("DE")))).isEqualTo(4);
        assertThat(asked).hasValue(8);
    }

    @Test
    void each_attribute_is_read_once_per_customer_however_many_queries_use_it() {
        AtomicInteger reads = new AtomicInteger();
        NumberAttribute<Customer> counted = Attribute.number("counted", c -> {
            reads.incrementAndGet();
            return c.orders().size();
        });
        PopulationIndex<Customer> index = PopulationIndex.build(FOUR, CONTEXT);
        index.count(counted.atLeast(1));
        index.count(allOf(counted.atMost(2), not(counted.is(0))));
        index.sum(YOUNG, counted);
        assertThat(reads).hasValue(FOUR.size());
    }

    @Test
    void large_populations_read_in_parallel_and_agree_with_the_matcher() {
        List<Customer> customers = new ArrayList<>();
        for (int i = 0; i < 30_000; i++) {
            // Unique postal codes: a text column too diverse for per-value bitmaps.
            customers.add(customer("c-" + i, i % 3 == 0 ? "DE" : "FR", 15 + i % 50, i % 4).toBuilder()
                    .postalCode(String.format("%05d", i))
                    .build());
        }
        PopulationIndex<Customer> index = PopulationIndex.build(customers, CONTEXT);
        List<Criterion<Customer>> criteria = List.of(
                postalCode().is("00042"),
                postalCode().in("00001", "29999", "99999"),
                postalCode().startsWith("001"),
                postalCode().matches("0+[1-3]"),
                postalCode().isIgnoringCase("12345"),
                allOf(
                        age().between(18, 25),
                        not(country().is("DE")),
                        purchases().inLast(Duration.ofDays(15)).atLeast(2)),
                anyOf(postalCode().endsWith("7"), totalSpent().greaterThan(20)));
        for (Criterion<Customer> c : criteria) {
            assertThat(index.memberIds(c))
                    .as("%s", c)
                    .isEqualTo(SegmentMatcher.of(Segment.where(c)).filter(customers, CONTEXT).stream()
                            .map(Customer::id)
                            .toList());
        }
    }

    @Test
    void concurrent_first_queries_build_each_column_once_and_agree() throws Exception {
        List<Customer> customers = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            customers.add(customer("c-" + i, List.of("DE", "FR", "AT").get(i % 3), 15 + i % 60, i % 5));
        }
        AtomicInteger reads = new AtomicInteger();
        NumberAttribute<Customer> counted = Attribute.number("counted", c -> {
            reads.incrementAndGet();
            return c.orders().size();
        });
        List<Criterion<Customer>> criteria = List.of(
                counted.atLeast(2),
                allOf(counted.atMost(3), age().between(18, 30)),
                allOf(
                        country().in("DE", "AT"),
                        not(counted.is(0)),
                        totalSpent().inLast(Duration.ofDays(25)).atLeast(20)),
                anyOf(age().lessThan(20), lastPurchase().within(Duration.ofDays(15)), counted.is(4)));
        List<Integer> expected = new ArrayList<>();
        for (Criterion<Customer> c : criteria) {
            expected.add(SegmentMatcher.of(Segment.where(c))
                    .filter(customers, CONTEXT)
                    .size());
        }

        reads.set(0);
        PopulationIndex<Customer> index = PopulationIndex.build(customers, CONTEXT);
        int threads = 16;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> counts = new ArrayList<>();
            for (int t = 0; t < threads * 4; t++) {
                Criterion<Customer> c = criteria.get(t % criteria.size());
                counts.add(pool.submit(() -> {
                    start.await();
                    return index.count(c);
                }));
            }
            start.countDown();
            for (int t = 0; t < counts.size(); t++) {
                assertThat(counts.get(t).get(1, TimeUnit.MINUTES)).isEqualTo(expected.get(t % criteria.size()));
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(reads).as("the shared column was read once").hasValue(customers.size());
    }

    @Test
    void public_methods_reject_nulls() {
        NullPointerTester tester = new NullPointerTester()
                .setDefault(EvaluationContext.class, CONTEXT)
                .setDefault(Segment.class, YOUNG)
                .setDefault(Criterion.class, YOUNG.criterion())
                .setDefault(NumberAttribute.class, age())
                .setDefault(Iterable.class, FOUR)
                .setDefault(Function.class, (Function<Customer, String>) Customer::id);
        tester.testAllPublicStaticMethods(PopulationIndex.class);
        tester.testAllPublicInstanceMethods(PopulationIndex.build(FOUR, CONTEXT));
    }
}
