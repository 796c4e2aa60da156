package dev.errata.metrics;

/**
 * Word and character error rates of transcripts against their references, over the rows with both, as
 * Kaldi's {@code compute-wer} and jiwer define them: corpus rates, the edits of all rows over the
 * reference words (or characters) of all rows, not a mean of the rows' rates. Undefined values are NaN.
 *
 * @param referenceCharacters the references' characters, the spaces between words counted
 * @param characterEdits the character edit distance summed over the rows
 * @param sentenceErrors rows with at least one word edit
 */
public record TranscriptionMetrics(
        long rows,
        long referenceWords,
        long substitutions,
        long deletions,
        long insertions,
        long referenceCharacters,
        long characterEdits,
        long sentenceErrors) {

    /** (substitutions + deletions + insertions) ÷ reference words; NaN without reference words. */
    public double wordErrorRate() {
        return referenceWords == 0 ? Double.NaN : (double) (substitutions + deletions + insertions) / referenceWords;
    }

    /** Character edits ÷ reference characters; NaN without reference characters. */
    public double characterErrorRate() {
        return referenceCharacters == 0 ? Double.NaN : (double) characterEdits / referenceCharacters;
    }

    /** Rows with at least one word edit ÷ rows; NaN without rows. */
    public double sentenceErrorRate() {
        return rows == 0 ? Double.NaN : (double) sentenceErrors / rows;
    }
}
