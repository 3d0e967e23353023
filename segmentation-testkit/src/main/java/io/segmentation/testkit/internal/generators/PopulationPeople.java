package io.segmentation.testkit.internal.generators;

import io.segmentation.customer.Customer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Who synthetic customers are: age, gender, education, occupation and income for consumers; a contact person's
 * sparser profile, company size, industry and revenue for businesses; where they live; what they are interested in,
 * value and how they live. Fields are missing as often as in real customer data.
 */
final class PopulationPeople {

    static final List<String> INTERESTS = List.of(
            "running",
            "yoga",
            "cycling",
            "hiking",
            "fitness",
            "cooking",
            "gaming",
            "travel",
            "fashion",
            "photography",
            "gardening",
            "music",
            "reading",
            "tech",
            "home-decor",
            "beauty");
    private static final double[] INTEREST_WEIGHTS = {8, 6, 5, 5, 7, 9, 6, 9, 8, 4, 4, 9, 7, 6, 5, 6};
    static final List<String> VALUES = List.of(
            "sustainability", "quality", "price", "family", "health", "innovation", "tradition", "community", "status");
    private static final double[] VALUE_WEIGHTS = {8, 9, 9, 7, 6, 4, 3, 3, 2};
    static final List<String> EDUCATIONS = List.of("secondary", "vocational", "bachelor", "master", "doctorate");
    private static final double[] EDUCATION_WEIGHTS = {22, 30, 28, 16, 4};
    private static final double[] YOUNG_EDUCATION_WEIGHTS = {70, 25, 5, 0, 0};
    private static final double[] EDUCATION_MEDIAN_INCOME = {32_000, 38_000, 50_000, 62_000, 75_000};
    static final List<String> OCCUPATIONS = List.of(
            "engineer",
            "software developer",
            "teacher",
            "nurse",
            "sales representative",
            "accountant",
            "designer",
            "manager",
            "craftsperson",
            "civil servant",
            "physician",
            "consultant",
            "self-employed",
            "marketing specialist",
            "logistics worker",
            "retail clerk");
    static final List<String> BUSINESS_ROLES =
            List.of("purchasing manager", "owner", "office manager", "operations manager", "procurement specialist");
    static final List<String> INDUSTRIES = List.of(
            "retail",
            "manufacturing",
            "software",
            "healthcare",
            "construction",
            "logistics",
            "hospitality",
            "finance",
            "education",
            "agriculture");
    private static final double[] INDUSTRY_WEIGHTS = {16, 14, 12, 10, 10, 9, 9, 8, 7, 5};
    /** Age bands 18–24, 25–34, … 75–85 and their shares of customers. */
    private static final int[] AGE_BAND_START = {18, 25, 35, 45, 55, 65, 75};

    private static final int[] AGE_BAND_END = {24, 34, 44, 54, 64, 74, 85};
    private static final double[] AGE_BAND_WEIGHTS = {11, 21, 20, 18, 15, 10, 5};
    /** Company sizes 1–9, 10–49, 50–249, 250–999, 1000–10000 employees and their shares of businesses. */
    private static final int[] SIZE_BAND_START = {1, 10, 50, 250, 1000};

    private static final int[] SIZE_BAND_END = {9, 49, 249, 999, 10_000};
    private static final double[] SIZE_BAND_WEIGHTS = {55, 27, 13, 4, 1};

    private PopulationPeople() {}

    /** What later draws (orders, events, consents) depend on. */
    record Person(boolean business, int age, boolean student, List<String> interests) {}

    static Person person(Customer.Builder b, boolean business, LocalDate today, PopulationRandom r) {
        PopulationPlaces.City city = PopulationPlaces.city(r);
        b.country(city.country()).city(city.name()).region(city.region());
        if (r.chance(0.95)) {
            b.postalCode(PopulationPlaces.postalCode(city, r));
        }
        if (r.chance(0.9)) {
            b.location(
                    clamp(city.latitude() + 0.04 * r.normal(), 90), clamp(city.longitude() + 0.06 * r.normal(), 180));
        }
        Person person = business ? businessContact(b, today, r) : consumer(b, today, r);
        List<String> interests = interests(r);
        b.interests(interests);
        b.values(some(VALUES, VALUE_WEIGHTS, r.weighted(new double[] {25, 45, 30}), r));
        b.lifestyle(lifestyle(person, interests, r));
        return new Person(person.business(), person.age(), person.student(), interests);
    }

    private static double clamp(double value, double bound) {
        return Math.max(-bound, Math.min(bound, value));
    }

    private static Person consumer(Customer.Builder b, LocalDate today, PopulationRandom r) {
        int band = r.weighted(AGE_BAND_WEIGHTS);
        int age = r.between(AGE_BAND_START[band], AGE_BAND_END[band]);
        if (r.chance(0.96)) {
            // At most 364 days before the birthday that makes this age: the age is exact on `today`.
            b.birthDate(today.minusYears(age).minusDays(r.below(365)));
        }
        double gender = r.uniform();
        if (gender < 0.505) {
            b.gender("female");
        } else if (gender < 0.98) {
            b.gender("male");
        } else if (gender < 0.99) {
            b.gender("diverse");
        }
        int education = r.weighted(age < 22 ? YOUNG_EDUCATION_WEIGHTS : EDUCATION_WEIGHTS);
        if (r.chance(0.8)) {
            b.education(EDUCATIONS.get(education));
        }
        boolean student = age < 25 && r.chance(0.55);
        boolean retired = age >= 67 && r.chance(0.85);
        String occupation = student ? "student" : retired ? "retired" : r.pick(OCCUPATIONS);
        if (r.chance(0.85)) {
            b.occupation(occupation);
        }
        if (r.chance(0.7)) {
            double median = student ? 9_000 : retired ? 24_000 : EDUCATION_MEDIAN_INCOME[education] * ageFactor(age);
            b.income(BigDecimal.valueOf(Math.round(r.logNormal(median, 0.45) / 100) * 100));
        }
        return new Person(false, age, student, List.of());
    }

    /** Income rises to a peak in the late forties and falls towards retirement; never below 60% of the median. */
    private static double ageFactor(int age) {
        double fromPeak = (age - 48) / 20.0;
        return Math.max(0.6, 1.15 - 0.35 * fromPeak * fromPeak);
    }

    private static Person businessContact(Customer.Builder b, LocalDate today, PopulationRandom r) {
        int age = r.between(25, 66);
        if (r.chance(0.35)) {
            b.birthDate(today.minusYears(age).minusDays(r.below(365)));
        }
        if (r.chance(0.4)) {
            b.gender(r.chance(0.45) ? "female" : "male");
        }
        if (r.chance(0.7)) {
            b.occupation(r.pick(BUSINESS_ROLES));
        }
        if (r.chance(0.2)) {
            b.education(EDUCATIONS.get(r.weighted(EDUCATION_WEIGHTS)));
        }
        int band = r.weighted(SIZE_BAND_WEIGHTS);
        int size = (int) Math.round(StrictMath.exp(StrictMath.log(SIZE_BAND_START[band])
                + r.uniform() * (StrictMath.log(SIZE_BAND_END[band]) - StrictMath.log(SIZE_BAND_START[band]))));
        b.companySize(Math.max(1, size));
        if (r.chance(0.95)) {
            b.industry(INDUSTRIES.get(r.weighted(INDUSTRY_WEIGHTS)));
        }
        if (r.chance(0.8)) {
            double revenue = size * r.logNormal(150_000, 0.5);
            b.annualRevenue(BigDecimal.valueOf(Math.round(revenue / 1_000) * 1_000));
        }
        return new Person(true, age, false, List.of());
    }

    private static List<String> interests(PopulationRandom r) {
        return some(INTERESTS, INTEREST_WEIGHTS, 1 + r.weighted(new double[] {30, 35, 22, 13}), r);
    }

    /** {@code n} distinct elements, each drawn by weight. */
    private static List<String> some(List<String> from, double[] weights, int n, PopulationRandom r) {
        double[] left = weights.clone();
        List<String> chosen = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int at = r.weighted(left);
            chosen.add(from.get(at));
            left[at] = 0;
        }
        return chosen;
    }

    private static List<String> lifestyle(Person person, List<String> interests, PopulationRandom r) {
        List<String> lifestyle = new ArrayList<>();
        lifestyle.add(r.chance(0.75) ? "urban" : "suburban");
        if (interests.contains("running") || interests.contains("hiking") || interests.contains("cycling")) {
            lifestyle.add("outdoor");
        }
        if (person.student()) {
            lifestyle.add("student");
        }
        if (!person.business() && person.age() >= 28 && person.age() <= 50 && r.chance(0.45)) {
            lifestyle.add("parent");
        }
        if (interests.contains("travel") && r.chance(0.5)) {
            lifestyle.add("frequent-traveller");
        }
        if (r.chance(0.25)) {
            lifestyle.add("pet-owner");
        }
        if (r.chance(0.06)) {
            lifestyle.add("vegan");
        }
        return lifestyle;
    }
}
