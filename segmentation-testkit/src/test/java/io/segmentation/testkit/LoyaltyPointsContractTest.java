package io.segmentation.testkit;

import io.segmentation.attribute.Attribute;
import io.segmentation.attribute.AttributeRegistry;
import io.segmentation.attribute.NumberAttribute;
import java.util.List;
import java.util.Optional;

/**
 * The example of {@link AttributeContract}'s javadoc: a user's number attribute over their own type, registered for
 * text. JUnit runs every check of the contract against it.
 */
class LoyaltyPointsContractTest extends AttributeContract<Account, Double> {

    @Override
    protected NumberAttribute<Account> attribute() {
        return AccountAttributes.loyaltyPoints();
    }

    @Override
    protected Attribute<Account, ?> otherAttribute() {
        return Attribute.number("status_points", Account::points);
    }

    @Override
    protected List<Sample<Account, Double>> samples() {
        return List.of(
                reads(Account.withPoints("a-1", 1_200), 1_200.0),
                reads(Account.withPoints("a-2", 0), 0.0),
                readsMissing(Account.withPoints("a-3", null)));
    }

    @Override
    protected Optional<AttributeRegistry<Account>> registry() {
        return Optional.of(AttributeRegistry.<Account>empty().with(AccountAttributes.loyaltyPoints()));
    }
}
