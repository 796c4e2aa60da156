package dev.errata.data;

/**
 * The whole columns a read fills, made once for every row the blocks can hold: numbers for a numeric
 * column, codes of each block's own dictionary for a text one (a byte a row where the sample saw few
 * values), and the line where each record starts. A column the read leaves out has none.
 */
final class ColumnArrays {

    private final CellKind[] kinds;
    private final double[][] numbers;
    private final int[][] codes;
    private final byte[][] narrowCodes;
    private final int[] lines;

    /** @param narrow whether each text column's codes are to be a byte a row */
    ColumnArrays(CellKind[] kinds, boolean[] narrow, int rows) {
        this.kinds = kinds;
        this.numbers = new double[kinds.length][];
        this.codes = new int[kinds.length][];
        this.narrowCodes = new byte[kinds.length][];
        for (int c = 0; c < kinds.length; c++) {
            if (kinds[c] == CellKind.TEXT && narrow[c]) {
                narrowCodes[c] = new byte[rows];
            } else if (kinds[c] == CellKind.TEXT) {
                codes[c] = new int[rows];
            } else if (kinds[c] != CellKind.SKIP) {
                numbers[c] = new double[rows];
            }
        }
        this.lines = new int[rows];
    }

    /** The sinks of a block whose rows start at {@code firstRow}. */
    CellSink[] sinks(int firstRow) {
        CellSink[] sinks = new CellSink[kinds.length];
        for (int c = 0; c < kinds.length; c++) {
            sinks[c] = switch (kinds[c]) {
                case SKIP -> CellSink.skipping();
                case TEXT ->
                    codes[c] != null
                            ? CellSink.codes(codes[c], firstRow)
                            : CellSink.narrowCodes(narrowCodes[c], firstRow);
                default -> CellSink.numbers(kinds[c], numbers[c], firstRow);
            };
        }
        return sinks;
    }

    CellKind kind(int column) {
        return kinds[column];
    }

    double[] numbers(int column) {
        return numbers[column];
    }

    /** The codes of a text column of int codes; null when they are bytes. */
    int[] codes(int column) {
        return codes[column];
    }

    /** The codes of a text column of byte codes; null when they are ints. */
    byte[] narrowCodes(int column) {
        return narrowCodes[column];
    }

    int[] lines() {
        return lines;
    }
}
