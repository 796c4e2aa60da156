package dev.errata.discovery;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/** Fractional counts rounded to whole ones that keep their rounded total, as cleanlab's round_preserving_sum. */
final class RoundedCounts {

    private RoundedCounts() {}

    /**
     * Each value rounded half to even (numpy's round); when the rounded values miss the rounded total, the
     * values rounded down the most are raised (or those rounded up the most lowered) one each until it holds.
     */
    static long[] preservingSum(double[] values) {
        double[] rounded = new double[values.length];
        double sum = 0;
        for (int i = 0; i < values.length; i++) {
            rounded[i] = Math.rint(values[i]);
            sum += values[i];
        }
        double target = Math.rint(sum);
        double roundedSum = Math.rint(Arrays.stream(rounded).sum());
        while (Math.abs(roundedSum - target) > 1e-6) {
            double difference = Math.rint(target - roundedSum);
            int step = difference < 0 ? -1 : 1;
            int changes = (int) Math.min(Math.abs(difference), values.length);
            // numpy: argsort(values - rounded)[::-1], the largest remainders first
            Integer[] order = IntStream.range(0, values.length).boxed().toArray(Integer[]::new);
            Arrays.sort(order, Comparator.comparingDouble(i -> values[i] - rounded[i]));
            for (int c = 0; c < changes; c++) {
                rounded[order[values.length - 1 - c]] += step;
            }
            roundedSum = Math.rint(Arrays.stream(rounded).sum());
        }
        long[] counts = new long[values.length];
        for (int i = 0; i < values.length; i++) {
            counts[i] = (long) rounded[i];
        }
        return counts;
    }
}
