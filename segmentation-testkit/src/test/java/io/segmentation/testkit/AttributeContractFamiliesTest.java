package io.segmentation.testkit;

import io.segmentation.Attributes;
import io.segmentation.attribute.Attribute;
import io.segmentation.attribute.AttributeRegistry;
import io.segmentation.customer.Customer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Nested;

/**
 * {@link AttributeContract} run against an attribute of every family over the user type {@link LoyaltyAccount}, and
 * against built-in customer attributes: the contract fits them all, and the built-ins keep it.
 */
class AttributeContractFamiliesTest {

    private static final AttributeRegistry<LoyaltyAccount> ACCOUNTS = LoyaltyAccountAttributes.registry();

    private static LoyaltyAccount tier(String tier) {
        return new LoyaltyAccount("a-tier-" + tier, null, tier, null, null, null);
    }

    private static LoyaltyAccount vip(Boolean vip) {
        return new LoyaltyAccount("a-vip-" + vip, null, null, vip, null, null);
    }

    private static LoyaltyAccount since(Instant since) {
        return new LoyaltyAccount("a-since-" + since, null, null, null, since, null);
    }

    private static LoyaltyAccount badges(Set<String> badges) {
        return new LoyaltyAccount("a-badges-" + badges, null, null, null, null, badges);
    }

    @Nested
    class Texts extends AttributeContract<LoyaltyAccount, String> {
        @Override
        protected Attribute<LoyaltyAccount, String> attribute() {
            return LoyaltyAccountAttributes.tier();
        }

        @Override
        protected Attribute<LoyaltyAccount, ?> otherAttribute() {
            return Attribute.text("tier_name", LoyaltyAccount::tier);
        }

        @Override
        protected List<Sample<LoyaltyAccount, String>> samples() {
            // The empty text is present, not missing.
            return List.of(reads(tier("Gold"), "Gold"), reads(tier(""), ""), readsMissing(tier(null)));
        }

        @Override
        protected Optional<AttributeRegistry<LoyaltyAccount>> registry() {
            return Optional.of(ACCOUNTS);
        }
    }

    @Nested
    class Booleans extends AttributeContract<LoyaltyAccount, Boolean> {
        @Override
        protected Attribute<LoyaltyAccount, Boolean> attribute() {
            return LoyaltyAccountAttributes.vip();
        }

        @Override
        protected Attribute<LoyaltyAccount, ?> otherAttribute() {
            return Attribute.bool("premium", LoyaltyAccount::vip);
        }

        @Override
        protected List<Sample<LoyaltyAccount, Boolean>> samples() {
            return List.of(reads(vip(true), true), reads(vip(false), false), readsMissing(vip(null)));
        }

        @Override
        protected Optional<AttributeRegistry<LoyaltyAccount>> registry() {
            return Optional.of(ACCOUNTS);
        }
    }

    @Nested
    class Instants extends AttributeContract<LoyaltyAccount, Instant> {
        private final Instant recently = TestKit.DEFAULT_AS_OF.minus(Duration.ofDays(12));
        private final Instant longAgo = Instant.parse("2020-02-29T12:30:00.5Z");

        @Override
        protected Attribute<LoyaltyAccount, Instant> attribute() {
            return LoyaltyAccountAttributes.memberSince();
        }

        @Override
        protected Attribute<LoyaltyAccount, ?> otherAttribute() {
            return Attribute.instant("last_login", LoyaltyAccount::memberSince);
        }

        @Override
        protected List<Sample<LoyaltyAccount, Instant>> samples() {
            return List.of(reads(since(recently), recently), reads(since(longAgo), longAgo), readsMissing(since(null)));
        }

        @Override
        protected Optional<AttributeRegistry<LoyaltyAccount>> registry() {
            return Optional.of(ACCOUNTS);
        }
    }

    @Nested
    class Sets extends AttributeContract<LoyaltyAccount, Set<String>> {
        @Override
        protected Attribute<LoyaltyAccount, Set<String>> attribute() {
            return LoyaltyAccountAttributes.badges();
        }

        @Override
        protected Attribute<LoyaltyAccount, ?> otherAttribute() {
            return Attribute.set("labels", LoyaltyAccount::badges);
        }

        @Override
        protected List<Sample<LoyaltyAccount, Set<String>>> samples() {
            // The empty set is present, not missing.
            return List.of(
                    reads(badges(Set.of("early", "referrer")), Set.of("early", "referrer")),
                    reads(badges(Set.of()), Set.of()),
                    readsMissing(badges(null)));
        }

        @Override
        protected Optional<AttributeRegistry<LoyaltyAccount>> registry() {
            return Optional.of(ACCOUNTS);
        }
    }

    /** Without a registry the text checks are skipped, the rest still run. */
    @Nested
    class WithoutRegistry extends AttributeContract<LoyaltyAccount, Double> {
        @Override
        protected Attribute<LoyaltyAccount, Double> attribute() {
            return LoyaltyAccountAttributes.loyaltyPoints();
        }

        @Override
        protected Attribute<LoyaltyAccount, ?> otherAttribute() {
            return LoyaltyAccountAttributes.vip();
        }

        @Override
        protected List<Sample<LoyaltyAccount, Double>> samples() {
            return List.of(
                    reads(LoyaltyAccount.withPoints("a-1", -5), -5.0), readsMissing(LoyaltyAccount.empty("a-2")));
        }
    }

    @Nested
    class BuiltInAverageOrderValue extends AttributeContract<Customer, Double> {
        @Override
        protected Attribute<Customer, Double> attribute() {
            return Attributes.averageOrderValue();
        }

        @Override
        protected Attribute<Customer, ?> otherAttribute() {
            return Attributes.averageOrderValue().inLast(Duration.ofDays(30));
        }

        @Override
        protected List<Sample<Customer, Double>> samples() {
            // Every sample order is 59.90; a customer without orders has no average.
            return List.of(
                    reads(AssertionSamples.ANNA, 59.9),
                    reads(AssertionSamples.BOB, 59.9),
                    readsMissing(AssertionSamples.NOBODY));
        }

        @Override
        protected Optional<AttributeRegistry<Customer>> registry() {
            return Optional.of(AttributeRegistry.builtIn());
        }
    }

    @Nested
    class BuiltInWindowedPurchases extends AttributeContract<Customer, Double> {
        @Override
        protected Attribute<Customer, Double> attribute() {
            return Attributes.purchases().inLast(Duration.ofDays(90));
        }

        @Override
        protected Attribute<Customer, ?> otherAttribute() {
            return Attributes.purchases().inLast(Duration.ofDays(91));
        }

        @Override
        protected boolean canBeMissing() {
            return false;
        }

        @Override
        protected List<Sample<Customer, Double>> samples() {
            // 90 days before 2026-01-01 is 2025-10-03: Anna's 2025-12-02 order and Bob's 2025-12-01 one count.
            return List.of(
                    reads(AssertionSamples.ANNA, 1.0),
                    reads(AssertionSamples.BOB, 1.0),
                    reads(AssertionSamples.NOBODY, 0.0));
        }

        @Override
        protected Optional<AttributeRegistry<Customer>> registry() {
            return Optional.of(AttributeRegistry.builtIn());
        }
    }
}
