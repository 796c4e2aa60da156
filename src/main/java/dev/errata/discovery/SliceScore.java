package dev.errata.discovery;

/**
 * SliceLine's score of a slice (Sagadeeva and Boehm, SIGMOD 2021): sc = α·(ē_S/ē − 1) − (1 − α)·(n/|S| − 1),
 * the slice's error rate against the overall one traded against its size, and the paper's upper bound of the
 * score of any slice within bounds on size and errors, which prunes the lattice without losing a top slice.
 *
 * @param rows the evaluable rows, n
 * @param errorRate the overall error rate, ē
 * @param alpha the weight of the error term, α in (0, 1]
 */
record SliceScore(int rows, double errorRate, double alpha, int minSupport) {

    double of(int size, int errors) {
        if (size == 0) {
            return Double.NEGATIVE_INFINITY;
        }
        return alpha * ((double) errors / size / errorRate - 1) - (1 - alpha) * ((double) rows / size - 1);
    }

    /**
     * The highest score a slice can reach with at most {@code size} rows and {@code errors} errors (each
     * row's error is at most 1): the score is monotone between the points probed, the minimum support, the
     * size at which every row could be an error, and the size bound, so its maximum is at one of them.
     */
    double upperBound(int size, int errors) {
        double best = Double.NEGATIVE_INFINITY;
        for (double s : new double[] {minSupport, Math.max(errors, minSupport), size}) {
            double reachable = Math.min(s, errors);
            best = Math.max(best, alpha * (reachable / s / errorRate - 1) - (1 - alpha) * (rows / s - 1));
        }
        return best;
    }
}
