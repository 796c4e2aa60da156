package dev.errata.metrics;

import dev.errata.data.WordAlignment;
import dev.errata.data.WordEdit;
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
    public record Confusion(WordAlignment.Kind kind, String reference, String recognised, long count) {

        /** The edit this confusion counts. */
        public WordEdit edit() {
            return new WordEdit(kind, reference, recognised);
        }
    }

    private WordConfusions() {}

    /** The {@code limit} most frequent confusions of {@code rows}, most frequent first, ties in word order. */
    public static List<Confusion> mostFrequent(Transcripts transcripts, RoaringBitmap rows, int limit) {
        Map<WordEdit, Long> counts = new HashMap<>();
        rows.forEach((IntConsumer) row -> {
            if (transcripts.isPresent(row) && transcripts.wordEdits(row) > 0) {
                for (WordAlignment.Step step :
                        WordAlignment.align(transcripts.reference(row), transcripts.recognised(row))) {
                    if (step.kind() != WordAlignment.Kind.MATCH) {
                        counts.merge(WordEdit.of(step), 1L, Long::sum);
                    }
                }
            }
        });
        List<Confusion> all = new ArrayList<>();
        counts.forEach(
                (edit, count) -> all.add(new Confusion(edit.kind(), edit.reference(), edit.recognised(), count)));
        all.sort(Comparator.comparingLong(Confusion::count)
                .reversed()
                .thenComparing(Confusion::reference)
                .thenComparing(Confusion::recognised));
        return List.copyOf(all.subList(0, Math.min(limit, all.size())));
    }

    /** The rows among {@code rows} whose alignment holds {@code confusion} at least once, as a filter shows them. */
    public static RoaringBitmap rowsWith(Transcripts transcripts, RoaringBitmap rows, Confusion confusion) {
        WordEdit wanted = confusion.edit();
        RoaringBitmap found = new RoaringBitmap();
        rows.forEach((IntConsumer) row -> {
            if (transcripts.isPresent(row)
                    && transcripts.wordEdits(row) > 0
                    && WordAlignment.holds(transcripts.reference(row), transcripts.recognised(row), wanted)) {
                found.add(row);
            }
        });
        return found;
    }
}
