package dev.errata.metrics;

import dev.errata.data.WordAlignment;

/**
 * The word edits of one transcript against its reference.
 *
 * @param referenceWords the words of the reference
 */
public record EditCounts(int referenceWords, int substitutions, int deletions, int insertions) {

    /** The counts of each kind of edit in the alignment of {@code recognised} with {@code reference}. */
    public static EditCounts of(String reference, String recognised) {
        int[] byKind = new int[WordAlignment.Kind.values().length];
        for (WordAlignment.Step step : WordAlignment.align(reference, recognised)) {
            byKind[step.kind().ordinal()]++;
        }
        return new EditCounts(
                WordAlignment.words(reference).length,
                byKind[WordAlignment.Kind.SUBSTITUTION.ordinal()],
                byKind[WordAlignment.Kind.DELETION.ordinal()],
                byKind[WordAlignment.Kind.INSERTION.ordinal()]);
    }

    public int edits() {
        return substitutions + deletions + insertions;
    }

    /** Edits ÷ reference words; 0 when both are 0, infinite when a transcript without words gains some. */
    public double wordErrorRate() {
        return referenceWords == 0 ? (edits() == 0 ? 0 : Double.POSITIVE_INFINITY) : (double) edits() / referenceWords;
    }
}
