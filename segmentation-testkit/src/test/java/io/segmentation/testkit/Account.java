package io.segmentation.testkit;

import java.time.Instant;
import java.util.Set;

/**
 * A user's own subject type, as the tests of the test kit see one: a loyalty account with a field for every attribute
 * family ({@link AccountAttributes}). Every field may be null (missing).
 */
record Account(String id, Integer points, String tier, Boolean vip, Instant memberSince, Set<String> badges) {

    static Account withPoints(String id, Integer points) {
        return new Account(id, points, null, null, null, null);
    }

    static Account empty(String id) {
        return new Account(id, null, null, null, null, null);
    }
}
