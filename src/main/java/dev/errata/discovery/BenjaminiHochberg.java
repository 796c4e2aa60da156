package dev.errata.discovery;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Benjamini–Hochberg q-values: for the p-value ranked i of m, q = min over j ≥ i of m·p₍ⱼ₎/j, at most 1. A
 * slice whose q is at most 0.05 is one of a set of findings of which at most 5% are expected to be noise,
 * however many slices were looked at.
 */
final class BenjaminiHochberg {

    private BenjaminiHochberg() {}

    /** The q-value of each p-value, in the order given. */
    static double[] qValues(double[] pValues) {
        int m = pValues.length;
        Integer[] order = IntStream.range(0, m).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble(i -> pValues[i]));
        double[] q = new double[m];
        double smallest = 1;
        for (int rank = m; rank >= 1; rank--) {
            int index = order[rank - 1];
            smallest = Math.min(smallest, pValues[index] * m / rank);
            q[index] = smallest;
        }
        return q;
    }
}
