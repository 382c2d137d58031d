package dev.bconf.schema;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/**
 * Finds the known name a misspelt resource type or directive most likely meant, by edit
 * distance (an insertion, deletion, substitution or swap of neighbours counts one), comparing
 * as Bareos does: case and blanks ignored.
 */
public final class DidYouMean {

    private DidYouMean() {
    }

    /**
     * The candidate nearest to {@code written}, if one is near enough to be a plausible typo:
     * at most one edit for names up to five characters, two up to eight, three beyond. Ties
     * go to the alphabetically first candidate. A candidate equal to {@code written} is not
     * a suggestion.
     */
    public static Optional<String> nearest(String written, Collection<String> candidates) {
        String word = Names.fold(written);
        int limit = word.length() <= 5 ? 1 : word.length() <= 8 ? 2 : 3;
        return candidates.stream()
                .map(c -> new Scored(c, distance(word, Names.fold(c))))
                .filter(s -> s.distance > 0 && s.distance <= limit)
                .min(Comparator.comparingInt(Scored::distance)
                        .thenComparing(Scored::name, String.CASE_INSENSITIVE_ORDER))
                .map(Scored::name);
    }

    private record Scored(String name, int distance) {
    }

    /** Optimal string alignment distance: Levenshtein plus adjacent transpositions. */
    static int distance(String a, String b) {
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
                int best = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    best = Math.min(best, d[i - 2][j - 2] + 1);
                }
                d[i][j] = best;
            }
        }
        return d[a.length()][b.length()];
    }
}
