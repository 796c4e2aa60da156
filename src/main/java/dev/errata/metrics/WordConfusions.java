package dev.errata.metrics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.roaringbitmap.IntConsumer;
import org.roaringbitmap.RoaringBitmap;

/**
 * The words a recogniser confuses most often, counted over the alignments of some rows: a misheard word
 * ("two" → "to"), a dropped word ("the" → nothing) or an added one (nothing → "uh").
 */
public final class WordConfusions {

    /**
     * One confusion and how often it happens.
     *
     * @param reference the word said; empty for an insertion
     * @param recognised the word recognised; empty for a deletion
     */
    public record Confusion(WordAlignment.Kind kind, String reference, String recognised, long count) {}

    private record Pair(WordAlignment.Kind kind, String reference, String recognised) {

        static Pair of(WordAlignment.Step step) {
            return new Pair(step.kind(), orEmpty(step.reference()), orEmpty(step.recognised()));
        }
    }

    private WordConfusions() {}

    /** The {@code limit} most frequent confusions of {@code rows}, most frequent first, ties in word order. */
    public static List<Confusion> mostFrequent(Transcripts transcripts, RoaringBitmap rows, int limit) {
        Map<Pair, Long> counts = new HashMap<>();
        rows.forEach((IntConsumer) row -> {
            if (transcripts.isPresent(row) && transcripts.wordEdits(row) > 0) {
                for (WordAlignment.Step step :
                        WordAlignment.align(transcripts.reference(row), transcripts.recognised(row))) {
                    if (step.kind() != WordAlignment.Kind.MATCH) {
                        counts.merge(Pair.of(step), 1L, Long::sum);
                    }
                }
            }
        });
        List<Confusion> all = new ArrayList<>();
        counts.forEach(
                (pair, count) -> all.add(new Confusion(pair.kind(), pair.reference(), pair.recognised(), count)));
        all.sort(Comparator.comparingLong(Confusion::count)
                .reversed()
                .thenComparing(Confusion::reference)
                .thenComparing(Confusion::recognised));
        return List.copyOf(all.subList(0, Math.min(limit, all.size())));
    }

    /** The rows among {@code rows} whose alignment holds {@code confusion} at least once, as a filter shows them. */
    public static RoaringBitmap rowsWith(Transcripts transcripts, RoaringBitmap rows, Confusion confusion) {
        Pair wanted = new Pair(confusion.kind(), confusion.reference(), confusion.recognised());
        RoaringBitmap found = new RoaringBitmap();
        rows.forEach((IntConsumer) row -> {
            if (transcripts.isPresent(row) && transcripts.wordEdits(row) > 0) {
                for (WordAlignment.Step step :
                        WordAlignment.align(transcripts.reference(row), transcripts.recognised(row))) {
                    if (wanted.equals(Pair.of(step))) {
                        found.add(row);
                        return;
                    }
                }
            }
        });
        return found;
    }

    private static String orEmpty(String word) {
        return word == null ? "" : word;
    }
}
