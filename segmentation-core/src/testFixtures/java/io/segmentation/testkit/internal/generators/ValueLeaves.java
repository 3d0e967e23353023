package io.segmentation.testkit.internal.generators;

import static io.segmentation.testkit.internal.generators.Draw.between;
import static io.segmentation.testkit.internal.generators.Draw.chance;
import static io.segmentation.testkit.internal.generators.Draw.coin;
import static io.segmentation.testkit.internal.generators.Draw.pick;
import static io.segmentation.testkit.internal.generators.Draw.some;
import static io.segmentation.testkit.internal.generators.Draw.subsetOrOne;

import io.segmentation.Criterion;
import io.segmentation.attribute.Attribute;
import io.segmentation.attribute.BooleanAttribute;
import io.segmentation.attribute.NumberAttribute;
import io.segmentation.attribute.SetAttribute;
import io.segmentation.attribute.TextAttribute;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.quicktheories.core.RandomnessSource;

/**
 * Comparisons on one attribute of any subject type, with every operator of its family. Operands come from the pool of
 * values the generated customers hold for that attribute (so criteria often hit) and from odd values (so printers
 * and parsers meet quotes, escapes, huge and tiny numbers).
 */
public final class ValueLeaves {

    private static final List<String> ODD_OPERANDS = oddOperands();

    private ValueLeaves() {}

    private static List<String> oddOperands() {
        List<String> odd = new ArrayList<>(Pools.ODD_TEXTS);
        odd.add("");
        return List.copyOf(odd);
    }

    /** A comparison with any number operator. */
    public static <T> Criterion<T> number(RandomnessSource in, NumberAttribute<T> a) {
        double x = bound(in, a);
        double y = bound(in, a);
        return switch (between(in, 0, 6)) {
            case 0 -> a.between(Math.min(x, y), Math.max(x, y));
            case 1 -> a.atLeast(x);
            case 2 -> a.atMost(x);
            case 3 -> a.greaterThan(x);
            case 4 -> a.lessThan(x);
            case 5 -> a.is(x);
            default -> chance(in, 20) ? a.in(x) : a.in(x, y, bound(in, a));
        };
    }

    /** A number near the values the attribute takes, or now and then an odd one. */
    static double bound(RandomnessSource in, Attribute<?, ?> attribute) {
        if (chance(in, 15)) {
            return oddNumber(in);
        }
        return switch (attribute.name()) {
            case "age" -> between(in, 8, 86);
            case "income" -> between(in, 0, 100_000);
            case "company_size" -> between(in, 0, 500);
            case "annual_revenue" -> between(in, 0, 1_000_000);
            case "distance_km" -> between(in, 0, 2_000);
            case "total_spent", "average_order_value" -> between(in, 0, 60_000) / 100.0;
            case "days_since_last_purchase" -> between(in, -10, 400);
            case "attribute" -> between(in, -100, 2_000) / 2.0;
            case "property" -> between(in, -5, 125);
            default -> between(in, 0, 4);
        };
    }

    /** Numbers that are awkward to print and parse: large, tiny, negative, inexact in binary. */
    public static double oddNumber(RandomnessSource in) {
        return switch (between(in, 0, 7)) {
            case 0 -> between(in, -1000, 1000);
            case 1 -> between(in, 0, 100_000) / 100.0;
            case 2 -> 1.5e10;
            case 3 -> 0.1 + 0.2;
            case 4 -> 1e300;
            case 5 -> -0.001;
            case 6 -> -0.0;
            default -> 0.001;
        };
    }

    /** The values generated customers hold for a text attribute, or odd texts if it is not one of theirs. */
    static List<String> textPool(Attribute<?, ?> attribute) {
        String key = attribute.parameters().isEmpty()
                ? ""
                : String.valueOf(attribute.parameters().get(0));
        return switch (attribute.name()) {
            case "gender" -> Pools.GENDERS;
            case "education" -> Pools.EDUCATIONS;
            case "occupation" -> Pools.OCCUPATIONS;
            case "country" -> Pools.COUNTRIES;
            case "region" -> Pools.REGIONS;
            case "city" -> Pools.CITIES;
            case "postal_code" -> Pools.POSTAL_CODES;
            case "industry" -> Pools.INDUSTRIES;
            case "attribute" -> key.equals("tier") ? Pools.TIERS : ODD_OPERANDS;
            case "property" -> key.equals("path") || key.equals("referrer") ? Pools.PATHS : ODD_OPERANDS;
            default -> ODD_OPERANDS;
        };
    }

    /** The elements generated customers hold for a set attribute, or odd texts if it is not one of theirs. */
    static List<String> setPool(Attribute<?, ?> attribute) {
        return switch (attribute.name()) {
            case "interests" -> Pools.INTERESTS;
            case "values" -> Pools.VALUES;
            case "lifestyle" -> Pools.LIFESTYLE;
            case "tags" -> Pools.TAGS;
            case "channels" -> Pools.CHANNELS;
            case "attribute" -> Pools.LABELS;
            default -> ODD_OPERANDS;
        };
    }

    private static String operand(RandomnessSource in, List<String> pool) {
        return chance(in, 20) ? pick(in, ODD_OPERANDS) : pick(in, pool);
    }

    private static List<String> operands(RandomnessSource in, List<String> pool) {
        return chance(in, 20) ? some(in, ODD_OPERANDS, 3) : subsetOrOne(in, pool);
    }

    private static String shout(RandomnessSource in, String text) {
        return chance(in, 30) ? text.toUpperCase(Locale.ROOT) : text;
    }

    /** A piece of {@code value}: a prefix, suffix or middle, possibly empty. */
    private static String part(RandomnessSource in, String value) {
        if (value.isEmpty()) {
            return value;
        }
        int from = between(in, 0, value.length() - 1);
        int to = between(in, from, value.length());
        // Never split a surrogate pair: the half would be a lone surrogate.
        if (from > 0 && Character.isLowSurrogate(value.charAt(from))) {
            from--;
        }
        if (to < value.length() && Character.isLowSurrogate(value.charAt(to))) {
            to++;
        }
        return value.substring(from, to);
    }

    /** A comparison with any text operator, exact or ignoring case. */
    public static <T> Criterion<T> text(RandomnessSource in, TextAttribute<T> a) {
        List<String> pool = textPool(a);
        String value = operand(in, pool);
        boolean ic = coin(in);
        return switch (between(in, 0, 5)) {
            case 0 -> ic ? a.isIgnoringCase(shout(in, value)) : a.is(value);
            case 1 -> ic ? a.inIgnoringCase(operands(in, pool)) : a.in(operands(in, pool));
            case 2 -> {
                String prefix = value.substring(0, between(in, 0, value.length()));
                if (!prefix.isEmpty() && Character.isHighSurrogate(prefix.charAt(prefix.length() - 1))) {
                    prefix = prefix.substring(0, prefix.length() - 1);
                }
                yield ic ? a.startsWithIgnoringCase(shout(in, prefix)) : a.startsWith(prefix);
            }
            case 3 -> {
                String suffix = part(in, value);
                yield ic ? a.endsWithIgnoringCase(shout(in, suffix)) : a.endsWith(suffix);
            }
            case 4 -> {
                String middle = part(in, value);
                yield ic ? a.containsIgnoringCase(shout(in, middle)) : a.contains(middle);
            }
            default -> {
                String regex = pick(in, Pools.REGEXES);
                yield ic ? a.matchesIgnoringCase(regex) : a.matches(regex);
            }
        };
    }

    /** A comparison with any set operator. */
    public static <T> Criterion<T> set(RandomnessSource in, SetAttribute<T> a) {
        List<String> pool = setPool(a);
        return switch (between(in, 0, 3)) {
            case 0 -> a.contains(chance(in, 10) ? "unknown" : operand(in, pool));
            case 1 -> a.containsAny(operands(in, pool));
            case 2 -> a.containsAll(operands(in, pool));
            default -> a.isEmpty();
        };
    }

    /** A comparison with any boolean operator. */
    public static <T> Criterion<T> bool(RandomnessSource in, BooleanAttribute<T> a) {
        return switch (between(in, 0, 2)) {
            case 0 -> a.isTrue();
            case 1 -> a.isFalse();
            default -> a.is(coin(in));
        };
    }

    /** A presence test. */
    public static <T> Criterion<T> presence(RandomnessSource in, Attribute<T, ?> a) {
        return coin(in) ? a.isPresent() : a.isMissing();
    }
}
