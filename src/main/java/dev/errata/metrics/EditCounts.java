package dev.errata.metrics;

/**
 * The word edits of one transcript against its reference.
 *
 * @param referenceWords the words of the reference
 */
public record EditCounts(int referenceWords, int substitutions, int deletions, int insertions) {

    public int edits() {
        return substitutions + deletions + insertions;
    }

    /** Edits ÷ reference words; 0 when both are 0, infinite when a transcript without words gains some. */
    public double wordErrorRate() {
        return referenceWords == 0 ? (edits() == 0 ? 0 : Double.POSITIVE_INFINITY) : (double) edits() / referenceWords;
    }
}
