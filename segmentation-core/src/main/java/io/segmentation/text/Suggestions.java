package io.segmentation.text;

import java.util.Locale;

/** "Did you mean …?": the closest known name by edit distance, if it is close enough to be a typo. */
final class Suggestions {

    private Suggestions() {}

    static String closest(String unknown, Iterable<String> known) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        String u = unknown.toLowerCase(Locale.ROOT);
        for (String k : known) {
            int d = distance(u, k.toLowerCase(Locale.ROOT), bestDistance);
            if (d < bestDistance) {
                bestDistance = d;
                best = k;
            }
        }
        int tolerance = Math.max(1, Math.min(3, unknown.length() / 3));
        return bestDistance <= tolerance ? best : null;
    }

    /** Levenshtein distance, giving up (returning {@code limit}) once it cannot beat {@code limit}. */
    private static int distance(String a, String b, int limit) {
        if (Math.abs(a.length() - b.length()) >= limit || a.length() > 64 || b.length() > 64) {
            return limit;
        }
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
