package io.segmentation.jackson;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.StringJoiner;

/**
 * Damages valid queries the ways hostile or careless input does: tokens and characters inserted, deleted, replaced
 * and repeated; deep nesting; long lists; regular expressions, hostile and random; odd unicode. Deterministic for a
 * given {@link SplittableRandom}.
 */
final class QueryMutator {

    private static final List<String> GRAMMAR = List.of(
            "(",
            ")",
            "(",
            ")",
            "'",
            ",",
            ":",
            "-",
            "AND",
            "OR",
            "NOT",
            "IN",
            "SEGMENT",
            "BETWEEN",
            "IS",
            "MISSING",
            "PRESENT",
            "MATCHES",
            "STARTS",
            "ENDS",
            "WITH",
            "CONTAINS",
            "ANY",
            "ALL",
            "EMPTY",
            "IGNORING",
            "CASE",
            "WITHIN",
            "BEFORE",
            "AFTER",
            "TRUE",
            "FALSE",
            "=",
            "!=",
            "<",
            "<=",
            ">",
            ">=",
            "age",
            "city",
            "country",
            "purchases",
            "total_spent",
            "last_purchase",
            "event",
            "property",
            "attribute",
            "last",
            "from",
            "to",
            "today",
            "now",
            "-30d",
            "30d",
            "12h",
            "90min",
            "2026-01-31",
            "2026-01-31T10:00:00Z",
            "1e400",
            "-0",
            "99999999999999999999",
            "0.1",
            "NaN",
            "Infinity",
            "'DE'",
            "'x'",
            "''",
            "'\\''",
            "'\\\\'",
            "number",
            "text",
            "set",
            "instant",
            "boolean",
            "\n",
            "\t",
            "--");

    private static final List<String> ODD = List.of(
            "\uD800", "\uDC00", "\u202E", "\u200B", "\uFEFF", "\u0000", "\u0085", "\u2028", "٣", "３", "𝟘", "e\u0301",
            "İ", "ß", "🎉", "\u00A0", "é", "\\", "'", "\\u0041", "\r\n", "\u3000", "ǅ", "Ω");

    private static final List<String> PATTERN_PIECES = List.of(
            "a",
            "b",
            ".",
            "^",
            "$",
            "(",
            ")",
            "(?:",
            "(?i)",
            "(?P<n>",
            "|",
            "*",
            "+",
            "?",
            "*?",
            "{2}",
            "{0,3}",
            "{2,}",
            "{1,1000}",
            "{0,1000}",
            "{1000}",
            "{1001}",
            "{",
            "}",
            "[a-z]",
            "[^]x]",
            "[[:alpha:]]",
            "\\d",
            "\\pL",
            "\\p{Greek}",
            "\\x{41}",
            "\\Q(a{9}\\E",
            "\\b",
            "\\012",
            "\\1",
            "(?<=",
            "(?<!",
            "(?=",
            "(?>",
            "*+",
            "\\k<n>",
            "é",
            "🎉",
            "\uD800",
            "(a{1,1000}){1,1000}",
            "(.{0,1000})*",
            "(a+)+",
            "(x|x|x)*y");

    private static final List<String> HOSTILE_PATTERNS = List.of(
            "(a{1,1000}){1,1000}",
            "(.{0,1000})*b",
            "((a{1,100}){1,100}){1,100}",
            "(a+)+$",
            "(x|x|x)*y",
            "(?<=x)a",
            "(a)\\1",
            "a*+",
            "(?>a)",
            "a{1001}",
            "(".repeat(200) + "a" + ")".repeat(200),
            "x{1,499}",
            "[a-z0-9._%+-]{1,64}@[a-z0-9.-]{1,255}\\.[a-z]{2,24}");

    private final SplittableRandom random;

    QueryMutator(SplittableRandom random) {
        this.random = random;
    }

    private <E> E pick(List<E> from) {
        return from.get(random.nextInt(from.size()));
    }

    static String quoted(String text) {
        return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    String randomPattern() {
        if (random.nextInt(4) == 0) {
            return pick(HOSTILE_PATTERNS);
        }
        StringBuilder p = new StringBuilder();
        int pieces = 1 + random.nextInt(10);
        for (int i = 0; i < pieces; i++) {
            p.append(pick(PATTERN_PIECES));
        }
        return p.toString();
    }

    /** One to four damages of a valid query. */
    String mutate(String query) {
        String s = query;
        int edits = 1 + random.nextInt(4);
        for (int i = 0; i < edits; i++) {
            s = once(s);
        }
        return s;
    }

    private String once(String s) {
        switch (random.nextInt(12)) {
            case 0:
            case 1:
                return tokens(s);
            case 2:
                return characters(s);
            case 3:
                return insert(s, pick(ODD));
            case 4:
                return nested(s);
            case 5:
                return longList();
            case 6:
            case 7:
                return withPattern(s);
            case 8:
                return joined(s);
            case 9:
                return repeatedSlice(s);
            case 10:
                return insert(s, pick(GRAMMAR));
            default:
                return s.substring(0, s.isEmpty() ? 0 : random.nextInt(s.length()));
        }
    }

    /** Quoted strings, words, numbers, runs of space, two-character operators and single characters. */
    static List<String> split(String s) {
        List<String> tokens = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            int end = tokenEnd(s, i);
            tokens.add(s.substring(i, end));
            i = end;
        }
        return tokens;
    }

    private static int tokenEnd(String s, int i) {
        char c = s.charAt(i);
        int j = i + 1;
        if (c == '\'') {
            while (j < s.length() && s.charAt(j) != '\'') {
                j += s.charAt(j) == '\\' ? 2 : 1;
            }
            return Math.min(s.length(), j + 1);
        }
        if (Character.isLetter(c) || c == '_') {
            while (j < s.length() && (Character.isLetterOrDigit(s.charAt(j)) || s.charAt(j) == '_')) {
                j++;
            }
        } else if (Character.isDigit(c)) {
            while (j < s.length() && (Character.isLetterOrDigit(s.charAt(j)) || ".+-".indexOf(s.charAt(j)) >= 0)) {
                j++;
            }
        } else if (Character.isWhitespace(c)) {
            while (j < s.length() && Character.isWhitespace(s.charAt(j))) {
                j++;
            }
        } else if (j < s.length() && s.charAt(j) == '=' && "<>!".indexOf(c) >= 0) {
            j++;
        }
        return j;
    }

    private String tokens(String s) {
        List<String> tokens = split(s);
        if (tokens.isEmpty()) {
            return pick(GRAMMAR);
        }
        int at = random.nextInt(tokens.size());
        switch (random.nextInt(4)) {
            case 0:
                tokens.remove(at);
                break;
            case 1:
                tokens.add(at, pick(GRAMMAR) + " ");
                break;
            case 2:
                tokens.set(at, pick(GRAMMAR));
                break;
            default:
                tokens.add(at, tokens.get(random.nextInt(tokens.size())));
                break;
        }
        return String.join("", tokens);
    }

    private String characters(String s) {
        if (s.isEmpty()) {
            return pick(ODD);
        }
        StringBuilder b = new StringBuilder(s);
        int at = random.nextInt(b.length());
        switch (random.nextInt(3)) {
            case 0:
                b.delete(at, Math.min(b.length(), at + 1 + random.nextInt(8)));
                break;
            case 1:
                b.setCharAt(at, (char) random.nextInt(0x20, 0x3000));
                break;
            default:
                b.insert(at, (char) random.nextInt(0x20, 0x7f));
                break;
        }
        return b.toString();
    }

    private String insert(String s, String piece) {
        int at = s.isEmpty() ? 0 : random.nextInt(s.length() + 1);
        return s.substring(0, at) + piece + s.substring(at);
    }

    private String nested(String s) {
        int depth = 1 + random.nextInt(random.nextBoolean() ? 40 : 2_000);
        String open = random.nextBoolean() ? "(" : "NOT (";
        return open.repeat(depth) + s + ")".repeat(random.nextInt(depth + 2));
    }

    private String longList() {
        int size = 1 + random.nextInt(random.nextBoolean() ? 20 : 2_000);
        boolean numbers = random.nextBoolean();
        StringJoiner list = new StringJoiner(", ", numbers ? "age IN (" : "country IN (", ")");
        for (int i = 0; i < size; i++) {
            list.add(numbers ? Integer.toString(random.nextInt(200)) : quoted("c" + i));
        }
        return list.toString();
    }

    private String withPattern(String s) {
        String attribute = random.nextBoolean() ? "city" : "occupation";
        String condition =
                attribute + " MATCHES " + quoted(randomPattern()) + (random.nextInt(3) == 0 ? " IGNORING CASE" : "");
        return random.nextBoolean() ? condition : s + (random.nextBoolean() ? " AND " : " OR ") + condition;
    }

    private String joined(String s) {
        return s + pick(List.of(" AND ", " OR ", " AND NOT ", " ")) + s;
    }

    private String repeatedSlice(String s) {
        if (s.isEmpty()) {
            return s;
        }
        int from = random.nextInt(s.length());
        int to = Math.min(s.length(), from + 1 + random.nextInt(12));
        String slice = s.substring(from, to);
        return s.substring(0, to) + slice.repeat(1 + random.nextInt(random.nextBoolean() ? 3 : 500)) + s.substring(to);
    }
}
