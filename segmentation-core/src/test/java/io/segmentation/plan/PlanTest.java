package io.segmentation.plan;

import static io.segmentation.Attributes.allOf;
import static io.segmentation.Attributes.anyOf;
import static io.segmentation.Attributes.inSegment;
import static io.segmentation.Attributes.not;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.NullPointerTester;
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
import io.segmentation.attribute.NumberAttribute;
import io.segmentation.attribute.TextAttribute;
import io.segmentation.engine.SegmentMatcher;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanTest {

    record Account(Double points, String plan) {}

    private static final NumberAttribute<Account> POINTS = Attribute.number("points", Account::points);
    private static final TextAttribute<Account> PLAN = Attribute.text("plan", Account::plan);
    private static final EvaluationContext CONTEXT = EvaluationContext.asOf(Instant.parse("2026-06-01T00:00:00Z"));
    private static final Account MISSING = new Account(null, null);

    @Test
    void a_comparison_leaf_holds_its_condition_in_normal_form() {
        Plan<Account> plan = Plan.of(POINTS.atLeast(10));

        assertThat(plan).isInstanceOf(Plan.Compare.class);
        Plan.Compare<?, ?> leaf = (Plan.Compare<?, ?>) plan;
        assertThat(leaf.attribute()).isEqualTo(POINTS);
        assertThat(leaf.form()).isEqualTo(NumberIntervals.of(NumberIntervals.Interval.atLeast(10)));
    }

    @Test
    void a_comparison_leaf_is_false_for_a_missing_value_and_true_under_not() {
        Plan.Leaf<Account> leaf = (Plan.Leaf<Account>) Plan.of(POINTS.atLeast(10));

        assertThat(leaf.holdsWhenMissing()).isFalse();
        assertThat(leaf.test(MISSING, CONTEXT)).isFalse();
        assertThat(Plan.of(not(POINTS.atLeast(10))).test(MISSING, CONTEXT)).isTrue();
    }

    @Test
    void a_presence_leaf_holds_for_a_missing_value_exactly_when_it_tests_missing() {
        Plan.Leaf<Account> missing = (Plan.Leaf<Account>) Plan.of(POINTS.isMissing());
        Plan.Leaf<Account> present = (Plan.Leaf<Account>) Plan.of(POINTS.isPresent());

        assertThat(missing.holdsWhenMissing()).isTrue();
        assertThat(present.holdsWhenMissing()).isFalse();
        assertThat(missing.test(MISSING, CONTEXT)).isTrue();
        assertThat(present.test(MISSING, CONTEXT)).isFalse();
    }

    @Test
    void a_segment_referred_to_twice_has_one_plan() {
        Segment<Account> gold = Segment.where(PLAN.is("gold")).named("gold");
        Criterion<Account> twice = anyOf(allOf(inSegment(gold), POINTS.atLeast(1)), inSegment(gold));

        Plan.Any<Account> any = (Plan.Any<Account>) Plan.of(twice);
        Plan.All<Account> all = (Plan.All<Account>) any.operands().get(0);

        assertThat(all.operands().get(0)).isSameAs(any.operands().get(1));
        assertThat(((Plan.Reference<Account>) any.operands().get(1)).segment()).isEqualTo(gold);
    }

    @Test
    void the_plan_decides_as_the_matcher_does() {
        Criterion<Account> criterion = anyOf(
                allOf(POINTS.between(1, 5), not(PLAN.in("gold", "silver"))),
                PLAN.startsWithIgnoringCase("PL"),
                POINTS.isMissing());
        Plan<Account> plan = Plan.of(criterion);
        SegmentMatcher<Account> matcher = SegmentMatcher.of(Segment.where(criterion));
        List<Account> accounts = new ArrayList<>();
        for (Double points : new Double[] {null, 0.0, 1.0, 5.0, 5.5}) {
            for (String p : new String[] {null, "gold", "bronze", "platinum"}) {
                accounts.add(new Account(points, p));
            }
        }

        for (Account a : accounts) {
            assertThat(plan.test(a, CONTEXT)).as("%s", a).isEqualTo(matcher.matches(a, CONTEXT));
        }
    }

    @Test
    void equal_criteria_give_equal_plans() {
        assertThat(Plan.of(allOf(POINTS.atLeast(1), PLAN.is("a"))))
                .isEqualTo(Plan.of(allOf(POINTS.atLeast(1), PLAN.is("a"))))
                .isNotEqualTo(Plan.of(allOf(POINTS.atLeast(2), PLAN.is("a"))));
    }

    @Test
    void a_leaf_refuses_a_normal_form_that_is_not_its_conditions() {
        Criterion.Comparison<Account, Double> comparison =
                (Criterion.Comparison<Account, Double>) (Criterion<?>) POINTS.atLeast(10);

        assertThatThrownBy(() -> new Plan.Compare<>(comparison, POINTS, NumberIntervals.all()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("normal form");
    }

    @Test
    void factories_reject_nulls() {
        NullPointerTester tester = new NullPointerTester()
                .setDefault(TimePoint.class, TimePoint.now())
                .setDefault(EvaluationContext.class, CONTEXT);
        tester.testAllPublicStaticMethods(Plan.class);
        tester.testAllPublicStaticMethods(NumberIntervals.class);
        tester.testAllPublicStaticMethods(InstantBounds.class);
        tester.testAllPublicStaticMethods(TextMatch.class);
        tester.testAllPublicStaticMethods(SetMatch.class);
        tester.testAllPublicInstanceMethods(new NumberCondition.Between(1, 2).intervals());
        tester.testAllPublicInstanceMethods(new InstantCondition.Before(TimePoint.now()).bounds());
        tester.testAllPublicInstanceMethods(new TextCondition.Is("a", false).match());
        tester.testAllPublicInstanceMethods(new SetCondition.IsEmpty().match());
        tester.testAllPublicInstanceMethods(new BooleanCondition.Is(true).match());
    }
}
