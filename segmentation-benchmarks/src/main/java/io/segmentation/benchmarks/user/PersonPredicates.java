package io.segmentation.benchmarks.user;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The benchmarked segments composed from {@code java.util.function.Predicate}s with {@code and}, {@code or} and
 * {@code negate}: what a Java developer reaches for before a library, from a few small leaf helpers.
 */
public final class PersonPredicates {

    private PersonPredicates() {}

    /**
     * {@link PersonSegments#youngValuable()} as {@code Predicate.and} composition.
     *
     * @return the predicate
     */
    public static Predicate<Person> youngValuable() {
        return ageBetween(18, 25)
                .and(purchasesAtLeast(3))
                .and(countryIn(Set.of("DE", "FR", "NL")))
                .and(spendAbove(500));
    }

    /**
     * The segment a rule describes, as a composed predicate.
     *
     * @param rule the rule
     * @return the predicate
     */
    public static Predicate<Person> of(SegmentRule rule) {
        Predicate<Person> subscribed = Person::newsletter;
        return switch (rule.kind()) {
            case AGE_AND_COUNTRY -> ageBetween(rule.ageLow(), rule.ageHigh()).and(countryIn(Set.of(rule.country())));
            case PURCHASES_AND_INTEREST -> purchasesAtLeast(rule.minPurchases()).and(hasInterest(rule.interest()));
            case SPEND_AND_TWO_COUNTRIES ->
                spendAbove(rule.spendAbove()).and(countryIn(Set.of(rule.country(), rule.otherCountry())));
            case INTEREST_OR_YOUNG -> hasInterest(rule.interest()).or(ageBelow(rule.youngerThan()));
            case RECENT_AND_NEWSLETTER ->
                daysSinceLastPurchaseAtMost(rule.maxDays()).and(rule.newsletter() ? subscribed : subscribed.negate());
        };
    }

    /**
     * The 200 segments of {@link SegmentRule#twoHundred()} as composed predicates, in position order.
     *
     * @return the predicates
     */
    public static List<Predicate<Person>> many() {
        List<Predicate<Person>> predicates = new ArrayList<>(SegmentRule.COUNT);
        for (SegmentRule rule : SegmentRule.twoHundred()) {
            predicates.add(of(rule));
        }
        return predicates;
    }

    private static Predicate<Person> ageBetween(int low, int high) {
        return p -> p.age() >= low && p.age() <= high;
    }

    private static Predicate<Person> ageBelow(int bound) {
        return p -> p.age() < bound;
    }

    private static Predicate<Person> purchasesAtLeast(int bound) {
        return p -> p.purchases() >= bound;
    }

    private static Predicate<Person> countryIn(Set<String> countries) {
        return p -> countries.contains(p.country());
    }

    private static Predicate<Person> spendAbove(double bound) {
        return p -> p.spend() > bound;
    }

    private static Predicate<Person> daysSinceLastPurchaseAtMost(int bound) {
        return p -> p.daysSinceLastPurchase() <= bound;
    }

    private static Predicate<Person> hasInterest(String interest) {
        return p -> p.interests().contains(interest);
    }
}
