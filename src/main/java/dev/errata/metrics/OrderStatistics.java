package dev.errata.metrics;

import java.util.Arrays;

/**
 * The values at given ranks of a column's ascending order, without sorting the column: one pass counts the
 * values into 4,096 equal-width buckets of their range (a bucket is a monotone function of the value, so the
 * buckets keep the order), and only the buckets holding a wanted rank are gathered and sorted. A million values
 * take a few passes instead of a sort, the cost that dominated binning ten numeric columns.
 */
final class OrderStatistics {

    private static final int BUCKETS = 1 << 12;

    private OrderStatistics() {}

    /**
     * @param values no NaN
     * @param ranks ascending, each in [0, values.length)
     * @return the value at each rank of the ascending order, as {@link Arrays#sort(double[])} orders them
     */
    static double[] at(double[] values, int[] ranks) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        double scale = BUCKETS / (max - min);
        if (!(scale > 0 && scale < Double.POSITIVE_INFINITY)) {
            // one value, or a range too wide for a double (infinities, ±1e308): sort
            double[] sorted = values.clone();
            Arrays.sort(sorted);
            return Arrays.stream(ranks).mapToDouble(rank -> sorted[rank]).toArray();
        }
        int[] starts = new int[BUCKETS + 1];
        for (double v : values) {
            starts[bucket(v, min, scale) + 1]++;
        }
        for (int b = 0; b < BUCKETS; b++) {
            starts[b + 1] += starts[b];
        }
        double[][] gathered = new double[BUCKETS][];
        int[] bucketOfRank = new int[ranks.length];
        for (int r = 0; r < ranks.length; r++) {
            int b = Arrays.binarySearch(starts, ranks[r]);
            // the last bucket starting at or before the rank; empty buckets share their start with the next
            b = b >= 0 ? b : -b - 2;
            while (starts[b + 1] <= ranks[r]) {
                b++;
            }
            bucketOfRank[r] = b;
            if (gathered[b] == null) {
                gathered[b] = new double[starts[b + 1] - starts[b]];
            }
        }
        int[] filled = new int[BUCKETS];
        for (double v : values) {
            int b = bucket(v, min, scale);
            if (gathered[b] != null) {
                gathered[b][filled[b]++] = v;
            }
        }
        double[] found = new double[ranks.length];
        for (int r = 0; r < ranks.length; r++) {
            int b = bucketOfRank[r];
            if (filled[b] >= 0) {
                Arrays.sort(gathered[b]);
                filled[b] = -1;
            }
            found[r] = gathered[b][ranks[r] - starts[b]];
        }
        return found;
    }

    private static int bucket(double v, double min, double scale) {
        return Math.min((int) ((v - min) * scale), BUCKETS - 1);
    }
}
