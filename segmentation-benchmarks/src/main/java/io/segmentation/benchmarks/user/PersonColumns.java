package io.segmentation.benchmarks.user;

import java.util.List;

/**
 * The one-segment question answered by hand over columns: the four values the segment reads, copied once into
 * primitive arrays (the country as a bit), then counted with a branchless loop (non-short-circuit {@code &}).
 * The like-for-like baseline of {@code PopulationIndex.count} with its columns prepared.
 */
public final class PersonColumns {

    private static final int DE_FR_NL =
            SegmentTable.countryBit("DE") | SegmentTable.countryBit("FR") | SegmentTable.countryBit("NL");

    private final int[] age;
    private final int[] purchases;
    private final int[] country;
    private final double[] spend;

    private PersonColumns(int[] age, int[] purchases, int[] country, double[] spend) {
        this.age = age;
        this.purchases = purchases;
        this.country = country;
        this.spend = spend;
    }

    /**
     * Copies the segment's four values of every person into arrays.
     *
     * @param people the population
     * @return the columns, row {@code i} for {@code people.get(i)}
     */
    public static PersonColumns of(List<Person> people) {
        int n = people.size();
        int[] age = new int[n];
        int[] purchases = new int[n];
        int[] country = new int[n];
        double[] spend = new double[n];
        for (int i = 0; i < n; i++) {
            Person p = people.get(i);
            age[i] = p.age();
            purchases[i] = p.purchases();
            country[i] = SegmentTable.countryBit(p.country());
            spend[i] = p.spend();
        }
        return new PersonColumns(age, purchases, country, spend);
    }

    /**
     * How many rows are in {@link PersonSegments#youngValuable()}.
     *
     * @return the segment's size
     */
    @SuppressWarnings("ShortCircuitBoolean") // non-short-circuit on purpose: the loop is branchless
    public int countYoungValuable() {
        int count = 0;
        for (int i = 0; i < age.length; i++) {
            int a = age[i];
            boolean in = a >= 18 & a <= 25 & purchases[i] >= 3 & (country[i] & DE_FR_NL) != 0 & spend[i] > 500;
            count += in ? 1 : 0;
        }
        return count;
    }
}
