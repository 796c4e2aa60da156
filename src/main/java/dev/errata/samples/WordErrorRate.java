package dev.errata.samples;

import java.util.List;

/** The word error rate of a transcript: the fewest substitutions, deletions and insertions that turn it into the reference, per reference word. */
final class WordErrorRate {

    private WordErrorRate() {}

    static double of(List<String> reference, List<String> recognised) {
        return (double) editDistance(reference, recognised) / reference.size();
    }

    /** Levenshtein distance over words, keeping one row of the table. */
    static int editDistance(List<String> from, List<String> to) {
        int[] previous = new int[to.size() + 1];
        int[] current = new int[to.size() + 1];
        for (int j = 0; j <= to.size(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= from.size(); i++) {
            current[0] = i;
            for (int j = 1; j <= to.size(); j++) {
                int substitution = previous[j - 1] + (from.get(i - 1).equals(to.get(j - 1)) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[to.size()];
    }
}
