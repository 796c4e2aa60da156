package dev.errata.data;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Finds the row holding an id, and where ids repeat or are missing, on primitive arrays: a map of a million
 * boxed ids cost more than a third of a second on every open of a large project. Numeric ids are found by a
 * binary search of the sorted values (line numbers too), text ids through their level codes. An id matches only its exact text as {@link Dataset#rowId} writes it.
 */
abstract sealed class RowIdIndex {

    /** The first row, in file order, whose id is missing; -1 when every row has one. */
    final int firstMissing;
    /** The first row, in file order, whose id an earlier row holds already; -1 when ids are unique. */
    final int firstRepeat;
    /** The row before {@link #firstRepeat} holding the same id. */
    final int repeated;

    private RowIdIndex(int firstMissing, int firstRepeat, int repeated) {
        this.firstMissing = firstMissing;
        this.firstRepeat = firstRepeat;
        this.repeated = repeated;
    }

    static RowIdIndex of(Column ids) {
        return ids instanceof NumericColumn numbers ? Numbers.of(numbers) : Levels.of((CategoricalColumn) ids);
    }

    /** Rows keyed by the line they start on, for data without an id column. */
    static RowIdIndex ofLines(int[] lines) {
        return Numbers.of(
                new NumericColumn("line", Arrays.stream(lines).asDoubleStream().toArray()));
    }

    /** The row whose id is exactly {@code id}. */
    abstract OptionalInt row(String id);

    private static final class Numbers extends RowIdIndex {

        private final NumericColumn column;
        private final double[] sorted;
        private final int[] order;

        private Numbers(NumericColumn column, int[] order, double[] sorted, int[] repeat) {
            super(firstMissing(column), repeat[0], repeat[1]);
            this.column = column;
            this.order = order;
            this.sorted = sorted;
        }

        static Numbers of(NumericColumn column) {
            double[] values = column.values();
            if (strictlyAscending(values)) {
                // most files number their rows in order, and those ids need no sort
                return new Numbers(column, RowOrder.identity(values.length), values, new int[] {-1, -1});
            }
            int[] order = RowOrder.sortByValues(values, RowOrder.identity(values.length), true);
            double[] sorted = valuesIn(values, order);
            return new Numbers(column, order, sorted, firstRepeat(sorted, order));
        }

        /** False at a NaN too. */
        private static boolean strictlyAscending(double[] values) {
            for (int row = 1; row < values.length; row++) {
                if (!(values[row - 1] < values[row])) {
                    return false;
                }
            }
            return values.length == 0 || !Double.isNaN(values[0]);
        }

        private static double[] valuesIn(double[] values, int[] order) {
            double[] sorted = new double[order.length];
            for (int i = 0; i < order.length; i++) {
                sorted[i] = values[order[i]];
            }
            return sorted;
        }

        private static int firstMissing(NumericColumn column) {
            double[] values = column.values();
            for (int row = 0; row < values.length; row++) {
                if (Double.isNaN(values[row])) {
                    return row;
                }
            }
            return -1;
        }

        /**
         * The sort keeps file order among equal values, so in each run of one value the second row is the
         * first in file order to repeat it; the earliest of those over all runs is the one reported.
         */
        private static int[] firstRepeat(double[] sorted, int[] order) {
            int repeat = -1;
            int earlier = -1;
            for (int i = 1; i < sorted.length && !Double.isNaN(sorted[i]); i++) {
                boolean secondOfRun = sorted[i] == sorted[i - 1] && (i == 1 || sorted[i - 2] != sorted[i]);
                if (secondOfRun && (repeat < 0 || order[i] < repeat)) {
                    repeat = order[i];
                    earlier = order[i - 1];
                }
            }
            return new int[] {repeat, earlier};
        }

        @Override
        OptionalInt row(String id) {
            double value;
            try {
                value = Double.parseDouble(id);
            } catch (NumberFormatException e) {
                return OptionalInt.empty();
            }
            int at = Arrays.binarySearch(sorted, value);
            if (at < 0 || Double.isNaN(value) || !column.text(order[at]).equals(id)) {
                return OptionalInt.empty();
            }
            return OptionalInt.of(order[at]);
        }
    }

    private static final class Levels extends RowIdIndex {

        private final CategoricalColumn column;
        private final int[] rowOfCode;
        private volatile Map<String, Integer> codeOfLevel;

        private Levels(CategoricalColumn column, int[] rowOfCode, int firstRepeat) {
            super(firstMissing(column), firstRepeat, firstRepeat < 0 ? -1 : rowOfCode[column.code(firstRepeat)]);
            this.column = column;
            this.rowOfCode = rowOfCode;
        }

        static Levels of(CategoricalColumn column) {
            int[] rowOfCode = new int[column.levelCount()];
            return new Levels(column, rowOfCode, indexCodes(column, rowOfCode));
        }

        private static int firstMissing(CategoricalColumn column) {
            for (int row = 0; row < column.size(); row++) {
                if (column.isMissing(row)) {
                    return row;
                }
            }
            return -1;
        }

        /** Fills {@code rowOfCode} and returns the first row repeating a code, or -1. */
        private static int indexCodes(CategoricalColumn column, int[] rowOfCode) {
            Arrays.fill(rowOfCode, -1);
            int repeat = -1;
            for (int row = 0; row < column.size(); row++) {
                int code = column.code(row);
                if (code == CategoricalColumn.MISSING) {
                    continue;
                }
                if (rowOfCode[code] < 0) {
                    rowOfCode[code] = row;
                } else if (repeat < 0) {
                    repeat = row;
                }
            }
            return repeat;
        }

        @Override
        OptionalInt row(String id) {
            Integer code = codes().get(id);
            return code == null ? OptionalInt.empty() : OptionalInt.of(rowOfCode[code]);
        }

        /** Built on the first lookup only: a load checks its ids without it. */
        private Map<String, Integer> codes() {
            Map<String, Integer> codes = codeOfLevel;
            if (codes == null) {
                codes = new HashMap<>(column.levelCount() * 2);
                for (int code = 0; code < column.levelCount(); code++) {
                    codes.put(column.level(code), code);
                }
                codeOfLevel = codes;
            }
            return codes;
        }
    }
}
