package io.segmentation.benchmarks.user;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The 200 segments written by hand as one {@code if} per segment, with short-circuit {@code &&}: the getters are read
 * once into locals, then each kind of segment's {@code if} is written once and run over that kind's 40 segments'
 * constants (a single method of 200 literal {@code if}s would exceed HotSpot's 8000-byte limit for JIT compilation,
 * {@code -XX:-DontCompileHugeMethods}, and so measure the interpreter). Answers go into a caller-owned bit set.
 *
 * <p>Immutable and thread-safe once built.
 */
public final class TwoHundredIfs {

    private final int[] ageAndCountry;
    private final int[] purchasesAndInterest;
    private final int[] spendAndTwoCountries;
    private final int[] interestOrYoung;
    private final int[] recentAndNewsletter;
    private final SegmentRule[] rules;

    private TwoHundredIfs(List<SegmentRule> rules) {
        this.rules = rules.toArray(new SegmentRule[0]);
        ageAndCountry = positions(rules, SegmentRule.Kind.AGE_AND_COUNTRY);
        purchasesAndInterest = positions(rules, SegmentRule.Kind.PURCHASES_AND_INTEREST);
        spendAndTwoCountries = positions(rules, SegmentRule.Kind.SPEND_AND_TWO_COUNTRIES);
        interestOrYoung = positions(rules, SegmentRule.Kind.INTEREST_OR_YOUNG);
        recentAndNewsletter = positions(rules, SegmentRule.Kind.RECENT_AND_NEWSLETTER);
    }

    /**
     * The hand-written checks of {@code rules}.
     *
     * @param rules the segments' constants, each rule's position its index in the list
     * @return the checks
     */
    public static TwoHundredIfs of(List<SegmentRule> rules) {
        for (int i = 0; i < rules.size(); i++) {
            if (rules.get(i).position() != i) {
                throw new IllegalArgumentException(
                        "rule at index " + i + " has position " + rules.get(i).position());
            }
        }
        return new TwoHundredIfs(rules);
    }

    /**
     * Sets bit {@code i} of {@code bits} exactly when {@code p} is in segment {@code i}, clearing the others.
     *
     * @param p the visitor
     * @param bits the caller's bit set, at least {@code (segments + 63) / 64} words
     */
    public void matchInto(Person p, long[] bits) {
        Arrays.fill(bits, 0L);
        int age = p.age();
        int purchases = p.purchases();
        String country = p.country();
        double spend = p.spend();
        boolean newsletter = p.newsletter();
        int days = p.daysSinceLastPurchase();
        Set<String> interests = p.interests();
        for (int i : ageAndCountry) {
            SegmentRule r = rules[i];
            if (age >= r.ageLow() && age <= r.ageHigh() && country.equals(r.country())) {
                bits[i >>> 6] |= 1L << i;
            }
        }
        for (int i : purchasesAndInterest) {
            SegmentRule r = rules[i];
            if (purchases >= r.minPurchases() && interests.contains(r.interest())) {
                bits[i >>> 6] |= 1L << i;
            }
        }
        for (int i : spendAndTwoCountries) {
            SegmentRule r = rules[i];
            if (spend > r.spendAbove() && (country.equals(r.country()) || country.equals(r.otherCountry()))) {
                bits[i >>> 6] |= 1L << i;
            }
        }
        for (int i : interestOrYoung) {
            SegmentRule r = rules[i];
            if (interests.contains(r.interest()) || age < r.youngerThan()) {
                bits[i >>> 6] |= 1L << i;
            }
        }
        for (int i : recentAndNewsletter) {
            SegmentRule r = rules[i];
            if (days <= r.maxDays() && newsletter == r.newsletter()) {
                bits[i >>> 6] |= 1L << i;
            }
        }
    }

    private static int[] positions(List<SegmentRule> rules, SegmentRule.Kind kind) {
        return rules.stream()
                .filter(r -> r.kind() == kind)
                .mapToInt(SegmentRule::position)
                .toArray();
    }
}
