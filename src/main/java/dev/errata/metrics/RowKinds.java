package dev.errata.metrics;

import java.util.List;

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
            for (int row = from; row < to; row++) {
                kinds[row] = (byte) (outcome(outcomes, tolerance, row) | decided(outcomes, decision, row));
            }
        });
        return new RowKinds(kinds);
    }

    /** The kinds under two binary decisions (the prediction column and a threshold), in one pass. */
    static List<RowKinds> under(Outcomes outcomes, ErrorRows errorRows, BinaryDecision first, BinaryDecision second) {
        byte[] firstKinds = new byte[outcomes.rowCount()];
        byte[] secondKinds = new byte[outcomes.rowCount()];
        double tolerance = errorRows.tolerance();
        RowChunks.forEach(firstKinds.length, (from, to) -> {
            for (int row = from; row < to; row++) {
                int outcome = outcome(outcomes, tolerance, row);
                firstKinds[row] = (byte) (outcome | decided(outcomes, first, row));
                secondKinds[row] = (byte) (outcome | decided(outcomes, second, row));
            }
        });
        return List.of(new RowKinds(firstKinds), new RowKinds(secondKinds));
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

    /**
     * The four cells of the decision over all rows: what the slices of any partition add up to, counted
     * from the kinds without asking the decision again.
     */
    RateCounts rates() {
        long[] cells = RowChunks.reduce(
                kindOf.length,
                () -> new long[4],
                (counts, from, to) -> {
                    for (int row = from; row < to; row++) {
                        int kind = kindOf[row];
                        counts[((kind & PREDICTED_POSITIVE) >> 2) + ((kind & ACTUAL_POSITIVE) >> 4)] +=
                                (kind & DECIDED) >> 2;
                    }
                },
                (earlier, later) -> {
                    for (int i = 0; i < 4; i++) {
                        earlier[i] += later[i];
                    }
                    return earlier;
                });
        // cell 0: neither, 1: actual only, 2: predicted only, 3: both
        return new RateCounts(cells[3], cells[2], cells[0], cells[1]);
    }

    /** The backing array, for the counting loop; callers must not modify it. */
    byte[] kinds() {
        return kindOf;
    }
}
