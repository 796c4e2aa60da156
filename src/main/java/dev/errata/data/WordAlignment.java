package dev.errata.data;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A reference transcript aligned with a recognised one by Levenshtein distance with unit costs over words,
 * the alignment word error rate counts. Of the alignments with the fewest edits it takes Kaldi's
 * ({@code compute-wer}): a word that matches is a match; otherwise a substitution when strictly cheaper,
 * else an insertion when strictly cheaper than a deletion, else a deletion. Words are compared as written
 * (case and punctuation count, as jiwer's defaults); any run of white space separates two words.
 */
public final class WordAlignment {

    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

    /** What one step of the alignment does to the reference. */
    public enum Kind {
        MATCH,
        SUBSTITUTION,
        DELETION,
        INSERTION
    }

    /**
     * One step: a reference word and the recognised word it became.
     *
     * @param reference null for an insertion
     * @param recognised null for a deletion
     */
    public record Step(Kind kind, String reference, String recognised) {}

    private WordAlignment() {}

    /** The words of a transcript; none for null or blank text. */
    public static String[] words(String text) {
        String trimmed = text == null ? "" : text.strip();
        return trimmed.isEmpty() ? new String[0] : WHITE_SPACE.split(trimmed);
    }

    /** The steps turning the reference's words into the recognised words, in order. */
    public static List<Step> align(String reference, String recognised) {
        String[] ref = words(reference);
        String[] hyp = words(recognised);
        Kind[][] choice = choices(ref, hyp);
        List<Step> steps = new ArrayList<>();
        int i = ref.length;
        int j = hyp.length;
        while (i > 0 || j > 0) {
            Kind kind = choice[i][j];
            switch (kind) {
                case MATCH, SUBSTITUTION -> steps.add(new Step(kind, ref[--i], hyp[--j]));
                case DELETION -> steps.add(new Step(kind, ref[--i], null));
                case INSERTION -> steps.add(new Step(kind, null, hyp[--j]));
            }
        }
        Collections.reverse(steps);
        return steps;
    }

    /**
     * Whether aligning {@code recognised} with {@code reference} takes {@code edit} at least once: the one
     * test behind a confusion's rows, for the table of confusions and for the rules that select them.
     */
    public static boolean holds(String reference, String recognised, WordEdit edit) {
        for (Step step : align(reference, recognised)) {
            if (edit.equals(WordEdit.of(step))) {
                return true;
            }
        }
        return false;
    }

    /** Per cell (reference words used, recognised words used) the last step of its chosen alignment. */
    private static Kind[][] choices(String[] ref, String[] hyp) {
        int[][] cost = new int[ref.length + 1][hyp.length + 1];
        Kind[][] choice = new Kind[ref.length + 1][hyp.length + 1];
        for (int i = 1; i <= ref.length; i++) {
            cost[i][0] = i;
            choice[i][0] = Kind.DELETION;
        }
        for (int j = 1; j <= hyp.length; j++) {
            cost[0][j] = j;
            choice[0][j] = Kind.INSERTION;
        }
        for (int i = 1; i <= ref.length; i++) {
            for (int j = 1; j <= hyp.length; j++) {
                int diagonal = cost[i - 1][j - 1];
                int left = cost[i][j - 1];
                int up = cost[i - 1][j];
                if (ref[i - 1].equals(hyp[j - 1])) {
                    cost[i][j] = diagonal;
                    choice[i][j] = Kind.MATCH;
                } else if (diagonal < left && diagonal < up) {
                    cost[i][j] = diagonal + 1;
                    choice[i][j] = Kind.SUBSTITUTION;
                } else if (left < up) {
                    cost[i][j] = left + 1;
                    choice[i][j] = Kind.INSERTION;
                } else {
                    cost[i][j] = up + 1;
                    choice[i][j] = Kind.DELETION;
                }
            }
        }
        return choice;
    }

    /**
     * The character edit distance between two transcripts, each its words joined by one space (so the
     * spaces between words count, as jiwer's character error rate counts them).
     */
    public static int characterEdits(String reference, String recognised) {
        String a = String.join(" ", words(reference));
        String b = String.join(" ", words(recognised));
        int[] a32 = a.codePoints().toArray();
        int[] b32 = b.codePoints().toArray();
        int[] previous = new int[b32.length + 1];
        int[] current = new int[b32.length + 1];
        for (int j = 0; j <= b32.length; j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a32.length; i++) {
            current[0] = i;
            for (int j = 1; j <= b32.length; j++) {
                int substitute = previous[j - 1] + (a32[i - 1] == b32[j - 1] ? 0 : 1);
                current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b32.length];
    }

    /** The characters of a transcript as {@link #characterEdits} counts them. */
    public static int characters(String text) {
        return (int) String.join(" ", words(text)).codePoints().count();
    }
}
