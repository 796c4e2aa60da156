package dev.errata.spark;

import dev.errata.metrics.ConfusionCounts;
import dev.errata.metrics.RateCounts;

/**
 * The totals the document reads from a confusion matrix: its evaluable rows, its errors (off the diagonal)
 * and, for a binary classification, the four cells of the positive class.
 *
 * @param rates the positive class's cells; empty unless a positive class is given
 */
record ConfusionTotals(long evaluable, long errors, RateCounts rates) {

    /** @param positive the positive class's index, -1 for none */
    static ConfusionTotals of(ConfusionCounts counts, int positive) {
        // cells: [tp, fn, fp, tn] then evaluable, errors
        long[] cells = new long[6];
        counts.forEachCell((actual, predicted, n) -> {
            cells[4] += n;
            cells[5] += actual == predicted ? 0 : n;
            if (positive >= 0) {
                cells[(actual == positive ? 0 : 2) + (predicted == positive ? 0 : 1)] += n;
            }
        });
        return new ConfusionTotals(cells[4], cells[5], new RateCounts(cells[0], cells[2], cells[3], cells[1]));
    }
}
