package io.segmentation.benchmarks.user;

import java.util.ArrayList;
import java.util.List;

/**
 * The constants of one of the 200 segments of the many-segment benchmark, written once so that the library's
 * segments and every hand-written baseline are made from the same numbers. Which constants matter depends on the
 * {@link Kind}; the others are unused.
 *
 * @param position the segment's position, 0 to 199 (its bit in every answer)
 * @param kind the shape of the segment
 * @param ageLow lowest age, inclusive ({@link Kind#AGE_AND_COUNTRY})
 * @param ageHigh highest age, inclusive ({@link Kind#AGE_AND_COUNTRY})
 * @param country the country ({@link Kind#AGE_AND_COUNTRY}, {@link Kind#SPEND_AND_TWO_COUNTRIES})
 * @param otherCountry the second country ({@link Kind#SPEND_AND_TWO_COUNTRIES})
 * @param minPurchases fewest purchases, inclusive ({@link Kind#PURCHASES_AND_INTEREST})
 * @param interest the interest ({@link Kind#PURCHASES_AND_INTEREST}, {@link Kind#INTEREST_OR_YOUNG})
 * @param spendAbove spend must exceed this ({@link Kind#SPEND_AND_TWO_COUNTRIES})
 * @param youngerThan age must be below this ({@link Kind#INTEREST_OR_YOUNG})
 * @param maxDays most days since the last purchase, inclusive ({@link Kind#RECENT_AND_NEWSLETTER})
 * @param newsletter the newsletter flag required ({@link Kind#RECENT_AND_NEWSLETTER})
 */
public record SegmentRule(
        int position,
        Kind kind,
        int ageLow,
        int ageHigh,
        String country,
        String otherCountry,
        int minPurchases,
        String interest,
        double spendAbove,
        int youngerThan,
        int maxDays,
        boolean newsletter) {

    /** How many segments the many-segment benchmark holds. */
    public static final int COUNT = 200;

    /** The five shapes of segment, taken in turn. */
    public enum Kind {
        /** {@code age BETWEEN ageLow AND ageHigh AND country = country}. */
        AGE_AND_COUNTRY,
        /** {@code purchases >= minPurchases AND interests CONTAINS interest}. */
        PURCHASES_AND_INTEREST,
        /** {@code spend > spendAbove AND country IN (country, otherCountry)}. */
        SPEND_AND_TWO_COUNTRIES,
        /** {@code interests CONTAINS interest OR age < youngerThan}. */
        INTEREST_OR_YOUNG,
        /** {@code days_since_last_purchase <= maxDays AND newsletter} (or {@code NOT newsletter}). */
        RECENT_AND_NEWSLETTER
    }

    /**
     * The 200 segments' constants, in position order.
     *
     * @return 200 rules, the kinds taken in turn, the constants varying with the position
     */
    public static List<SegmentRule> twoHundred() {
        List<SegmentRule> rules = new ArrayList<>(COUNT);
        for (int i = 0; i < COUNT; i++) {
            rules.add(new SegmentRule(
                    i,
                    Kind.values()[i % Kind.values().length],
                    18 + i % 40,
                    25 + i % 40,
                    People.COUNTRIES.get(i % 10),
                    People.COUNTRIES.get((i + 3) % 10),
                    i % 6,
                    People.INTERESTS.get(i % 6),
                    50.0 * (i % 10),
                    30 + i % 20,
                    30 + i,
                    i % 2 == 0));
        }
        return rules;
    }
}
