package io.segmentation.internal;

import com.google.common.cache.CacheBuilder;
import com.google.common.cache.CacheLoader;
import com.google.common.cache.LoadingCache;
import com.google.common.util.concurrent.UncheckedExecutionException;
import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;

/** Compiled RE2/J patterns, cached so that a condition compiles its expression once, not on every match. */
public final class Regexes {

    private static final LoadingCache<Key, Pattern> CACHE =
            CacheBuilder.newBuilder().maximumSize(10_000).build(CacheLoader.from(Regexes::compileNow));

    private Regexes() {}

    private record Key(String regex, boolean ignoreCase) {}

    /**
     * The compiled pattern.
     *
     * @param regex an RE2 expression
     * @param ignoreCase whether case is ignored
     * @return the pattern
     * @throws IllegalArgumentException if the expression is invalid, naming it and the reason
     */
    public static Pattern compile(String regex, boolean ignoreCase) {
        try {
            return CACHE.getUnchecked(new Key(regex, ignoreCase));
        } catch (UncheckedExecutionException e) {
            if (e.getCause() instanceof IllegalArgumentException iae) {
                throw new IllegalArgumentException(iae.getMessage(), iae);
            }
            throw e;
        }
    }

    private static Pattern compileNow(Key key) {
        try {
            return Pattern.compile(key.regex(), key.ignoreCase() ? Pattern.CASE_INSENSITIVE : 0);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException(
                    "invalid regular expression " + Format.quote(key.regex()) + ": " + e.getDescription(), e);
        } catch (RuntimeException | StackOverflowError e) {
            throw new IllegalArgumentException(
                    "regular expression " + Format.quote(key.regex()) + " cannot be compiled: " + e, e);
        }
    }
}
