package dev.errata.bench;

import java.util.Arrays;

/** The median of a benchmark's runs: one slow run, a collection or another process, does not move it. */
public final class Median {

    private Median() {}

    public static double of(double[] values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("no values");
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
