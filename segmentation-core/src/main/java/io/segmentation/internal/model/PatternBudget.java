package io.segmentation.internal.model;

import io.segmentation.internal.describe.Format;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;

/**
 * An upper estimate of the program RE2/J would compile from a pattern, read from the pattern's text before RE2/J sees
 * it. RE2/J matches in time linear in the input, but it copies a counted repeat {@code x{n,m}} into the program up to
 * {@code m} times, so {@code (a{1,1000}){1,1000}} becomes a million instructions: slow to compile, about 100 MB to
 * keep, and as many steps per character matched. This check refuses such patterns in time linear in the pattern, with
 * no recursion and no allocation proportional to the expansion, so no {@link Error} can come from a hostile pattern.
 *
 * <p>The bounds, each refused with an {@link IllegalArgumentException} that names the pattern and the reason:
 *
 * <ul>
 *   <li>a pattern has at most {@value #MAX_LENGTH} chars;
 *   <li>a counted repeat's count is at most {@value #MAX_REPEAT} (as in RE2);
 *   <li>the product of the counts of nested counted repeats is at most {@value #MAX_REPEAT} (as in RE2);
 *   <li>groups nest at most {@value #MAX_GROUP_DEPTH} deep;
 *   <li>the estimated program has at most {@value #MAX_PROGRAM_SIZE} instructions.
 * </ul>
 *
 * <p>The estimate never falls below RE2/J's own {@code Pattern.programSize()} (a law test holds it to that): a literal
 * character, a class, {@code .}, an anchor or an empty alternative counts one instruction; a capture two more; {@code
 * +}, {@code ?} and {@code |} one each, {@code *} two; and {@code x{n,m}} counts {@code k × (size(x) + 1) + 1} with {@code
 * k = max(n, m, 1)}. Constructs RE2 lacks — look-arounds, back-references, atomic groups, possessive quantifiers,
 * conditionals, recursion — are named in the message rather than left to RE2/J's terse wording.
 */
public final class PatternBudget {

    /** The most instructions a pattern's estimated program may have. */
    public static final int MAX_PROGRAM_SIZE = 1_000;

    /** The largest count of a counted repeat, and of the product of nested counted repeats. */
    public static final int MAX_REPEAT = 1_000;

    /** The deepest nesting of groups. */
    public static final int MAX_GROUP_DEPTH = 100;

    /**
     * The longest pattern, in chars. Long classes, names and flag groups cost few instructions, so the program bound
     * alone would let a pattern of megabytes through (from JSON or the DSL, which have no text limit).
     */
    public static final int MAX_LENGTH = 10_000;

    /** RE2/J adds a fail and a match instruction to every program. */
    private static final int PROGRAM_OVERHEAD = 2;

    /** Sizes saturate here instead of overflowing: far above every limit, far below {@code Long.MAX_VALUE}. */
    private static final long SATURATED = 1L << 50;

    private static final int EXCERPT = 80;

    /** RE2/J 1.8 never finishes folding the case of these (their case orbit does not lead back to them). */
    private static final int UNFOLDABLE_FIRST = 0x1C80;

    private static final int UNFOLDABLE_LAST = 0x1C88;

    private final String regex;
    private final boolean ignoreCase;
    private boolean foldFlag;
    private int unfoldableAt = -1;
    private final Deque<Group> open = new ArrayDeque<>();
    private Group top = new Group(false);
    private long worstProduct = 1;
    private String worstRepeat = "";
    private int worstAt = -1;
    private long worstInner = 1;

    private PatternBudget(String regex, boolean ignoreCase) {
        this.regex = regex;
        this.ignoreCase = ignoreCase;
    }

    /**
     * Checks a pattern against the bounds and estimates its program size.
     *
     * @param regex an RE2 pattern
     * @return the estimated number of instructions, at least RE2/J's program size, at most {@link #MAX_PROGRAM_SIZE}
     * @throws IllegalArgumentException if the pattern exceeds a bound or uses a construct RE2 lacks, naming the pattern
     *     and the reason
     */
    public static int check(String regex) {
        return check(regex, false);
    }

    /**
     * Checks a pattern against the bounds and estimates its program size, for matching with or without case.
     *
     * @param regex an RE2 pattern
     * @param ignoreCase whether the pattern is compiled ignoring case
     * @return the estimated number of instructions, at least RE2/J's program size, at most {@link #MAX_PROGRAM_SIZE}
     * @throws IllegalArgumentException if the pattern exceeds a bound, uses a construct RE2 lacks, or names a character
     *     RE2/J cannot fold when case is ignored, naming the pattern and the reason
     */
    public static int check(String regex, boolean ignoreCase) {
        return new PatternBudget(regex, ignoreCase).run();
    }

    /**
     * The pattern for messages: quoted, and cut to its first {@value #EXCERPT} characters when longer.
     *
     * @param regex the pattern
     * @return its quoted excerpt
     */
    public static String excerpt(String regex) {
        if (regex.length() <= EXCERPT) {
            return Format.quote(regex);
        }
        int end = Character.isHighSurrogate(regex.charAt(EXCERPT - 1)) ? EXCERPT - 1 : EXCERPT;
        return Format.quote(regex.substring(0, end)) + "… (" + count(regex.length()) + " characters)";
    }

    private int run() {
        int n = regex.length();
        if (n > MAX_LENGTH) {
            throw new IllegalArgumentException(
                    "pattern " + excerpt(regex) + " is longer than the limit of " + count(MAX_LENGTH) + " characters");
        }
        int i = 0;
        while (i < n) {
            char c = regex.charAt(i);
            switch (c) {
                case '(':
                    i = open(i);
                    break;
                case ')':
                    close();
                    i++;
                    break;
                case '|':
                    top.bar();
                    i++;
                    break;
                case '*':
                case '+':
                case '?':
                    if (top.lastSize < 0) {
                        // A quantifier with nothing to repeat is RE2/J's to refuse.
                        i++;
                    } else {
                        // A star around something that can match empty compiles as a plus inside a quest.
                        top.repeat(add(top.lastSize, c == '*' ? 2 : 1), top.lastProduct);
                        i = afterQuantifier(i, i + 1);
                    }
                    break;
                case '{':
                    i = brace(i);
                    break;
                case '[':
                    i = charClass(i);
                    top.atom(1, 1);
                    break;
                case '\\':
                    i = escape(i);
                    break;
                default:
                    top.atom(1, 1);
                    character(regex.codePointAt(i), i);
                    i += Character.charCount(regex.codePointAt(i));
                    break;
            }
        }
        while (!open.isEmpty()) {
            close();
        }
        if (unfoldableAt >= 0 && (ignoreCase || foldFlag)) {
            throw new IllegalArgumentException("pattern " + excerpt(regex) + " names a character in U+1C80–U+1C88 at"
                    + " index " + unfoldableAt + " while ignoring case, which RE2/J cannot fold (it would never finish"
                    + " compiling); match those characters with case");
        }
        long size = add(top.total(), PROGRAM_OVERHEAD);
        if (worstProduct > MAX_REPEAT) {
            throw new IllegalArgumentException("pattern " + excerpt(regex) + " nests counted repeats to "
                    + count(worstProduct) + " repetitions in all ('" + worstRepeat + "' at index " + worstAt
                    + " around a part already repeated " + count(worstInner) + " times), which would expand to about "
                    + count(size)
                    + " instructions; nested counted repeats are limited to " + count(MAX_REPEAT)
                    + " repetitions in all");
        }
        if (size > MAX_PROGRAM_SIZE) {
            throw new IllegalArgumentException("pattern " + excerpt(regex) + " would expand to about " + count(size)
                    + " instructions; the limit is " + count(MAX_PROGRAM_SIZE));
        }
        return (int) size;
    }

    /** Opens a group at {@code i} (or reads a flag group), returning the index after its opening. */
    private int open(int i) {
        if (!regex.startsWith("(?", i)) {
            push(true, i);
            return i + 1;
        }
        unsupportedGroup(i);
        if (regex.startsWith("(?P<", i) || regex.startsWith("(?<", i)) {
            int end = regex.indexOf('>', i);
            push(true, i);
            return end < 0 ? regex.length() : end + 1;
        }
        int j = i + 2;
        while (j < regex.length() && "imsU-".indexOf(regex.charAt(j)) >= 0) {
            foldFlag |= regex.charAt(j) == 'i';
            j++;
        }
        if (j < regex.length() && regex.charAt(j) == ')') {
            return j + 1;
        }
        if (j < regex.length() && regex.charAt(j) == ':') {
            push(false, i);
            return j + 1;
        }
        // RE2/J refuses what follows; read on as if a group opened, so the estimate stays an upper bound.
        push(false, i);
        return i + 2;
    }

    private void unsupportedGroup(int i) {
        String rest = regex.substring(i, Math.min(regex.length(), i + 4));
        String construct = null;
        if (rest.startsWith("(?<=")) {
            construct = "look-behind '(?<=…)'";
        } else if (rest.startsWith("(?<!")) {
            construct = "negative look-behind '(?<!…)'";
        } else if (rest.startsWith("(?=")) {
            construct = "look-ahead '(?=…)'";
        } else if (rest.startsWith("(?!")) {
            construct = "negative look-ahead '(?!…)'";
        } else if (rest.startsWith("(?>")) {
            construct = "atomic group '(?>…)'";
        } else if (rest.startsWith("(?#")) {
            construct = "comment group '(?#…)'";
        } else if (rest.startsWith("(?(")) {
            construct = "conditional '(?(…)…)'";
        } else if (rest.startsWith("(?|")) {
            construct = "branch reset '(?|…)'";
        } else if (rest.startsWith("(?P=")) {
            construct = "named back-reference '(?P=…)'";
        } else if (rest.startsWith("(?P>")
                || rest.startsWith("(?&")
                || rest.startsWith("(?R")
                || rest.matches("\\(\\?[+-]?[0-9].*")) {
            construct = "recursion '" + rest.substring(0, Math.min(3, rest.length())) + "…'";
        }
        if (construct != null) {
            throw unsupported(construct, i);
        }
    }

    private IllegalArgumentException unsupported(String construct, int at) {
        return new IllegalArgumentException("pattern " + excerpt(regex) + " uses " + construct + " at index " + at
                + ", which RE2 syntax does not have (no look-arounds, back-references, atomic groups or possessive"
                + " quantifiers: that is what keeps matching linear)");
    }

    private void push(boolean capture, int at) {
        if (open.size() >= MAX_GROUP_DEPTH) {
            throw new IllegalArgumentException("pattern " + excerpt(regex) + " nests groups more than "
                    + MAX_GROUP_DEPTH + " deep at index " + at + "; the limit is " + MAX_GROUP_DEPTH);
        }
        open.push(top);
        top = new Group(capture);
    }

    private void close() {
        if (open.isEmpty()) {
            // An unmatched ')' is RE2/J's to refuse; it adds nothing to the program.
            return;
        }
        Group group = top;
        top = open.pop();
        top.atom(add(group.total(), group.capture ? 2 : 0), group.product);
    }

    /** Reads a lazy {@code ?} after a quantifier ending before {@code end}, refusing a possessive {@code +}. */
    private int afterQuantifier(int start, int end) {
        if (end < regex.length() && regex.charAt(end) == '?') {
            return end + 1;
        }
        if (end < regex.length() && regex.charAt(end) == '+') {
            throw unsupported("possessive quantifier '" + regex.substring(start, end + 1) + "'", start);
        }
        return end;
    }

    /** A counted repeat {@code {n}}, {@code {n,}} or {@code {n,m}} at {@code i}, or a literal brace as in RE2. */
    private int brace(int i) {
        int j = i + 1;
        int minEnd = digits(j);
        if (minEnd < 0) {
            top.atom(1, 1);
            return i + 1;
        }
        long min = value(j, minEnd);
        long max = min;
        j = minEnd;
        if (j < regex.length() && regex.charAt(j) == ',') {
            j++;
            int maxEnd = digits(j);
            if (maxEnd < 0) {
                max = -1;
            } else {
                max = value(j, maxEnd);
                j = maxEnd;
            }
        }
        if (j >= regex.length() || regex.charAt(j) != '}') {
            top.atom(1, 1);
            return i + 1;
        }
        String repeat = regex.substring(i, j + 1);
        if (min > MAX_REPEAT || max > MAX_REPEAT) {
            throw new IllegalArgumentException("pattern " + excerpt(regex) + " repeats " + count(Math.max(min, max))
                    + " times in '" + repeat + "' at index " + i + "; a counted repeat is limited to "
                    + count(MAX_REPEAT));
        }
        if (top.lastSize >= 0) {
            long times = Math.max(1, Math.max(min, max));
            long product = multiply(times, top.lastProduct);
            if (product > worstProduct) {
                worstProduct = product;
                worstRepeat = repeat;
                worstAt = i;
                worstInner = top.lastProduct;
            }
            top.repeat(add(multiply(times, add(top.lastSize, 1)), 1), product);
        }
        return afterQuantifier(i, j + 1);
    }

    /** The end of a repeat count starting at {@code from} as RE2 reads it (no leading zeros), or -1 if none. */
    private int digits(int from) {
        int j = from;
        while (j < regex.length() && regex.charAt(j) >= '0' && regex.charAt(j) <= '9') {
            j++;
        }
        if (j == from || (j - from >= 2 && regex.charAt(from) == '0')) {
            return -1;
        }
        return j;
    }

    private long value(int from, int to) {
        return to - from > 9 ? SATURATED : Long.parseLong(regex.substring(from, to));
    }

    /** The index after a character class starting at {@code i}, found as RE2 finds it; notes its ranges. */
    private int charClass(int i) {
        int n = regex.length();
        int j = i + 1;
        if (j < n && regex.charAt(j) == '^') {
            j++;
        }
        boolean first = true;
        while (j < n) {
            char c = regex.charAt(j);
            if (c == ']' && !first) {
                return j + 1;
            }
            first = false;
            if (c == '[' && regex.startsWith("[:", j)) {
                int end = regex.indexOf(":]", j + 2);
                if (end >= 0) {
                    j = end + 2;
                    continue;
                }
            }
            int start = j;
            int low = classCharacter(j);
            j = c == '\\' ? escapeEnd(j) : j + Character.charCount(regex.codePointAt(j));
            int high = low;
            if (low >= 0 && j + 1 < n && regex.charAt(j) == '-' && regex.charAt(j + 1) != ']') {
                high = classCharacter(j + 1);
                j = regex.charAt(j + 1) == '\\'
                        ? escapeEnd(j + 1)
                        : j + 1 + Character.charCount(regex.codePointAt(j + 1));
            }
            if (low >= 0 && high >= 0 && low <= UNFOLDABLE_LAST && high >= UNFOLDABLE_FIRST) {
                unfoldable(start);
            }
        }
        return n;
    }

    /** The character a class item at {@code i} stands for, or -1 for a class escape such as {@code \d}. */
    private int classCharacter(int i) {
        if (regex.charAt(i) != '\\') {
            return regex.codePointAt(i);
        }
        return escapedCharacter(i);
    }

    /** The character an escape at {@code i} stands for, or -1 when it stands for a class, an anchor or nothing. */
    private int escapedCharacter(int i) {
        int n = regex.length();
        if (i + 1 >= n) {
            return -1;
        }
        char e = regex.charAt(i + 1);
        if (e == 'x') {
            int end = escapeEnd(i);
            String hex = regex.charAt(Math.min(n - 1, i + 2)) == '{'
                    ? regex.substring(Math.min(n, i + 3), Math.max(Math.min(n, i + 3), end - 1))
                    : regex.substring(Math.min(n, i + 2), end);
            return hex.isEmpty() || hex.length() > 8 || !hex.chars().allMatch(h -> Character.digit(h, 16) >= 0)
                    ? -1
                    : (int) Math.min(Long.parseLong(hex, 16), Character.MAX_CODE_POINT);
        }
        if (Character.isLetterOrDigit(e)) {
            return -1;
        }
        return regex.codePointAt(i + 1);
    }

    private void character(int codePoint, int at) {
        if (codePoint >= UNFOLDABLE_FIRST && codePoint <= UNFOLDABLE_LAST) {
            unfoldable(at);
        }
    }

    private void unfoldable(int at) {
        if (unfoldableAt < 0) {
            unfoldableAt = at;
        }
    }

    /** An escape outside a class at {@code i}: one instruction, or a quoted literal run {@code \Q…\E}. */
    private int escape(int i) {
        int n = regex.length();
        if (i + 1 >= n) {
            return n;
        }
        char e = regex.charAt(i + 1);
        if (e == 'Q') {
            int end = regex.indexOf("\\E", i + 2);
            int stop = end < 0 ? n : end;
            long runes = regex.codePointCount(i + 2, stop);
            regex.substring(i + 2, stop).codePoints().forEach(c -> character(c, i));
            top.atom(Math.max(1, runes), 1);
            return end < 0 ? n : end + 2;
        }
        if (e == 'k' || e == 'g') {
            throw unsupported("back-reference '\\" + e + "'", i);
        }
        boolean nextIsDigit = i + 2 < n && Character.isDigit(regex.charAt(i + 2));
        if (e == '8' || e == '9' || (e >= '1' && e <= '7' && !nextIsDigit)) {
            throw unsupported("back-reference '\\" + e + "'", i);
        }
        top.atom(1, 1);
        int escaped = escapedCharacter(i);
        if (escaped >= 0) {
            character(escaped, i);
        }
        return escapeEnd(i);
    }

    /** The index after the escape at {@code i}, read as RE2 reads it. */
    private int escapeEnd(int i) {
        int n = regex.length();
        if (i + 1 >= n) {
            return n;
        }
        char e = regex.charAt(i + 1);
        if ((e == 'p' || e == 'P' || e == 'x') && i + 2 < n && regex.charAt(i + 2) == '{') {
            int end = regex.indexOf('}', i + 3);
            return end < 0 ? n : end + 1;
        }
        if (e == 'x') {
            return Math.min(n, i + 4);
        }
        if (e >= '0' && e <= '7') {
            int j = i + 2;
            while (j < n && j < i + 4 && regex.charAt(j) >= '0' && regex.charAt(j) <= '7') {
                j++;
            }
            return j;
        }
        return i + 1 + Character.charCount(regex.codePointAt(i + 1));
    }

    private static long add(long a, long b) {
        return Math.min(SATURATED, a + b);
    }

    private static long multiply(long a, long b) {
        return a != 0 && b > SATURATED / a ? SATURATED : Math.min(SATURATED, a * b);
    }

    private static String count(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    /** A group being read: its finished alternatives, the sequence being read, and that sequence's last item. */
    private static final class Group {
        final boolean capture;
        long alternatives;
        int bars;
        long sequence;
        long lastSize = -1;
        long lastProduct = 1;
        long product = 1;

        Group(boolean capture) {
            this.capture = capture;
        }

        void atom(long size, long atomProduct) {
            sequence = add(sequence, size);
            lastSize = size;
            lastProduct = atomProduct;
            product = Math.max(product, atomProduct);
        }

        void repeat(long size, long repeatedProduct) {
            sequence = sequence >= SATURATED ? SATURATED : add(sequence - lastSize, size);
            lastSize = size;
            lastProduct = repeatedProduct;
            product = Math.max(product, repeatedProduct);
        }

        void bar() {
            alternatives = add(alternatives, Math.max(1, sequence));
            bars++;
            sequence = 0;
            lastSize = -1;
            lastProduct = 1;
        }

        long total() {
            return add(add(alternatives, Math.max(1, sequence)), bars);
        }
    }
}
