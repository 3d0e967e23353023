package io.segmentation.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import com.google.common.collect.ImmutableSet;
import io.segmentation.EvaluationContext;
import io.segmentation.InstantCondition;
import io.segmentation.NumberCondition;
import io.segmentation.SetCondition;
import io.segmentation.TextCondition;
import io.segmentation.TimePoint;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Every condition's normal form accepts exactly the values the condition does: numbers at and next to every bound,
 * signed zeros and extremes; instants at and next to every resolved bound; texts and sets built around the operands.
 */
class NormalFormLawsTest {

    private static final double[] SPECIAL = {
        0.0,
        -0.0,
        1.0,
        -1.0,
        0.5,
        3.0,
        Double.MIN_VALUE,
        -Double.MIN_VALUE,
        Double.MAX_VALUE,
        -Double.MAX_VALUE,
        Double.MIN_NORMAL,
        1e15,
        -7.25
    };

    private static final double[] EXTREMES = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};

    private static final EvaluationContext ANY_CONTEXT = EvaluationContext.asOf(Instant.EPOCH);

    private static QuickTheory laws() {
        return qt().withExamples(1_000).withShrinkCycles(20);
    }

    private static Gen<Double> finiteNumbers() {
        Gen<Double> special = Generate.pick(toList(SPECIAL));
        Gen<Double> small = integers().between(-40, 40).map(i -> i / 4.0);
        Gen<Double> wide = longs().all().map(Double::longBitsToDouble).map(d -> Double.isFinite(d) ? d : 2.0);
        return special.mix(small, 40).mix(wide, 20);
    }

    private static Gen<NumberCondition> numberConditions() {
        Gen<Double> n = finiteNumbers();
        return integers().between(0, 6).zip(n, n, n, (kind, a, b, c) -> number(kind, a, b, c));
    }

    private static NumberCondition number(int kind, double a, double b, double c) {
        return switch (kind) {
            case 0 -> new NumberCondition.Between(Math.min(a, b), Math.max(a, b));
            case 1 -> new NumberCondition.AtLeast(a);
            case 2 -> new NumberCondition.AtMost(a);
            case 3 -> new NumberCondition.GreaterThan(a);
            case 4 -> new NumberCondition.LessThan(a);
            case 5 -> new NumberCondition.Is(a);
            default -> NumberCondition.In.of(a, b, c);
        };
    }

    /** Each bound, its neighbours, both zeros, the extremes, and one more value. */
    private static List<Double> probes(NumberIntervals intervals, double extra) {
        List<Double> probes = new ArrayList<>(toList(SPECIAL));
        probes.addAll(toList(EXTREMES));
        probes.add(extra);
        for (double e : intervals.endpoints()) {
            probes.add(e);
            probes.add(Math.nextUp(e));
            probes.add(Math.nextDown(e));
            probes.add(-e);
        }
        return probes;
    }

    @Test
    void number_intervals_contain_exactly_what_the_condition_accepts() {
        laws().forAll(numberConditions(), finiteNumbers()).checkAssert((condition, extra) -> {
            NumberIntervals intervals = condition.intervals();
            for (double v : probes(intervals, extra)) {
                assertThat(intervals.contains(v)).as("%s at %s", condition, v).isEqualTo(condition.test(v));
                assertThat(intervals.test(v, ANY_CONTEXT)).isEqualTo(condition.test((Double) v, ANY_CONTEXT));
            }
            assertThat(intervals.contains(Double.NaN)).isFalse();
        });
    }

    @Test
    void number_complement_is_the_exact_negation() {
        laws().forAll(numberConditions(), numberConditions(), finiteNumbers()).checkAssert((a, b, extra) -> {
            NumberIntervals union = a.intervals().union(b.intervals());
            NumberIntervals complement = union.complement();
            for (double v : probes(union, extra)) {
                assertThat(complement.contains(v)).as("not %s at %s", union, v).isEqualTo(!union.contains(v));
            }
            assertThat(complement.complement()).isEqualTo(union);
            assertThat(complement.contains(Double.NaN)).isFalse();
        });
    }

    @Test
    void number_intersection_and_union_are_and_and_or() {
        laws().forAll(numberConditions(), numberConditions(), finiteNumbers()).checkAssert((a, b, extra) -> {
            NumberIntervals both = a.intervals().intersect(b.intervals());
            NumberIntervals either = a.intervals().union(b.intervals());
            List<Double> probes = probes(either, extra);
            probes.addAll(probes(both, extra));
            for (double v : probes) {
                assertThat(both.contains(v)).as("%s and %s at %s", a, b, v).isEqualTo(a.test(v) && b.test(v));
                assertThat(either.contains(v)).as("%s or %s at %s", a, b, v).isEqualTo(a.test(v) || b.test(v));
            }
        });
    }

    @Test
    void number_intervals_are_sorted_and_disjoint() {
        laws().forAll(numberConditions(), numberConditions()).checkAssert((a, b) -> {
            List<NumberIntervals.Interval> list =
                    a.intervals().union(b.intervals()).complement().intervals();
            for (int i = 1; i < list.size(); i++) {
                assertThat(list.get(i - 1).highestIncluded())
                        .isLessThan(list.get(i).lowestIncluded());
            }
        });
    }

    private static Gen<TimePoint> timePoints() {
        Gen<Long> seconds = longs().between(-3_000_000_000L, 3_000_000_000L);
        Gen<Integer> nanos = integers().between(0, 2).map(i -> i == 2 ? 999_999_999 : i);
        return integers().between(0, 6).zip(seconds, nanos, (kind, s, nano) -> switch (kind) {
            case 0 -> TimePoint.at(Instant.ofEpochSecond(s, nano));
            case 1 -> TimePoint.on(LocalDate.ofEpochDay(Math.floorDiv(s, 86_400L)));
            case 2 -> TimePoint.now();
            case 3 -> TimePoint.today();
            case 4 -> TimePoint.ago(Duration.ofSeconds(Math.abs(s) + 1, nano));
            case 5 -> TimePoint.ahead(Duration.ofSeconds(Math.abs(s) + 1, nano));
            default -> TimePoint.ago(Period.ofMonths((int) Math.floorMod(s, 40L) + 1));
        });
    }

    private static Gen<InstantCondition> instantConditions() {
        Gen<TimePoint> p = timePoints();
        Gen<Long> seconds = longs().between(1, 4_000_000_000L);
        return integers().between(0, 3).zip(p, p, seconds, (kind, a, b, s) -> instant(kind, a, b, s));
    }

    private static InstantCondition instant(int kind, TimePoint a, TimePoint b, long seconds) {
        return switch (kind) {
            case 0 -> new InstantCondition.Before(a);
            case 1 -> new InstantCondition.After(a);
            case 2 ->
                a instanceof TimePoint.Fixed && b instanceof TimePoint.Fixed
                        ? new InstantCondition.Before(a)
                        : new InstantCondition.Between(a, b);
            default -> new InstantCondition.Within(Duration.ofSeconds(seconds));
        };
    }

    private static Gen<EvaluationContext> contexts() {
        Gen<ZoneId> zones = Generate.pick(List.of(
                ZoneId.of("UTC"),
                ZoneId.of("Europe/Berlin"),
                ZoneId.of("America/New_York"),
                ZoneId.of("Asia/Kolkata")));
        return longs().between(-2_000_000_000L, 2_000_000_000L)
                .zip(zones, (s, zone) -> EvaluationContext.asOf(Instant.ofEpochSecond(s), zone));
    }

    @Test
    void instant_bounds_contain_exactly_what_the_condition_accepts() {
        laws().forAll(instantConditions(), contexts(), longs().between(-4_000_000_000L, 4_000_000_000L))
                .checkAssert((condition, context, extra) -> {
                    InstantBounds bounds = condition.bounds();
                    InstantBounds.Resolved resolved = bounds.resolve(context);
                    List<Instant> probes = new ArrayList<>(List.of(
                            Instant.ofEpochSecond(extra), context.asOf(), Instant.MIN, Instant.MAX, Instant.EPOCH));
                    for (Instant edge : List.of(resolved.lower(), resolved.upper())) {
                        probes.add(edge);
                        if (edge.isAfter(Instant.MIN)) {
                            probes.add(edge.minusNanos(1));
                        }
                        if (edge.isBefore(Instant.MAX)) {
                            probes.add(edge.plusNanos(1));
                        }
                    }
                    for (Instant v : probes) {
                        boolean expected = reference(condition, v, context);
                        assertThat(bounds.contains(v, context))
                                .as("%s at %s", condition, v)
                                .isEqualTo(expected);
                        assertThat(resolved.contains(v))
                                .as("%s resolved at %s", condition, v)
                                .isEqualTo(expected);
                        assertThat(condition.test(v, context)).isEqualTo(expected);
                    }
                    assertThat(bounds.isRelative())
                            .isEqualTo(!(condition instanceof InstantCondition.Before b && fixed(b.point())
                                    || condition instanceof InstantCondition.After a && fixed(a.point())
                                    || condition instanceof InstantCondition.Between w
                                            && fixed(w.from())
                                            && fixed(w.to())));
                });
    }

    private static boolean fixed(TimePoint p) {
        return p instanceof TimePoint.Fixed || p instanceof TimePoint.StartOfDay;
    }

    /** The meaning of each instant operator, as its javadoc states it. */
    private static boolean reference(InstantCondition c, Instant v, EvaluationContext context) {
        if (c instanceof InstantCondition.Before b) {
            return v.isBefore(b.point().resolve(context));
        }
        if (c instanceof InstantCondition.After a) {
            return v.isAfter(a.point().resolve(context));
        }
        if (c instanceof InstantCondition.Between w) {
            return !v.isBefore(w.from().resolve(context)) && !v.isAfter(w.to().resolve(context));
        }
        Duration d = ((InstantCondition.Within) c).duration();
        Instant asOf = context.asOf();
        Instant from = TimePoint.ago(d).resolve(context);
        return !v.isAfter(asOf) && !v.isBefore(from);
    }

    private static final List<String> WORDS = List.of("", "a", "A", "ab", "Ab", "ba", "abc", "ÄB", "äb", "x", "DE");

    private static Gen<String> words() {
        return Generate.pick(WORDS).zip(Generate.pick(WORDS), (a, b) -> a + b);
    }

    private static Gen<TextCondition> textConditions() {
        return integers()
                .between(0, 5)
                .zip(words(), words(), Generate.booleans(), (kind, a, b, ignoreCase) -> switch (kind) {
                    case 0 -> new TextCondition.Is(a, ignoreCase);
                    case 1 -> TextCondition.In.of(List.of(a, b), ignoreCase);
                    case 2 -> new TextCondition.StartsWith(a, ignoreCase);
                    case 3 -> new TextCondition.EndsWith(a, ignoreCase);
                    case 4 -> new TextCondition.Contains(a, ignoreCase);
                    default -> TextCondition.Matches.of(a.isEmpty() ? "a*" : a + ".*", ignoreCase);
                });
    }

    @Test
    void text_match_accepts_exactly_what_the_condition_accepts() {
        laws().forAll(textConditions(), words(), words()).checkAssert((condition, x, y) -> {
            TextMatch match = condition.match();
            for (String v :
                    List.of(x, y, x + y, x.toUpperCase(java.util.Locale.ROOT), y.toLowerCase(java.util.Locale.ROOT))) {
                assertThat(match.accepts(v)).as("%s at '%s'", condition, v).isEqualTo(condition.test(v, ANY_CONTEXT));
            }
            for (String operand : match.operands()) {
                assertThat(match.accepts(operand) || match.kind() == TextMatch.Kind.REGEX)
                        .as("%s accepts its own operand", match)
                        .isTrue();
            }
        });
    }

    private static Gen<Set<String>> sets() {
        return integers().between(0, 15).map(bits -> {
            ImmutableSet.Builder<String> set = ImmutableSet.builder();
            for (int i = 0; i < 4; i++) {
                if ((bits & (1 << i)) != 0) {
                    set.add(List.of("a", "b", "c", "A").get(i));
                }
            }
            return set.build();
        });
    }

    private static Gen<SetCondition> setConditions() {
        Gen<Set<String>> nonEmpty = sets().assuming(s -> !s.isEmpty());
        return integers().between(0, 3).zip(nonEmpty, (kind, elements) -> switch (kind) {
            case 0 -> new SetCondition.Contains(elements.iterator().next());
            case 1 -> new SetCondition.ContainsAny(ImmutableSet.copyOf(elements));
            case 2 -> new SetCondition.ContainsAll(ImmutableSet.copyOf(elements));
            default -> new SetCondition.IsEmpty();
        });
    }

    @Test
    void set_match_accepts_exactly_what_the_condition_accepts() {
        laws().forAll(setConditions(), sets())
                .checkAssert((condition, value) -> assertThat(condition.match().accepts(value))
                        .as("%s at %s", condition, value)
                        .isEqualTo(condition.test(value, ANY_CONTEXT)));
    }

    private static List<Double> toList(double[] values) {
        List<Double> list = new ArrayList<>(values.length);
        for (double v : values) {
            list.add(v);
        }
        return list;
    }
}
