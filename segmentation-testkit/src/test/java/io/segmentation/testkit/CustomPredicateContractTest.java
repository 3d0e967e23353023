package io.segmentation.testkit;

import static io.segmentation.Attributes.age;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.segmentation.Attributes;
import io.segmentation.Criterion;
import io.segmentation.customer.Customer;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

/**
 * The contract catches broken custom criteria: each broken subclass below is run check by check, and the checks that
 * should catch it fail with a message that says what is wrong. The subclasses are not run by JUnit themselves.
 */
class CustomPredicateContractTest {

    /** A correct custom criterion passes every check: the failures below come from the breakage, not the harness. */
    @Test
    void a_correct_custom_criterion_passes_every_check() {
        assertThat(ContractChecks.failures(new WeekendBuyersContractTest())).isEmpty();
    }

    @Test
    void a_new_predicate_on_every_construction_fails_the_equality_check() {
        assertThat(ContractChecks.failures(new NewPredicateEveryTime()).keySet())
                .containsExactly("two_constructions_are_equal_with_equal_hash_codes");
    }

    @Test
    void the_equality_failure_says_to_keep_the_predicate_in_a_constant() {
        assertThatThrownBy(new NewPredicateEveryTime()::two_constructions_are_equal_with_equal_hash_codes)
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(
                        "a second construction of custom 'min_orders' (keep the predicate in a constant)");
    }

    @Test
    void a_wrong_answer_fails_the_satisfying_check() {
        assertThatThrownBy(new WrongAnswer()::holds_for_the_satisfying_subjects)
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("custom 'weekend_buyer' for " + AssertionSamples.ANNA);
    }

    @Test
    void a_wrong_answer_fails_the_other_subjects_check() {
        assertThatThrownBy(new WrongAnswer()::does_not_hold_for_the_other_subjects)
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("custom 'weekend_buyer' for " + AssertionSamples.BOB);
    }

    @Test
    void a_predicate_that_changes_its_mind_fails_the_repeatability_check() {
        assertThatThrownBy(new ChangesItsMind()::answers_are_repeatable)
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("custom 'coin' asked again for");
    }

    @Test
    void a_criterion_that_is_not_custom_fails_the_kind_check() {
        assertThatThrownBy(new NotCustom()::is_a_named_custom_criterion)
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("criterion()");
    }

    @Test
    void a_criterion_that_is_not_custom_is_pointed_to_the_attribute_contract() {
        assertThatThrownBy(new NotCustom()::printing_as_text_fails_naming_it)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("test attributes with AttributeContract");
    }

    @Test
    void samples_without_a_subject_out_fail_the_sample_check() {
        assertThatThrownBy(new NoSubjectOut()::samples_include_a_subject_in_and_one_out)
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("notSatisfying()");
    }

    /** A base for broken custom criteria: the weekend-buyer samples. */
    abstract static class BrokenCriterion extends CustomPredicateContract<Customer> {
        @Override
        protected Criterion<Customer> criterion() {
            return WeekendBuyersContractTest.weekendBuyers();
        }

        @Override
        protected List<Customer> satisfying() {
            return List.of(AssertionSamples.BOB);
        }

        @Override
        protected List<Customer> notSatisfying() {
            return List.of(AssertionSamples.ANNA, AssertionSamples.NOBODY);
        }
    }

    @Disabled("run check by check by CustomPredicateContractTest, which expects failures")
    static class NewPredicateEveryTime extends BrokenCriterion {
        /** The usual slip: a factory whose lambda captures its argument is a new object on every call. */
        static Criterion<Customer> minOrders(int n) {
            return Attributes.custom(
                    "min_orders", (customer, context) -> customer.orders().size() >= n);
        }

        @Override
        protected Criterion<Customer> criterion() {
            return minOrders(4);
        }
    }

    @Disabled("run check by check by CustomPredicateContractTest, which expects failures")
    static class WrongAnswer extends BrokenCriterion {
        @Override
        protected List<Customer> satisfying() {
            return List.of(AssertionSamples.ANNA);
        }

        @Override
        protected List<Customer> notSatisfying() {
            return List.of(AssertionSamples.BOB);
        }
    }

    @Disabled("run check by check by CustomPredicateContractTest, which expects failures")
    static class ChangesItsMind extends BrokenCriterion {
        private static final AtomicInteger CALLS = new AtomicInteger();
        private static final Criterion<Customer> COIN =
                Attributes.custom("coin", (customer, context) -> CALLS.incrementAndGet() % 2 == 0);

        @Override
        protected Criterion<Customer> criterion() {
            return COIN;
        }
    }

    @Disabled("run check by check by CustomPredicateContractTest, which expects failures")
    static class NotCustom extends BrokenCriterion {
        @Override
        protected Criterion<Customer> criterion() {
            return age().atLeast(18);
        }
    }

    @Disabled("run check by check by CustomPredicateContractTest, which expects failures")
    static class NoSubjectOut extends BrokenCriterion {
        @Override
        protected List<Customer> notSatisfying() {
            return List.of();
        }
    }
}
