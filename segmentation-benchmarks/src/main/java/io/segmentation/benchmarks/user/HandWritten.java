package io.segmentation.benchmarks.user;

/** The one-segment question written by hand against {@link Person}, as a developer would without the library. */
public final class HandWritten {

    private HandWritten() {}

    /**
     * Whether {@code p} is in {@link PersonSegments#youngValuable()}: {@code age 18-25 AND purchases >= 3 AND country
     * IN (DE, FR, NL) AND spend > 500}.
     *
     * @param p the person
     * @return whether the person is in the segment
     */
    public static boolean youngValuable(Person p) {
        int age = p.age();
        if (age < 18 || age > 25 || p.purchases() < 3) {
            return false;
        }
        String country = p.country();
        return (country.equals("DE") || country.equals("FR") || country.equals("NL")) && p.spend() > 500;
    }
}
