package dev.errata.data;

/** How the reader stores the cells of one column. */
enum CellKind {
    /** Numbers; a cell that is not one demotes the column to text, and the file is read again. */
    NUMBER,
    /** Finite numbers the analysis depends on (regression targets); a cell that is not one is bad input. */
    REQUIRED_NUMBER,
    /** Probabilities from 0 to 1 (scores, class probabilities); a cell that is not one is bad input. */
    PROBABILITY,
    /** Dictionary-encoded text. */
    TEXT,
    /** First look at a sample: records whether every cell is a number and a few distinct values. */
    SNIFF,
    /** A column the read leaves out ({@link ColumnChoice}): its fields are found, their cells not stored. */
    SKIP;

    /** Whether a column of this kind holds {@code value}, the number a cell reads as (NaN when it is text). */
    boolean holds(double value) {
        return switch (this) {
            case REQUIRED_NUMBER -> Double.isFinite(value);
            case PROBABILITY -> value >= 0 && value <= 1;
            default -> !Double.isNaN(value);
        };
    }

    /** Whether a cell that does not fit the column makes the input bad, rather than the column text. */
    boolean isRequired() {
        return this == REQUIRED_NUMBER || this == PROBABILITY;
    }

    /** What a cell of a required column must be, for the message when it is not; {@code value} as {@link #holds}. */
    String need(double value) {
        if (this == PROBABILITY) {
            return "a probability from 0 to 1";
        }
        return Double.isNaN(value) ? "a number" : "a finite number";
    }
}
