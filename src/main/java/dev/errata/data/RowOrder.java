package dev.errata.data;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;

/**
 * Orders row indices by a column, for sorting the table of a million rows without boxing a million
 * values: numbers by a stable radix sort of their sortable bits, text by counting sort of the rank of its
 * level. Missing values go last in either direction, the way spreadsheets place empty cells. The sort is
 * stable, so sorting by one column and then another orders by the second, then the first.
 */
public final class RowOrder {

    private static final int RADIX_BITS = 11;
    private static final int BUCKETS = 1 << RADIX_BITS;

    private RowOrder() {}

    /** The rows in file order. */
    public static int[] identity(int rows) {
        int[] order = new int[rows];
        Arrays.setAll(order, i -> i);
        return order;
    }

    /** {@code rows} reordered by the column, keeping the given order among equal values. */
    public static int[] sortBy(Column column, int[] rows, boolean ascending) {
        return column instanceof NumericColumn numbers
                ? sortByValues(numbers.values(), rows, ascending)
                : byLevel((CategoricalColumn) column, rows, ascending);
    }

    /** {@code rows} reordered by their values (NaN last), keeping the given order among equal values. */
    public static int[] sortByValues(double[] values, int[] rows, boolean ascending) {
        int digits = (Long.SIZE + RADIX_BITS - 1) / RADIX_BITS;
        // Every digit's counts in the pass that makes the keys, not a pass a digit.
        int[][] counts = new int[digits][BUCKETS + 1];
        long[] keys = new long[rows.length];
        for (int i = 0; i < rows.length; i++) {
            long key = key(values[rows[i]], ascending);
            keys[i] = key;
            for (int d = 0; d < digits; d++) {
                counts[d][(int) ((key >>> (d * RADIX_BITS)) & (BUCKETS - 1)) + 1]++;
            }
        }
        int[] order = rows.clone();
        long[] keyBuffer = new long[rows.length];
        int[] orderBuffer = new int[rows.length];
        for (int d = 0; d < digits; d++) {
            int shift = d * RADIX_BITS;
            int[] count = counts[d];
            if (count[1 + (int) ((keys.length == 0 ? 0 : keys[0] >>> shift) & (BUCKETS - 1))] == keys.length) {
                continue;
            }
            for (int b = 0; b < BUCKETS; b++) {
                count[b + 1] += count[b];
            }
            for (int i = 0; i < keys.length; i++) {
                int bucket = (int) ((keys[i] >>> shift) & (BUCKETS - 1));
                int to = count[bucket]++;
                keyBuffer[to] = keys[i];
                orderBuffer[to] = order[i];
            }
            long[] k = keys;
            keys = keyBuffer;
            keyBuffer = k;
            int[] o = order;
            order = orderBuffer;
            orderBuffer = o;
        }
        return order;
    }

    /**
     * Whether {@code order} holds every row once, in the order {@link #sortByValues} gives all the rows
     * ascending: values ascending, missing ones last, equal ones in row order.
     */
    static boolean isAscendingOrder(double[] values, int[] order) {
        if (order.length != values.length) {
            return false;
        }
        boolean[] seen = new boolean[order.length];
        long previousKey = 0;
        int previousRow = -1;
        for (int row : order) {
            if (row < 0 || row >= order.length || seen[row]) {
                return false;
            }
            seen[row] = true;
            long key = key(values[row], true);
            int compared = Long.compareUnsigned(previousKey, key);
            if (previousRow >= 0 && (compared > 0 || compared == 0 && previousRow > row)) {
                return false;
            }
            previousKey = key;
            previousRow = row;
        }
        return true;
    }

    /**
     * An unsigned key whose order is the order of the values: the sign bit flipped for positives and all
     * bits for negatives; descending flips every bit; NaN (missing) takes the largest key either way.
     */
    private static long key(double value, boolean ascending) {
        if (Double.isNaN(value)) {
            return -1L;
        }
        long bits = Double.doubleToLongBits(value == 0.0 ? 0.0 : value);
        long sortable = bits < 0 ? ~bits : bits ^ Long.MIN_VALUE;
        long key = ascending ? sortable : ~sortable;
        return key == -1L ? -2L : key;
    }

    /**
     * {@code rows} with the members of a set first (or last), each part keeping its order: sorting by a
     * yes/no mark such as "is an error" or "has this tag".
     */
    public static int[] byMembership(IntPredicate member, int[] rows, boolean membersLast) {
        int[] order = new int[rows.length];
        int at = 0;
        for (int pass = 0; pass < 2; pass++) {
            boolean wanted = (pass == 0) != membersLast;
            for (int row : rows) {
                if (member.test(row) == wanted) {
                    order[at++] = row;
                }
            }
        }
        return order;
    }

    private static int[] byLevel(CategoricalColumn column, int[] rows, boolean ascending) {
        List<String> sorted = ClassOrder.sorted(column.levels());
        int levels = column.levelCount();
        Map<String, Integer> position = new HashMap<>(levels * 2);
        for (int i = 0; i < levels; i++) {
            position.put(sorted.get(i), i);
        }
        int[] rank = new int[levels];
        for (int code = 0; code < levels; code++) {
            int p = position.get(column.level(code));
            rank[code] = ascending ? p : levels - 1 - p;
        }
        int missing = levels;
        int[] counts = new int[levels + 2];
        for (int row : rows) {
            int code = column.code(row);
            counts[(code < 0 ? missing : rank[code]) + 1]++;
        }
        for (int b = 0; b <= levels; b++) {
            counts[b + 1] += counts[b];
        }
        int[] order = new int[rows.length];
        for (int row : rows) {
            int code = column.code(row);
            order[counts[code < 0 ? missing : rank[code]]++] = row;
        }
        return order;
    }
}
