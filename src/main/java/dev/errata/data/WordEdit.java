package dev.errata.data;

/**
 * One kind of word edit, told apart by its words: "two" heard as "to", "the" dropped, "uh" added.
 *
 * @param reference the word said; empty for an insertion
 * @param recognised the word recognised; empty for a deletion
 */
public record WordEdit(WordAlignment.Kind kind, String reference, String recognised) {

    /** The edit a step of an alignment makes. */
    public static WordEdit of(WordAlignment.Step step) {
        return new WordEdit(step.kind(), orEmpty(step.reference()), orEmpty(step.recognised()));
    }

    private static String orEmpty(String word) {
        return word == null ? "" : word;
    }
}
