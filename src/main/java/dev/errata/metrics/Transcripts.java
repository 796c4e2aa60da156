package dev.errata.metrics;

import dev.errata.data.CategoricalColumn;
import dev.errata.data.WordAlignment;
import java.util.stream.IntStream;

/**
 * The reference and recognised transcript of every row with each row's word and character edits, aligned
 * once when the data is bound. A row whose reference or transcript is missing has no edits and is not
 * evaluable.
 */
public final class Transcripts {

    private final CategoricalColumn reference;
    private final CategoricalColumn recognised;
    private final int[] referenceWords;
    private final int[] substitutions;
    private final int[] deletions;
    private final int[] insertions;
    private final int[] referenceCharacters;
    private final int[] characterEdits;

    private Transcripts(CategoricalColumn reference, CategoricalColumn recognised) {
        this.reference = reference;
        this.recognised = recognised;
        int rows = reference.size();
        referenceWords = new int[rows];
        substitutions = new int[rows];
        deletions = new int[rows];
        insertions = new int[rows];
        referenceCharacters = new int[rows];
        characterEdits = new int[rows];
    }

    /** Aligns every row, in parallel. */
    static Transcripts of(CategoricalColumn reference, CategoricalColumn recognised) {
        Transcripts t = new Transcripts(reference, recognised);
        IntStream.range(0, reference.size()).parallel().forEach(t::alignRow);
        return t;
    }

    private void alignRow(int row) {
        if (!isPresent(row)) {
            return;
        }
        String ref = reference.text(row);
        String hyp = recognised.text(row);
        EditCounts counts = EditCounts.of(ref, hyp);
        referenceWords[row] = counts.referenceWords();
        substitutions[row] = counts.substitutions();
        deletions[row] = counts.deletions();
        insertions[row] = counts.insertions();
        referenceCharacters[row] = WordAlignment.characters(ref);
        characterEdits[row] = WordAlignment.characterEdits(ref, hyp);
    }

    /** Whether the row has both a reference and a recognised transcript. */
    public boolean isPresent(int row) {
        return !reference.isMissing(row) && !recognised.isMissing(row);
    }

    public String reference(int row) {
        return reference.text(row);
    }

    public String recognised(int row) {
        return recognised.text(row);
    }

    public int referenceWords(int row) {
        return referenceWords[row];
    }

    public int substitutions(int row) {
        return substitutions[row];
    }

    public int deletions(int row) {
        return deletions[row];
    }

    public int insertions(int row) {
        return insertions[row];
    }

    public int wordEdits(int row) {
        return substitutions[row] + deletions[row] + insertions[row];
    }

    public int referenceCharacters(int row) {
        return referenceCharacters[row];
    }

    public int characterEdits(int row) {
        return characterEdits[row];
    }

    /** The row's word error rate, as {@link EditCounts#wordErrorRate()}. */
    public double wordErrorRate(int row) {
        return new EditCounts(referenceWords[row], substitutions[row], deletions[row], insertions[row]).wordErrorRate();
    }

    /** The row's character error rate: its character edits ÷ its reference characters. */
    public double characterErrorRate(int row) {
        int chars = referenceCharacters[row];
        return chars == 0
                ? (characterEdits[row] == 0 ? 0 : Double.POSITIVE_INFINITY)
                : (double) characterEdits[row] / chars;
    }
}
