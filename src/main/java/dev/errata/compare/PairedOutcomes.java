package dev.errata.compare;

import dev.errata.metrics.ErrorRows;
import org.roaringbitmap.RoaringBitmap;

/**
 * Two models on the same rows: which rows the second fixed (the first wrong, the second right) and broke
 * (the first right, the second wrong), McNemar's exact p-value of the two counts, and the difference of
 * their accuracies with its paired interval. Only rows both models can be judged on count.
 *
 * @param rows the rows both models have a prediction for
 */
public record PairedOutcomes(
        long rows,
        RoaringBitmap fixedRows,
        RoaringBitmap brokenRows,
        double pValue,
        PairedDifference accuracyDifference) {

    /** The outcomes of {@code first} and {@code second} on {@code among}. */
    public static PairedOutcomes of(RoaringBitmap among, ErrorRows first, ErrorRows second) {
        RoaringBitmap both = RoaringBitmap.and(among, RoaringBitmap.and(first.evaluable(), second.evaluable()));
        RoaringBitmap firstWrong = RoaringBitmap.and(both, first.errors());
        RoaringBitmap secondWrong = RoaringBitmap.and(both, second.errors());
        RoaringBitmap fixed = RoaringBitmap.andNot(firstWrong, secondWrong);
        RoaringBitmap broken = RoaringBitmap.andNot(secondWrong, firstWrong);
        long bothWrong = RoaringBitmap.andCardinality(firstWrong, secondWrong);
        long rows = both.getLongCardinality();
        long fixedCount = fixed.getLongCardinality();
        long brokenCount = broken.getLongCardinality();
        long bothRight = rows - fixedCount - brokenCount - bothWrong;
        return new PairedOutcomes(
                rows,
                fixed,
                broken,
                McNemar.exactPValue(fixedCount, brokenCount),
                PairedDifference.of(bothRight, fixedCount, brokenCount, bothWrong));
    }

    public long fixed() {
        return fixedRows.getLongCardinality();
    }

    public long broken() {
        return brokenRows.getLongCardinality();
    }
}
