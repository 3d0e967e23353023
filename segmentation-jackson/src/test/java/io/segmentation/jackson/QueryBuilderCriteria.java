package io.segmentation.jackson;

import static io.segmentation.Attributes.*;

import io.segmentation.Criterion;
import io.segmentation.TimePoint;
import io.segmentation.attribute.Attribute;
import io.segmentation.attribute.InstantAttribute;
import io.segmentation.attribute.NumberAttribute;
import io.segmentation.attribute.SetAttribute;
import io.segmentation.attribute.TextAttribute;
import io.segmentation.customer.Customer;
import io.segmentation.testkit.Generators;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/**
 * Random trees of what react-querybuilder can express — plain attributes, its operators (exact text comparisons
 * only, no windows, event filters or segment references), and/or/not — assembled from the test kit's generators.
 * The test kit knows nothing of react-querybuilder, so this subset of its vocabulary lives here.
 */
final class QueryBuilderCriteria {

    private static final List<NumberAttribute<Customer>> NUMBERS = List.of(
            age(),
            income(),
            companySize(),
            annualRevenue(),
            purchases(),
            totalSpent(),
            averageOrderValue(),
            daysSinceLastPurchase());
    private static final List<TextAttribute<Customer>> TEXTS =
            List.of(gender(), education(), occupation(), country(), region(), city(), postalCode(), industry());
    private static final List<SetAttribute<Customer>> SETS =
            List.of(interests(), values(), lifestyle(), tags(), channels());
    private static final List<InstantAttribute<Customer>> INSTANTS = List.of(firstPurchase(), lastPurchase());
    private static final List<String> PLAIN_WORDS = List.of("DE", "de", "Berlin", "/shoes", "");

    private static final Gen<String> ODD_TEXTS = Generators.oddTexts();
    private static final Gen<TimePoint> POINTS = Generators.timePoints();

    private QueryBuilderCriteria() {}

    static int between(RandomnessSource in, int lo, int hi) {
        return Generate.range(lo, hi).generate(in);
    }

    static <E> E pick(RandomnessSource in, List<E> from) {
        return from.get(between(in, 0, from.size() - 1));
    }

    private static boolean coin(RandomnessSource in) {
        return between(in, 0, 1) == 0;
    }

    private static String word(RandomnessSource in) {
        return coin(in) ? pick(in, PLAIN_WORDS) : ODD_TEXTS.generate(in);
    }

    private static List<String> words(RandomnessSource in) {
        List<String> list = new ArrayList<>();
        int n = between(in, 1, 4);
        for (int i = 0; i < n; i++) {
            list.add(word(in));
        }
        return list;
    }

    private static Criterion<Customer> leaf(RandomnessSource in) {
        switch (between(in, 0, 5)) {
            case 0:
                return Generators.numberCriteria(pick(in, NUMBERS)).generate(in);
            case 1:
                TextAttribute<Customer> t = pick(in, TEXTS);
                String w = word(in);
                return switch (between(in, 0, 4)) {
                    case 0 -> t.is(w);
                    case 1 -> t.in(words(in));
                    case 2 -> t.startsWith(w);
                    case 3 -> t.endsWith(w);
                    default -> t.contains(w);
                };
            case 2:
                SetAttribute<Customer> s = pick(in, SETS);
                return coin(in) ? s.contains(word(in)) : s.containsAny(words(in));
            case 3:
                InstantAttribute<Customer> i = pick(in, INSTANTS);
                return switch (between(in, 0, 2)) {
                    case 0 -> i.before(POINTS.generate(in));
                    case 1 -> i.after(POINTS.generate(in));
                    default -> i.between(TimePoint.ago(Duration.ofDays(30)), POINTS.generate(in));
                };
            case 4:
                return Generators.vip().is(coin(in));
            default:
                List<Attribute<Customer, ?>> attributes = new ArrayList<>(NUMBERS);
                attributes.addAll(TEXTS);
                attributes.addAll(SETS);
                attributes.add(Generators.vip());
                Attribute<Customer, ?> a = pick(in, attributes);
                return coin(in) ? a.isMissing() : a.isPresent();
        }
    }

    private static Criterion<Customer> negatedOrNot(RandomnessSource in) {
        Criterion<Customer> leaf = leaf(in);
        return coin(in) ? leaf : not(leaf);
    }

    /** Random trees up to {@code depth} levels of and/or/not. */
    static Gen<Criterion<Customer>> criteria(int depth) {
        if (depth == 0) {
            return QueryBuilderCriteria::negatedOrNot;
        }
        Gen<Criterion<Customer>> smaller = criteria(depth - 1);
        return in -> {
            switch (between(in, 0, 5)) {
                case 0:
                    return allOf(smaller.generate(in), smaller.generate(in));
                case 1:
                    return anyOf(smaller.generate(in), smaller.generate(in), smaller.generate(in));
                case 2:
                    return not(smaller.generate(in));
                default:
                    return negatedOrNot(in);
            }
        };
    }
}
