package io.segmentation.testkit;

import io.segmentation.Attributes;
import io.segmentation.Criterion;
import io.segmentation.CustomPredicate;
import io.segmentation.customer.Customer;
import java.time.DayOfWeek;
import java.util.List;

/**
 * An example of {@link CustomPredicateContract}: a custom criterion over customers that the criterion tree cannot
 * express — "ordered on a weekend, in the evaluation context's zone". JUnit runs every check against it.
 */
class WeekendBuyersContractTest extends CustomPredicateContract<Customer> {

    /** One predicate object, so that every construction of the criterion is equal. */
    private static final CustomPredicate<Customer> ORDERED_ON_A_WEEKEND =
            (customer, context) -> customer.ordersUpTo(context.asOf()).stream()
                    .map(o -> o.instant().atZone(context.zone()).getDayOfWeek())
                    .anyMatch(d -> d == DayOfWeek.SATURDAY || d == DayOfWeek.SUNDAY);

    static Criterion<Customer> weekendBuyers() {
        return Attributes.custom("weekend_buyer", ORDERED_ON_A_WEEKEND);
    }

    @Override
    protected Criterion<Customer> criterion() {
        return weekendBuyers();
    }

    @Override
    protected List<Customer> satisfying() {
        // Bob ordered on Saturday 2025-03-01.
        return List.of(AssertionSamples.BOB);
    }

    @Override
    protected List<Customer> notSatisfying() {
        // Anna's only order is on Tuesday 2025-12-02; Nobody has none.
        return List.of(AssertionSamples.ANNA, AssertionSamples.NOBODY);
    }
}
