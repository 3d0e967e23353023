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
class LoyaltyPointsContractTest extends AttributeContract<LoyaltyAccount, Double> {

    @Override
    protected NumberAttribute<LoyaltyAccount> attribute() {
        return LoyaltyAccountAttributes.loyaltyPoints();
    }

    @Override
    protected Attribute<LoyaltyAccount, ?> otherAttribute() {
        return Attribute.number("status_points", LoyaltyAccount::points);
    }

    @Override
    protected List<Sample<LoyaltyAccount, Double>> samples() {
        return List.of(
                reads(LoyaltyAccount.withPoints("a-1", 1_200), 1_200.0),
                reads(LoyaltyAccount.withPoints("a-2", 0), 0.0),
                readsMissing(LoyaltyAccount.withPoints("a-3", null)));
    }

    @Override
    protected Optional<AttributeRegistry<LoyaltyAccount>> registry() {
        return Optional.of(AttributeRegistry.<LoyaltyAccount>empty().with(LoyaltyAccountAttributes.loyaltyPoints()));
    }
}
