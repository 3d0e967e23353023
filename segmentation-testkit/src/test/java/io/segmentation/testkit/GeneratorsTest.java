package io.segmentation.testkit;

import static io.segmentation.testkit.Generators.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import io.segmentation.BooleanCondition;
import io.segmentation.Criterion;
import io.segmentation.EvaluationContext;
import io.segmentation.InstantCondition;
import io.segmentation.NumberCondition;
import io.segmentation.Segment;
import io.segmentation.SetCondition;
import io.segmentation.TextCondition;
import io.segmentation.TimePoint;
import io.segmentation.attribute.Attribute;
import io.segmentation.attribute.AttributeRegistry;
import io.segmentation.attribute.NumberAttribute;
import io.segmentation.attribute.ValueType;
import io.segmentation.attribute.Window;
import io.segmentation.customer.Customer;
import io.segmentation.customer.Order;
import io.segmentation.engine.SegmentMatcher;
import io.segmentation.text.SegmentParser;
import io.segmentation.text.SegmentQuery;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class GeneratorsTest {

    private static final int SAMPLES = 5_000;
    private static final Instant AS_OF = TestKit.DEFAULT_AS_OF;

    /** Every record of the criterion tree, every condition (text ones exact and ignoring case), point and window. */
    private static Set<String> wholeVocabulary() {
        Set<String> kinds = new TreeSet<>();
        for (Class<?> c : Criterion.class.getPermittedSubclasses()) {
            kinds.add("criterion:" + CriterionCensus.kind(c));
        }
        for (Class<?> family : List.of(
                NumberCondition.class,
                TextCondition.class,
                BooleanCondition.class,
                InstantCondition.class,
                SetCondition.class)) {
            for (Class<?> c : family.getPermittedSubclasses()) {
                kinds.add("condition:" + CriterionCensus.kind(c));
                if (family == TextCondition.class) {
                    kinds.add("condition:" + CriterionCensus.kind(c) + ":ignoringCase");
                }
            }
        }
        for (Class<?> c : TimePoint.class.getPermittedSubclasses()) {
            kinds.add("timePoint:" + CriterionCensus.kind(c));
        }
        // Window.all() is no parameter: an attribute without a window covers everything.
        kinds.add("window:" + CriterionCensus.kind(Window.Last.class));
        kinds.add("window:" + CriterionCensus.kind(Window.Between.class));
        for (String name : AttributeRegistry.builtIn().attributeNames()) {
            kinds.add("attribute:" + name);
        }
        for (ValueType t : ValueType.values()) {
            kinds.add("valueType:" + t);
        }
        kinds.addAll(List.of(
                "attribute:property",
                "attribute:vip",
                "boolean:true",
                "boolean:false",
                "present:true",
                "present:false",
                "eventFilter"));
        return kinds;
    }

    private static CriterionCensus census(Gen<Criterion<Customer>> criteria) {
        CriterionCensus census = new CriterionCensus();
        qt().withExamples(SAMPLES).forAll(criteria).checkAssert(census::add);
        return census;
    }

    @Test
    void criteria_cover_the_whole_vocabulary() {
        Set<String> expected = wholeVocabulary();
        expected.addAll(List.of("attribute:seen_at", "subSecondDuration"));
        for (Segment<Customer> s : catalogue()) {
            expected.add("segment:" + s.name().orElseThrow());
        }
        assertThat(census(criteria()).seen()).containsAll(expected);
    }

    @Test
    void text_safe_criteria_cover_everything_with_a_text_form() {
        Set<String> expected = wholeVocabulary();
        expected.remove("criterion:Criterion.Custom");
        Set<String> seen = census(textSafeCriteria()).seen();
        assertThat(seen).containsAll(expected);
        assertThat(seen).doesNotContain("criterion:Criterion.Custom", "subSecondDuration", "attribute:seen_at");
    }

    @Test
    void storable_criteria_have_sub_second_durations_but_no_custom_predicates() {
        Set<String> seen = census(storableCriteria()).seen();
        assertThat(seen).contains("subSecondDuration");
        assertThat(seen).doesNotContain("criterion:Criterion.Custom", "attribute:seen_at");
    }

    @Test
    void text_safe_and_storable_criteria_refer_only_to_the_catalogue() {
        Set<String> names = new HashSet<>();
        for (Segment<Customer> s : catalogue()) {
            names.add("segment:" + s.name().orElseThrow());
        }
        for (Gen<Criterion<Customer>> gen : List.of(textSafeCriteria(), storableCriteria())) {
            Set<String> segments = new TreeSet<>(census(gen).seen());
            segments.removeIf(k -> !k.startsWith("segment:"));
            assertThat(names).containsAll(segments);
        }
    }

    @Test
    void every_generated_criterion_evaluates_and_explains_on_every_generated_customer() {
        qt().withExamples(2_000).forAll(criteria(), customers(), contexts()).checkAssert((c, customer, context) -> {
            SegmentMatcher<Customer> matcher =
                    SegmentMatcher.of(Segment.where(c).named("random"));
            assertThat(matcher.explain(customer, context).matched()).isEqualTo(matcher.matches(customer, context));
        });
    }

    @Test
    void text_safe_criteria_print_and_parse_back_with_the_registry() {
        SegmentParser<Customer> parser = SegmentQuery.parser(registry());
        qt().withExamples(1_000)
                .forAll(textSafeCriteria())
                .checkAssert(c -> assertThat(parser.parseCriterion(SegmentQuery.toText(c)))
                        .isEqualTo(c));
    }

    @Test
    void criteria_of_depth_zero_are_leaves() {
        qt().withExamples(500)
                .forAll(criteria(0))
                .check(c -> c instanceof Criterion.Comparison
                        || c instanceof Criterion.Presence
                        || c instanceof Criterion.Custom);
    }

    @Test
    void and_and_or_have_at_most_the_given_number_of_operands() {
        qt().withExamples(500)
                .forAll(criteria(1, 2))
                .check(c -> c instanceof Criterion.And<Customer> and
                        ? and.operands().size() <= 3 // and(x, not(y), z) has three
                        : !(c instanceof Criterion.Or<Customer> or)
                                || or.operands().size() == 2);
    }

    @Test
    void criteria_reject_a_negative_depth() {
        assertThatThrownBy(() -> criteria(-1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxDepth must not be negative but was -1");
    }

    @Test
    void criteria_reject_fewer_than_two_operands() {
        assertThatThrownBy(() -> criteria(2, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxOperands must be at least 2 but was 1");
    }

    @Test
    void customers_meet_every_edge_case() {
        Set<String> seen = new TreeSet<>();
        qt().withExamples(SAMPLES).forAll(customers()).checkAssert(c -> {
            List<Order> orders = c.orders();
            if (orders.isEmpty()) {
                seen.add("no orders");
            }
            if (c.birthDate().isEmpty()) {
                seen.add("no birth date");
            }
            for (int i = 1; i < orders.size(); i++) {
                if (orders.get(i).instant().equals(orders.get(i - 1).instant())) {
                    seen.add("two orders at one instant");
                }
            }
            for (Order o : orders) {
                if (o.instant().isAfter(AS_OF)) {
                    seen.add("order after as-of");
                }
                if (o.instant().equals(AS_OF)) {
                    seen.add("order at as-of");
                }
                if (o.instant().equals(AS_OF.minus(Duration.ofDays(30)))) {
                    seen.add("order on the edge of a 30-day window");
                }
                if (o.items().isEmpty()) {
                    seen.add("order without items");
                }
            }
            if (c.city().filter(city -> !city.chars().allMatch(ch -> ch < 128)).isPresent()) {
                seen.add("non-ASCII city");
            }
            if (c.tags().stream().anyMatch(t -> t.contains("'") || t.contains("\""))) {
                seen.add("quote in a tag");
            }
            if (c.customAttribute("tier").filter(Double.class::isInstance).isPresent()) {
                seen.add("custom attribute of the wrong type");
            }
            if (c.birthDate()
                    .filter(d -> d.getMonthValue() == 2 && d.getDayOfMonth() == 29)
                    .isPresent()) {
                seen.add("born on a leap day");
            }
        });
        assertThat(seen)
                .containsExactlyInAnyOrder(
                        "no orders",
                        "no birth date",
                        "two orders at one instant",
                        "order after as-of",
                        "order at as-of",
                        "order on the edge of a 30-day window",
                        "order without items",
                        "non-ASCII city",
                        "quote in a tag",
                        "custom attribute of the wrong type",
                        "born on a leap day");
    }

    @Test
    void customers_cluster_around_the_given_instant() {
        Instant anchor = Instant.parse("2030-07-15T12:00:00Z");
        int[] near = {0};
        int[] all = {0};
        qt().withExamples(1_000).forAll(customers(anchor)).checkAssert(c -> {
            for (Order o : c.orders()) {
                // Never more than 400 days and 2 nanoseconds before the anchor (CustomerDraws.around).
                assertThat(o.instant()).isAfter(anchor.minus(Duration.ofDays(401)));
                all[0]++;
                near[0] += Duration.between(o.instant(), anchor).abs().compareTo(Duration.ofDays(70)) <= 0 ? 1 : 0;
            }
        });
        assertThat(near[0]).isGreaterThan(all[0] / 2);
    }

    @Test
    void populations_have_distinct_ids_and_at_most_the_given_size() {
        List<Integer> sizes = new ArrayList<>();
        qt().withExamples(500).forAll(populations(7)).checkAssert(p -> {
            sizes.add(p.size());
            assertThat(p).hasSizeLessThanOrEqualTo(7);
            assertThat(p.stream().map(Customer::id).distinct()).hasSize(p.size());
        });
        assertThat(sizes).contains(0, 7);
    }

    @Test
    void populations_reject_a_size_below_one() {
        assertThatThrownBy(() -> populations(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxSize must be at least 1 but was 0");
    }

    @Test
    void contexts_include_one_whose_date_differs_from_utc() {
        Set<java.time.LocalDate> dates = new HashSet<>();
        qt().withExamples(200).forAll(contexts()).checkAssert(ctx -> dates.add(ctx.today()));
        assertThat(dates).hasSizeGreaterThan(1);
    }

    @Test
    void segments_come_named_and_unnamed_described_and_not() {
        Set<String> seen = new TreeSet<>();
        qt().withExamples(500).forAll(segments()).checkAssert(s -> {
            seen.add(s.name().isPresent() ? "named" : "unnamed");
            seen.add(s.description().isPresent() ? "described" : "undescribed");
        });
        assertThat(seen).containsExactlyInAnyOrder("named", "unnamed", "described", "undescribed");
    }

    @Test
    void text_safe_segments_print() {
        qt().withExamples(500)
                .forAll(textSafeSegments())
                .checkAssert(s -> assertThat(SegmentQuery.toText(s)).isNotBlank());
    }

    @Test
    void pieces_for_any_attribute_evaluate_on_any_subject_type() {
        record Account(Double points) {}
        NumberAttribute<Account> points = Attribute.number("points", Account::points);
        Gen<Criterion<Account>> trees = trees(numberCriteria(points), 2);
        EvaluationContext context = TestKit.defaultContext();
        qt().withExamples(500).forAll(trees).checkAssert(c -> {
            SegmentMatcher<Account> matcher = SegmentMatcher.of(Segment.where(c));
            for (Account account : List.of(new Account(null), new Account(2.0), new Account(-1e300))) {
                assertThat(matcher.matches(account, context))
                        .isEqualTo(matcher.explain(account, context).matched());
            }
        });
    }

    @Test
    void pieces_are_text_safe() {
        List<Gen<Criterion<Customer>>> pieces = List.of(
                numberCriteria(),
                textCriteria(),
                setCriteria(),
                booleanCriteria(),
                instantCriteria(),
                presenceCriteria());
        SegmentParser<Customer> parser = SegmentQuery.parser(registry());
        for (Gen<Criterion<Customer>> piece : pieces) {
            qt().withExamples(300)
                    .forAll(piece)
                    .checkAssert(c -> assertThat(parser.parseCriterion(SegmentQuery.toText(c)))
                            .isEqualTo(c));
        }
    }

    @Test
    void time_relative_criteria_change_with_time_alone() {
        Instant anchor = Instant.parse("2026-03-27T10:00:00Z");
        int[] changed = {0};
        qt().withExamples(1_000)
                .forAll(timeRelativeCriteria(anchor), customers(anchor))
                .checkAssert((c, customer) -> {
                    SegmentMatcher<Customer> m = SegmentMatcher.of(Segment.where(c));
                    boolean now = m.matches(customer, EvaluationContext.asOf(anchor));
                    boolean later = m.matches(customer, EvaluationContext.asOf(anchor.plus(Duration.ofDays(40))));
                    changed[0] += now != later ? 1 : 0;
                });
        assertThat(changed[0]).isPositive();
    }

    @Test
    void the_registry_knows_the_catalogue_and_the_user_defined_attribute() {
        assertThat(registry().segmentNames()).containsExactlyInAnyOrder("newsletter", "loyal", "young people");
        assertThat(registry().attribute("vip")).isPresent();
        assertThat(vip().name()).isEqualTo("vip");
    }

    @Test
    void odd_texts_are_never_blank_and_odd_numbers_are_finite() {
        qt().withExamples(200).forAll(oddTexts(), oddNumbers()).check((t, n) -> !t.isBlank() && Double.isFinite(n));
    }

    @Test
    void time_points_durations_and_windows_cover_their_kinds() {
        Set<String> seen = new TreeSet<>();
        qt().withExamples(1_000).forAll(timePoints(), durations(), windows()).checkAssert((p, d, w) -> {
            seen.add("timePoint:" + CriterionCensus.kind(p.getClass()));
            seen.add("window:" + CriterionCensus.kind(w.getClass()));
            assertThat(d.getNano()).isZero();
            assertThat(d.isNegative() || d.isZero()).isFalse();
        });
        Set<String> expected = new TreeSet<>();
        for (Class<?> c : TimePoint.class.getPermittedSubclasses()) {
            expected.add("timePoint:" + CriterionCensus.kind(c));
        }
        for (Class<?> c : Window.class.getPermittedSubclasses()) {
            expected.add("window:" + CriterionCensus.kind(c));
        }
        assertThat(seen).isEqualTo(expected);
    }

    @Test
    void event_filters_and_number_attributes_generate() {
        qt().withExamples(300)
                .forAll(eventFilters(), numberAttributes(), customCriteria())
                .check((f, a, custom) -> f != null && a != null && custom instanceof Criterion.Custom);
    }
}
