package dev.errata.metrics;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The distinct numbers of a column (NaN left out), in the order they first appear, each with the first row
 * that holds it; equal as {@link Double#equals} has it, so 0.0 and -0.0 are two. A class column holds a few
 * values, so a row's value is looked for among the few seen so far, and a map takes over past
 * {@value #FEW}: boxing a million values into a map took a first run of the metrics 70 ms.
 */
final class DistinctNumbers {

    private static final int FEW = 16;

    private long[] bits = new long[FEW];
    private int[] firstRows = new int[FEW];
    private int count;
    /** Null while there are few. */
    private Map<Long, Integer> indexOfBits;

    private DistinctNumbers() {}

    static DistinctNumbers of(double[] values) {
        DistinctNumbers distinct = new DistinctNumbers();
        for (int row = 0; row < values.length; row++) {
            double value = values[row];
            if (value == value && distinct.indexOf(value) < 0) {
                distinct.add(Double.doubleToLongBits(value), row);
            }
        }
        return distinct;
    }

    /** The value's place in the order of first appearance, or -1 when the column does not hold it. */
    int indexOf(double value) {
        long key = Double.doubleToLongBits(value);
        if (indexOfBits != null) {
            Integer index = indexOfBits.get(key);
            return index == null ? -1 : index;
        }
        for (int i = 0; i < count; i++) {
            if (bits[i] == key) {
                return i;
            }
        }
        return -1;
    }

    int count() {
        return count;
    }

    int firstRow(int index) {
        return firstRows[index];
    }

    private void add(long key, int row) {
        if (count == bits.length) {
            bits = Arrays.copyOf(bits, count * 2);
            firstRows = Arrays.copyOf(firstRows, count * 2);
        }
        bits[count] = key;
        firstRows[count] = row;
        if (indexOfBits == null && count + 1 > FEW) {
            indexOfBits = new HashMap<>();
            for (int i = 0; i < count; i++) {
                indexOfBits.put(bits[i], i);
            }
        }
        if (indexOfBits != null) {
            indexOfBits.put(key, count);
        }
        count++;
    }
}
