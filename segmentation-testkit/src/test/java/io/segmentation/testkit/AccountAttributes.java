package io.segmentation.testkit;

import io.segmentation.attribute.Attribute;
import io.segmentation.attribute.AttributeRegistry;
import io.segmentation.attribute.BooleanAttribute;
import io.segmentation.attribute.InstantAttribute;
import io.segmentation.attribute.NumberAttribute;
import io.segmentation.attribute.SetAttribute;
import io.segmentation.attribute.TextAttribute;

/** A user's own attributes over {@link Account}, one of every family, each built afresh on every call. */
final class AccountAttributes {

    private AccountAttributes() {}

    static NumberAttribute<Account> loyaltyPoints() {
        return Attribute.number("loyalty_points", Account::points);
    }

    static TextAttribute<Account> tier() {
        return Attribute.text("tier", Account::tier);
    }

    static BooleanAttribute<Account> vip() {
        return Attribute.bool("vip", Account::vip);
    }

    static InstantAttribute<Account> memberSince() {
        return Attribute.instant("member_since", Account::memberSince);
    }

    static SetAttribute<Account> badges() {
        return Attribute.set("badges", Account::badges);
    }

    /** Every attribute of the account by its name. */
    static AttributeRegistry<Account> registry() {
        return AttributeRegistry.<Account>empty()
                .with(loyaltyPoints())
                .with(tier())
                .with(vip())
                .with(memberSince())
                .with(badges());
    }
}
