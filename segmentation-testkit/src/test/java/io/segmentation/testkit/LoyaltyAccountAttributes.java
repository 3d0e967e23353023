package io.segmentation.testkit;

import io.segmentation.attribute.Attribute;
import io.segmentation.attribute.AttributeRegistry;
import io.segmentation.attribute.BooleanAttribute;
import io.segmentation.attribute.InstantAttribute;
import io.segmentation.attribute.NumberAttribute;
import io.segmentation.attribute.SetAttribute;
import io.segmentation.attribute.TextAttribute;

/** A user's own attributes over {@link LoyaltyAccount}, one of every family, each built afresh on every call. */
final class LoyaltyAccountAttributes {

    private LoyaltyAccountAttributes() {}

    static NumberAttribute<LoyaltyAccount> loyaltyPoints() {
        return Attribute.number("loyalty_points", LoyaltyAccount::points);
    }

    static TextAttribute<LoyaltyAccount> tier() {
        return Attribute.text("tier", LoyaltyAccount::tier);
    }

    static BooleanAttribute<LoyaltyAccount> vip() {
        return Attribute.bool("vip", LoyaltyAccount::vip);
    }

    static InstantAttribute<LoyaltyAccount> memberSince() {
        return Attribute.instant("member_since", LoyaltyAccount::memberSince);
    }

    static SetAttribute<LoyaltyAccount> badges() {
        return Attribute.set("badges", LoyaltyAccount::badges);
    }

    /** Every attribute of the account by its name. */
    static AttributeRegistry<LoyaltyAccount> registry() {
        return AttributeRegistry.<LoyaltyAccount>empty()
                .with(loyaltyPoints())
                .with(tier())
                .with(vip())
                .with(memberSince())
                .with(badges());
    }
}
