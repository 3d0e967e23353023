package io.segmentation.benchmarks.user;

import java.util.Set;

/**
 * A user's own customer class, as a new user of the library would bring it: a plain Java object with primitive and
 * {@code String} getters, nothing from the library. Every value is present (primitives cannot be missing), so the
 * library's "a comparison on a missing value is false" never decides an answer here.
 */
public final class Person {

    private final String id;
    private final int age;
    private final int purchases;
    private final String country;
    private final double spend;
    private final boolean newsletter;
    private final int daysSinceLastPurchase;
    private final Set<String> interests;

    /**
     * A person.
     *
     * @param id the identifier
     * @param age age in years
     * @param purchases how many purchases
     * @param country ISO country code
     * @param spend total spent
     * @param newsletter whether subscribed to the newsletter
     * @param daysSinceLastPurchase days since the last purchase
     * @param interests interests, an immutable set
     */
    public Person(
            String id,
            int age,
            int purchases,
            String country,
            double spend,
            boolean newsletter,
            int daysSinceLastPurchase,
            Set<String> interests) {
        this.id = id;
        this.age = age;
        this.purchases = purchases;
        this.country = country;
        this.spend = spend;
        this.newsletter = newsletter;
        this.daysSinceLastPurchase = daysSinceLastPurchase;
        this.interests = Set.copyOf(interests);
    }

    /**
     * The identifier.
     *
     * @return the identifier
     */
    public String id() {
        return id;
    }

    /**
     * Age in years.
     *
     * @return the age
     */
    public int age() {
        return age;
    }

    /**
     * How many purchases.
     *
     * @return the purchase count
     */
    public int purchases() {
        return purchases;
    }

    /**
     * ISO country code.
     *
     * @return the country
     */
    public String country() {
        return country;
    }

    /**
     * Total spent.
     *
     * @return the spend
     */
    public double spend() {
        return spend;
    }

    /**
     * Whether subscribed to the newsletter.
     *
     * @return the subscription flag
     */
    public boolean newsletter() {
        return newsletter;
    }

    /**
     * Days since the last purchase.
     *
     * @return the days
     */
    public int daysSinceLastPurchase() {
        return daysSinceLastPurchase;
    }

    /**
     * Interests.
     *
     * @return an immutable set
     */
    public Set<String> interests() {
        return interests;
    }

    @Override
    public String toString() {
        return id;
    }
}
