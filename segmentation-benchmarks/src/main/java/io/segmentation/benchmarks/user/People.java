package io.segmentation.benchmarks.user;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Deterministic populations of {@link Person}s: the same size and seed give the same people, so runs compare like
 * with like. Ages 16 to 75, 0 to 12 purchases (geometric), a spend that grows with the purchases, countries weighted
 * towards DE, FR and NL, a newsletter flag, days since the last purchase up to two years, and each of six interests
 * with probability 1/4.
 */
public final class People {

    /** The evaluation time of every user-type benchmark (no attribute of {@link PersonAttributes} reads it). */
    public static final Instant AS_OF = Instant.parse("2026-06-01T00:00:00Z");

    /** The countries people live in; DE, FR and NL are the most common. */
    public static final List<String> COUNTRIES = List.of("DE", "FR", "NL", "AT", "ES", "IT", "PL", "GB", "US", "CH");

    /** The interests people may have. */
    public static final List<String> INTERESTS = List.of("running", "yoga", "eco", "tech", "fashion", "outdoor");

    private People() {}

    /**
     * {@code size} people from {@code seed}.
     *
     * @param size how many
     * @param seed the seed
     * @return the people, ids {@code p-0} to {@code p-(size-1)}
     */
    public static List<Person> of(int size, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Person> people = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            int age = random.nextInt(16, 76);
            int purchases = geometric(random, 0.3, 12);
            double spend = 0;
            for (int p = 0; p < purchases; p++) {
                spend += random.nextInt(500, 40_000) / 100.0;
            }
            String country = COUNTRIES.get(weightedCountry(random));
            boolean newsletter = random.nextInt(100) < 40;
            int days = random.nextInt(0, 731);
            List<String> interests = new ArrayList<>(INTERESTS.size());
            for (String interest : INTERESTS) {
                if (random.nextInt(4) == 0) {
                    interests.add(interest);
                }
            }
            people.add(new Person("p-" + i, age, purchases, country, spend, newsletter, days, Set.copyOf(interests)));
        }
        return people;
    }

    private static int weightedCountry(SplittableRandom random) {
        int r = random.nextInt(100);
        if (r < 30) {
            return 0;
        }
        if (r < 45) {
            return 1;
        }
        if (r < 55) {
            return 2;
        }
        return 3 + random.nextInt(COUNTRIES.size() - 3);
    }

    private static int geometric(SplittableRandom random, double stop, int max) {
        int n = 0;
        while (n < max && random.nextDouble() >= stop) {
            n++;
        }
        return n;
    }
}
