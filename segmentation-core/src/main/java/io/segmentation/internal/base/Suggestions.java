package io.segmentation.internal.base;

import java.util.Locale;

/**
 * "Did you mean …?": the closest known name by edit distance, if it is close enough to be a typo. Shared by the
 * query language and the JSON module.
 */
public final class Suggestions {

    private Suggestions() {}

    /**
     * The known name closest to {@code unknown}, or {@code null} when none is within a few edits. Case differences
     * count as no edit, so {@code atleast} suggests {@code atLeast}.
     */
    public static String closest(String unknown, Iterable<String> known) {
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

    /** {@code " — did you mean 'x'?"} for the closest name, or the empty string. */
    public static String didYouMean(String unknown, Iterable<String> known) {
        String closest = closest(unknown, known);
        return closest == null ? "" : " — did you mean '" + closest + "'?";
    }

    /**
     * Edit distance counting an insertion, a deletion, a substitution or a swap of neighbours as one edit (optimal
     * string alignment), giving up (returning {@code limit}) once it cannot beat {@code limit}.
     */
    private static int distance(String a, String b, int limit) {
        if (Math.abs(a.length() - b.length()) >= limit || a.length() > 64 || b.length() > 64) {
            return limit;
        }
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
