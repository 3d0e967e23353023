package io.segmentation.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.segmentation.EvaluationContext;
import io.segmentation.attribute.Attribute;
import io.segmentation.attribute.AttributeRegistry;
import io.segmentation.attribute.NumberAttribute;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

/**
 * The contract catches broken attributes: each broken subclass below is run check by check, and the checks that
 * should catch it fail with a message that says what is wrong. The subclasses are not run by JUnit themselves.
 */
class AttributeContractTest {

    private static final LoyaltyAccount RICH = LoyaltyAccount.withPoints("a-1", 1_200);
    private static final LoyaltyAccount NONE = LoyaltyAccount.withPoints("a-3", null);

    /** A correct attribute passes every check: the failures below come from the breakage, not the harness. */
    @Test
    void a_correct_attribute_passes_every_check() {
        assertThat(ContractChecks.failures(new LoyaltyPointsContractTest())).isEmpty();
    }

    @Test
    void missing_data_read_as_zero_fails_the_reading_check() {
        assertThatThrownBy(new MissingReadsAsZero()::reads_the_expected_value_of_every_sample)
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("loyalty_points read from " + NONE)
                .hasMessageContaining("Optional[0.0]")
                .hasMessageContaining("Optional.empty");
    }

    @Test
    void missing_data_read_as_zero_also_fails_presence_and_explanation_checks() {
        assertThat(ContractChecks.failures(new MissingReadsAsZero()).keySet())
                .contains(
                        "reads_the_expected_value_of_every_sample",
                        "presence_criteria_follow_the_samples",
                        "comparisons_are_false_on_a_missing_value",
                        "every_explanation_names_the_attribute");
    }

    @Test
    void a_getter_that_throws_on_missing_data_fails_the_reading_check() {
        assertThatThrownBy(new ThrowsOnMissingData()::reads_the_expected_value_of_every_sample)
                .isInstanceOf(io.segmentation.attribute.AttributeReadException.class)
                .hasCauseInstanceOf(NullPointerException.class);
    }

    @Test
    void an_other_attribute_with_the_same_name_fails_the_difference_check() {
        assertThat(ContractChecks.failures(new SameNameAsTheOther()).keySet())
                .containsExactly("differs_from_the_other_attribute");
    }

    @Test
    void a_parameter_without_equals_fails_the_equality_check() {
        assertThatThrownBy(new ParameterWithoutEquals()::two_constructions_are_equal_with_equal_hash_codes)
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("a second construction of points_since(")
                .hasMessageContaining("must have equals");
    }

    @Test
    void a_reading_that_changes_fails_the_repeatability_check() {
        assertThatThrownBy(new ChangesOnEveryRead()::reading_twice_gives_the_same_value)
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("loyalty_points read a second time from " + RICH);
    }

    @Test
    void samples_without_a_missing_value_fail_the_sample_check() {
        assertThatThrownBy(new NoMissingSample()::samples_include_a_present_and_a_missing_value)
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("need a missing value (readsMissing(subject)), or canBeMissing() false");
    }

    @Test
    void a_missing_sample_of_an_attribute_that_cannot_be_missing_fails_the_sample_check() {
        assertThatThrownBy(new MissingSampleThoughNeverMissing()::samples_include_a_present_and_a_missing_value)
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("which canBeMissing() says is never missing");
    }

    @Test
    void a_registry_without_the_attribute_fails_the_registration_check() {
        assertThatThrownBy(new NotRegistered()::is_registered_under_its_name)
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("loyalty_points in AttributeRegistry[attributes=[tier]");
    }

    @Test
    void a_registry_without_the_attribute_fails_the_round_trip_saying_the_text_does_not_parse() {
        assertThatThrownBy(new NotRegistered()::every_criterion_round_trips_through_text)
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(
                        "[loyalty_points IS PRESENT parsed back] the text does not parse with registry()");
    }

    @Test
    void a_registry_naming_another_attribute_fails_the_round_trip() {
        assertThatThrownBy(new RegisteredAsAnotherAttribute()::every_criterion_round_trips_through_text)
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("[loyalty_points IS PRESENT parsed back]");
    }

    @Test
    void without_a_registry_the_text_checks_are_skipped() {
        assertThatThrownBy(new ThrowsOnMissingData()::every_criterion_round_trips_through_text)
                .isInstanceOf(TestAbortedException.class)
                .hasMessageContaining("no registry()");
    }

    /** A base for broken loyalty-point attributes: correct samples, no registry. */
    abstract static class BrokenPoints extends AttributeContract<LoyaltyAccount, Double> {
        @Override
        protected Attribute<LoyaltyAccount, ?> otherAttribute() {
            return Attribute.number("status_points", LoyaltyAccount::points);
        }

        @Override
        protected List<Sample<LoyaltyAccount, Double>> samples() {
            return List.of(reads(RICH, 1_200.0), readsMissing(NONE));
        }
    }

    @Disabled("run check by check by AttributeContractTest, which expects failures")
    static class MissingReadsAsZero extends BrokenPoints {
        @Override
        protected Attribute<LoyaltyAccount, Double> attribute() {
            return Attribute.number("loyalty_points", a -> a.points() == null ? 0 : a.points());
        }
    }

    @Disabled("run check by check by AttributeContractTest, which expects failures")
    static class ThrowsOnMissingData extends BrokenPoints {
        @Override
        protected Attribute<LoyaltyAccount, Double> attribute() {
            return Attribute.number("loyalty_points", a -> a.points().doubleValue());
        }
    }

    @Disabled("run check by check by AttributeContractTest, which expects failures")
    static class SameNameAsTheOther extends BrokenPoints {
        @Override
        protected Attribute<LoyaltyAccount, Double> attribute() {
            return LoyaltyAccountAttributes.loyaltyPoints();
        }

        @Override
        protected Attribute<LoyaltyAccount, ?> otherAttribute() {
            return Attribute.number("loyalty_points", a -> a.points() == null ? null : a.points() * 2);
        }
    }

    @Disabled("run check by check by AttributeContractTest, which expects failures")
    static class ParameterWithoutEquals extends BrokenPoints {
        @Override
        protected Attribute<LoyaltyAccount, Double> attribute() {
            return new NumberAttribute<>("points_since", List.of(new Object())) {
                @Override
                public double readDouble(LoyaltyAccount subject, EvaluationContext context) {
                    return subject.points() == null ? Double.NaN : subject.points();
                }
            };
        }
    }

    @Disabled("run check by check by AttributeContractTest, which expects failures")
    static class ChangesOnEveryRead extends BrokenPoints {
        private final AtomicInteger reads = new AtomicInteger();

        @Override
        protected Attribute<LoyaltyAccount, Double> attribute() {
            return Attribute.number("loyalty_points", a -> a.points() == null ? null : reads.incrementAndGet());
        }
    }

    @Disabled("run check by check by AttributeContractTest, which expects failures")
    static class NoMissingSample extends BrokenPoints {
        @Override
        protected Attribute<LoyaltyAccount, Double> attribute() {
            return LoyaltyAccountAttributes.loyaltyPoints();
        }

        @Override
        protected List<Sample<LoyaltyAccount, Double>> samples() {
            return List.of(reads(RICH, 1_200.0));
        }
    }

    @Disabled("run check by check by AttributeContractTest, which expects failures")
    static class MissingSampleThoughNeverMissing extends BrokenPoints {
        @Override
        protected Attribute<LoyaltyAccount, Double> attribute() {
            return LoyaltyAccountAttributes.loyaltyPoints();
        }

        @Override
        protected boolean canBeMissing() {
            return false;
        }
    }

    @Disabled("run check by check by AttributeContractTest, which expects failures")
    static class NotRegistered extends BrokenPoints {
        @Override
        protected Attribute<LoyaltyAccount, Double> attribute() {
            return LoyaltyAccountAttributes.loyaltyPoints();
        }

        @Override
        protected Optional<AttributeRegistry<LoyaltyAccount>> registry() {
            return Optional.of(AttributeRegistry.<LoyaltyAccount>empty().with(LoyaltyAccountAttributes.tier()));
        }
    }

    @Disabled("run check by check by AttributeContractTest, which expects failures")
    static class RegisteredAsAnotherAttribute extends BrokenPoints {
        @Override
        protected Attribute<LoyaltyAccount, Double> attribute() {
            return LoyaltyAccountAttributes.loyaltyPoints();
        }

        @Override
        protected Optional<AttributeRegistry<LoyaltyAccount>> registry() {
            return Optional.of(AttributeRegistry.<LoyaltyAccount>empty()
                    .with("loyalty_points", arguments -> Attribute.number("points", LoyaltyAccount::points)));
        }
    }
}
