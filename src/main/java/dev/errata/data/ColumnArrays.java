package dev.errata.data;

/**
 * The whole columns a read fills, made once for every row the blocks can hold: numbers for a numeric
 * column, codes of each block's own dictionary for a text one, and the line where each record starts.
 */
final class ColumnArrays {

    private final CellKind[] kinds;
    private final double[][] numbers;
    private final int[][] codes;
    private final int[] lines;

    ColumnArrays(CellKind[] kinds, int rows) {
        this.kinds = kinds;
        this.numbers = new double[kinds.length][];
        this.codes = new int[kinds.length][];
        for (int c = 0; c < kinds.length; c++) {
            if (kinds[c] == CellKind.TEXT) {
                codes[c] = new int[rows];
            } else {
                numbers[c] = new double[rows];
            }
        }
        this.lines = new int[rows];
    }

    /** The sinks of a block whose rows start at {@code firstRow}. */
    CellSink[] sinks(int firstRow) {
        CellSink[] sinks = new CellSink[kinds.length];
        for (int c = 0; c < kinds.length; c++) {
            sinks[c] = kinds[c] == CellKind.TEXT
                    ? CellSink.codes(codes[c], firstRow)
                    : CellSink.numbers(kinds[c], numbers[c], firstRow);
        }
        return sinks;
    }

    CellKind kind(int column) {
        return kinds[column];
    }

    double[] numbers(int column) {
        return numbers[column];
    }

    int[] codes(int column) {
        return codes[column];
    }

    int[] lines() {
        return lines;
    }
}
