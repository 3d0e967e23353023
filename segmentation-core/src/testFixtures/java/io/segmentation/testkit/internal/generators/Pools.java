package io.segmentation.testkit.internal.generators;

import java.time.Duration;
import java.util.List;

/**
 * The small value pools that generated customers and generated criteria share, so that random criteria often hit,
 * often miss, and meet values that differ only in case, odd text and values of the wrong type.
 */
public final class Pools {

    public static final List<String> GENDERS = List.of("female", "male", "Female", "diverse");
    public static final List<String> EDUCATIONS = List.of("bachelor", "master", "PhD", "school");
    public static final List<String> OCCUPATIONS = List.of("engineer", "Teacher", "nurse", "teacher");
    /** Country codes as given to the builder; {@code "de"} is stored as {@code "DE"}. */
    public static final List<String> COUNTRIES = List.of("DE", "FR", "NL", "AT", "de");

    public static final List<String> REGIONS = List.of("Bavaria", "Île-de-France", "north holland", "Tyrol");
    public static final List<String> CITIES = List.of("Berlin", "Paris", "Amsterdam", "Vienna", "bern", "BERLIN");
    public static final List<String> POSTAL_CODES = List.of("10115", "75001", "1011 AB", "1010", "10117");
    public static final List<String> INDUSTRIES = List.of("retail", "Retail", "software", "logistics");
    public static final List<String> INTERESTS = List.of("running", "yoga", "eco", "tech");
    public static final List<String> VALUES = List.of("sustainability", "family", "status");
    public static final List<String> LIFESTYLE = List.of("urban", "outdoor", "Urban");
    public static final List<String> TAGS = List.of("newsletter", "vip", "wholesale");
    /** Elements of the custom set attribute {@code labels}. */
    public static final List<String> LABELS = List.of("beta", "churn-risk", "Beta");
    /** Values of the custom text attribute {@code tier}. */
    public static final List<String> TIERS = List.of("gold", "Gold", "silver", "platinum");

    public static final List<String> CATEGORIES = List.of("shoes", "home", "beauty");
    public static final List<String> PRODUCTS = List.of("sku-1", "sku-2", "sku-3", "sku-7");
    public static final List<String> CHANNELS = List.of("web", "store", "app", "marketplace");
    public static final List<String> PATHS = List.of("/shoes/trail", "/shoes/road", "/home/lamp", "/Shoes/sale");
    public static final List<String> EVENT_TYPES = List.of("page_view", "login", "add_to_cart");
    public static final List<String> SUBSCRIPTIONS = List.of("email", "sms", "SMS", "push");

    /**
     * Awkward texts: quotes, escapes, control characters, non-ASCII letters, a character outside the Basic
     * Multilingual Plane, separators and padding. None is blank, so customers can hold them too.
     */
    public static final List<String> ODD_TEXTS = List.of(
            "it's",
            "x'y",
            "back\\slash",
            "line\nbreak",
            "tab\t",
            "ü-umlaut",
            "🎉",
            "a,b",
            "\"quoted\"",
            "\u0000nul",
            " padded ",
            "Zürich",
            "São Paulo");

    /** Regular expressions in RE2 syntax, some of them matching pool values. */
    public static final List<String> REGEXES =
            List.of("[a-z]+", "B.*", "(?:de|at)", "\\d{5}", ".*o.*", "(?:ab|cd)*x", ".*'.*", "\"\\\\", ".*[🎉ü].*");

    /** Look-backs and window lengths in whole seconds, which every form (text, JSON) can write. */
    public static final List<Duration> DURATIONS = List.of(
            Duration.ofDays(1),
            Duration.ofDays(7),
            Duration.ofDays(30),
            Duration.ofDays(365),
            Duration.ofHours(13),
            Duration.ofHours(12),
            Duration.ofMinutes(90),
            Duration.ofSeconds(45),
            Duration.ofDays(14));

    /** Durations with fractions of a second: JSON writes them, the query language refuses them. */
    public static final List<Duration> SUB_SECOND_DURATIONS =
            List.of(Duration.ofMillis(1500), Duration.ofHours(36).plusNanos(1));

    /** Window lengths that generated orders and events sit exactly on the edge of. */
    public static final List<Duration> EDGES = List.of(
            Duration.ofDays(1),
            Duration.ofDays(7),
            Duration.ofDays(30),
            Duration.ofDays(365),
            Duration.ofHours(13),
            Duration.ofHours(12),
            Duration.ofMinutes(90),
            Duration.ofDays(14),
            Duration.ofHours(36).plusNanos(1));

    private Pools() {}
}
