package io.segmentation.testkit;

import java.time.Instant;
import java.util.Set;

/**
 * A user's own subject type, as the tests of the test kit see one: a loyalty account with a field for every attribute
 * family ({@link LoyaltyAccountAttributes}). Every field may be null (missing).
 */
record LoyaltyAccount(String id, Integer points, String tier, Boolean vip, Instant memberSince, Set<String> badges) {

    static LoyaltyAccount withPoints(String id, Integer points) {
        return new LoyaltyAccount(id, points, null, null, null, null);
    }

    static LoyaltyAccount empty(String id) {
        return new LoyaltyAccount(id, null, null, null, null, null);
    }
}
