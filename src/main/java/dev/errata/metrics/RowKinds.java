package dev.errata.metrics;

import java.util.List;
import java.util.function.IntToLongFunction;

/**
 * What each row adds to a slice's counts, as a few bits in one byte: worked out once for all the columns
 * sliced together, after which counting a slice column is one pass over two arrays.
 */
final class RowKinds {

    static final int EVALUABLE = 1;
    static final int ERROR = 2;
    /** The binary decision applies to the row. */
    static final int DECIDED = 4;

    static final int PREDICTED_POSITIVE = 8;
    static final int ACTUAL_POSITIVE = 16;

    private final byte[] kindOf;

    private RowKinds(byte[] kindOf) {
        this.kindOf = kindOf;
    }

    /** @param decision the binary decision whose rates the slices get; null for none */
    static RowKinds of(Outcomes outcomes, ErrorRows errorRows, BinaryDecision decision) {
        byte[] kinds = new byte[outcomes.rowCount()];
        double tolerance = errorRows.tolerance();
        RowChunks.forEach(kinds.length, (from, to) -> {
            outcomes(outcomes, tolerance, kinds, from, to);
            addDecided(outcomes, decision, kinds, from, to);
        });
        return new RowKinds(kinds);
    }

    /** The kinds under two binary decisions (the prediction column and a threshold), in one pass. */
    static List<RowKinds> under(Outcomes outcomes, ErrorRows errorRows, BinaryDecision first, BinaryDecision second) {
        byte[] firstKinds = new byte[outcomes.rowCount()];
        byte[] secondKinds = new byte[outcomes.rowCount()];
        double tolerance = errorRows.tolerance();
        RowChunks.forEach(firstKinds.length, (from, to) -> {
            outcomes(outcomes, tolerance, firstKinds, from, to);
            System.arraycopy(firstKinds, from, secondKinds, from, to - from);
            addDecided(outcomes, first, firstKinds, from, to);
            addDecided(outcomes, second, secondKinds, from, to);
        });
        return List.of(new RowKinds(firstKinds), new RowKinds(secondKinds));
    }

    /**
     * The rows' outcome bits, a classification's from its two class arrays alone. Outcomes and decisions are
     * each a loop of their own: one loop of all of them took the optimising compiler 100–120 ms on a first
     * run, on the same two cores as the run's work; the loops apart take it about 30 ms.
     */
    private static void outcomes(Outcomes outcomes, double tolerance, byte[] into, int from, int to) {
        if (outcomes.task().isClassification()) {
            for (int row = from; row < to; row++) {
                int label = outcomes.labelClass(row);
                int predicted = outcomes.predictedClass(row);
                into[row] = (byte) (label >= 0 && predicted >= 0 ? EVALUABLE | (label != predicted ? ERROR : 0) : 0);
            }
        } else {
            for (int row = from; row < to; row++) {
                into[row] = (byte) outcome(outcomes, tolerance, row);
            }
        }
    }

    /** Adds the decision's bits to the rows' kinds; none when there is no decision. */
    private static void addDecided(Outcomes outcomes, BinaryDecision decision, byte[] kinds, int from, int to) {
        if (decision == null) {
            return;
        }
        for (int row = from; row < to; row++) {
            kinds[row] |= (byte) decided(outcomes, decision, row);
        }
    }

    private static int outcome(Outcomes outcomes, double tolerance, int row) {
        return outcomes.isEvaluable(row) ? EVALUABLE | (ErrorRows.isError(outcomes, row, tolerance) ? ERROR : 0) : 0;
    }

    private static int decided(Outcomes outcomes, BinaryDecision decision, int row) {
        return decision != null && decision.applies(row)
                ? DECIDED
                        | (decision.isPredictedPositive(row) ? PREDICTED_POSITIVE : 0)
                        | (outcomes.isActualPositive(row) ? ACTUAL_POSITIVE : 0)
                : 0;
    }

    /** A decided row's cell among the decision's four: 2 when predicted positive, plus 1 when actually positive. */
    static int cell(int kind) {
        return ((kind & PREDICTED_POSITIVE) >> 2) + ((kind & ACTUAL_POSITIVE) >> 4);
    }

    /** What a row adds to its cell: 1 when the decision applies to it, else 0, so the count needs no branch. */
    static int decidedCount(int kind) {
        return (kind & DECIDED) >> 2;
    }

    /** The confusion counts from the four cells' counts, given by {@link #cell}. */
    static RateCounts rateCounts(IntToLongFunction countOfCell) {
        return new RateCounts(
                countOfCell.applyAsLong(3),
                countOfCell.applyAsLong(2),
                countOfCell.applyAsLong(0),
                countOfCell.applyAsLong(1));
    }

    /**
     * The confusion counts of the decision over all rows: what the slices of any partition add up to, counted
     * from the kinds without asking the decision again.
     */
    RateCounts decisionCounts() {
        long[] cells = RowChunks.reduce(
                kindOf.length,
                () -> new long[4],
                (counts, from, to) -> {
                    for (int row = from; row < to; row++) {
                        int kind = kindOf[row];
                        counts[cell(kind)] += decidedCount(kind);
                    }
                },
                (earlier, later) -> {
                    for (int i = 0; i < 4; i++) {
                        earlier[i] += later[i];
                    }
                    return earlier;
                });
        return rateCounts(cell -> cells[cell]);
    }

    /** The backing array, for the counting loop; callers must not modify it. */
    byte[] kinds() {
        return kindOf;
    }
}
