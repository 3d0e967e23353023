package io.segmentation.benchmarks.user;

import java.util.List;

/**
 * The 200 segments written by hand as a branchless table: each segment is one row of bounds and masks over a
 * visitor's features (age, purchases, spend, a country bit, interest bits, days since the last purchase, a
 * newsletter bit), a condition a segment does not use holds a bound that always passes, and every row is tested
 * with non-short-circuit {@code &} so the JIT can compile it without branches. The features are read from the
 * visitor once; answers go into a caller-owned bit set, word by word.
 *
 * <p>Immutable and thread-safe once built.
 */
public final class SegmentTable {

    private static final int OTHER_COUNTRY = 1 << 31;

    private final int size;
    private final int[] ageLow;
    private final int[] ageHigh;
    private final int[] minPurchases;
    private final double[] spendAbove;
    private final int[] countries;
    private final int[] allInterests;
    private final int[] anyInterest;
    private final int[] youngerThan;
    private final int[] maxDays;
    private final int[] newsletter;

    private SegmentTable(List<SegmentRule> rules) {
        size = rules.size();
        ageLow = new int[size];
        ageHigh = new int[size];
        minPurchases = new int[size];
        spendAbove = new double[size];
        countries = new int[size];
        allInterests = new int[size];
        anyInterest = new int[size];
        youngerThan = new int[size];
        maxDays = new int[size];
        newsletter = new int[size];
        for (int i = 0; i < size; i++) {
            SegmentRule r = rules.get(i);
            if (r.position() != i) {
                throw new IllegalArgumentException("rule at index " + i + " has position " + r.position());
            }
            ageLow[i] = Integer.MIN_VALUE;
            ageHigh[i] = Integer.MAX_VALUE;
            minPurchases[i] = Integer.MIN_VALUE;
            spendAbove[i] = Double.NEGATIVE_INFINITY;
            countries[i] = -1;
            youngerThan[i] = Integer.MAX_VALUE;
            maxDays[i] = Integer.MAX_VALUE;
            newsletter[i] = 0b11;
            switch (r.kind()) {
                case AGE_AND_COUNTRY -> {
                    ageLow[i] = r.ageLow();
                    ageHigh[i] = r.ageHigh();
                    countries[i] = countryBit(r.country());
                }
                case PURCHASES_AND_INTEREST -> {
                    minPurchases[i] = r.minPurchases();
                    allInterests[i] = interestBit(r.interest());
                }
                case SPEND_AND_TWO_COUNTRIES -> {
                    spendAbove[i] = r.spendAbove();
                    countries[i] = countryBit(r.country()) | countryBit(r.otherCountry());
                }
                case INTEREST_OR_YOUNG -> {
                    anyInterest[i] = interestBit(r.interest());
                    youngerThan[i] = r.youngerThan();
                }
                case RECENT_AND_NEWSLETTER -> {
                    maxDays[i] = r.maxDays();
                    newsletter[i] = r.newsletter() ? 0b10 : 0b01;
                }
            }
        }
    }

    /**
     * The table of {@code rules}.
     *
     * @param rules the segments' constants, each rule's position its index in the list
     * @return the table
     */
    public static SegmentTable of(List<SegmentRule> rules) {
        return new SegmentTable(rules);
    }

    /**
     * Sets bit {@code i} of {@code bits} exactly when {@code p} is in segment {@code i}, clearing the others.
     *
     * @param p the visitor
     * @param bits the caller's bit set, at least {@code (segments + 63) / 64} words
     */
    @SuppressWarnings("ShortCircuitBoolean") // non-short-circuit on purpose: the table is branchless
    public void matchInto(Person p, long[] bits) {
        int age = p.age();
        int purchases = p.purchases();
        double spend = p.spend();
        int country = countryBit(p.country());
        int interests = 0;
        for (int k = 0; k < People.INTERESTS.size(); k++) {
            if (p.interests().contains(People.INTERESTS.get(k))) {
                interests |= 1 << k;
            }
        }
        int days = p.daysSinceLastPurchase();
        int subscribed = p.newsletter() ? 0b10 : 0b01;
        for (int word = 0; word << 6 < size; word++) {
            long w = 0;
            int end = Math.min(size, (word + 1) << 6);
            for (int i = word << 6; i < end; i++) {
                boolean in = age >= ageLow[i]
                        & age <= ageHigh[i]
                        & purchases >= minPurchases[i]
                        & spend > spendAbove[i]
                        & (country & countries[i]) != 0
                        & (interests & allInterests[i]) == allInterests[i]
                        & ((interests & anyInterest[i]) != 0 | age < youngerThan[i])
                        & days <= maxDays[i]
                        & (subscribed & newsletter[i]) != 0;
                w |= (in ? 1L : 0L) << i;
            }
            bits[word] = w;
        }
    }

    /**
     * A country's bit, written out as a developer would: bit {@code k} for {@code People.COUNTRIES.get(k)}, the top
     * bit for any other country.
     */
    static int countryBit(String country) {
        return switch (country) {
            case "DE" -> 1;
            case "FR" -> 1 << 1;
            case "NL" -> 1 << 2;
            case "AT" -> 1 << 3;
            case "ES" -> 1 << 4;
            case "IT" -> 1 << 5;
            case "PL" -> 1 << 6;
            case "GB" -> 1 << 7;
            case "US" -> 1 << 8;
            case "CH" -> 1 << 9;
            default -> OTHER_COUNTRY;
        };
    }

    private static int interestBit(String interest) {
        int k = People.INTERESTS.indexOf(interest);
        if (k < 0) {
            throw new IllegalArgumentException("interest '" + interest + "' is not one of " + People.INTERESTS);
        }
        return 1 << k;
    }
}
