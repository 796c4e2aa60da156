package dev.errata.metrics;

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
                int kind = 0;
                if (outcomes.isEvaluable(row)) {
                    kind |= EVALUABLE | (ErrorRows.isError(outcomes, row, tolerance) ? ERROR : 0);
                }
                if (decision != null && decision.applies(row)) {
                    kind |= DECIDED
                            | (decision.isPredictedPositive(row) ? PREDICTED_POSITIVE : 0)
                            | (outcomes.isActualPositive(row) ? ACTUAL_POSITIVE : 0);
                }
                kinds[row] = (byte) kind;
            }
        });
        return new RowKinds(kinds);
    }

    /** The backing array, for the counting loop; callers must not modify it. */
    byte[] kinds() {
        return kindOf;
    }
}
