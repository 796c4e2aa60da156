package dev.errata.metrics;

import org.roaringbitmap.IntConsumer;
import org.roaringbitmap.RoaringBitmap;

/** Mergeable sums of the rows' word and character edits, for the whole data, a slice or a tag. */
public final class TranscriptionSums {

    private long rows;
    private long referenceWords;
    private long substitutions;
    private long deletions;
    private long insertions;
    private long referenceCharacters;
    private long characterEdits;
    private long sentenceErrors;

    /** Adds one evaluable row of a transcription. */
    public void add(Transcripts transcripts, int row) {
        rows++;
        referenceWords += transcripts.referenceWords(row);
        substitutions += transcripts.substitutions(row);
        deletions += transcripts.deletions(row);
        insertions += transcripts.insertions(row);
        referenceCharacters += transcripts.referenceCharacters(row);
        characterEdits += transcripts.characterEdits(row);
        sentenceErrors += transcripts.wordEdits(row) > 0 ? 1 : 0;
    }

    public TranscriptionSums merge(TranscriptionSums other) {
        rows += other.rows;
        referenceWords += other.referenceWords;
        substitutions += other.substitutions;
        deletions += other.deletions;
        insertions += other.insertions;
        referenceCharacters += other.referenceCharacters;
        characterEdits += other.characterEdits;
        sentenceErrors += other.sentenceErrors;
        return this;
    }

    public TranscriptionMetrics metrics() {
        return new TranscriptionMetrics(
                rows,
                referenceWords,
                substitutions,
                deletions,
                insertions,
                referenceCharacters,
                characterEdits,
                sentenceErrors);
    }

    /** Sums the evaluable rows of a transcription, in parallel chunks. */
    public static TranscriptionMetrics over(Outcomes outcomes) {
        return RowChunks.reduce(
                        outcomes.rowCount(),
                        TranscriptionSums::new,
                        (sums, from, to) -> {
                            for (int row = from; row < to; row++) {
                                if (outcomes.isEvaluable(row)) {
                                    sums.add(outcomes.transcripts(), row);
                                }
                            }
                        },
                        TranscriptionSums::merge)
                .metrics();
    }

    /** Sums the rows among {@code rows} that have both transcripts. */
    public static TranscriptionMetrics over(Transcripts transcripts, RoaringBitmap rows) {
        TranscriptionSums sums = new TranscriptionSums();
        rows.forEach((IntConsumer) row -> {
            if (transcripts.isPresent(row)) {
                sums.add(transcripts, row);
            }
        });
        return sums.metrics();
    }
}
