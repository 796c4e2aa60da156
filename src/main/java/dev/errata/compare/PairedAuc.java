package dev.errata.compare;

import java.util.Arrays;
import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * Two models' ROC AUCs on the same rows and the difference, second minus first, with DeLong's variance for
 * correlated AUCs (DeLong, DeLong and Clarke-Pearson 1988), computed from midranks (Sun and Xu 2014) in
 * O(n log n): each positive's share of negatives scored below it and each negative's share of positives
 * scored above it are the placement values whose covariances over positives and over negatives give the
 * variance of the difference. Ties count one half, as in the AUC itself.
 *
 * @param first the first model's AUC
 * @param second the second model's AUC
 * @param difference second − first with its 95% interval, clipped to [−1, 1]
 * @param pValue the two-sided p-value of no difference, from the normal approximation
 */
public record PairedAuc(double first, double second, PairedDifference difference, double pValue) {

    private static final NormalDistribution NORMAL = new NormalDistribution();
    private static final double Z = 1.959963984540054;

    /**
     * @param positive whether each row's label is the positive class
     * @param firstScores the first model's scores, one per row
     * @param secondScores the second model's scores of the same rows
     * @return NaN figures when either class has no row
     */
    public static PairedAuc of(boolean[] positive, double[] firstScores, double[] secondScores) {
        int m = 0;
        for (boolean p : positive) {
            m += p ? 1 : 0;
        }
        int n = positive.length - m;
        if (m == 0 || n == 0) {
            PairedDifference none = new PairedDifference(Double.NaN, Double.NaN, Double.NaN);
            return new PairedAuc(Double.NaN, Double.NaN, none, Double.NaN);
        }
        double[][] positives = new double[2][];
        double[][] negatives = new double[2][];
        double[] auc = new double[2];
        double[][] scores = {firstScores, secondScores};
        for (int model = 0; model < 2; model++) {
            double[] x = new double[m];
            double[] y = new double[n];
            int i = 0;
            int j = 0;
            for (int row = 0; row < positive.length; row++) {
                if (positive[row]) {
                    x[i++] = scores[model][row];
                } else {
                    y[j++] = scores[model][row];
                }
            }
            double[] all = new double[m + n];
            System.arraycopy(x, 0, all, 0, m);
            System.arraycopy(y, 0, all, m, n);
            double[] ranksAll = midranks(all);
            double[] ranksX = midranks(x);
            double[] ranksY = midranks(y);
            positives[model] = new double[m];
            negatives[model] = new double[n];
            double sum = 0;
            for (int k = 0; k < m; k++) {
                // the negatives scored below this positive, ties by half
                positives[model][k] = (ranksAll[k] - ranksX[k]) / n;
                sum += positives[model][k];
            }
            for (int k = 0; k < n; k++) {
                negatives[model][k] = 1 - (ranksAll[m + k] - ranksY[k]) / m;
            }
            auc[model] = sum / m;
        }
        double variance = differenceVariance(positives) / m + differenceVariance(negatives) / n;
        double diff = auc[1] - auc[0];
        double se = Math.sqrt(Math.max(0, variance));
        double p = se == 0 ? (diff == 0 ? 1 : 0) : 2 * NORMAL.cumulativeProbability(-Math.abs(diff) / se);
        return new PairedAuc(
                auc[0], auc[1], new PairedDifference(diff, Math.max(-1, diff - Z * se), Math.min(1, diff + Z * se)), p);
    }

    /** The sample variance of the difference of two placement series, var(a) + var(b) − 2 cov(a, b). */
    private static double differenceVariance(double[][] placements) {
        int size = placements[0].length;
        if (size < 2) {
            return 0;
        }
        double meanA = Arrays.stream(placements[0]).average().orElse(0);
        double meanB = Arrays.stream(placements[1]).average().orElse(0);
        double sum = 0;
        for (int k = 0; k < size; k++) {
            double d = (placements[0][k] - meanA) - (placements[1][k] - meanB);
            sum += d * d;
        }
        return sum / (size - 1);
    }

    /**
     * 1-based ranks in ascending order, tied values sharing the mean of their ranks: with l values below v and
     * e equal to it, v's ranks run from l + 1 to l + e, whose mean is l + (e + 1) / 2. A sorted copy and two
     * binary searches per value, on primitives: a million scores rank in a fraction of a second.
     */
    static double[] midranks(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double[] ranks = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            int below = firstAtLeast(sorted, values[i]);
            int upTo = firstAbove(sorted, values[i]);
            ranks[i] = below + (upTo - below + 1) / 2.0;
        }
        return ranks;
    }

    private static int firstAtLeast(double[] sorted, double value) {
        int low = 0;
        int high = sorted.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (sorted[mid] < value) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    private static int firstAbove(double[] sorted, double value) {
        int low = 0;
        int high = sorted.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (sorted[mid] <= value) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
