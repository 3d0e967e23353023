package io.segmentation.internal.model;

import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;

/**
 * Compiled RE2/J patterns, cached so that a condition compiles its expression once, not on every match.
 *
 * <p>Every pattern is checked by {@link PatternBudget} before RE2/J compiles it, so a pattern that would expand into a
 * huge program is refused with an {@link IllegalArgumentException} instead of costing seconds and megabytes (or an
 * {@link OutOfMemoryError}). The cache is bounded by weight — the compiled program's size plus the pattern's length —
 * to {@value #MAX_CACHE_WEIGHT} in all, not by a count of entries, so hostile patterns cannot pin much memory either.
 */
public final class Regexes {

    /** The most instructions (plus pattern characters) the cache keeps; least recently used patterns go first. */
    public static final long MAX_CACHE_WEIGHT = 200_000;

    private static final Cache<Key, Pattern> CACHE = CacheBuilder.newBuilder()
            .maximumWeight(MAX_CACHE_WEIGHT)
            .weigher((Key key, Pattern pattern) -> weight(key, pattern))
            .build();

    private Regexes() {}

    private record Key(String regex, boolean ignoreCase) {}

    /**
     * The compiled pattern.
     *
     * @param regex an RE2 expression
     * @param ignoreCase whether case is ignored
     * @return the pattern
     * @throws IllegalArgumentException if the expression is invalid, uses a construct RE2 lacks or exceeds a bound of
     *     {@link PatternBudget}, naming it and the reason
     */
    public static Pattern compile(String regex, boolean ignoreCase) {
        Key key = new Key(regex, ignoreCase);
        Pattern cached = CACHE.getIfPresent(key);
        if (cached != null) {
            return cached;
        }
        // Compiled outside the cache's loader, so that nothing reaches callers wrapped in Guava's exceptions.
        Pattern compiled = compileNow(key);
        CACHE.put(key, compiled);
        return compiled;
    }

    /** The program size plus the pattern's length: what an entry costs to keep. */
    private static int weight(Key key, Pattern pattern) {
        return Math.max(1, pattern.programSize() + key.regex().length());
    }

    private static Pattern compileNow(Key key) {
        PatternBudget.check(key.regex(), key.ignoreCase());
        try {
            return Pattern.compile(key.regex(), key.ignoreCase() ? Pattern.CASE_INSENSITIVE : 0);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException(
                    "invalid regular expression " + PatternBudget.excerpt(key.regex()) + ": " + e.getDescription(), e);
        } catch (RuntimeException | StackOverflowError e) {
            // Defence in depth: the budget bounds nesting and size, so RE2/J's recursion stays shallow.
            throw new IllegalArgumentException(
                    "regular expression " + PatternBudget.excerpt(key.regex()) + " cannot be compiled: " + e, e);
        }
    }
}
