package io.segmentation.testkit.internal.generators;

import java.util.ArrayList;
import java.util.List;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/**
 * Draws from a QuickTheories {@link RandomnessSource}, so that every choice a generator makes is recorded and can be
 * shrunk: integers shrink towards their lower bound, picks towards the first element of a list.
 */
public final class Draw {

    private Draw() {}

    /** An integer in {@code [lo, hi]}, both included. */
    public static int between(RandomnessSource in, int lo, int hi) {
        return Generate.range(lo, hi).generate(in);
    }

    /** One element of a non-empty list. */
    public static <E> E pick(RandomnessSource in, List<E> from) {
        return from.get(between(in, 0, from.size() - 1));
    }

    /** True with the given chance in percent. */
    public static boolean chance(RandomnessSource in, int percent) {
        return between(in, 1, 100) <= percent;
    }

    /** True or false, evenly. */
    public static boolean coin(RandomnessSource in) {
        return between(in, 0, 1) == 0;
    }

    /** Each element with a chance of 40 percent, in list order; possibly empty. */
    public static <E> List<E> subset(RandomnessSource in, List<E> from) {
        List<E> chosen = new ArrayList<>();
        for (E e : from) {
            if (chance(in, 40)) {
                chosen.add(e);
            }
        }
        return chosen;
    }

    /** Like {@link #subset}, but never empty. */
    public static <E> List<E> subsetOrOne(RandomnessSource in, List<E> from) {
        List<E> chosen = subset(in, from);
        return chosen.isEmpty() ? List.of(pick(in, from)) : chosen;
    }

    /** One to {@code max} elements drawn with repetition. */
    public static <E> List<E> some(RandomnessSource in, List<E> from, int max) {
        int n = between(in, 1, max);
        List<E> chosen = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            chosen.add(pick(in, from));
        }
        return chosen;
    }
}
